/**
 * The "Tabel LKjIP" sheet: the LKjIP chapter III tables (src/core/lkjip) written into the open
 * workbook so they stay live without the add-in. A figure read from the workbook becomes a formula
 * referencing its cell (='PK 2025'!F7); a computed figure becomes the formula of its kind over its
 * inputs (capaian = realisasi/target×100, serapan, efisiensi, kategori as a nested IF over the
 * Permendagri 86/2017 thresholds…); text is written as text, under the "@" format, never inside a
 * formula. Like the report sheet, ours is known by a hidden workbook-level name (LKJIP_MARK): it is
 * replaced on the next run, and a user's sheet called "Tabel LKjIP" is never touched (ours then
 * gets the next free name). Pure: the Excel adapter (src/excel/lkjip-sheet.ts) and the command
 * line's copy write the same cells.
 */
import { cellAt, parseA1, type Workbook } from "../grid";
import { quotedSheet } from "../report-sheet";
import type { LkjipCell, LkjipColumn, LkjipColumnKind, LkjipRow, LkjipSource, LkjipTable, LkjipTables } from "./types";

export const LKJIP_SHEET = "Tabel LKjIP";

/** The mark that tells our LKjIP sheet from a user's sheet of the same name (see REPORT_MARK). */
export const LKJIP_MARK = "_SAKIP_TabelLKjIP";

export const MARK_COMMENT = "Penanda sheet Tabel LKjIP buatan SAKIP Excel; diganti setiap kali tabel dibuat ulang.";

/** Excel number formats per column kind; Excel shows them with the user's separators (1.234.567 and 98,50 in Indonesian). */
export const NUMBER_FORMAT: Record<LkjipColumnKind, string> = { text: "@", number: "General", percent: "0.00", rupiah: "#,##0" };

export const HEADER_FILL = "#D9E1F2";
export const SUMMARY_FILL = "#F2F2F2";
const NOTE_LABEL = "Catatan";

/** Excel's width of a column we do not size, in characters of the default font. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * The width (characters) of column `c` of our sheet, as both writers set it: the first two wide
 * (indicator and program names), the others of the tables narrower, the rest Excel's default.
 */
export function columnWidth(c: number, widest: number): number {
  return c < widest ? (c < 2 ? 40 : 16) : DEFAULT_COLUMN_WIDTH;
}

/** Column letters for 0-based column indexes (A…Z, AA…). */
export function columnLetter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A workbook cell in a formula: the sheet always quoted, its apostrophes doubled. */
export function reference(s: LkjipSource): string {
  return `${quotedSheet(s.sheet)}!${s.cell}`;
}

