/**
 * Reading a table's header by its words, with the declarations of kinds.ts: which column holds
 * what, over a band of one to four header rows (merged across and down, titles repeated in every
 * merged cell, unit sub-headers K / Rp. / % under a quarter or document heading), and the row of
 * column numbers under it in any style, whose stated relations are kept. A row is a header only
 * where the rows below fit it (see `fitsBelow`).
 */
import { cellAt, MergeIndex, mergeWidth, rowLength, sheetWidth, textOf, type Sheet } from "../grid";
import { memoize } from "../memo";
import { parseNumber } from "../numbers";
import {
  ANCHORS,
  BARE_QUARTER,
  BUDGET_WORDS_OF_K,
  HEADER_HINT as HINT,
  PERCENT_OF,
  QUARTER,
  QUARTER_VALUE,
  ROLE_CONTENT,
  SPELLINGS,
  SUB_HEADER_WORD,
  UNITS,
  type Role,
  type Unit,
  type Want,
} from "./kinds";
import { readNumbering, type ColumnNumber, type Relation } from "./numbering";
import { isSignatureOrHeadTitle, isSignatureRow, isTableEnd } from "./ends";
import { figureWithin, isMark, isQualitative } from "./cells";

export type { Role } from "./kinds";

export interface Column {
  readonly c: number;
  readonly label: string;
  readonly role: Role;
  /** Quarter 1–4 when the label names one (TW I, Triwulan II…). */
  readonly quarter: number | null;
  /** A year named in the label (Target 2024, Realisasi 2021). */
  readonly year: number | null;
  /** The unit sub-header over this column (K, Rp, %), if any. */
  readonly unit?: Unit | null;
}

export interface Header {
  /** First and last header row (the band, without the column-number row). */
  readonly r0: number;
  readonly r1: number;
  /** First data row (after a row of column numbers, if any). */
  readonly dataStart: number;
  readonly columns: Column[];
  /** The column numbers of the column-number row, and the relations it states. */
  readonly numbers: ColumnNumber[];
  readonly relations: Relation[];
  /**
   * Every column the band labels, read by the engine or not (a Renstra column of an Evaluasi
   * Renja has no role): its combined label without the unit, and its unit sub-header.
   */
  readonly labels?: readonly { readonly c: number; readonly label: string; readonly unit: Unit | null }[];
}

/** Lower case, "presentase" spelled right, punctuation as spaces; memoised, as every row is tried as a header. */
export const normalizeLabel = memoize(function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/presentase|prosentase|persentasi/g, "persentase")
    .replace(/[^\p{L}\p{N}%/]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
});

export function quarterOf(label: string): number | null {
  const m = QUARTER.exec(label);
  return m ? (QUARTER_VALUE[m[1] as string] as number) : null;
}

export const HEADER_HINT = HINT;

function spellingOf(label: string): (typeof SPELLINGS)[number] | null {
  if (label === "") return null;
  for (const s of SPELLINGS) {
    if (s.none && s.none.test(label)) continue;
    if (s.all.every((re) => re.test(label))) return s;
  }
  return null;
}

/** Role of a column from its (combined) label, or null when it is not one the engine reads. */
export function roleOf(label: string): Role | null {
  return spellingOf(label)?.role ?? null;
}

function unitOf(label: string): Unit | null {
  for (const u of UNITS) if (u.words.test(label)) return u.unit;
  return null;
}

/** Role of a heading's sub-column with a unit: K reads the kinerja value, Rp the budget, % the percentage. */
function roleWithUnit(heading: string, unit: Unit | null): Role | null {
  if (unit === "K") return roleOf(heading.replace(BUDGET_WORDS_OF_K, " ").replace(/\s+/g, " ").trim());
  if (unit === "Rp") return roleOf(`${heading} rp`);
  if (unit === "%") {
    const base = roleOf(heading);
    if (base && base in PERCENT_OF) return PERCENT_OF[base] ?? null;
    return base ?? roleOf(`${heading} %`);
  }
  return roleOf(heading);
}

