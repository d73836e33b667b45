/**
 * Which level of government a workbook belongs to (PROV or KABKOT): the same code can be another
 * sub kegiatan for a province than for a kabupaten/kota, so the list is read for the workbook's own
 * level. Read from the workbook's words first (its heads sign as Gubernur, Bupati, Wali Kota, Camat;
 * its titles name the Pemerintah Provinsi / Kabupaten / Kota), else from its codes (jenisOfCodes).
 */
import type { Workbook } from "../grid";
import { normalizeName, type JenisPemda, type Nomenklatur } from "./lookup";

const ANY = /gubernur|bupati|wali\s*kota|camat|kecamatan|kabupaten|provinsi|pemerintah/i;
/** Words of a kabupaten/kota's document. "Kabupaten/Kota" (as indicators of a province write it) is not one. */
const KABKOT = [
  /\bbupati\b/,
  /\bwali\s*kota\b/,
  /\bcamat\b/,
  /\bkecamatan\b(?!\s+administrasi)/,
  /\bpemerintah\s+(daerah\s+)?(kabupaten|kota)\b/,
  /\bkabupaten\s+(?!\/|dan\b|kota\b)\p{L}/u,
];
/** Words of a province's document. A kecamatan or kota administrasi belongs to the province (DKI Jakarta). */
const PROV = [/\bgubernur\b/, /\bpemerintah\s+(daerah\s+)?provinsi\b/, /\bprovinsi\s+(?!\/|dan\b)\p{L}/u, /\b(kecamatan|kota)\s+administrasi\b/];

/** The level of government a text names, or undefined (a cell naming both counts as a kabupaten/kota's: "Kabupaten X Provinsi Y"). */
export function jenisOfText(text: string): JenisPemda | undefined {
  if (!ANY.test(text)) return undefined;
  const t = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
  if (PROV[3]!.test(t)) return "PROV";
  if (KABKOT.some((re) => re.test(t))) return "KABKOT";
  if (PROV.some((re) => re.test(t))) return "PROV";
  return undefined;
}

/** The level of government most of a workbook's cells name; undefined when none does or as many name each. */
export function jenisPemdaOfWorkbook(workbook: Workbook): JenisPemda | undefined {
  const count = { PROV: 0, KABKOT: 0 };
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      for (const v of row) {
        if (typeof v !== "string" || v.length > 300) continue;
        const j = jenisOfText(v);
        if (j) count[j]++;
      }
    }
  }
  return majority(count);
}

/**
 * The level of government a workbook's sub kegiatan codes point to: codes the list holds for one
 * level only, and codes listed for both whose name or indicator in the file is that level's.
 */
export function jenisOfCodes(n: Nomenklatur, rows: readonly { code: string; name?: string; indikator?: string }[]): JenisPemda | undefined {
  const count = { PROV: 0, KABKOT: 0 };
  for (const row of rows) {
    const res = n.lookup(row.code);
    if (res.status !== "ada") continue;
    const levels = new Set(res.rows.map((r) => r.jenisPemda));
    if (levels.size === 1) {
      count[res.rows[0]!.jenisPemda]++;
      continue;
    }
    const same = (a: string, b: string | undefined) => b !== undefined && normalizeName(a) === normalizeName(b);
    const fits = res.rows.filter((r) => same(r.nama, row.name) || same(r.indikator, row.indikator));
    if (fits.length === 1) count[fits[0]!.jenisPemda]++;
  }
  return majority(count);
}

function majority(count: Record<JenisPemda, number>): JenisPemda | undefined {
  if (count.PROV === count.KABKOT) return undefined;
  return count.PROV > count.KABKOT ? "PROV" : "KABKOT";
}
