/**
 * The LKjIP chapter III tables (PermenPANRB 53/2014) as data: what `buildLkjip` returns and what
 * the command line prints (text or JSON) and the Excel sheet writes. Every figure read from the
 * workbook carries its source cell; every computed figure names its formula and the cells it is
 * computed from, so a writer can put an ordinary Excel formula in its place.
 */

/** A cell of the workbook: sheet name and A1 address. */
export interface LkjipSource {
  readonly sheet: string;
  readonly cell: string;
}

/** How a column's numbers are written: plain, a percentage (two decimals), rupiah (no decimals). */
export type LkjipColumnKind = "text" | "number" | "percent" | "rupiah";

export interface LkjipColumn {
  /** Stable key (JSON consumers and the Excel writer address columns by it). */
  readonly key: string;
  /** Heading in Bahasa Indonesia ("Target 2024", "Capaian 2024 (%)"). */
  readonly label: string;
  readonly kind: LkjipColumnKind;
}

/**
 * The regulated formula behind a computed figure (src/core/formulas.ts), with its inputs in order:
 * - capaian: realisasi, target (polarity "positif" realisasi/target×100; "negatif" (2×target−realisasi)/target×100;
 *   "target/realisasi" target/realisasi×100);
 * - rata-rata: the figures averaged; jumlah: the figures summed; selisih: a − b;
 * - serapan: realisasi, pagu (realisasi/pagu×100); efisiensi: realisasi, pagu (100 − serapan);
 * - kategori: the capaian it classifies (Permendagri 86/2017); status-efisiensi: capaian kinerja, serapan;
 * - status-triwulan: the quarter's capaian (≥ 100 sesuai rencana); proyeksi: the latest cumulative realisasi (× 4 / triwulan).
 */
export type LkjipFormula =
  | "capaian"
  | "capaian-negatif"
  | "capaian-target/realisasi"
  | "rata-rata"
  | "jumlah"
  | "selisih"
  | "serapan"
  | "efisiensi"
  | "kategori"
  | "status-efisiensi"
  | "status-triwulan"
  | "proyeksi-linear";

export interface LkjipComputed {
  readonly formula: LkjipFormula;
  /**
   * The workbook cells the figure is computed from, in the formula's order; empty where its inputs
   * are figures of the same row that are computed themselves (a total's serapan, a status).
   */
  readonly from: readonly LkjipSource[];
}

export interface LkjipCell {
  /** Text, a number (full precision; percentages are printed with two decimals), or null where missing. */
  readonly value: string | number | null;
  /** Where a figure read from the workbook stands. */
  readonly source?: LkjipSource;
  /** How a computed figure is obtained. */
  readonly computed?: LkjipComputed;
  /** What the reader should know: a figure written otherwise in the workbook, why it is missing. */
  readonly note?: string;
}

/** What a row stands for; writers style summary rows apart. */
export type LkjipRowKind = "indikator" | "rata-rata" | "rata-rata-seluruh" | "program" | "kegiatan" | "subkegiatan" | "jumlah" | "triwulan" | "kosong";

export interface LkjipRow {
  readonly kind: LkjipRowKind;
  /** One cell per column, in the columns' order. */
  readonly cells: LkjipCell[];
  /** Said of the whole row: a missing figure and which table of the workbook would supply it. */
  readonly note?: string;
}

export type LkjipTableId = "capaian" | "perbandingan-tahun" | "target-renstra" | "efisiensi" | "anggaran" | "triwulan";

export interface LkjipTable {
  readonly id: LkjipTableId;
  readonly title: string;
  readonly columns: LkjipColumn[];
  readonly rows: LkjipRow[];
  /** Method and summary lines under the table, in Bahasa Indonesia. */
  readonly notes: string[];
}

export interface LkjipTables {
  /** The year reported on (from the target column's heading or a table title), null when none says. */
  readonly year: number | null;
  readonly tables: LkjipTable[];
}
