/**
 * Finding a table's header by its words: which column holds what, over one or two header rows,
 * with merged or blank parent cells spread over their sub-columns, and a row of column numbers
 * ("(1) (2) (3)" or "1 2 3") skipped. Header words in any case and with the typos seen in real
 * reports ("Presentase").
 */
import { cellAt, MergeIndex, mergeWidth, rowLength, sheetWidth, textOf, type Sheet } from "../grid";
import { memoize } from "../memo";

export type Role =
  | "no"
  | "kode"
  | "tujuan"
  | "sasaran"
  | "uraian"
  | "indikator"
  | "satuan"
  | "target"
  | "targetTahunan"
  | "targetAkhir"
  | "realisasi"
  | "capaian"
  | "kategori"
  | "pagu"
  | "realisasiAnggaran"
  | "persenAnggaran"
  | "sifat"
  | "unsur"
  | "nrr"
  | "konversi"
  | "mutu"
  | "kinerja";

export interface Column {
  readonly c: number;
  readonly label: string;
  readonly role: Role;
  /** Quarter 1–4 when the label names one (TW I, Triwulan II…). */
  readonly quarter: number | null;
  /** A year named in the label (Target 2024, Realisasi 2021). */
  readonly year: number | null;
}

export interface Header {
  /** First and last header row. */
  readonly r0: number;
  readonly r1: number;
  /** First data row (after a row of column numbers, if any). */
  readonly dataStart: number;
  readonly columns: Column[];
}

/** Lower case, punctuation to spaces (keeping %), typos folded. */
/** Lower case, "presentase" spelled right, punctuation as spaces; memoised, as every row is tried as a header. */
export const normalizeLabel = memoize(function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/presentase|prosentase/g, "persentase")
    .replace(/[^\p{L}\p{N}%/]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
});

const QUARTER = /\b(?:tw|triwulan|trw|tri wulan|q)\s*(iv|iii|ii|i|4|3|2|1)\b/;
const QUARTER_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

export function quarterOf(label: string): number | null {
  const m = QUARTER.exec(label);
  return m ? (QUARTER_VALUE[m[1] as string] as number) : null;
}

/** A word that makes a row worth examining as a header. */
export const HEADER_HINT =
  /indikator|satuan|target|realisasi|pagu|anggaran|unsur|sasaran|program|kegiatan|capaian|tujuan|nrr|konversi|mutu/;

/** Role of a column from its (combined) label, or null when it is not one the engine reads. */
export function roleOf(label: string): Role | null {
  const l = label;
  if (l === "") return null;
  if (/^(no|nomor|no urut)$/.test(l)) return "no";
  if (/^kode\b|kode rekening|kode program/.test(l)) return "kode";
  if (/rencana aksi|penanggung ?jawab|keterangan|sumber|waktu pelaksanaan|bukti|^ket$|analisis|permasalahan/.test(l)) return null;
  if (/\bunsur\b/.test(l) && !/indikator/.test(l)) return "unsur";
  if (/konversi/.test(l)) return "konversi";
  if (/\bmutu\b/.test(l)) return "mutu";
  if (/\bnrr\b|nilai ikm|nilai rata|nilai persepsi|nilai unsur/.test(l)) return "nrr";
  if (/kinerja unit|ukuran kinerja|kinerja pelayanan/.test(l)) return "kinerja";
  if (/indikator/.test(l)) return "indikator";
  if (/\bsatuan\b/.test(l)) return "satuan";
  if (/sifat|akumulasi|jenis target|cara (pengukuran|perhitungan)|metode/.test(l)) return "sifat";
  if (/serapan/.test(l)) return "persenAnggaran";
  const budget = /anggaran|pagu|\brp\b|dana|belanja/.test(l);
  if (budget) {
    if (/%|persen|serapan|capaian|persentase/.test(l)) return "persenAnggaran";
    if (/realisasi/.test(l)) return "realisasiAnggaran";
    return "pagu";
  }
  if (/program|kegiatan|uraian/.test(l)) return "uraian";
  if (/tujuan/.test(l) && !/sasaran/.test(l)) return "tujuan";
  if (/sasaran/.test(l)) return "sasaran";
  if (/kategori|predikat|kriteria|status capaian|tingkat capaian/.test(l)) return "kategori";
  if (/target akhir|akhir renstra|renstra|kondisi akhir|akhir periode/.test(l)) return "targetAkhir";
  if (/realisasi|capaian nyata/.test(l)) return "realisasi";
  if (/capaian|persentase|%|persen/.test(l)) return "capaian";
  if (/target/.test(l)) return /tahunan|setahun|tahun\b/.test(l) ? "targetTahunan" : "target";
  // A bare "TW I" / "Triwulan II" column (a Renaksi's quarters) holds targets.
  if (/^(tw|triwulan|trw)\s*(iv|iii|ii|i|[1-4])$/.test(l)) return "target";
  if (/efisiensi/.test(l)) return null;
  return null;
}

