/**
 * The SAKIP documents of domain.md as column specs over one content model: an indicator with its
 * yearly and quarterly targets and realisasi, and a budget tree. Every stated figure (capaian,
 * kategori, sums, serapan) is computed from the content; the callers plant inconsistencies by
 * changing content for one document or by overwriting one cell afterwards.
 */
import { capaianOf, kategoriOf, round, type Cell, type Col } from "./layout";

export type Q4 = [number, number, number, number];

export interface Ind {
  tujuan?: string;
  sasaran: string;
  /** Program / kegiatan / sub kegiatan the indicator belongs to (Renaksi, PKPK); absent for sasaran-level. */
  unit?: string;
  level?: "sasaran" | "program" | "kegiatan" | "subkegiatan";
  kode?: string;
  nama: string;
  satuan: string;
  target: number;
  /** Quarter targets as the Renaksi sets them. */
  tw: Q4;
  /** Quarter realisasi (cumulative or last value, as `sifat` says). */
  real: Q4;
  sifat?: "Kumulatif" | "Nilai akhir" | "Rata-rata";
  /** Lower is better: capaian by the "kondisi khusus" formula. */
  lower?: boolean;
  pj?: string;
  pagu?: number;
  /** Cumulative spending at the end of each quarter. */
  belanja?: Q4;
  /** Yearly realisasi of earlier years (multi-year Capaian), "NA" where not measured. */
  lalu?: (number | string)[];
  targetAkhir?: number;
}

export const yearReal = (x: Ind): number => (x.sifat === "Rata-rata" ? round((x.real[0] + x.real[1] + x.real[2] + x.real[3]) / 4) : x.real[3]);
export const yearCapaian = (x: Ind): number | string => capaianOf(x.target, yearReal(x), x.lower);
export const quarterCapaian = (x: Ind, q: number): number | string => capaianOf(x.tw[q]!, x.real[q]!, x.lower);

const TWR = ["I", "II", "III", "IV"] as const;
const capFormula = (t: string, rl: string) => (r: number, col: (f: string) => string) => `${col(rl)}${r + 1}/${col(t)}${r + 1}*100`;
const capRelation = (self: string, t: string, rl: string) => (n: (f: string) => number) => `${n(self)} = ${n(rl)}/${n(t)} x 100`;

/** Program rows in capitals, kegiatan with a leading "- " (as the seed writes them). */
export function unitName(x: Ind, dash = true): string {
  if (!x.unit) return x.sasaran;
  if (x.level === "program") return x.unit.toUpperCase();
  return dash && x.level === "kegiatan" ? `- ${x.unit}` : x.unit;
}

function numbering(rows: Ind[]): (x: Ind) => number {
  const seen = new Map<string, number>();
  for (const x of rows) if (!seen.has(x.sasaran)) seen.set(x.sasaran, seen.size + 1);
  return (x) => seen.get(x.sasaran)!;
}

export interface PkOptions {
  year?: number;
  tujuan?: boolean;
  tw?: boolean;
  anggaran?: boolean;
  targetHead?: string;
}

export function pkCols(rows: Ind[], o: PkOptions = {}): Col<Ind>[] {
  const no = numbering(rows);
  const cols: Col<Ind>[] = [{ head: ["No"], value: (x) => no(x), group: true, field: "no" }];
  if (o.tujuan !== false) cols.push({ head: ["Tujuan"], value: (x) => x.tujuan ?? null, group: true, field: "tujuan" });
  cols.push(
    { head: ["Sasaran"], value: (x) => x.sasaran, group: true, field: "sasaran" },
    { head: ["Indikator Kinerja"], value: (x) => x.nama, field: "indikator" },
    { head: ["Satuan"], value: (x) => x.satuan, field: "satuan" },
    { head: [o.targetHead ?? `Target ${o.year ?? 2025}`], value: (x) => x.target, field: "target", kind: "n" },
  );
  if (o.tw)
    TWR.forEach((t, q) =>
      cols.push({ head: ["Target Triwulan", `TW ${t}`], flat: `Target TW ${t}`, value: (x) => x.tw[q]!, field: `tw${q + 1}.target`, kind: "n" }),
    );
  if (o.anggaran) cols.push({ head: ["Anggaran (Rp)"], value: (x) => x.pagu ?? null, field: "pagu", kind: "rp" });
  return cols;
}

