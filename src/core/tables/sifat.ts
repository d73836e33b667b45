/**
 * How an indicator's quarterly figures accumulate, as its "Sifat" column states it: one reading
 * for the rules (triwulan-kumulatif) and the LKjIP quarterly table.
 */
import { normalizeLabel } from "./header";

export type Accumulation = "kumulatif" | "akhir" | "rata-rata" | "non";

/**
 * The accumulation a sifat text declares, or null when it declares none. A sifat is stated in a
 * few words ("Kumulatif", "Non Kumulatif", "Nilai Akhir", "Rata-rata"); a longer text (a column
 * "Cara Pengukuran" or "Formulasi": "… sampai akhir tahun", "… secara merata") states none,
 * whatever words it holds.
 */
export function declaredAccumulation(text: string | undefined): Accumulation | null {
  if (!text) return null;
  const t = normalizeLabel(text);
  if (t.split(" ").length > 4) return null;
  if (/\bnon\b|\bnonkumulatif\b|tidak kumulatif|\bbukan\b/.test(t)) return "non";
  if (/\b(kumulatif|akumulatif)\b/.test(t)) return "kumulatif";
  if (/\b(akhir|terakhir)\b/.test(t)) return "akhir";
  if (/\brata rata\b|\brata2\b|^rata\b/.test(t)) return "rata-rata";
  return null;
}