const SUB_HEADER_WORD = /^(target|realisasi|capaian|pagu|persentase|%|persen|rp|realisasi rp|pagu rp|capaian %|serapan|kategori|k|r|t|fisik|keuangan)\b/;

function isColumnNumberRow(sheet: Sheet, r: number, width: number): boolean {
  let n = 0;
  let last = 0;
  for (let c = 0; c < Math.min(width, rowLength(sheet, r)); c++) {
    const t = textOf(cellAt(sheet, r, c));
    if (t === "") continue;
    const m = /^\(?(\d{1,2})\)?$/.exec(t);
    if (!m) return false;
    const v = Number(m[1]);
    if (v <= last) return false;
    last = v;
    n++;
  }
  return n >= 3;
}

function isSubHeaderRow(sheet: Sheet, r: number, width: number): boolean {
  let words = 0;
  for (let c = 0; c < Math.min(width, rowLength(sheet, r)); c++) {
    const v = cellAt(sheet, r, c);
    if (v === null || v === "") continue;
    if (typeof v === "number") return false;
    const t = textOf(v);
    if (t.length > 40) return false;
    if (SUB_HEADER_WORD.test(normalizeLabel(t)) || quarterOf(normalizeLabel(t)) !== null) words++;
  }
  return words >= 2;
}

/**
 * Reads the header that starts at row r, if the row is one: the combined label and role of every
 * column, over one row or two (a parent row such as "Anggaran" or "Triwulan I" over "Pagu" /
 * "Target" sub-columns).
 */
export function readHeader(sheet: Sheet, r: number, merges: MergeIndex): Header | null {
  // Only the row's own cells can hold header words: a row is tried in time proportional to its
  // cells, whatever the sheet's width (one stray value at XFD widens the whole sheet).
  const own = rowLength(sheet, r);
  let hinted = 0;
  for (let c = 0; c < own && hinted < 2; c++) {
    const v = cellAt(sheet, r, c);
    const t = typeof v === "string" ? normalizeLabel(v) : "";
    if (t && t.length <= 80 && HEADER_HINT.test(t)) hinted++;
  }
  if (hinted < 2) return null;
  // Past this row's and the next row's cells a label can only come from a merged parent cell.
  const width = Math.min(sheetWidth(sheet), Math.max(own, rowLength(sheet, r + 1), mergeWidth(sheet)));
  const top: string[] = [];
  for (let c = 0; c < width; c++) {
    const v = cellAt(sheet, r, c);
    const t = typeof v === "string" ? normalizeLabel(v) : "";
    top.push(t.length <= 80 ? t : "");
  }

  const two = r + 1 < sheet.rows.length && isSubHeaderRow(sheet, r + 1, width);
  const labels: string[] = [];
  if (two) {
    const sub: string[] = [];
    for (let c = 0; c < width; c++) sub.push(normalizeLabel(textOf(cellAt(sheet, r + 1, c))));
    // Spread a parent label to the right over blank cells that have a sub-label (merged or not).
    const parent = [...top];
    for (let c = 1; c < width; c++) {
      if (parent[c] !== "") continue;
      const merged = merges.areaOf(r, c);
      const fromMerge = merged && merged.c0 < c ? top[merged.c0] ?? "" : "";
      if (fromMerge) parent[c] = fromMerge;
      else if (sub[c] !== "" && sub[c - 1] !== "") parent[c] = parent[c - 1] as string;
    }
    for (let c = 0; c < width; c++) labels.push(`${parent[c]} ${sub[c]}`.trim());
  } else {
    labels.push(...top);
  }

  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const label = labels[c] as string;
    const role = roleOf(label);
    if (!role) continue;
    const y = /\b(20\d\d)\b/.exec(label);
    columns.push({ c, label, role, quarter: quarterOf(label), year: y ? Number(y[1]) : null });
  }
  const roles = new Set(columns.map((x) => x.role));
  const anchored =
    (roles.has("indikator") && (roles.has("target") || roles.has("targetTahunan") || roles.has("satuan") || roles.has("realisasi"))) ||
    (roles.has("pagu") && (roles.has("realisasiAnggaran") || roles.has("persenAnggaran") || roles.has("realisasi"))) ||
    (roles.has("unsur") && (roles.has("nrr") || roles.has("konversi") || roles.has("mutu")));
  if (!anchored) return null;

  const r1 = two ? r + 1 : r;
  let dataStart = r1 + 1;
  if (dataStart < sheet.rows.length && isColumnNumberRow(sheet, dataStart, width)) dataStart++;
  return { r0: r, r1, dataStart, columns };
}
