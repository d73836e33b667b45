/**
 * The regulated formulas, as pure functions on numbers. See docs in README ("Rumus").
 * - CAPAIAN: PermenPANRB 53/2014 practice and the SKP guideline's "kondisi khusus".
 * - KATEGORI: Permendagri 86/2017 scale; SKM mutu: PermenPANRB 14/2017; predikat: PermenPANRB 88/2021.
 * - IKM and NRR: PermenPANRB 14/2017.
 */
import { formatId, msg } from "./messages";
import { roundTo } from "./numbers";
import { fail, ok, type Result } from "./result";

// ---------------------------------------------------------------------------------------------
// CAPAIAN

/** Polarity of an indicator: whether a higher realisation is better. */
export type Polarity = "positif" | "negatif" | "target/realisasi";

export const POLARITY_ALIASES: Record<string, Polarity> = {
  positif: "positif",
  "+": "positif",
  maksimal: "positif",
  naik: "positif",
  negatif: "negatif",
  "-": "negatif",
  minimal: "negatif",
  turun: "negatif",
  "target/realisasi": "target/realisasi",
};

export function capaian(realisasi: number, target: number, polarity: Polarity = "positif"): Result<number> {
  switch (polarity) {
    case "positif":
      if (target === 0) return fail("div0", msg.targetZero());
      return ok((realisasi / target) * 100);
    case "negatif":
      if (target === 0) {
        return realisasi === 0 ? ok(100) : fail("div0", msg.targetZero());
      }
      return ok(((2 * target - realisasi) / target) * 100);
    case "target/realisasi":
      if (realisasi === 0) return fail("div0", msg.realisasiZeroInverse());
      return ok((target / realisasi) * 100);
  }
}

// ---------------------------------------------------------------------------------------------
// Scales

/** Float noise (90.99999999999999 from 91 computed) must not move a value across a band edge. */
const snap = (x: number): number => roundTo(x, 9);

export type KategoriReading = "permendagri" | "lebih-dari";

export const KATEGORI_ALIASES: Record<string, KategoriReading> = {
  permendagri: "permendagri",
  "permendagri 86/2017": "permendagri",
  ">=": "permendagri",
  "≥": "permendagri",
  "lebih-dari": "lebih-dari",
  "lebih dari": "lebih-dari",
  ">": "lebih-dari",
  "e-monev": "lebih-dari",
  emonev: "lebih-dari",
};

export const KATEGORI_LABELS = ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"] as const;
export type Kategori = (typeof KATEGORI_LABELS)[number];

/**
 * Permendagri 86/2017 category of an achievement percent. No upper cap. The default reading takes
 * the printed bands' lower bounds (≥ 91, ≥ 76, ≥ 66, ≥ 51); "lebih-dari" reads them as
 * > 90, > 75, > 65, > 50 as some e-monev systems do.
 */
export function kategori(capaianPercent: number, reading: KategoriReading = "permendagri"): Kategori {
  const c = snap(capaianPercent);
  const bounds = reading === "permendagri" ? [91, 76, 66, 51] : [90, 75, 65, 50];
  const passes = (x: number, b: number) => (reading === "permendagri" ? x >= b : x > b);
  for (let i = 0; i < bounds.length; i++) {
    if (passes(c, bounds[i] as number)) return KATEGORI_LABELS[i] as Kategori;
  }
  return "Sangat Rendah";
}

/** Rank of a kategori label, 0 for the best; for ordering checks. */
export function kategoriRank(k: string): number {
  return KATEGORI_LABELS.findIndex((l) => l.toLowerCase() === k.trim().toLowerCase());
}

export interface Grade {
  readonly letter: string;
  readonly words: string;
}

export const SKM_MUTU: readonly (Grade & { readonly from: number })[] = [
  { from: 88.31, letter: "A", words: "Sangat Baik" },
  { from: 76.61, letter: "B", words: "Baik" },
  { from: 65.0, letter: "C", words: "Kurang Baik" },
  { from: 25.0, letter: "D", words: "Tidak Baik" },
];

/**
 * SKM mutu pelayanan (PermenPANRB 14/2017) of an IKM on the converted 25–100 scale, rounded to two
 * decimals before classifying, as the interval table is written with two decimals.
 */
export function mutuSkm(ikm: number): Result<Grade> {
  const v = roundTo(ikm, 2);
  if (v < 25 || v > 100) return fail("num", msg.outOfRange("nilai IKM", ikm, 25, 100));
  const band = SKM_MUTU.find((b) => v >= b.from) as Grade;
  return ok({ letter: band.letter, words: band.words });
}

export const PREDIKAT_SAKIP: readonly (Grade & { readonly above: number })[] = [
  { above: 90, letter: "AA", words: "Sangat Memuaskan" },
  { above: 80, letter: "A", words: "Memuaskan" },
  { above: 70, letter: "BB", words: "Sangat Baik" },
  { above: 60, letter: "B", words: "Baik" },
  { above: 50, letter: "CC", words: "Cukup" },
  { above: 30, letter: "C", words: "Kurang" },
  { above: -Infinity, letter: "D", words: "Sangat Kurang" },
];

/** SAKIP evaluation predikat (PermenPANRB 88/2021) of a score 0–100. */
export function predikatSakip(score: number): Result<Grade> {
  const v = snap(score);
  if (v < 0 || v > 100) return fail("num", msg.outOfRange("nilai evaluasi", score, 0, 100));
  const band = PREDIKAT_SAKIP.find((b) => v > b.above) as Grade;
  return ok({ letter: band.letter, words: band.words });
}