export interface RenaksiOptions {
  sifat?: boolean;
  pj?: boolean;
  anggaran?: boolean;
  dash?: boolean;
}

export function renaksiCols(rows: Ind[], o: RenaksiOptions = {}): Col<Ind>[] {
  const no = numbering(rows);
  const cols: Col<Ind>[] = [
    { head: ["No"], value: (x) => (x.unit ? null : no(x)), group: true, field: "no" },
    { head: ["Sasaran/Program/Kegiatan"], value: (x) => unitName(x, o.dash), group: true, field: "unit" },
    { head: ["Indikator Kinerja"], value: (x) => x.nama, field: "indikator" },
    { head: ["Satuan"], value: (x) => x.satuan, field: "satuan" },
    { head: ["Target Tahunan"], value: (x) => x.target, field: "target", kind: "n" },
    ...TWR.map((t, q): Col<Ind> => ({
      head: ["Target Triwulan", `TW ${t}`],
      flat: `Target TW ${t}`,
      value: (x) => x.tw[q]!,
      field: `tw${q + 1}.target`,
      kind: "n",
    })),
  ];
  if (o.sifat) cols.push({ head: ["Sifat"], value: (x) => x.sifat ?? null, field: "sifat" });
  if (o.pj) cols.push({ head: ["Penanggung Jawab"], value: (x) => x.pj ?? null, field: "pj" });
  if (o.anggaran) cols.push({ head: ["Anggaran (Rp)"], value: (x) => x.pagu ?? null, field: "pagu", kind: "rp" });
  return cols;
}

/** PPS with the four quarters side by side. */
export function ppsCols(o: { quarters?: number[] } = {}): Col<Ind>[] {
  const cols: Col<Ind>[] = [
    { head: ["Sasaran"], value: (x) => x.sasaran, group: true, field: "sasaran" },
    { head: ["Indikator Kinerja"], value: (x) => x.nama, field: "indikator" },
    { head: ["Satuan"], value: (x) => x.satuan, field: "satuan" },
    { head: ["Target Tahunan"], value: (x) => x.target, field: "target", kind: "n" },
  ];
  for (const q of o.quarters ?? [0, 1, 2, 3]) cols.push(...quarterCols(q, true));
  return cols;
}

/** Target / Realisasi / Capaian of one quarter, under "Triwulan I" (or alone on a per-quarter sheet). */
export function quarterCols(q: number, underQuarter: boolean): Col<Ind>[] {
  const t = `tw${q + 1}.target`;
  const rl = `tw${q + 1}.real`;
  const c = `tw${q + 1}.cap`;
  const head = (w: string) => (underQuarter ? [`Triwulan ${TWR[q]}`, w] : [w]);
  return [
    { head: head("Target"), flat: `Target TW ${TWR[q]}`, value: (x) => x.tw[q]!, field: t, kind: "n" },
    { head: head("Realisasi"), flat: `Realisasi TW ${TWR[q]}`, value: (x) => x.real[q]!, field: rl, kind: "n" },
    {
      head: head("Capaian (%)"),
      flat: `Capaian TW ${TWR[q]} (%)`,
      value: (x) => quarterCapaian(x, q),
      field: c,
      kind: "pct",
      formula: capFormula(t, rl),
      relation: capRelation(c, t, rl),
    },
  ];
}

/** PPS of one quarter on its own sheet (the quarter named in the title or the identity block). */
export function ppsQuarterCols(q: number): Col<Ind>[] {
  return [...ppsCols({ quarters: [] }), ...quarterCols(q, false)];
}

export interface PkpkOptions {
  kode?: boolean;
  /** Quarters shown (one per sheet, or all four side by side). */
  quarters: number[];
  anggaran?: boolean;
  dash?: boolean;
  /** Quarter columns under "Triwulan I" even when there is one quarter. */
  underQuarter?: boolean;
}

