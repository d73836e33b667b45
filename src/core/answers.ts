/**
 * Cleaning SKM input before the IKM formulas: raw answers (1–4, blank) and lists of NRR values.
 * In Excel a blank cell can arrive as null, "" or, on older desktop builds, 0; a 0 is never a valid
 * answer, so it is read as blank.
 */
import { msg } from "./messages";
import { isExcelErrorText, parseNumber } from "./numbers";
import type { Answer } from "./formulas";
import { fail, ok, type Result } from "./result";

/**
 * One answer cell cleaned: 1–4, null for blank (null, "", white space, 0 or "0"), undefined when it
 * is no answer at all (5, 2,5, a word, an Excel error). Shared by the custom functions and the reader
 * of answer sheets, so both count the same answers.
 */
export function answerOf(v: unknown): Answer | undefined {
  if (typeof v === "number" && (v === 1 || v === 2 || v === 3 || v === 4)) return v;
  if (v === null || v === undefined || v === 0 || v === "") return null;
  const p = parseNumber(v, "count");
  if (!p.ok) return p.blank ? null : undefined;
  if (!Number.isInteger(p.value)) return undefined;
  if (p.value === 0) return null;
  return p.value >= 1 && p.value <= 4 ? p.value : undefined;
}

export function parseAnswers(cells: readonly (readonly unknown[])[]): Result<Answer[][]> {
  const out: Answer[][] = [];
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i] as readonly unknown[];
    const clean: Answer[] = new Array(row.length);
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v === "string" && isExcelErrorText(v)) return fail("value", msg.answerError(i + 1, j + 1, v));
      const a = answerOf(v);
      if (a === undefined) return fail("value", msg.answerInvalid(i + 1, j + 1, String(v)));
      clean[j] = a;
    }
    out.push(clean);
  }
  return ok(out);
}

/** A row or column of NRR values (1–4); blanks are skipped. */
export function parseNrrList(cells: readonly (readonly unknown[])[]): Result<number[]> {
  const out: number[] = [];
  let pos = 0;
  for (const row of cells) {
    for (const v of row) {
      pos++;
      const p = parseNumber(v, "index");
      if (!p.ok && p.blank) continue;
      if (!p.ok || p.value < 1 || p.value > 4) return fail("value", msg.nrrInvalid(pos, String(v)));
      out.push(p.value);
    }
  }
  return out.length === 0 ? fail("value", msg.nrrEmpty()) : ok(out);
}