// ---------------------------------------------------------------------------------------------
// IKM

/** Weight convention for the NRR: exact 1/n (default), or the rounded 0.111 / 0.11 seen in official tools. */
export type Weight = "1/n" | 0.111 | 0.11 | number;

export const WEIGHT_CONVENTIONS: readonly Weight[] = ["1/n", 0.111, 0.11];

export function weightValue(weight: Weight, unsurCount: number): number {
  return weight === "1/n" ? 1 / unsurCount : weight;
}

/** An answer matrix cell after the adapter's cleaning: a number 1–4 or null for blank. */
export type Answer = number | null;

/**
 * NRR per unsur: sum of the answers filled for that unsur divided by their number. Blank answers
 * are left out of that unsur's divisor. The matrix must already be validated (1–4 or null).
 */
export function nrrPerUnsur(answers: readonly (readonly Answer[])[]): Result<number[]> {
  const cols = answers.reduce((m, r) => Math.max(m, r.length), 0);
  if (cols === 0) return fail("value", msg.answersEmpty());
  const sums = new Float64Array(cols);
  const counts = new Uint32Array(cols);
  for (const row of answers) {
    for (let j = 0; j < row.length; j++) {
      const a = row[j];
      if (a !== null && a !== undefined) {
        sums[j] = (sums[j] as number) + a;
        counts[j] = (counts[j] as number) + 1;
      }
    }
  }
  let anyFilled = false;
  for (let j = 0; j < cols; j++) if ((counts[j] as number) > 0) anyFilled = true;
  if (!anyFilled) return fail("value", msg.answersEmpty());
  const out: number[] = [];
  for (let j = 0; j < cols; j++) {
    if (counts[j] === 0) return fail("value", msg.unsurEmpty(j + 1));
    out.push((sums[j] as number) / (counts[j] as number));
  }
  return ok(out);
}

/** NRR tertimbang: Σ NRR × bobot. */
export function nrrTertimbang(nrr: readonly number[], weight: Weight = "1/n"): number {
  const w = weightValue(weight, nrr.length);
  let s = 0;
  for (const v of nrr) s += v * w;
  return s;
}

/** IKM unit pelayanan on the 25–100 scale: NRR tertimbang × 25. */
export function ikmFromNrr(nrr: readonly number[], weight: Weight = "1/n"): number {
  return nrrTertimbang(nrr, weight) * 25;
}

/** IKM from raw answers (validated: 1–4 or null). */
export function ikmFromAnswers(answers: readonly (readonly Answer[])[], weight: Weight = "1/n"): Result<number> {
  const nrr = nrrPerUnsur(answers);
  if (!nrr.ok) return nrr;
  return ok(ikmFromNrr(nrr.value, weight));
}

/**
 * Which weight conventions reproduce a stated IKM written with `decimals` decimals.
 * A checker accepts the stated value when the list is not empty and says which one it matches.
 */
export function ikmConventionsMatching(nrr: readonly number[], stated: number, decimals: number): Weight[] {
  const half = 0.5 * 10 ** -decimals + 1e-9;
  return WEIGHT_CONVENTIONS.filter((w) => Math.abs(ikmFromNrr(nrr, w) - stated) <= half);
}

export function describeWeight(w: Weight): string {
  return w === "1/n" ? "bobot tepat 1/n" : `bobot ${formatId(w as number)}`;
}

// ---------------------------------------------------------------------------------------------
// Budget

/** Serapan (%) = realisasi / pagu × 100; realisasi above pagu is an error. */
export function serapan(realisasi: number, pagu: number): Result<number> {
  if (pagu === 0) return fail("div0", msg.paguZero());
  if (realisasi > pagu) return fail("num", msg.realisasiAbovePagu(realisasi, pagu));
  return ok((realisasi / pagu) * 100);
}

/** Efisiensi as the LKjIP reports it: 100 − serapan. */
export function efisiensi(realisasi: number, pagu: number): Result<number> {
  const s = serapan(realisasi, pagu);
  return s.ok ? ok(100 - s.value) : s;
}

/** "Efisien" when capaian kinerja ≥ capaian (serapan) anggaran. */
export function statusEfisiensi(capaianKinerja: number, capaianAnggaran: number): "Efisien" | "Tidak Efisien" {
  return snap(capaianKinerja) >= snap(capaianAnggaran) ? "Efisien" : "Tidak Efisien";
}

// ---------------------------------------------------------------------------------------------
// Quarterly accumulation

export type Accumulation = "kumulatif" | "akhir" | "rata-rata";

export const ACCUMULATION_ALIASES: Record<string, Accumulation> = {
  kumulatif: "kumulatif",
  jumlah: "kumulatif",
  akhir: "akhir",
  "nilai akhir": "akhir",
  terakhir: "akhir",
  "rata-rata": "rata-rata",
  "rata rata": "rata-rata",
  ratarata: "rata-rata",
};

/** Accumulates quarterly values (blanks as null, left out) by the indicator's declared method. */
export function accumulate(values: readonly (number | null)[], method: Accumulation): Result<number> {
  const filled = values.filter((v): v is number => v !== null);
  if (filled.length === 0) return fail("value", msg.noQuarterValues());
  switch (method) {
    case "kumulatif":
      return ok(filled.reduce((a, b) => a + b, 0));
    case "akhir":
      return ok(filled[filled.length - 1] as number);
    case "rata-rata":
      return ok(filled.reduce((a, b) => a + b, 0) / filled.length);
  }
}