export function pkpkCols(o: PkpkOptions): Col<Ind>[] {
  const cols: Col<Ind>[] = [];
  if (o.kode !== false) cols.push({ head: ["Kode"], value: (x) => x.kode ?? null, field: "kode" });
  cols.push(
    { head: ["Program/Kegiatan"], value: (x) => unitName(x, o.dash), group: true, field: "unit" },
    { head: ["Indikator Kinerja"], value: (x) => x.nama, field: "indikator" },
    { head: ["Satuan"], value: (x) => x.satuan, field: "satuan" },
    { head: ["Target Tahunan"], value: (x) => x.target, field: "target", kind: "n" },
  );
  for (const q of o.quarters) cols.push(...quarterCols(q, o.underQuarter ?? o.quarters.length > 1));
  if (o.anggaran !== false) {
    const q = o.quarters[o.quarters.length - 1]!;
    cols.push(
      { head: ["Anggaran", "Pagu (Rp)"], value: (x) => x.pagu ?? null, field: "pagu", kind: "rp" },
      { head: ["Anggaran", "Realisasi (Rp)"], value: (x) => x.belanja?.[q] ?? null, field: "realAng", kind: "rp" },
      {
        head: ["Anggaran", "%"],
        flat: "Serapan (%)",
        value: (x) => (x.pagu && x.belanja ? round((x.belanja[q]! / x.pagu) * 100) : null),
        field: "serapan",
        kind: "pct",
        formula: (r, col) => `${col("realAng")}${r + 1}/${col("pagu")}${r + 1}*100`,
      },
    );
  }
  return cols;
}

export interface CapaianOptions {
  year?: number;
  tujuan?: boolean;
  kategori?: boolean;
  /** Multi-year variant: earlier years' realisasi and the Renstra end target. */
  years?: number[];
}

export function capaianCols(o: CapaianOptions = {}): Col<Ind>[] {
  const y = o.year ?? 2025;
  const cols: Col<Ind>[] = [];
  if (o.tujuan !== false && !o.years) cols.push({ head: ["Tujuan Strategis"], value: (x) => x.tujuan ?? null, group: true, field: "tujuan" });
  if (!o.years) cols.push({ head: ["Sasaran Strategis"], value: (x) => x.sasaran, group: true, field: "sasaran" });
  cols.push({ head: ["Indikator Kinerja"], value: (x) => x.nama, field: "indikator" }, { head: ["Satuan"], value: (x) => x.satuan, field: "satuan" });
  (o.years ?? []).forEach((yr, k) => cols.push({ head: [`Realisasi ${yr}`], value: (x) => x.lalu?.[k] ?? "NA", field: `lalu${k}` }));
  cols.push(
    { head: [`Target ${y}`], value: (x) => x.target, field: "target", kind: "n" },
    { head: [`Realisasi ${y}`], value: (x) => yearReal(x), field: "real", kind: "n" },
    {
      head: [`Capaian ${y} (%)`],
      value: (x) => yearCapaian(x),
      field: "capaian",
      kind: "pct",
      formula: capFormula("target", "real"),
      relation: capRelation("capaian", "target", "real"),
    },
  );
  if (o.kategori !== false && !o.years)
    cols.push({
      head: ["Kategori"],
      value: (x) => {
        const c = yearCapaian(x);
        return typeof c === "number" ? kategoriOf(c) : null;
      },
      field: "kategori",
    });
  if (o.years) cols.push({ head: ["Target Akhir Renstra"], value: (x) => x.targetAkhir ?? null, field: "targetAkhir", kind: "n" });
  return cols;
}

// --- budget -----------------------------------------------------------------------------------

export interface Sub {
  kode: string;
  nama: string;
  pagu: number;
  real: number;
  /** Accounts under the sub kegiatan (SIPD export); their sums are the sub kegiatan's. */
  rekening?: { kode: string; nama: string; pagu: number; real: number }[];
}
export interface Keg {
  kode: string;
  nama: string;
  subs: Sub[];
}
export interface Prog {
  kode: string;
  nama: string;
  kegiatan: Keg[];
}

export interface BudRow {
  kode: string | null;
  nama: string;
  level: "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan" | "rekening" | "total";
  pagu: number;
  real: number;
}

const sum = (xs: { pagu: number; real: number }[]) => ({ pagu: xs.reduce((a, x) => a + x.pagu, 0), real: xs.reduce((a, x) => a + x.real, 0) });

/**
 * The rows of a realisasi anggaran table, parents carrying the sums of their children.
 * `depth`: down to kegiatan or sub kegiatan; `rekening` adds the accounts (SIPD);
 * `head`: urusan and bidang rows above the programs (SIPD); `total`: a JUMLAH row.
 */
