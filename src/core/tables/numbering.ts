/**
 * Rows of column numbers under a header, in every style met: `1 2 3`, `(1) (2) (3)`, `3=1+2`,
 * and rows stating the form's own arithmetic: `13 = 9 + 10 + 11 + 12`, `14 = 7 + 13`,
 * `15 = 14 / 6 x 100`, `5 = 3 - 4`, `8 = 7/6 x 100` (also `×`, `:`, `*`). Such a row is part of
 * the header; the relations it states are parsed so that rules can check them on every row.
 */
import { cellAt, rowLength, textOf, type Sheet } from "../grid";
import type { MergeIndex } from "../grid";

/** An arithmetic expression over column numbers. */
export type Expr = { readonly col: number } | { readonly num: number } | { readonly op: "+" | "-" | "*" | "/"; readonly left: Expr; readonly right: Expr };

/** A relation stated in the column-number row: column `column` = `expr`. */
export interface Relation {
  readonly column: number;
  readonly expr: Expr;
  /** The cell's text, as written. */
  readonly text: string;
}

/** A column number and the sheet columns it stands over (two for a K / Rp pair under one number). */
export interface ColumnNumber {
  readonly n: number;
  readonly c0: number;
  readonly c1: number;
}

export interface Numbering {
  readonly numbers: ColumnNumber[];
  readonly relations: Relation[];
}

/** Constants in relations: "x 100" is a percentage, never column 100. */
const CONSTANTS = new Set([100, 1000]);

type Token = { t: "n"; v: number } | { t: "op"; v: "+" | "-" | "*" | "/" } | { t: "(" } | { t: ")" };

function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const m = /^\d+/.exec(s.slice(i));
    if (m) {
      out.push({ t: "n", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (ch === "+" || ch === "-" || ch === "\u2212" || ch === "\u2013") out.push({ t: "op", v: ch === "+" ? "+" : "-" });
    else if (ch === "*" || ch === "x" || ch === "X" || ch === "\u00d7") out.push({ t: "op", v: "*" });
    else if (ch === "/" || ch === ":" || ch === "\u00f7") out.push({ t: "op", v: "/" });
    else if (ch === "(" || ch === "[") out.push({ t: "(" });
    else if (ch === ")" || ch === "]") out.push({ t: ")" });
    else return null;
    i++;
  }
  return out;
}

/** Parses "9 + 10 + 11 + 12", "7/6 x 100", "(13/8) x 100"; null when it is not such a sum. */
export function parseExpr(text: string): Expr | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  let i = 0;
  const factor = (): Expr | null => {
    const tok = tokens[i];
    if (!tok) return null;
    if (tok.t === "n") {
      i++;
      return CONSTANTS.has(tok.v) ? { num: tok.v } : { col: tok.v };
    }
    if (tok.t === "(") {
      i++;
      const e = sum();
      if (!e || tokens[i]?.t !== ")") return null;
      i++;
      return e;
    }
    return null;
  };
  const product = (): Expr | null => {
    let left = factor();
    while (left) {
      const tok = tokens[i];
      if (!tok || tok.t !== "op" || (tok.v !== "*" && tok.v !== "/")) break;
      i++;
      const right = factor();
      if (!right) return null;
      left = { op: tok.v, left, right };
    }
    return left;
  };
  const sum = (): Expr | null => {
    let left = product();
    while (left) {
      const tok = tokens[i];
      if (!tok || tok.t !== "op" || (tok.v !== "+" && tok.v !== "-")) break;
      i++;
      const right = product();
      if (!right) return null;
      left = { op: tok.v, left, right };
    }
    return left;
  };
  const e = sum();
  return e && i === tokens.length ? e : null;
}

/** Reads one cell of a column-number row: "3", "(3)", "3a", "13 = 9 + 10 + 11 + 12". */
export function parseNumberCell(text: string): { n: number; expr: Expr | null } | null {
  const t = text.trim();
  const plain = /^[([]?(\d{1,2})[a-z]?[)\]]?\.?$/i.exec(t);
  if (plain) return { n: Number(plain[1]), expr: null };
  const rel = /^[([]?(\d{1,2})[)\]]?\s*=\s*(.+)$/.exec(t);
  if (!rel) return null;
  const expr = parseExpr(rel[2] as string);
  return expr ? { n: Number(rel[1]), expr } : null;
}

/**
 * The column numbers of row r when it is a column-number row (three or more numbers, not
 * decreasing, nothing else), else null. Merged number cells stand over all their columns.
 */
export function readNumbering(sheet: Sheet, r: number, width: number, merges: MergeIndex): Numbering | null {
  const numbers: ColumnNumber[] = [];
  const relations: Relation[] = [];
  let last = 0;
  for (let c = 0; c < Math.min(width, rowLength(sheet, r)); c++) {
    const v = cellAt(sheet, r, c);
    const t = textOf(v);
    if (t === "") continue;
    if (typeof v === "number" && !Number.isInteger(v)) return null;
    const p = parseNumberCell(t);
    if (!p || p.n < last || p.n === 0) return null;
    // A number repeated over the two cells of an unmerged K / Rp pair is one column number.
    const prev = numbers[numbers.length - 1];
    if (prev && prev.n === p.n) {
      numbers[numbers.length - 1] = { ...prev, c1: c };
      continue;
    }
    last = p.n;
    const m = merges.areaOf(r, c);
    numbers.push({ n: p.n, c0: c, c1: m && m.c0 === c ? m.c1 : c });
    if (p.expr) relations.push({ column: p.n, expr: p.expr, text: t });
  }
  if (numbers.length < 3) return null;
  // A K / Rp pair with its number in the first cell only: the number stands over the blank cell next to it.
  return { numbers, relations };
}

/** The column numbers an expression refers to. */
export function columnsOf(e: Expr): number[] {
  if ("col" in e) return [e.col];
  if ("num" in e) return [];
  return [...columnsOf(e.left), ...columnsOf(e.right)];
}

/**
 * The value of an expression with each column's value from `value`; null when a column has no
 * value or a divisor is 0.
 */
export function evalExpr(e: Expr, value: (col: number) => number | null): number | null {
  if ("col" in e) return value(e.col);
  if ("num" in e) return e.num;
  const a = evalExpr(e.left, value);
  const b = evalExpr(e.right, value);
  if (a === null || b === null) return null;
  if (e.op === "+") return a + b;
  if (e.op === "-") return a - b;
  if (e.op === "*") return a * b;
  return b === 0 ? null : a / b;
}

/** An expression written out ("9 + 10 + 11 + 12", "15 / 6 x 100"), each column as `name` gives it. */
export function showExpr(e: Expr, name: (col: number) => string): string {
  if ("col" in e) return name(e.col);
  if ("num" in e) return String(e.num);
  const side = (x: Expr) => {
    const s = showExpr(x, name);
    return "op" in x && (x.op === "+" || x.op === "-") && (e.op === "*" || e.op === "/") ? `(${s})` : s;
  };
  return `${side(e.left)} ${e.op === "*" ? "x" : e.op} ${side(e.right)}`;
}

/** Whether an expression only adds columns (a blank quarter then counts as nothing). */
export function isSum(e: Expr): boolean {
  if ("col" in e) return true;
  if ("num" in e) return false;
  return e.op === "+" && isSum(e.left) && isSum(e.right);
}
