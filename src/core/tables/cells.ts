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
    let input: unknown = v;
    let bounded = false;
    let as = kind;
    if (typeof v === "string") {
      const t = v.trim();
      if (t === "" || /^[-–—]$/.test(t) || /^(na|n\/a|n a|tidak ada|belum ada)$/i.test(t) || isQualitative(t) || isMark(t)) return null;
      // "≥ 80", "min. 3,5": the figure is the bound; "3 Dokumen", "80 persen", "3,6 (Baik)": the
      // figure with its unit or predikat. The text is meant so, not a number stored as text.
      const inner = figureWithin(t, kind);
      if (inner !== null) {
        input = inner;
        bounded = true;
        // Where the column does not say how to read "1.288", the unit after it does ("1.288 Orang": 1288).
        const unit = splitUnitSuffix(t)?.unit;
        if (kind === "value" && unit) as = kindForSatuan(unit);
      }
    }
    const p = parseNumber(input, as, `${this.sheet.name}!${a1(r, c)}`);
    // "25%" where the indicator counts documents or people (a Renaksi's quarters as shares of the
    // year's target): a share, not a figure in the indicator's unit; nothing to compare.
    if (p.ok && p.percentSign && (kind === "count" || kind === "rupiah")) return null;
    if (p.ok && bounded) return { value: p.value, decimals: p.decimals, fromText: false, r, c };
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

/**
 * A value where a number belongs that is meant as words, not a figure: a predikat (SAKIP "BB",
 * "A"; an opini "WTP"), a range ("75-80", "75 s.d. 80") or a state ("Tersedia", "Terlaksana"). Targets and realisations of such
 * indicators are written so on purpose: there is no figure to compare, and nothing to fix.
 */
export function isQualitative(text: string): boolean {
  const t = text.trim();
  return QUALITATIVE.test(t) || RANGE.test(t) || STATE.test(t);
}
/** A state as a target or realisation: "Tersedia", "Terlaksana", "Ada", "Baik", "Wajar Tanpa Pengecualian". */
const STATE =
  /^(tersedia|tidak tersedia|ada|ya|tidak|terlaksana|tercapai|terpenuhi|selesai|ditetapkan|lengkap|sesuai|baik|sangat baik|cukup|memuaskan|sangat memuaskan|wajar tanpa pengecualian|wajar dengan pengecualian)$/i;
/**
 * The figure inside a text meant as written: after a bound ("≥ 80", "min. 3,5"), before its unit
 * or predikat ("3 Dokumen", "80 persen", "3,6 (Baik)"); null when the text is no such thing.
 */
export function figureWithin(text: string, kind: NumberKind): string | null {
  let t = text.trim();
  let found = false;
  const b = BOUND.exec(t);
  if (b) {
    t = t.slice(b[0].length);
    found = true;
  }
  const u = WITH_UNIT.exec(t);
  // "1.500 juta", "250 ribu": a multiplier, not a unit; never read as the bare figure.
  if (u && !MULTIPLIER.test(t.slice((u[1] as string).length))) {
    t = u[1] as string;
    found = true;
  }
  return found && parseNumber(t, kind).ok ? t : null;
}

const MULTIPLIER = /^\s*(ribu|rb|juta|jt|miliar|milyar|m|triliun|t)\b/i;

/** A schedule mark where a Rencana Aksi's quarter holds no figure: √, ✓, ✔, ☑, v, x. */
export function isMark(text: string): boolean {
  return /^[√✓✔☑✗✘vVxX]$/.test(text.trim());
}
/** A figure followed by its unit word(s) or a predikat in brackets: "3 Dokumen", "80 persen", "3,6 (Baik)". */
const WITH_UNIT = /^(\d+(?:[.,]\d+)*\s*%?)\s*(?:\p{L}[\p{L} ./-]{0,24}|\([\p{L} ]{1,24}\))$/u;
const QUALITATIVE = /^(predikat\s+)?["“']?(aa|a|bb|b|cc|c|d|wtp|wdp|tmp)["”']?(\s*\([\p{L} ]+\))?$/iu;
const FIGURE = String.raw`\d+(?:[.,]\d+)*\s*%?`;
const RANGE = new RegExp(String.raw`^${FIGURE}\s*(?:-|–|—|s\.?\s*d\.?|s\/d|sampai(?: dengan)?)\s*${FIGURE}$`, "i");
/** A bound written before a figure: ≥, >=, >, ≤, <=, <, min., minimal, maks., maksimal. */
const BOUND = /^(?:≥|>=|≤|<=|>|<|min(?:imal)?\.?|maks(?:imal)?\.?|max\.?)\s*(?=\d)/i;