export function budgetRows(
  progs: Prog[],
  o: { depth?: "kegiatan" | "subkegiatan"; rekening?: boolean; head?: { kode: string; nama: string }[]; total?: string; dash?: boolean } = {},
): BudRow[] {
  const out: BudRow[] = [];
  const all = sum(progs.flatMap((p) => p.kegiatan.flatMap((k) => k.subs)));
  for (const h of o.head ?? []) out.push({ kode: h.kode, nama: h.nama, level: h.kode.split(".").length === 1 ? "urusan" : "bidang", ...all });
  for (const p of progs) {
    out.push({ kode: p.kode, nama: p.nama.toUpperCase(), level: "program", ...sum(p.kegiatan.flatMap((k) => k.subs)) });
    for (const k of p.kegiatan) {
      out.push({ kode: k.kode, nama: o.dash ? `- ${k.nama}` : k.nama, level: "kegiatan", ...sum(k.subs) });
      if (o.depth === "kegiatan") continue;
      for (const s of k.subs) {
        out.push({ kode: s.kode, nama: s.nama, level: "subkegiatan", pagu: s.pagu, real: s.real });
        if (o.rekening) for (const a of s.rekening ?? []) out.push({ kode: a.kode, nama: a.nama, level: "rekening", pagu: a.pagu, real: a.real });
      }
    }
  }
  if (o.total) out.push({ kode: null, nama: o.total, level: "total", ...all });
  return out;
}

export function budgetCols(
  o: { kode?: boolean; sisa?: boolean; nameHead?: string; paguHead?: string; realHead?: string; sisaHead?: string; pctHead?: string; group?: string } = {},
): Col<BudRow>[] {
  const under = (w: string) => (o.group ? [o.group, w] : [w]);
  const cols: Col<BudRow>[] = [];
  if (o.kode !== false) cols.push({ head: ["Kode"], value: (x) => x.kode, field: "kode" });
  cols.push(
    { head: [o.nameHead ?? "Program/Kegiatan/Sub Kegiatan"], value: (x) => x.nama, field: "nama" },
    { head: under(o.paguHead ?? "Pagu (Rp)"), value: (x) => x.pagu, field: "pagu", kind: "rp" },
    { head: under(o.realHead ?? "Realisasi (Rp)"), value: (x) => x.real, field: "real", kind: "rp" },
  );
  if (o.sisa)
    cols.push({
      head: under(o.sisaHead ?? "Sisa (Rp)"),
      value: (x) => x.pagu - x.real,
      field: "sisa",
      kind: "rp",
      formula: (r, col) => `${col("pagu")}${r + 1}-${col("real")}${r + 1}`,
      relation: (n) => `${n("sisa")} = ${n("pagu")} - ${n("real")}`,
    });
  cols.push({
    head: under(o.pctHead ?? "Serapan (%)"),
    value: (x) => round((x.real / x.pagu) * 100),
    field: "pct",
    kind: "pct",
    formula: (r, col) => `${col("real")}${r + 1}/${col("pagu")}${r + 1}*100`,
    relation: (n) => `${n("pct")} = ${n("real")}/${n("pagu")} x 100`,
  });
  return cols;
}

/** Splits a total into parts proportional to weights, in whole thousands, summing exactly. */
export function split(total: number, weights: number[]): number[] {
  const w = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((x) => Math.floor((total * x) / w / 1000) * 1000);
  parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

// --- SKM --------------------------------------------------------------------------------------

export const UNSUR = [
  "Persyaratan",
  "Sistem, Mekanisme dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Sarana dan Prasarana",
];

export function skmAnswers(n: number, rnd: () => number): (number | null)[][] {
  return Array.from({ length: n }, () =>
    UNSUR.map(() => {
      const x = rnd();
      return x < 0.02 ? null : x < 0.1 ? 2 : x < 0.4 ? 3 : 4;
    }),
  );
}

export function nrrOf(answers: (number | null)[][]): number[] {
  return UNSUR.map((_, j) => {
    const filled = answers.map((r) => r[j]).filter((v): v is number => v !== null && v !== undefined);
    return round(filled.reduce((a, b) => a + b, 0) / filled.length, 3);
  });
}

export const mutuOf = (v: number): [string, string] => {
  const x = round(v, 2);
  return x >= 88.31 ? ["A", "Sangat Baik"] : x >= 76.61 ? ["B", "Baik"] : x >= 65 ? ["C", "Kurang Baik"] : ["D", "Tidak Baik"];
};

export type Row = Cell[];
