/** The tables the engine reads out of a workbook, as plain records with their cell positions. */
import type { Area } from "../grid";
import type { ColumnNumber, Relation } from "./numbering";
import type { SkmProcessing } from "./skm-types";

export type { ColumnNumber, Expr, Relation } from "./numbering";

export type TableKind = "pk" | "capaian" | "anggaran" | "renaksi" | "pps" | "pkpk" | "renja" | "skm-unsur" | "skm-jawaban";

export const TABLE_LABEL: Record<TableKind, string> = {
  pk: "Perjanjian Kinerja",
  capaian: "Capaian IKU",
  anggaran: "Realisasi Anggaran",
  renaksi: "Rencana Aksi",
  pps: "PPS",
  pkpk: "PKPK",
  renja: "Evaluasi Renja",
  "skm-unsur": "SKM (tabel unsur)",
  "skm-jawaban": "SKM (jawaban responden)",
};

export type Level = "tujuan" | "sasaran" | "program" | "kegiatan" | "subkegiatan";

/** A number read from a cell: its value, the decimals it is written with, whether it was text. */
export interface NumCell {
  readonly value: number;
  readonly decimals: number;
  readonly fromText: boolean;
  readonly r: number;
  readonly c: number;
  /** Written as a dash ("-"): 0 where it is counted in a sum, no figure of its own to check. */
  readonly dash?: boolean;
}

export interface TextCell {
  readonly text: string;
  readonly r: number;
  readonly c: number;
}

/** A value that could not be read where a number belongs. */
export interface ReadProblem {
  readonly r: number;
  readonly c: number;
  readonly message: string;
  readonly found: string;
}

export interface Quarter {
  target: NumCell | null;
  realisasi: NumCell | null;
  capaian: NumCell | null;
  /** The quarter's own kategori, where each quarter has a Kategori column. */
  kategori?: TextCell | null;
}

export interface IndicatorRow {
  readonly r: number;
  level: Level | null;
  /** The sasaran, program or kegiatan the indicator belongs to. */
  context: string;
  code: string | null;
  indikator: TextCell;
  satuan: TextCell | null;
  target: NumCell | null;
  realisasi: NumCell | null;
  capaian: NumCell | null;
  kategori: TextCell | null;
  targetAkhir: NumCell | null;
  /** Accumulation declared in the table ("kumulatif", "akhir", "rata-rata"), when a column says. */
  sifat: TextCell | null;
  readonly tw: [Quarter, Quarter, Quarter, Quarter];
  pagu: NumCell | null;
  realisasiAnggaran: NumCell | null;
  /** The stated serapan (%) of the row's budget, where the table has the column (a PKPK's Anggaran | %). */
  persenAnggaran?: NumCell | null;
  /** Cells of required columns that are blank on this row. */
  readonly blanks: { r: number; c: number; column: string }[];
}

export interface BudgetRow {
  readonly r: number;
  readonly name: TextCell;
  code: string | null;
  /**
   * urusan / bidang / program / kegiatan / sub kegiatan by the code's pattern; rekening for an
   * account (`5.1.02.01.01.0024`, or an LRA's `4.1` PENDAPATAN ASLI DAERAH); saldo for a balance
   * row of an LRA (SURPLUS/(DEFISIT), PEMBIAYAAN NETTO, SILPA); total for JUMLAH/TOTAL.
   */
  level: "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan" | "rekening" | "saldo" | "total";
  /** For an account row and a total that names it: pendapatan, belanja or pembiayaan. */
  account?: "pendapatan" | "belanja" | "pembiayaan" | null;
  pagu: NumCell | null;
  realisasi: NumCell | null;
  persen: NumCell | null;
  /** Sisa anggaran (= pagu − realisasi), where the table has the column. */
  sisa?: NumCell | null;
}

export interface SkmUnsurRow {
  readonly r: number;
  readonly unsur: TextCell;
  nrr: NumCell | null;
  konversi: NumCell | null;
  mutu: TextCell | null;
  /** The Kinerja (Kinerja Unit Pelayanan) words beside the mutu: Sangat Baik, Baik, Kurang Baik, Tidak Baik. */
  kinerja?: TextCell | null;
}

/**
 * Why a reading is not to be trusted: a column the kind reads as numbers holds mostly text, or
 * most rows fail to read. Rules do not run on such a table; one warning names the region instead.
 */
export interface Doubt {
  /** What is wrong, in Bahasa Indonesia, ready to follow "Tabel di B6:AG112 tidak dapat dipahami: ". */
  readonly reason: string;
  readonly expected: string;
  readonly found: string;
}

interface TableBase {
  readonly sheet: string;
  readonly area: Area;
  readonly title: string;
  readonly headerRow: number;
  /** Sheet-level problems met while reading (numbers that are not numbers). */
  readonly problems: ReadProblem[];
  /** Column index of each role found in the header, for findings about whole columns. */
  readonly columns: Record<string, number>;
  /** The column numbers of the row of column numbers under the header (empty without one). */
  readonly columnNumbers?: readonly ColumnNumber[];
  /** Relations that row states ("13 = 9 + 10 + 11 + 12"), by column number; see columnNumbers. */
  readonly relations?: readonly Relation[];
  /** Set when the reading checks itself and fails; null when it is sound. */
  readonly doubt?: Doubt | null;
  /** The sheet's hidden rows (Sheet.hiddenRows), 0-based; absent when none are hidden or the reader does not know. */
  readonly hiddenRows?: ReadonlySet<number>;
}

