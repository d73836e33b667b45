/**
 * Building blocks of the corpus (scripts/make-corpus.ts) and of the metamorphic test: sheets as
 * cells with merges, hidden rows and columns and formulas with cached values, and one generic
 * table writer that lays a list of column specs out under a header band of 1–4 rows, with an
 * optional column-number row in any style, title and identity rows above and a Sumber line and a
 * signature block below. The content (indicators, targets, budgets) comes from the callers; every
 * number a table states is computed here from that content, so a planted inconsistency is exactly
 * the one cell a caller changes afterwards.
 */
import ExcelJS from "exceljs";
import { a1, columnLetters, type Area, type CellValue, type Sheet, type Workbook } from "../../src/core/grid";

/** A cell: a value, or a formula with its cached result (an error as its text, "#DIV/0!"). */
export type Cell = CellValue | { f: string; v: number | string };

export class SheetB {
  readonly rows: Cell[][] = [];
  readonly merges: Area[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenCols = new Set<number>();
  readonly boldRows = new Set<number>();
  constructor(public name: string) {}

  /** The first row with nothing in it below everything written so far. */
  get next(): number {
    return this.rows.length;
  }
  put(r: number, c: number, v: Cell): void {
    while (this.rows.length <= r) this.rows.push([]);
    const row = this.rows[r]!;
    while (row.length < c) row.push(null);
    row[c] = v;
  }
  get(r: number, c: number): Cell {
    return this.rows[r]?.[c] ?? null;
  }
  line(r: number, c: number, values: readonly Cell[]): void {
    values.forEach((v, i) => v !== null && this.put(r, c + i, v));
    if (!values.some((v) => v !== null)) this.put(r, c, null);
  }
  merge(r0: number, c0: number, r1: number, c1: number): void {
    if (r0 === r1 && c0 === c1) return;
    this.merges.push({ r0, c0, r1, c1 });
  }
  /** Leaves `n` empty rows. */
  skip(n = 1): number {
    for (let i = 0; i < n; i++) this.put(this.next, 0, null);
    return this.next;
  }
}

export interface Planted {
  sheet: string;
  cell: string;
  rule: string;
  severity: "error" | "warning" | "info";
  why: string;
}

export interface Book {
  /** File stem, "NN-name". */
  name: string;
  /** Which families of domain.md the workbook covers (printed in the corpus README). */
  covers: string;
  sheets: SheetB[];
  tables: { sheet: string; kind: string }[];
  planted: Planted[];
}

// --- numbers as staff write them -------------------------------------------------------------

export const round = (x: number, d = 2): number => Math.round(x * 10 ** d + (x >= 0 ? 1e-9 : -1e-9)) / 10 ** d;

/** Indonesian notation: thousands with dots, decimals with a comma ("10.599.350.000", "93,85"). */
export function idText(n: number, decimals?: number): string {
  const d = decimals ?? (Number.isInteger(n) ? 0 : Math.min(3, String(n).split(".")[1]?.length ?? 0));
  const [int, frac] = Math.abs(n).toFixed(d).split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? `,${frac}` : ""}`;
}

/** Achievement percent: realisasi / target × 100, or the "kondisi khusus" for lower-is-better. */
export function capaianOf(target: number, real: number, lower = false): number | string {
  if (target === 0) return "#DIV/0!";
  return round(lower ? ((2 * target - real) / target) * 100 : (real / target) * 100);
}

/**
 * A corpus book written sheet by sheet: its sheets, the kinds of table each holds, and the
 * findings planted in them (a cell by its 0-based row and column).
 */
export class SimpleBook implements Book {
  sheets: SheetB[] = [];
  tables: { sheet: string; kind: string }[] = [];
  planted: Planted[] = [];
  constructor(
    public name: string,
    public covers: string,
  ) {}
  sheet(name: string, kinds: readonly string[] = []): SheetB {
    const s = new SheetB(name);
    this.sheets.push(s);
    for (const kind of kinds) this.tables.push({ sheet: name, kind });
    return s;
  }
  plant(s: SheetB, r: number, c: number, rule: string, severity: Planted["severity"], why: string): void {
    this.planted.push({ sheet: s.name, cell: a1(r, c), rule, severity, why });
  }
}

/** Permendagri 86/2017, lower bounds. */
export function kategoriOf(c: number): string {
  return c >= 91 ? "Sangat Tinggi" : c >= 76 ? "Tinggi" : c >= 66 ? "Sedang" : c >= 51 ? "Rendah" : "Sangat Rendah";
}

/** A fixed linear congruential generator, as bench/generate.ts. */
export function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

// --- the generic table writer ----------------------------------------------------------------

/** What a column's numbers are, for writing them as text in Indonesian notation. */
export type NumKind = "n" | "pct" | "rp";

export interface Col<R> {
  /** Header path from the top band down: ["Triwulan I", "Target"]. */
  head: string[];
  /** One-row header label, when the path is flattened ("Target TW I"). */
  flat?: string;
  value: (row: R, i: number) => Cell;
  /** Name callers use to find the cell of a row ("target", "tw3.target"). */
  field?: string;
  /** Rows with the same value are written once (tujuan, sasaran, program), left blank or merged down. */
  group?: boolean;
  kind?: NumKind;
  /** Formula for this cell on row `r` (0-based), given the letters of other fields; cached value is `value`. */
  formula?: (r: number, col: (field: string) => string, row: R) => string | null;
  /** Relation label for the column-number row ("8 = 7/6 x 100"), given the column's number and the numbers of fields. */
  relation?: (num: (field: string) => number) => string;
  hidden?: boolean;
}

export interface Look {
  /** First column of the table (0-based). */
  col?: number;
  /** Empty rows before the block (title, identity, table). */
  gap?: number;
  title?: string[];
  /** "Perangkat Daerah : Dinas Kesehatan" lines. */
  identity?: [string, string][];
  /** Column-number row under the header. */
  nums?: "none" | "plain" | "paren" | "relasi";
  /** Header rows; 1 flattens every path; more than the paths' depth adds a band on top. */
  depth?: number;
  /** Label of the added top band (over the columns with a path of two or more). */
  band?: string;
  /** Labels repeated in every cell of a horizontal group instead of merged. */
  repeat?: boolean;
  upper?: boolean;
  /** Replace "Persentase" in header words by the typo of the seed, "Presentase". */
  typo?: boolean;
  /** Numbers written as text in Indonesian notation. */
  teks?: boolean;
  /** Formulas (with cached values) where a column defines one. */
  rumus?: boolean;
  /** Grouped cells merged down (else left blank below the first). */
  mergeDown?: boolean;
  /** Insert an empty column at this index of the column list (0 = before the first). */
  blankCol?: number;
  /** Hide the inserted blank column. */
  hideBlank?: boolean;
  sumber?: string;
  ttd?: Ttd;
  /** The signature block to the right of the table instead of under it. */
  ttdBeside?: boolean;
  /** Hide these data rows (indexes into the rows). */
  hideRows?: number[];
  /** A total row at the bottom, repeated (as some files do) when `repeatTotal`. */
  total?: Cell[];
}

export interface Ttd {
  place: string;
  role: string;
  name: string;
  pangkat: string;
  nip: string;
}

export interface Placed {
  sheet: string;
  headerTop: number;
  /** 0-based sheet row of each data row. */
  rowOf: number[];
  /** 0-based sheet column of each field. */
  colOf: Record<string, number>;
  lastRow: number;
  lastCol: number;
}

/** A1 address of a field on a data row. */
export function cellOf(p: Placed, i: number, field: string): string {
  const c = p.colOf[field];
  if (c === undefined) throw new Error(`no column ${field} in ${p.sheet}`);
  return a1(p.rowOf[i]!, c);
}

function headerWord(s: string, look: Look): string {
  let t = look.typo ? s.replace(/Persentase/g, "Presentase").replace(/PERSENTASE/g, "PRESENTASE") : s;
  if (look.upper) t = t.toUpperCase();
  return t;
}

function numText(v: Cell, kind: NumKind | undefined): Cell {
  if (typeof v !== "number" || !kind) return v;
  if (kind === "pct") return `${idText(v, Number.isInteger(v) ? 0 : 2)}%`;
  return idText(v);
}

/** Writes a table at the sheet's next free row (after `gap`); returns where each field of each row went. */
export function writeTable<R>(s: SheetB, colsIn: Col<R>[], rows: R[], look: Look = {}): Placed {
  const c0 = look.col ?? 0;
  let r = s.next + (s.rows.length ? (look.gap ?? 1) : 0);
  for (const t of look.title ?? []) {
    s.put(r, c0, t);
    s.boldRows.add(r);
    r++;
  }
  if (look.identity?.length) {
    if (look.title?.length) r++;
    for (const [k, v] of look.identity) s.line(r++, c0, [k, ":", v]);
  }
  if (look.title?.length || look.identity?.length) r++;

  const cols: (Col<R> | null)[] = [...colsIn];
  if (look.blankCol !== undefined) cols.splice(Math.min(look.blankCol, cols.length), 0, null);
  const colIndex = (j: number) => c0 + j;

  // Header band.
  const paths = cols.map((c) => (c ? c.head.map((h) => headerWord(h, look)) : [""]));
  const pathDepth = Math.max(...paths.map((p) => p.length));
  const depth = Math.max(1, look.depth ?? pathDepth);
  const shaped = paths.map((p, j) => {
    const col = cols[j];
    if (depth === 1) return [headerWord(col?.flat ?? p.join(" "), look)];
    if (depth > pathDepth && p.length > 1) return [...Array(depth - pathDepth).fill(headerWord(look.band ?? "Realisasi Kinerja", look)), ...p];
    return p;
  });
  const top = r;
  for (let d = 0; d < depth; d++) {
    let j = 0;
    while (j < cols.length) {
      const p = shaped[j]!;
      if (d >= p.length) {
        j++;
        continue;
      }
      const label = p[d]!;
      const prefix = p.slice(0, d + 1).join("\u0000");
      let k = j;
      if (d < p.length - 1) while (k + 1 < cols.length && shaped[k + 1]!.length > d + 1 && shaped[k + 1]!.slice(0, d + 1).join("\u0000") === prefix) k++;
      const lastLevel = d === p.length - 1;
      if (lastLevel) {
        s.put(r + d, colIndex(j), label);
        if (depth - 1 > d) s.merge(r + d, colIndex(j), r + depth - 1, colIndex(j));
      } else if (look.repeat) {
        for (let x = j; x <= k; x++) s.put(r + d, colIndex(x), label);
      } else {
        s.put(r + d, colIndex(j), label);
        s.merge(r + d, colIndex(j), r + d, colIndex(k));
      }
      j = lastLevel ? j + 1 : k + 1;
    }
    s.boldRows.add(r + d);
  }
  r += depth;

  const colOf: Record<string, number> = {};
  cols.forEach((c, j) => c?.field && (colOf[c.field] = colIndex(j)));
  const letter = (field: string) => {
    const c = colOf[field];
    if (c === undefined) throw new Error(`no column ${field}`);
    return columnLetters(c);
  };
  const numberOf = (field: string) => {
    const c = colOf[field];
    if (c === undefined) throw new Error(`no column ${field}`);
    return c - c0 + 1;
  };

  const nums = look.nums ?? "none";
  if (nums !== "none") {
    cols.forEach((c, j) => {
      const n = j + 1;
      const rel = nums === "relasi" && c?.relation ? c.relation(numberOf) : null;
      s.put(r, colIndex(j), rel ?? (nums === "paren" ? `(${n})` : n));
    });
    r++;
  }

  const rowOf: number[] = [];
  const lastGroup: (Cell | undefined)[] = cols.map(() => undefined);
  const groupStart: number[] = cols.map(() => r);
  const closeGroup = (j: number, end: number) => {
    if (look.mergeDown && lastGroup[j] !== null && end > groupStart[j]!) s.merge(groupStart[j]!, colIndex(j), end, colIndex(j));
  };
  rows.forEach((row, i) => {
    rowOf.push(r);
    cols.forEach((c, j) => {
      if (!c) return;
      const v = c.value(row, i);
      if (c.group) {
        // Written once; the rows below are left blank (or merged down).
        if (v !== null && v === lastGroup[j]) return;
        if (lastGroup[j] !== undefined) closeGroup(j, r - 1);
        lastGroup[j] = v;
        groupStart[j] = r;
      }
      if (look.rumus && c.formula && (typeof v === "number" || (typeof v === "string" && v.startsWith("#")))) {
        const f = c.formula(r, letter, row);
        if (f) {
          s.put(r, colIndex(j), { f, v });
          return;
        }
      }
      s.put(r, colIndex(j), look.teks ? numText(v, c.kind) : v);
    });
    if (look.hideRows?.includes(i)) s.hiddenRows.add(r);
    r++;
  });
  cols.forEach((c, j) => c?.group && lastGroup[j] !== undefined && closeGroup(j, r - 1));
  if (look.total) {
    s.line(r, c0, look.total);
    r++;
  }
  cols.forEach((c, j) => {
    if (c?.hidden || (c === null && look.hideBlank)) s.hiddenCols.add(colIndex(j));
  });
  const lastRow = r - 1;
  const lastCol = colIndex(cols.length - 1);
  if (look.sumber) {
    s.put(r + 1, c0, look.sumber);
    r += 2;
  }
  if (look.ttd) writeTtd(s, look.ttd, look.ttdBeside ? top : r + 1, look.ttdBeside ? lastCol + 2 : Math.max(c0, lastCol - 2));
  return { sheet: s.name, headerTop: top, rowOf, colOf, lastRow, lastCol };
}

export function writeTtd(s: SheetB, t: Ttd, r: number, c: number): void {
  s.put(r, c, `${t.place}, 31 Desember 2025`);
  s.put(r + 1, c, t.role);
  s.put(r + 5, c, t.name);
  s.put(r + 6, c, t.pangkat);
  s.put(r + 7, c, `NIP. ${t.nip}`);
}

/** A plain block of text rows (reference lists, evaluation notes). */
export function writeRows(s: SheetB, rows: Cell[][], at = s.next, c0 = 0): number {
  rows.forEach((row, i) => s.line(at + i, c0, row));
  return at + rows.length;
}

// --- output ----------------------------------------------------------------------------------

/** The engine's view of the sheets: formulas as their cached values and hidden rows listed, as the .xlsx reader gives them. */
export function toWorkbook(sheets: readonly SheetB[]): Workbook {
  return {
    sheets: sheets.map((s): Sheet => {
      const sheet: Sheet = {
        name: s.name,
        rows: s.rows.map((row) => row.map((v) => (v !== null && typeof v === "object" ? v.v : v))),
        merges: [...s.merges],
      };
      return s.hiddenRows.size ? { ...sheet, hiddenRows: new Set(s.hiddenRows) } : sheet;
    }),
  };
}

const FIXED_DATE = new Date(Date.UTC(2025, 11, 31, 0, 0, 0));

export function toExcel(sheets: readonly SheetB[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "SAKIP Excel (korpus)";
  wb.lastModifiedBy = "SAKIP Excel (korpus)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === "object") {
          const result = typeof v.v === "string" && v.v.startsWith("#") ? { error: v.v as ExcelJS.CellErrorValue["error"] } : v.v;
          cell.value = { formula: v.f, result } as ExcelJS.CellFormulaValue;
        } else cell.value = v;
      }),
    );
    for (const m of s.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
    for (const r of s.boldRows) ws.getRow(r + 1).font = { bold: true };
    for (const r of s.hiddenRows) ws.getRow(r + 1).hidden = true;
    for (const c of s.hiddenCols) ws.getColumn(c + 1).hidden = true;
  }
  return wb;
}