/** Whether a cell's text is a word a lower header row holds: a role's, a unit, a quarter, a year. */
function isHeaderWord(label: string): boolean {
  if (label === "" || label.length > 120) return false;
  return (
    unitOf(label) !== null ||
    BARE_QUARTER.test(label) ||
    quarterOf(label) !== null ||
    /^(20\d\d)$/.test(label) ||
    SUB_HEADER_WORD.test(label) ||
    spellingOf(label) !== null
  );
}

/**
 * Whether row r continues a header band whose rows so far span `width` columns: its cells are all
 * header words (no numbers but years), two or more of them, or units and quarters only, or one
 * heading merged across the columns under it ("Target Triwulan" over TW I–IV, a band repeated).
 * Under a band (`merges` given) a cell repeating the text right above it is a header word too: a
 * band written again in every cell of its rows instead of merged ("Pengukuran Kinerja Tahun 2025").
 */
function continuesBand(sheet: Sheet, r: number, width: number, maxLength = 50, merges?: MergeIndex): boolean {
  let words = 0;
  let small = 0;
  let spanning = 0;
  for (let c = 0; c < Math.min(width, rowLength(sheet, r)); c++) {
    const v = cellAt(sheet, r, c);
    if (v === null || v === "") continue;
    if (typeof v === "number") {
      if (Number.isInteger(v) && v >= 2000 && v <= 2099) {
        words++;
        continue;
      }
      return false;
    }
    const l = normalizeLabel(textOf(v));
    if (l === "") continue;
    // A signature block beside the table (place and date, the head's title) is no header cell.
    if (isSignatureOrHeadTitle(textOf(v))) continue;
    const repeated = merges !== undefined && r > 0 && textOf(cellAt(sheet, r - 1, c)) === textOf(v);
    const m = merges?.areaOf(r, c);
    // A heading merged over its sub-columns may be long (Evaluasi Renja: "Target Renstra Perangkat
    // Daerah pada Tahun 2026 (Akhir Periode Renstra)" over K and Rp).
    const spans = m !== undefined && m.r0 === r && m.c0 === c && m.c1 > m.c0;
    if (l.length > (spans ? 120 : maxLength) || !(isHeaderWord(l) || repeated)) return false;
    words++;
    if (unitOf(l) !== null || BARE_QUARTER.test(l) || quarterOf(l) !== null) small++;
    if (spans && SUB_HEADER_WORD.test(l)) spanning++;
  }
  return words >= 2 || (words === 1 && (small === 1 || spanning === 1));
}

/** Whether row r holds one cell only, a heading word a lower band row holds ("Target Triwulan"). */
function loneHeading(sheet: Sheet, r: number): boolean {
  let found = "";
  for (let c = 0; c < rowLength(sheet, r); c++) {
    const v = cellAt(sheet, r, c);
    if (v === null || v === "") continue;
    if (found !== "" || typeof v !== "string") return false;
    found = normalizeLabel(v);
  }
  return found !== "" && found.length <= 50 && SUB_HEADER_WORD.test(found);
}

const MAX_BAND = 4;

/** The words that name what a column measures; a band row's are overruled by a lower row's. */
const MEASURE = /\b(target|realisasi|capaian|pagu|serapan)\b/;
const MEASURE_WORDS = /\b(target|realisasi|capaian)\b/g;

/**
 * Whether row r reads as a header row of its own (two or more column words, no numbers): after a
 * blank row it ends the table above, even when it starts no table the engine reads (a program
 * list "No | Program | Anggaran | Keterangan" under a PK).
 */
export function isHeaderishRow(sheet: Sheet, r: number): boolean {
  return rowLength(sheet, r) > 0 && continuesBand(sheet, r, rowLength(sheet, r), 80);
}

/** The text a band cell shows: its own, or its merged area's master cell's when that lies in the band. */
function bandText(sheet: Sheet, merges: MergeIndex, r: number, c: number, r0: number): string {
  const v = cellAt(sheet, r, c);
  if (v !== null && v !== "") return normalizeLabel(textOf(v));
  const m = merges.areaOf(r, c);
  if (m && m.r0 >= r0 && (m.r0 !== r || m.c0 !== c)) return normalizeLabel(textOf(cellAt(sheet, m.r0, m.c0)));
  return "";
}