/** Whether a row of the table's sheet is hidden. */
export function hiddenRow(table: { readonly hiddenRows?: ReadonlySet<number> }, r: number): boolean {
  return table.hiddenRows?.has(r) ?? false;
}

export interface IndicatorTable extends TableBase {
  readonly kind: "pk" | "capaian" | "renaksi" | "pps" | "pkpk" | "renja";
  /** The year of the yearly target, where its column names one (Target 2025, Renja Tahun Berjalan (2025)). */
  readonly year?: number | null;
  /** PK Perubahan: a revision that supersedes the PK. */
  readonly perubahan: boolean;
  /** The quarter a per-quarter PPS/PKPK sheet holds (1–4), or null. */
  readonly quarter: number | null;
  readonly rows: IndicatorRow[];
  /**
   * Rupiah per unit of the table's rupiah columns (a PKPK's pagu and realisasi anggaran, an
   * Evaluasi Renja's Rp columns): 1000 "dalam ribuan rupiah", 1 (or absent) for rupiah. Kinerja
   * values are never scaled; NumCells keep the written figures.
   */
  readonly unitScale?: number;
}

export interface BudgetTable extends TableBase {
  readonly kind: "anggaran";
  readonly rows: BudgetRow[];
  /**
   * Rupiah per unit the table writes its figures in: 1000 for a table "dalam ribuan rupiah"
   * (Rp 000, x Rp 1.000), 1 (or absent) for rupiah. The rows' NumCells keep the written figures.
   */
  readonly unitScale?: number;
}

export interface SkmUnsurTable extends TableBase {
  readonly kind: "skm-unsur";
  readonly rows: SkmUnsurRow[];
  nrrTertimbang: NumCell | null;
  ikm: NumCell | null;
  ikmMutu: TextCell | null;
  /** The IKM row's Kinerja words, where the table has a Kinerja column. */
  ikmKinerja?: TextCell | null;
}

export interface SkmAnswersTable extends TableBase {
  readonly kind: "skm-jawaban";
  /** Header cell of each unsur column. */
  readonly unsur: TextCell[];
  /** answers[i][j]: respondent i, unsur j; 1–4 or null. */
  readonly answers: (number | null)[][];
  /** Sheet row of each respondent. */
  readonly respondentRows: number[];
  /** The processing block under the answers (Σ nilai, NRR, NRR tertimbang, IKM …), null without one. */
  readonly processing?: SkmProcessing | null;
}

/**
 * An Evaluasi Renja column (Permendagri 86/2017), by what it holds: the Renstra's target (6), the
 * Renstra's realisation up to last year (7), this year's Renja target (8), the quarters (9–12), the
 * year's realisation (13), its tingkat capaian (14, some versions drop it), the Renstra's
 * realisation up to this year (15) and its tingkat capaian (16).
 */
export type RenjaField = "renstra" | "lalu" | "target" | "tw1" | "tw2" | "tw3" | "tw4" | "realisasi" | "tingkat" | "renstraRealisasi" | "renstraTingkat";

/** One sheet column of an Evaluasi Renja: its field, its unit (K kinerja, Rp rupiah, % a quarter's cumulative percentage). */
export interface RenjaColumn {
  readonly field: RenjaField;
  readonly unit: "K" | "Rp" | "%";
  readonly c: number;
  /** The number the column-number row gives this column, or null without one. */
  readonly n: number | null;
}

/** Where a row stands in an Evaluasi Renja: the hierarchy, the perangkat daerah's own row, a total, or a note under it. */
export type RenjaLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan" | "pd" | "total" | "catatan";

/** One data row of an Evaluasi Renja, with or without an indicator. */
export interface RenjaLine {
  readonly r: number;
  /** Null on a further indicator row of the item above (its code and name left blank). */
  readonly level: RenjaLevel | null;
  readonly code: string | null;
  /** The item's name (program, kegiatan …), as written, without its code. */
  readonly name: string;
  readonly indikator: TextCell | null;
  /** The numbers of the row by sheet column (only the Renja columns, only cells that read as numbers). */
  readonly cells: ReadonlyMap<number, NumCell>;
}

export interface RenjaData {
  readonly columns: readonly RenjaColumn[];
  /** Whether the version has column 14 (tingkat capaian of the Renja). */
  readonly withTingkat: boolean;
  readonly lines: readonly RenjaLine[];
}

export interface RenjaTable extends IndicatorTable {
  readonly kind: "renja";
  readonly renja: RenjaData;
}

export type Table = IndicatorTable | BudgetTable | SkmUnsurTable | SkmAnswersTable;

export function isIndicatorTable(t: Table): t is IndicatorTable {
  return t.kind === "pk" || t.kind === "capaian" || t.kind === "renaksi" || t.kind === "pps" || t.kind === "pkpk" || t.kind === "renja";
}

export function isRenjaTable(t: Table): t is RenjaTable {
  return t.kind === "renja" && "renja" in t;
}
