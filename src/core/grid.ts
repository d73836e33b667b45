/**
 * A workbook as plain data: sheets of cell values with A1 addresses and merged areas. The Excel
 * adapter and the command line both turn their world into this; the engine reads only this.
 */

/** A cell's value as the engine sees it. Errors are their text ("#N/A"); dates their ISO text. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export interface Sheet {
  readonly name: string;
  /** rows[r][c]; rows may be ragged and missing cells are blank. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Merged areas; only the top-left cell of a merge holds its value. */
  readonly merges: readonly Area[];
  /**
   * 0-based rows the workbook hides (Excel's "Hide" on a row, `<row hidden="1">`). Their cells are
   * still in `rows` and read like any other; rules only stop demanding them elsewhere and accept a
   * total typed to leave them out. Undefined when the reader does not know (treated as none hidden).
   */
  readonly hiddenRows?: ReadonlySet<number>;
}

export interface Workbook {
  readonly sheets: readonly Sheet[];
}

export function cellAt(sheet: Sheet, r: number, c: number): CellValue {
  const row = sheet.rows[r];
  if (!row) return null;
  const v = row[c];
  return v === undefined ? null : v;
}

export function columnLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 0-based cell. */
export function a1(r: number, c: number): string {
  return `${columnLetters(c)}${r + 1}`;
}

export function areaA1(a: Area): string {
  return a.r0 === a.r1 && a.c0 === a.c1 ? a1(a.r0, a.c0) : `${a1(a.r0, a.c0)}:${a1(a.r1, a.c1)}`;
}

/** Parses "B3" or "B3:D7" into an area. */
export function parseA1(ref: string): Area | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r0 = Number(m[2]) - 1;
  const c0 = col(m[1] as string);
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  const c1 = m[3] ? col(m[3]) : c0;
  return { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
}

/** Length of row r (0 when it has no cells); loops over a row's cells stop here, not at the sheet's width. */
export function rowLength(sheet: Sheet, r: number): number {
  return sheet.rows[r]?.length ?? 0;
}

const widths = new WeakMap<Sheet, number>();
const mergeEnds = new WeakMap<Sheet, number>();

/** One past the rightmost column any merged area reaches (0 without merges); computed once. */
export function mergeWidth(sheet: Sheet): number {
  let w = mergeEnds.get(sheet);
  if (w !== undefined) return w;
  w = 0;
  for (const m of sheet.merges) if (m.c1 + 1 > w) w = m.c1 + 1;
  mergeEnds.set(sheet, w);
  return w;
}

/** The widest row's length; sheets are not changed once read, so it is computed once. */
export function sheetWidth(sheet: Sheet): number {
  let w = widths.get(sheet);
  if (w !== undefined) return w;
  w = 0;
  for (const row of sheet.rows) if (row.length > w) w = row.length;
  widths.set(sheet, w);
  return w;
}

/**
 * Index of merged areas by their cells, to find the master (top-left) cell of any merged cell.
 */
export class MergeIndex {
  private readonly byCell = new Map<number, Area>();
  constructor(
    merges: readonly Area[],
    private readonly width = 1 << 14,
  ) {
    for (const m of merges) {
      // Large merges (a whole column) would be costly to index cell by cell; they hold no table data.
      if ((m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1) > 10000) continue;
      for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) this.byCell.set(r * this.width + c, m);
    }
  }
  areaOf(r: number, c: number): Area | undefined {
    return this.byCell.get(r * this.width + c);
  }
}

/** Text of a cell value, trimmed, with runs of white space folded; "" for blank. */
export function textOf(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  const s = String(v);
  // Most cells need no change; only text with runs of white space is rewritten.
  return /[^\S ]| {2}|^ | $/.test(s) ? s.replace(/[\s\u00a0]+/g, " ").trim() : s;
}