function matches(columns: readonly Column[], wants: readonly Want[]): boolean {
  return wants.every((want) =>
    columns.some(
      (c) =>
        want.roles.includes(c.role) &&
        (want.unit === undefined || c.unit === want.unit) &&
        (want.quarter === undefined || (want.quarter === "any" ? c.quarter !== null : want.quarter === "none" ? c.quarter === null : true)),
    ),
  );
}

/**
 * Reads the header that starts at row r, if the row is one: the band of header rows, the combined
 * label, role and unit of every column, and the column-number row under the band. The rows below
 * are not examined here (see `fitsBelow`).
 */
export function readHeader(sheet: Sheet, r: number, merges: MergeIndex): Header | null {
  // Only the row's own cells can hold header words: a row is tried in time proportional to its
  // cells, whatever the sheet's width (one stray value at XFD widens the whole sheet).
  const own = rowLength(sheet, r);
  let hinted = 0;
  for (let c = 0; c < own && hinted < 2; c++) {
    const v = cellAt(sheet, r, c);
    const t = typeof v === "string" ? normalizeLabel(v) : "";
    if (t && t.length <= 120 && HINT.test(t)) hinted++;
  }
  if (hinted < 2) return null;

  // The band: the header row and up to three rows of sub-headers under it.
  let r1 = r;
  let width = Math.max(own, mergeWidth(sheet));
  const continues = (rr: number) => rr < sheet.rows.length && continuesBand(sheet, rr, Math.max(width, rowLength(sheet, rr)), 50, merges);
  while (r1 + 1 < sheet.rows.length && r1 - r + 1 < MAX_BAND) {
    if (continues(r1 + 1)) r1++;
    // One heading written once, unmerged, over the sub-headers of the next band row ("Target
    // Triwulan" over TW I–IV) belongs to the band with that row.
    else if (r1 - r + 2 < MAX_BAND && loneHeading(sheet, r1 + 1) && continues(r1 + 2)) r1 += 2;
    else break;
    width = Math.max(width, rowLength(sheet, r1 - 1), rowLength(sheet, r1));
  }
  width = Math.min(sheetWidth(sheet), width);

  // Each band row's text per column, merged masters repeated, a parent heading spread to the
  // right over blank cells that have sub-labels under them (merged or not).
  const grid: string[][] = [];
  for (let rr = r; rr <= r1; rr++) {
    const line: string[] = [];
    for (let c = 0; c < width; c++) line.push(bandText(sheet, merges, rr, c, r));
    grid.push(line);
  }
  const below = (i: number, c: number) => grid.slice(i + 1).some((line) => line[c] !== "");
  for (let i = 0; i < grid.length - 1; i++) {
    const line = grid[i] as string[];
    for (let c = 1; c < width; c++) {
      if (line[c] !== "" || !below(i, c) || !below(i, c - 1)) continue;
      const merged = merges.areaOf(r + i, c);
      if (merged) continue; // a merged cell's text came from its master already
      line[c] = line[c - 1] as string;
    }
  }

  const columns: Column[] = [];
  const labels: { c: number; label: string; unit: Unit | null }[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    let unit: Unit | null = null;
    let quarterWord = "";
    // A unit word is a sub-header only in the lowest row that has text: "Anggaran" over
    // "Pagu (Rp)" / "Realisasi (Rp)" / "%" is a heading, not the unit Rp.
    let lowest = -1;
    for (let i = 0; i < grid.length; i++) if ((grid[i] as string[])[c] !== "") lowest = i;
    for (let i = 0; i < grid.length; i++) {
      const t = (grid[i] as string[])[c] as string;
      if (t === "" || parts[parts.length - 1] === t) continue;
      if (i > 0 && i === lowest && unitOf(t) !== null) {
        unit = unitOf(t);
        continue;
      }
      if (i > 0 && BARE_QUARTER.test(t)) quarterWord = t;
      parts.push(t);
    }
    // A band over a lower row that names the measure ("Realisasi Kinerja Tahun 2025" over
    // "Triwulan I" over Target / Realisasi / Capaian) groups its columns: the lower row's measure
    // word decides, the band keeps only its other words (a year, a quarter, "Anggaran").
    const lastMeasure = parts.reduce((at, p, i) => (MEASURE.test(p) ? i : at), -1);
    for (let i = 0; i < lastMeasure; i++) parts[i] = (parts[i] as string).replace(MEASURE_WORDS, " ").replace(/\s+/g, " ").trim();
    let label = parts
      .filter((p) => p !== "")
      .join(" ")
      .trim();
    if (quarterWord && quarterOf(label) === null) label = `${label.replace(/\b(iv|iii|ii|i)$/, "").trim()} tw ${quarterWord}`.trim();
    if (label.length > 300 || label === "") continue;
    labels.push({ c, label, unit });
    let role = roleWithUnit(label, unit);
    if (!role) continue;
    const quarter = quarterOf(label);
    // "Tahun 2025" in a band over the quarters names the year, not a yearly target.
    if (role === "targetTahunan" && quarter !== null) role = "target";
    const y = /\b(20\d\d)\b/.exec(label);
    columns.push({ c, label, role, quarter, year: y ? Number(y[1]) : null, unit });
  }
  if (!ANCHORS.some((a) => matches(columns, a))) return null;

  let dataStart = r1 + 1;
  const numbering = dataStart < sheet.rows.length ? readNumbering(sheet, dataStart, Math.max(width, rowLength(sheet, dataStart)), merges) : null;
  if (numbering) dataStart++;
  return { r0: r, r1, dataStart, columns, numbers: numbering?.numbers ?? [], relations: numbering?.relations ?? [], labels };
}

