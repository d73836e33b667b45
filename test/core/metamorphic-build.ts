/**
 * Consistent SAKIP workbooks (PK, Renaksi, PPS, PKPK, Capaian, anggaran) of one perangkat daerah,
 * laid out under a set of meaning-preserving layout choices, with at most one planted
 * inconsistency: a PPS quarter target that differs from the Rencana Aksi.
 */
import { DINKES, KECAMATAN, type Opd } from "../../scripts/corpus/content";
import { budgetCols, budgetRows, capaianCols, pkCols, pkpkCols, ppsCols, ppsQuarterCols, renaksiCols, type Q4 } from "../../scripts/corpus/documents";
import { cellOf, SheetB, toWorkbook, writeRows, writeTable, type Col, type Look, type Placed } from "../../scripts/corpus/layout";
import type { Workbook } from "../../src/core/grid";

// Bappeda is left out: its Nilai SAKIP has quarter targets of 0, a #DIV/0! the corpus plants on purpose.
export const OPDS: Opd[] = [KECAMATAN, DINKES];

export interface Layout {
  opd: number;
  /** Title rows above each table. */
  title: boolean;
  /** Perangkat Daerah / Tahun (/ Triwulan) lines above each table. */
  identity: boolean;
  /** Header rows of the quarter tables (PPS, PKPK, Renaksi): 1 flattens, 3–4 add a band. */
  depth: 1 | 2 | 3 | 4;
  nums: "none" | "plain" | "paren" | "relasi";
  /** Index of an inserted empty column, or -1. */
  blankCol: number;
  hideBlank: boolean;
  /** First column of every table. */
  col: number;
  /** PPS one sheet a quarter instead of side by side. */
  split: boolean;
  upper: boolean;
  typo: boolean;
  teks: boolean;
  /** Signature block under each table. */
  ttd: boolean;
  /** A small unrelated table (program list) under the PK. */
  second: boolean;
  mergeDown: boolean;
  /** Header labels repeated in each cell of a group instead of merged. */
  repeat: boolean;
  sumber: boolean;
}

export interface Plant {
  /** Index of the sasaran indicator and quarter (0–3) whose PPS target changes, and by how much. */
  i: number;
  q: number;
  delta: number;
}

export interface Built {
  workbook: Workbook;
  planted: { sheet: string; cell: string; rule: string } | null;
}

const TW = ["I", "II", "III", "IV"];

export function build(t: Layout, plant: Plant | null): Built {
  const o = OPDS[t.opd % OPDS.length]!;
  const sheets: SheetB[] = [];
  const sheet = (n: string) => {
    const s = new SheetB(n);
    sheets.push(s);
    return s;
  };
  const look = (doc: string, quarter?: number): Look => ({
    col: t.col,
    title: t.title ? [`${doc} ${o.nama.toUpperCase()}`, "TAHUN 2025"] : undefined,
    identity: t.identity
      ? [["Perangkat Daerah", o.nama], ["Tahun", "2025"], ...(quarter === undefined ? [] : ([["Triwulan", TW[quarter]!]] as [string, string][]))]
      : undefined,
    nums: t.nums,
    blankCol: t.blankCol >= 0 ? t.blankCol : undefined,
    hideBlank: t.hideBlank,
    upper: t.upper,
    typo: t.typo,
    teks: t.teks,
    mergeDown: t.mergeDown,
    repeat: t.repeat,
    sumber: t.sumber ? `Sumber : ${doc.toLowerCase()} ${o.nama} 2025` : undefined,
    ttd: t.ttd ? o.ttd : undefined,
  });
  const quarterLook = (doc: string, quarter?: number): Look => ({ ...look(doc, quarter), depth: t.depth, band: "Realisasi Kinerja Tahun 2025" });

  const pk = sheet("PK");
  writeTableB(pk, () => pkCols(o.sasaran), o.sasaran, look("PERJANJIAN KINERJA"));
  if (t.second)
    writeRows(
      pk,
      [[], ["Program", null, "Anggaran", "Keterangan"], ...o.budget.map((p, k) => [`${k + 1}. ${p.nama}`, null, `Rp ${(k + 2) * 125400000},-`, "APBD"])],
      pk.next + 1,
      t.col,
    );
  const all = [...o.sasaran, ...o.program];
  writeTableB(sheet("Renaksi"), () => renaksiCols(all, { sifat: true, dash: true }), all, quarterLook("RENCANA AKSI"));

  let pps = o.sasaran;
  if (plant) {
    const i = plant.i % o.sasaran.length;
    pps = o.sasaran.map((y, j) => (j === i ? { ...y, tw: y.tw.map((v, k) => (k === plant.q ? v + plant.delta : v)) as Q4 } : y));
  }
  let planted: Built["planted"] = null;
  if (t.split) {
    for (let q = 0; q < 4; q++) {
      const s = sheet(`PPS TW ${TW[q]}`);
      const p = place(s, ppsQuarterCols(q), pps, {
        ...look("PENGUKURAN PENCAPAIAN SASARAN TRIWULAN " + TW[q], q),
        title: [`PENGUKURAN PENCAPAIAN SASARAN TRIWULAN ${TW[q]}`],
      });
      if (plant && plant.q === q) planted = { sheet: s.name, cell: cellOf(p, plant.i % o.sasaran.length, `tw${q + 1}.target`), rule: "target-triwulan" };
    }
  } else {
    const s = sheet("PPS");
    const p = place(s, ppsCols(), pps, quarterLook("PENGUKURAN PENCAPAIAN SASARAN"));
    if (plant) planted = { sheet: s.name, cell: cellOf(p, plant.i % o.sasaran.length, `tw${plant.q + 1}.target`), rule: "target-triwulan" };
  }
  writeTableB(sheet("PKPK TW IV"), () => pkpkCols({ quarters: [3], dash: true }), o.program, {
    ...quarterLook("PENGUKURAN KINERJA PROGRAM DAN KEGIATAN TRIWULAN IV", 3),
    title: ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN", "TRIWULAN IV TAHUN 2025"],
  });
  writeTableB(sheet("Capaian"), () => capaianCols(), o.sasaran, look("CAPAIAN KINERJA"));
  writeTableB(sheet("Anggaran"), () => budgetCols(), budgetRows(o.budget, { total: "JUMLAH" }), look("REALISASI ANGGARAN"));
  return { workbook: toWorkbook(sheets), planted };
}

function place<R>(s: SheetB, cols: Col<R>[], rows: R[], look: Look): Placed {
  return writeTable(s, cols, rows, look);
}

function writeTableB<R>(s: SheetB, cols: () => Col<R>[], rows: R[], look: Look): void {
  writeTable(s, cols(), rows, look);
}
