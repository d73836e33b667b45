/**
 * Reading numbers as they are written in SAKIP workbooks: `91.5`, `93,85`, `10.599.350.000`,
 * `92,61%`, `Rp 10.903.497.000,-`, and numbers stored as text.
 *
 * A single dot followed by exactly three digits (`1.288`) is ambiguous; the column's kind decides:
 * in a rupiah or count column it separates thousands, in a percent, index or generic value column
 * it is a decimal point. The same holds for a single comma followed by three digits in a rupiah
 * column (amounts in rupiah have no fractional part in these reports).
 */
import { msg } from "./messages";

/** What a column holds; decides how an ambiguous separator is read. */
export type NumberKind = "rupiah" | "percent" | "index" | "count" | "value";

export type Parsed = { ok: true; value: number; decimals: number; fromText: boolean; percentSign: boolean } | { ok: false; blank: boolean; reason: string };

/** Excel error values as they appear when a cell's cached result is an error. */
const EXCEL_ERRORS = /^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/i;

export function isExcelErrorText(text: string): boolean {
  return EXCEL_ERRORS.test(text.trim());
}

/** Number of decimals a finite number shows in its shortest representation. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const s = String(value);
  const exp = /e-(\d+)$/.exec(s);
  if (exp) {
    const mantissa = s.slice(0, s.indexOf("e"));
    const dot = mantissa.indexOf(".");
    return Number(exp[1]) + (dot < 0 ? 0 : mantissa.length - dot - 1);
  }
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Parses a cell value or function argument as a number of the given kind.
 * `arg` names the value in the error message (an argument name or a cell address).
 */
export function parseNumber(input: unknown, kind: NumberKind = "value", arg = "nilai"): Parsed {
  if (input === null || input === undefined) return { ok: false, blank: true, reason: msg.blank(arg) };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, blank: false, reason: msg.notFinite(arg) };
    return { ok: true, value: input, decimals: decimalsOf(input), fromText: false, percentSign: false };
  }
  if (typeof input === "boolean") return { ok: false, blank: false, reason: msg.notNumber(arg, String(input).toUpperCase()) };
  if (typeof input !== "string") return { ok: false, blank: false, reason: msg.notNumber(arg, String(input)) };
  const raw = input;
  const text = raw.replace(/[\u00a0\u202f\u2007]/g, " ").trim();
  if (text === "") return { ok: false, blank: true, reason: msg.blank(arg) };
  if (isExcelErrorText(text)) return { ok: false, blank: false, reason: msg.excelErrorText(arg, text) };

  let s = text;
  let negative = false;
  let percentSign = false;
  // Accounting negatives "(1.000)"
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(/^rp\.?\s*/i, "");
  s = s.replace(/\s*,-$|\s*\.-$/, "");
  if (s.endsWith("%")) {
    percentSign = true;
    s = s.slice(0, -1).trim();
  }
  if (/^[-\u2212]/.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  s = s.replace(/ /g, "");
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return { ok: false, blank: false, reason: msg.notNumber(arg, raw) };

  const dots = count(s, ".");
  const commas = count(s, ",");
  let intPart: string;
  let fracPart = "";
  let groupSep: string | null = null;

  if (dots > 0 && commas > 0) {
    const decSep = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    groupSep = decSep === "." ? "," : ".";
    if (count(s, decSep) > 1) return { ok: false, blank: false, reason: msg.notNumber(arg, raw) };
    [intPart, fracPart] = s.split(decSep) as [string, string];
  } else if (dots + commas === 0) {
    intPart = s;
  } else {
    const sep = dots > 0 ? "." : ",";
    const n = dots + commas;
    const parts = s.split(sep);
    const last = parts[parts.length - 1] as string;
    if (n > 1) {
      groupSep = sep; // 10.599.350.000 or 10,599,350,000
      intPart = s;
    } else if (last.length === 3 && parts[0] !== "" && thousandsFor(kind, sep)) {
      groupSep = sep;
      intPart = s;
    } else {
      [intPart, fracPart] = parts as [string, string];
    }
  }

  if (groupSep !== null) {
    const groups = intPart.split(groupSep);
    const okGroups = groups[0] !== "" && (groups[0] as string).length <= 3 && groups.slice(1).every((g) => g.length === 3);
    if (!okGroups) return { ok: false, blank: false, reason: `${msg.badGrouping(raw)} (${arg})` };
    intPart = groups.join("");
  }
  if (intPart === "" && fracPart === "") return { ok: false, blank: false, reason: msg.notNumber(arg, raw) };
  if (/[^0-9]/.test(intPart) || /[^0-9]/.test(fracPart)) return { ok: false, blank: false, reason: msg.notNumber(arg, raw) };

  const value = Number(`${intPart || "0"}.${fracPart || "0"}`) * (negative ? -1 : 1);
  if (!Number.isFinite(value)) return { ok: false, blank: false, reason: msg.notFinite(arg) };
  return { ok: true, value: value === 0 ? 0 : value, decimals: fracPart.length, fromText: true, percentSign };
}

function thousandsFor(kind: NumberKind, sep: string): boolean {
  if (kind === "rupiah") return true;
  if (kind === "count") return sep === ".";
  return false;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Rounds half away from zero to `decimals` places, robust to binary representation (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const shifted = Math.abs(value) * factor;
  const rounded = Math.round(Number(shifted.toPrecision(15)));
  return (Math.sign(value) * rounded) / factor;
}

/**
 * Whether a stated value is right: it equals the computed value rounded to the number of decimals
 * it is written with (102.51 written with 2 decimals must be within 0.005 of the computed value).
 */
export function matchesStated(stated: number, statedDecimals: number, computed: number): boolean {
  const half = 0.5 * 10 ** -statedDecimals;
  return Math.abs(stated - computed) <= half + 1e-9 * Math.max(1, Math.abs(computed));
}
