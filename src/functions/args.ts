/**
 * Turning Excel's arguments into the core's plain numbers and options, and the core's failures
 * into Excel errors. Nothing here knows SAKIP rules.
 */
import { clip, msg } from "../core/messages";
import { parseNumber, type NumberKind } from "../core/numbers";
import type { ErrorKind, Failure } from "../core/result";

const CODES: Record<ErrorKind, CustomFunctions.ErrorCode> = {
  value: "#VALUE!" as CustomFunctions.ErrorCode,
  div0: "#DIV/0!" as CustomFunctions.ErrorCode,
  num: "#NUM!" as CustomFunctions.ErrorCode,
  na: "#N/A" as CustomFunctions.ErrorCode,
};

/** Thrown inside a function body to end it with an Excel error. */
export class ArgumentError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export function raise(failure: Failure): never {
  throw new ArgumentError(failure.kind, failure.message);
}

/** An error value that Excel passed in (a cell holding #N/A in a range, say). */
export function isExcelError(value: unknown): value is CustomFunctions.Error {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    String((value as { code: string }).code).startsWith("#")
  );
}

/**
 * Runs a function body and converts every failure into a `CustomFunctions.Error`, so that no
 * exception escapes to leave a cell on #BUSY! or a bare #VALUE! without a reason.
 */
export function excel<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw toExcelError(e);
  }
}

/** As `excel`, for a function that waits (on the nomenclature chunk, say): the promise rejects with an Excel error. */
export async function excelAsync<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (e) {
    throw toExcelError(e);
  }
}

function toExcelError(e: unknown): unknown {
  if (e instanceof ArgumentError) return new CustomFunctions.Error(CODES[e.kind], e.message);
  if (isExcelError(e)) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CODES.value, msg.unexpected(detail));
}

/** A required numeric argument, number or number stored as text. */
export function num(value: unknown, name: string, kind: NumberKind = "value"): number {
  if (isExcelError(value)) throw value;
  if (Array.isArray(value)) return num(single(value, name), name, kind);
  const p = parseNumber(value, kind, name);
  if (!p.ok) throw new ArgumentError("value", p.reason);
  return p.value;
}

/** A non-negative numeric argument (budget amounts). */
export function amount(value: unknown, name: string): number {
  const v = num(value, name, "rupiah");
  if (v < 0) throw new ArgumentError("value", msg.negative(name));
  return v;
}

/** A single-cell argument as it is (text, number, blank); an error passed in propagates. */
export function cell(value: unknown, name: string): unknown {
  if (Array.isArray(value)) return cell(single(value, name), name);
  if (isExcelError(value)) throw value;
  return value;
}

function single(value: unknown[], name: string): unknown {
  const flat = (value as unknown[]).flat();
  if (flat.length !== 1) throw new ArgumentError("value", `Argumen "${name}" harus satu sel, bukan rentang.`);
  return flat[0];
}

/** Whether an optional argument was left out (Excel passes null or undefined; an empty cell gives null or ""). */
export function omitted(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** An option given as text, matched case- and space-insensitively against its aliases. */
export function option<T>(value: unknown, name: string, aliases: Record<string, T>, fallback: T): T {
  if (isExcelError(value)) throw value;
  if (omitted(value)) return fallback;
  const key = String(value).trim().toLowerCase().replace(/\s+/g, " ");
  const found = aliases[key];
  if (found === undefined) {
    throw new ArgumentError("value", msg.unknownOption(name, clip(String(value)), uniqueValues(aliases)));
  }
  return found;
}

function uniqueValues<T>(aliases: Record<string, T>): string[] {
  return [...new Set(Object.values(aliases).map((v) => `"${String(v)}"`))];
}

/** A range argument as a matrix; a single value becomes a 1×1 matrix. */
export function matrix(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return (value as unknown[]).map((row) => (Array.isArray(row) ? row : [row]));
}
