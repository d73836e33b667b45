/** Reading one cell as a number or text for a table, noting problems with their position. */
import { a1, cellAt, textOf, type Sheet } from "../grid";
import type { Header } from "./header";
import { msg } from "../messages";
import { isExcelErrorText, parseNumber, type NumberKind } from "../numbers";
import type { NumCell, ReadProblem, TextCell } from "./types";
import { kindForSatuan, splitUnitSuffix } from "./satuan-words";

export { kindForSatuan };

export class CellReader {
  readonly problems: ReadProblem[] = [];
  constructor(readonly sheet: Sheet) {}

  text(r: number, c: number | undefined): TextCell | null {
    if (c === undefined) return null;
    const t = textOf(cellAt(this.sheet, r, c));
    return t === "" ? null : { text: t, r, c };
  }

  /** A number, or null when blank; text that is not a number is noted as a problem. */
  num(r: number, c: number | undefined, kind: NumberKind): NumCell | null {
    if (c === undefined) return null;
    const v = cellAt(this.sheet, r, c);
    if (v === null) return null;
    if (typeof v === "string") {
      const t = v.trim();
      if (t === "" || /^[-–—]$/.test(t) || /^(na|n\/a|n a|tidak ada|belum ada)$/i.test(t)) return null;
    }
    const p = parseNumber(v, kind, `${this.sheet.name}!${a1(r, c)}`);
    if (p.ok) return { value: p.value, decimals: p.decimals, fromText: p.fromText, r, c };
    // A number written with its unit ("12 Dokumen", "3 Dok.", "85 Orang/bulan"): the number, read as the unit's kind.
    // Not in a rupiah column: "1,5 M" there is 1,5 miliar.
    const withUnit = typeof v === "string" && kind !== "rupiah" ? splitUnitSuffix(v) : null;
    if (withUnit) {
      const q = parseNumber(withUnit.number, kind === "value" ? kindForSatuan(withUnit.unit) : kind);
      if (q.ok) return { value: q.value, decimals: q.decimals, fromText: true, r, c };
    }
    if (!p.blank) {
      const found = String(v);
      this.problems.push({
        r,
        c,
        found,
        message: isExcelErrorText(found) ? msg.cellError(found) : msg.cellNotNumber(found),
      });
    }
    return null;
  }
}

/**
 * A rupiah cell holding only a dash ("-", the accounting format's zero, and what SIPD prints for
 * nothing spent): the amount 0, so that a parent's sum counts it; marked, as a parent or a pagu
 * written "-" may mean "not stated" rather than nothing. Null for any other cell.
 */
export function dashAsZero(sheet: Sheet, r: number, c: number | undefined): NumCell | null {
  if (c === undefined) return null;
  const v = cellAt(sheet, r, c);
  return typeof v === "string" && /^\s*[-–—]\s*$/.test(v) ? { value: 0, decimals: 0, fromText: false, r, c, dash: true } : null;
}

/** A part of a code as a cell of a split code holds it: "2", "15", "02", "2.01", "0001". */
const CODE_PART = /^\d{1,4}(\.\d{1,4})*$/;

/**
 * The sheet columns a "Kode" heading stands over: more than one where the heading is merged across
 * sub-headings (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan, as RKA and DPA forms write a
 * code), else the code column alone.
 */
export function codeSpan(sheet: Sheet, header: Header, kodeC: number | undefined): readonly number[] {
  if (kodeC === undefined) return [];
  const m = sheet.merges.find((a) => a.c0 === kodeC && a.c1 > a.c0 && a.c1 - a.c0 <= 6 && a.r0 >= header.r0 && a.r1 <= header.r1 && a.r1 < header.dataStart);
  if (!m || header.columns.some((c) => c.c > m.c0 && c.c <= m.c1 && c.role !== "kode")) return [kodeC];
  return Array.from({ length: m.c1 - m.c0 + 1 }, (_, i) => m.c0 + i);
}

/** A row's code over its code columns: the parts written joined with dots ("2", "15", "02", "2.01" → "2.15.02.2.01"). */
export function codeAcross(sheet: Sheet, r: number, span: readonly number[]): TextCell | null {
  if (span.length === 0) return null;
  const own = textOf(cellAt(sheet, r, span[0]!));
  if (span.length === 1) return own === "" ? null : { text: own, r, c: span[0]! };
  const parts: string[] = [];
  for (const c of span) {
    const t = textOf(cellAt(sheet, r, c));
    if (t === "") continue;
    if (!CODE_PART.test(t)) return own === "" ? null : { text: own, r, c: span[0]! };
    parts.push(t);
  }
  return parts.length === 0 ? null : { text: parts.join("."), r, c: span[0]! };
}
