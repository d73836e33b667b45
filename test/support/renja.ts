/**
 * Small Evaluasi Renja grids (Permendagri 86/2017) for rule tests: No | Kode | Program/Kegiatan/Sub
 * Kegiatan | Indikator | Satuan, then K / Rp pairs for columns 6–16 (with or without 14), a title
 * and optionally a column-number row. A row is given by its K and Rp values of columns 6, 7, 8 and
 * 9–12; columns 13–16 are computed as the form says (13 = 9+10+11+12, 14 = 13/8×100, 15 = 7+13,
 * 16 = 15/6×100, rounded to 2 decimals), so a test changes exactly the cell it means to.
 */
import type { Area, CellValue } from "../../src/core/grid";

export type Pair = readonly [number | null, number | null];

export interface RenjaSpec {
  readonly code: string | null;
  readonly name: string | null;
  readonly indikator?: string | null;
  readonly satuan?: string | null;
  /** K and Rp of columns 6 (target Renstra), 7 (realisasi s.d. tahun lalu), 8 (target Renja). */
  readonly renstra?: Pair;
  readonly lalu?: Pair;
  readonly target: Pair;
  /** K and Rp of the quarters (9–12). */
  readonly tw: readonly [Pair, Pair, Pair, Pair];
}

export interface RenjaOptions {
  readonly with14?: boolean;
  /** "none", the numbers 1 … one per K / Rp pair, or the numbers with the form's relations stated. */
  readonly numbers?: "none" | "plain" | "relasi";
  readonly title?: string;
}

const FIXED = ["No", "Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan"];
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Column (0-based) of a field's K (unit 0) or Rp (unit 1) value. */
export function renjaCol(
  field: "renstra" | "lalu" | "target" | "tw1" | "tw2" | "tw3" | "tw4" | "realisasi" | "tingkat" | "renstraRealisasi" | "renstraTingkat",
  unit: "K" | "Rp",
  with14 = true,
): number {
  const order = ["renstra", "lalu", "target", "tw1", "tw2", "tw3", "tw4", "realisasi", ...(with14 ? ["tingkat"] : []), "renstraRealisasi", "renstraTingkat"];
  const i = order.indexOf(field);
  if (i < 0) throw new Error(`no column ${field}`);
  return FIXED.length + 2 * i + (unit === "Rp" ? 1 : 0);
}

/** A1 name of a column index. */
export function colName(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function renjaRow(spec: RenjaSpec, no: number | null, with14 = true): CellValue[] {
  const row: CellValue[] = [no, spec.code, spec.name, spec.indikator ?? null, spec.satuan ?? null];
  for (const u of [0, 1] as const) {
    const get = (p: Pair | undefined) => (p ? p[u] : null);
    const tw = spec.tw.map((p) => p[u]);
    const has = tw.some((v) => v !== null);
    const real = has ? tw.reduce<number>((a, v) => a + (v ?? 0), 0) : null;
    const target = get(spec.target);
    const renstra = get(spec.renstra);
    const lalu = get(spec.lalu);
    const rReal = real !== null && lalu !== null ? lalu + real : null;
    const set = (f: Parameters<typeof renjaCol>[0], v: number | null) => {
      row[renjaCol(f, u === 0 ? "K" : "Rp", with14)] = v;
    };
    set("renstra", renstra);
    set("lalu", lalu);
    set("target", target);
    (["tw1", "tw2", "tw3", "tw4"] as const).forEach((f, q) => set(f, tw[q]!));
    set("realisasi", real);
    if (with14) set("tingkat", real !== null && target ? r2((real / target) * 100) : null);
    set("renstraRealisasi", rReal);
    set("renstraTingkat", rReal !== null && renstra ? r2((rReal / renstra) * 100) : null);
  }
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  return row;
}

/** The grid and merges of an Evaluasi Renja sheet with these rows (extra rows appended as given). */
export function renjaSheet(rows: readonly (RenjaSpec | CellValue[])[], o: RenjaOptions = {}): { rows: CellValue[][]; merges: Area[]; dataStart: number } {
  const with14 = o.with14 ?? true;
  const heads = [
    "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)",
    "Realisasi Capaian Kinerja Renstra s.d. Renja Tahun Lalu (2024)",
    "Target Kinerja dan Anggaran Renja Tahun Berjalan (2025)",
    "Realisasi Kinerja Pada Triwulan I",
    "Realisasi Kinerja Pada Triwulan II",
    "Realisasi Kinerja Pada Triwulan III",
    "Realisasi Kinerja Pada Triwulan IV",
    "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
    ...(with14 ? ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)"] : []),
    "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2025",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2025 (%)",
  ];
  const header: CellValue[] = [...FIXED];
  const units: CellValue[] = FIXED.map(() => null);
  const merges: Area[] = FIXED.map((_, c) => ({ r0: 1, c0: c, r1: 2, c1: c }));
  for (const h of heads) {
    merges.push({ r0: 1, c0: header.length, r1: 1, c1: header.length + 1 });
    header.push(h, null);
    units.push("K", "Rp");
  }
  const grid: CellValue[][] = [[o.title ?? "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2025"], header, units];
  if ((o.numbers ?? "none") !== "none") {
    const nums: CellValue[] = [1, 2, 3, 4, 5];
    const rel: Record<number, string> = with14
      ? { 13: "13 = 9 + 10 + 11 + 12", 14: "14 = 13 / 8 x 100", 15: "15 = 7 + 13", 16: "16 = 15 / 6 x 100" }
      : { 13: "13 = 9 + 10 + 11 + 12", 14: "14 = 7 + 13", 15: "15 = 14 / 6 x 100" };
    heads.forEach((_, i) => {
      const n = 6 + i;
      merges.push({ r0: 3, c0: nums.length, r1: 3, c1: nums.length + 1 });
      nums.push(o.numbers === "relasi" ? (rel[n] ?? n) : n, null);
    });
    grid.push(nums);
  }
  const dataStart = grid.length;
  let no = 0;
  for (const r of rows) grid.push(Array.isArray(r) ? [...r] : renjaRow(r as RenjaSpec, ++no, with14));
  return { rows: grid, merges, dataStart };
}

/**
 * A program row of an Evaluasi Renja: 12 dokumen / Rp 180.000.000 for the year, 3 a quarter and
 * Rp 40 + 45 + 48 + 41 juta; the Renstra 60 dokumen / Rp 900.000.000 with 36 / Rp 520.000.000 done.
 */
export const RENJA_PROGRAM: RenjaSpec = {
  code: "7.01.01",
  name: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
  indikator: "Jumlah dokumen laporan kinerja",
  satuan: "Dokumen",
  renstra: [60, 900000000],
  lalu: [36, 520000000],
  target: [12, 180000000],
  tw: [
    [3, 40000000],
    [3, 45000000],
    [3, 48000000],
    [3, 41000000],
  ],
};