/** A name for a new LKjIP sheet that no sheet has (case-insensitive, as Excel compares). */
export function freeLkjipSheetName(existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(LKJIP_SHEET.toLowerCase())) return LKJIP_SHEET;
  for (let i = 2; ; i++) {
    const name = `${LKJIP_SHEET} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Kategori (Permendagri 86/2017) of a capaian as Excel computes it: on the capaian rounded to two decimals, ≥ 91, ≥ 76, ≥ 66, ≥ 51. */
export function kategoriFormula(capaian: string): string {
  const c = `ROUND(${capaian},2)`;
  return `=IF(${c}>=91,"Sangat Tinggi",IF(${c}>=76,"Tinggi",IF(${c}>=66,"Sedang",IF(${c}>=51,"Rendah","Sangat Rendah"))))`;
}

/** One cell of our sheet as written: a formula, a number, or text (always under "@"). */
export type Written =
  { readonly formula: string; readonly format: string } | { readonly number: number | null; readonly format: string } | { readonly text: string };

/** A table laid out from `top` (0-based row): title, header, its rows, then its notes, one per row. */
export interface LaidOut {
  readonly top: number;
  readonly width: number;
  /** Title, header, rows, notes. */
  readonly grid: Written[][];
  /** Rows (0-based, within `grid`) that are summary rows (averages, totals). */
  readonly summaries: number[];
  readonly rowCount: number;
}

const QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** Where the capaian computed with this realisasi (its first input) was written: same table first. */
type CapaianIndex = Map<string, { table: string; address: string; value: number }[]>;

/** The number a workbook cell holds, or null when it holds text, nothing, or is unknown. */
export type NumberAt = (s: LkjipSource) => number | null;

/** The NumberAt of a workbook as it was read. */
export function numbersOf(workbook: Workbook): NumberAt {
  return (s) => {
    const sheet = workbook.sheets.find((x) => x.name === s.sheet);
    const a = parseA1(s.cell);
    const v = sheet && a ? cellAt(sheet, a.r0, a.c0) : null;
    return typeof v === "number" ? v : null;
  };
}

function sourceKey(s: LkjipSource): string {
  return `${s.sheet}\u0000${s.cell}`.toLowerCase();
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The formula a computed cell is written with, or null when it cannot be (its inputs unknown):
 * the cell then keeps its value. `col(key)` is the address of the same row's cell of a column.
 */
/** Excel's limits: 8 192 characters a formula, 255 arguments a function (SUM, AVERAGE). */
const MAX_FORMULA = 8192;
const MAX_ARGUMENTS = 255;

/** The formula of a computed cell within Excel's limits, or null (the figure is then written as its number). */
function formulaOf(...args: Parameters<typeof computedFormula>): string | null {
  const c = args[0].computed!;
  if (c.from.length > MAX_ARGUMENTS) return null;
  const f = computedFormula(...args);
  return f !== null && f.length <= MAX_FORMULA ? f : null;
}

function computedFormula(
  cell: LkjipCell,
  row: LkjipRow,
  col: (key: string) => string | null,
  table: LkjipTable,
  capaianAt: CapaianIndex,
  live: (s: LkjipSource) => boolean,
): string | null {
  const c = cell.computed!;
  // An input that cannot be referenced (text, another scale) leaves the figure as its number.
  if (!c.from.every(live)) return null;
  const from = c.from.map(reference);
  const [a, b] = from;
  const two = from.length === 2;
  switch (c.formula) {
    case "capaian":
      if (!two) return null;
      if (typeof cell.value === "string") {
        // Table 3's Keterangan: said of the capaian in the same row.
        const cap = col("capaian");
        return cap
          ? `=IF(ROUND(${cap},2)>=100,"Target akhir Renstra sudah tercapai","Belum tercapai; kurang "&FIXED(100-${cap},2)&" % dari target akhir")`
          : null;
      }
      return `=${a}/${b}*100`;
    case "capaian-negatif":
      return two ? `=(2*${b}-${a})/${b}*100` : null;
    case "capaian-target/realisasi":
      return two ? `=${b}/${a}*100` : null;
    case "serapan": {
      if (two) return `=${a}/${b}*100`;
      const r = col("realisasi");
      const p = col("pagu");
      return r && p ? `=${r}/${p}*100` : null;
    }
    case "efisiensi": {
      if (two) return `=100-${a}/${b}*100`;
      const s = col("serapan");
      return s ? `=100-${s}` : null;
    }
    case "selisih": {
      if (two) return `=${a}-${b}`;
      const p = col("pagu");
      const r = col("realisasi");
      return p && r ? `=${p}-${r}` : null;
    }
    case "jumlah":
      return from.length ? `=SUM(${from.join(",")})` : null;
    case "rata-rata": {
      // The inputs name each capaian by its realisasi; average the capaian cells written for them.
      if (!c.from.length) return null;
      // Table 1's capaian first (the average of chapter III), else this table's.
      const hits = c.from.map((s) => {
        const found = capaianAt.get(sourceKey(s)) ?? [];
        return found.find((f) => f.table === "capaian") ?? found.find((f) => f.table === table.id);
      });
      if (hits.some((h) => !h)) return null;
      const mean = hits.reduce((n, h) => n + h!.value, 0) / hits.length;
      // Only when those cells average to the figure: else it stays a number rather than a wrong formula.
      if (typeof cell.value !== "number" || !close(mean, cell.value)) return null;
      return `=AVERAGE(${hits.map((h) => h!.address).join(",")})`;
    }
    case "kategori": {
      const cap = col("capaian");
      return cap ? kategoriFormula(cap) : null;
    }
    case "status-efisiensi": {
      const cap = col("capaian");
      const s = col("serapan");
      return cap && s ? `=IF(ROUND(${cap},9)>=ROUND(${s},9),"Efisien","Tidak Efisien")` : null;
    }
    case "status-triwulan": {
      const cap = col("capaian");
      return cap ? `=IF(ROUND(${cap},2)>=100,"Sesuai rencana","Di bawah rencana")` : null;
    }
    case "proyeksi-linear": {
      // Written on the row of the latest measured quarter: realisasi × 4 / its number; TW IV's is the year's.
      const tw = table.columns.findIndex((k) => k.key === "triwulan");
      return a && from.length === 1 && tw >= 0 ? projection(a, row.cells[tw]?.value ?? null) : null;
    }
  }
}

function projection(realisasi: string, label: string | number | null): string | null {
  const q =
    typeof label === "string"
      ? QUARTER[
          label
            .replace(/^TW\s*/i, "")
            .trim()
            .toUpperCase()
        ]
      : undefined;
  if (!q) return null;
  return q === 4 ? `=${realisasi}` : `=${realisasi}*4/${q}`;
}

function cellNotes(row: LkjipRow, columns: readonly LkjipColumn[]): string {
  const parts = [row.note ?? ""];
  row.cells.forEach((c, i) => {
    if (c.note) parts.push(`${columns[i]?.label ?? ""}: ${c.note}`);
  });
  return parts.filter(Boolean).join(" ");
}

/**
 * Lays out every table one under the other from the sheet's first row, a blank row between them,
 * each with a "Catatan" column after its own columns. Pure, for the tests.
 */
export function layOut(tables: LkjipTables, numberAt?: NumberAt): LaidOut[] {
  const out: LaidOut[] = [];
  // What the reader took from each source cell. A source is referenced only where the cell holds
  // that very number: a figure read from text ("90,26 %", "Rp 1.000.000") or on another scale
  // (0,9026 shown as a percentage) would reference text or another number, so it is written as a
  // number, and what is computed from it too. Without the workbook (numberAt) every source is live.
  const read = new Map<string, number>();
  for (const t of tables.tables)
    for (const r of t.rows) for (const c of r.cells) if (c.source && typeof c.value === "number") read.set(sourceKey(c.source), c.value);
  const live = (src: LkjipSource): boolean => {
    if (!numberAt) return true;
    const n = numberAt(src);
    const known = read.get(sourceKey(src));
    return n !== null && (known === undefined || close(n, known));
  };
  const capaianAt: CapaianIndex = new Map();
  let top = 0;
  for (const table of tables.tables) {
    const width = table.columns.length + 1;
    const bodyTop = top + 2;
    const grid: Written[][] = [];
    const pad = (cells: Written[]) => [...cells, ...Array.from({ length: width - cells.length }, (): Written => ({ text: "" }))];
    grid.push(pad([{ text: table.title }]));
    grid.push([...table.columns.map((c): Written => ({ text: c.label })), { text: NOTE_LABEL }]);
    const summaries: number[] = [];
    table.rows.forEach((row, k) => {
      const excelRow = bodyTop + k + 1;
      const col = (key: string) => {
        const i = table.columns.findIndex((c) => c.key === key);
        return i >= 0 ? `${columnLetter(i)}${excelRow}` : null;
      };
      // Record where each capaian is written, by its realisasi, for the averages below it.
      row.cells.forEach((cell, i) => {
        const f = cell.computed;
        if (f && typeof cell.value === "number" && f.formula.startsWith("capaian") && f.from[0]) {
          const list = capaianAt.get(sourceKey(f.from[0])) ?? [];
          list.push({ table: table.id, address: `${columnLetter(i)}${excelRow}`, value: cell.value });
          capaianAt.set(sourceKey(f.from[0]), list);
        }
      });
      const frozen: string[] = [];
      const written = row.cells.map((cell, i): Written => {
        const kind = table.columns[i]?.kind ?? "text";
        const numeric = kind === "text" ? "General" : NUMBER_FORMAT[kind];
        // A blank figure keeps its column's format, so a number typed there later reads as one.
        if (cell.value === null) return kind === "text" ? { text: "" } : { number: null, format: numeric };
        if (typeof cell.value === "number") {
          if (cell.source) {
            if (live(cell.source)) return { formula: `=${reference(cell.source)}`, format: numeric };
            frozen.push(`${cell.source.sheet}!${cell.source.cell}`);
          }
          if (cell.computed) {
            const f = formulaOf(cell, row, col, table, capaianAt, live);
            if (f) return { formula: f, format: numeric };
          }
          return { number: cell.value, format: numeric };
        }
        // Text: from the workbook or ours; a kategori or status is a formula of the row's figures.
        if (cell.computed) {
          const f = formulaOf(cell, row, col, table, capaianAt, live);
          if (f) return { formula: f, format: "General" };
        }
        return { text: cell.value };
      });
      if (row.kind === "rata-rata" || row.kind === "rata-rata-seluruh" || row.kind === "jumlah") summaries.push(grid.length);
      const fixed = frozen.length
        ? `Angka di ${frozen.join(", ")} tertulis sebagai teks atau dalam skala lain; disalin sebagai angka dan tidak ikut berubah bila sel itu diubah.`
        : "";
      grid.push([...written, { text: [cellNotes(row, table.columns), fixed].filter(Boolean).join(" ") }]);
    });
    for (const note of table.notes) grid.push(pad([{ text: note }]));
    out.push({ top, width, grid, summaries, rowCount: grid.length });
    top += grid.length + 1;
  }
  return out;
}