/** Whether a header's role set meets the wants (for kinds.ts shapes). */
export function headerMatches(header: Header, wants: readonly Want[]): boolean {
  return matches(header.columns, wants);
}

/** How a cell fits what a column of the role holds: 1 fits, -1 does not, 0 says nothing (blank). */
export function cellFit(v: unknown, role: Role): number {
  if (v === null || v === "" || v === undefined) return 0;
  const content = ROLE_CONTENT[role];
  if (content === "number") {
    if (typeof v === "number") return 1;
    const t = String(v).trim();
    if (/^[-–—]$|^#/.test(t) || isQualitative(t) || isMark(t)) return 0;
    if (parseNumber(t, "value").ok || parseNumber(t, "rupiah").ok || figureWithin(t, "value") !== null) return 1;
    return /\p{L}{3}/u.test(t) ? -1 : 0;
  }
  if (content === "text") {
    if (typeof v === "number") return role === "satuan" || role === "kategori" || role === "mutu" ? 0 : -1;
    return /\p{L}/u.test(String(v)) ? 1 : 0;
  }
  // A code or a row number: numbers, codes, short marks; a long name is out of place.
  if (typeof v === "number") return 1;
  return String(v).trim().length > 40 ? -1 : 1;
}

/**
 * Whether the rows under a header fit it: in most of the next rows holding values, the cells of
 * number columns read as numbers and the cells of name columns hold text. A data row holding
 * header words ("Perencanaan, Penganggaran, dan Evaluasi Kinerja") has other data rows under it,
 * whose names sit where it would want numbers. A header with nothing under it is no table's.
 */
function firstText(sheet: Sheet, r: number): string {
  for (let c = 0; c < rowLength(sheet, r); c++) {
    const t = textOf(cellAt(sheet, r, c));
    if (t !== "") return t;
  }
  return "";
}

export function fitsBelow(sheet: Sheet, header: Header, sample = 8): boolean {
  let rows = 0;
  let good = 0;
  for (let r = header.dataStart; r < sheet.rows.length && rows < sample && r < header.dataStart + sample * 3; r++) {
    // The sample ends with the table: a blank row after its first rows, a note, or a signature block.
    if (rowLength(sheet, r) === 0) {
      if (rows > 0) break;
      continue;
    }
    if (isSignatureRow(sheet, r) || isTableEnd(firstText(sheet, r))) break;
    let fit = 0;
    let misfit = 0;
    for (const col of header.columns) {
      const f = cellFit(cellAt(sheet, r, col.c), col.role);
      if (f > 0) fit++;
      else if (f < 0) misfit++;
    }
    if (fit + misfit === 0) continue;
    rows++;
    if (misfit * 3 <= fit + misfit) good++;
  }
  // A header with no values under it starts nothing (a lone data row at a sheet's end is no header either).
  return rows > 0 && good * 2 >= rows;
}
