/**
 * A lean reader of SpreadsheetML (the XML inside an .xlsx) into the engine's grids: cell values
 * (shared and inline strings, numbers, booleans, cached formula results and errors, dates as ISO
 * text), merged areas and sheet visibility. It reads only what the check needs, so the command
 * line checks a workbook in less time and memory than a full load.
 *
 * Bounded on any input: one forward scan per part (tags found with indexOf, never a regular
 * expression spanning unbounded text), one sheet at a time, and what costs memory is counted
 * while it is read and refused above READ_LIMITS with an Indonesian sentence (RefusedWorkbook).
 * Elements may carry a namespace prefix (<x:c>, as OpenXML-SDK writes). Given the archive's parts
 * as bytes; no file or Node access here (also meant for the browser).
 */
import type { Area, CellValue, Sheet, Workbook } from "../core/grid";
import { columnLetters } from "../core/grid";
import { LKJIP_MARK } from "../core/lkjip/layout";
import { markedReportSheet, sheetOfReference } from "../core/report-sheet";

export type PartReader = (path: string) => Uint8Array | undefined;

/** A workbook refused for its size or for cells outside Excel's grid; the message is for the user. */
export class RefusedWorkbook extends Error {}

/**
 * What a workbook may hold before it is refused. Each bounds memory or time of the reader and
 * the engine; a roll-up of 40 perangkat daerah (bench "besar": about 385,000 value cells,
 * 60,000 rows) stays far below every one.
 */
export const READ_LIMITS = {
  /** Cells holding a value, in all sheets: 2.6 × the 40-perangkat-daerah roll-up; keeps memory under 1 GB. */
  valueCells: 1_000_000,
  /** <c> elements with or without a value (styled blanks are common, so 4 × valueCells); bounds scanning work. */
  cells: 4_000_000,
  /** Rows in one sheet: 30 × the 10,000 respondents of a large SKM. */
  sheetRows: 300_000,
  /**
   * Slots the grid holds, in all sheets: each row counts up to its last value, blanks included
   * (a stray value at XFD makes its row 16,384 wide). 16 M slots are about 130 MB; the engine's
   * time is proportional to them. Far above any real report (the roll-up holds about 1 M).
   */
  gridCells: 16_000_000,
  /** Shared-string items: a million-cell workbook of distinct texts needs at most this many. */
  sharedStrings: 1_000_000,
  /** Characters of all shared strings together (about 100 MB of text in memory at most). */
  sharedStringChars: 50_000_000,
  /** Merged areas in all sheets. */
  merges: 100_000,
  /** Cells covered by merged areas, in all sheets (the engine indexes small merges cell by cell). */
  mergedCells: 2_000_000,
};

/** Excel's grid: 1,048,576 rows × 16,384 columns (A…XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const fmt = (n: number) => n.toLocaleString("id-ID");

// ---------------------------------------------------------------------------------------------
// Decoding

/** A part's text: UTF-8, or UTF-16 LE/BE by its byte order mark (or its first bytes), or the XML declaration's encoding. */
export function decodePart(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let label = "utf-8";
  if (b0 === 0xff && b1 === 0xfe) label = "utf-16le";
  else if (b0 === 0xfe && b1 === 0xff) label = "utf-16be";
  else if (b0 === 0x3c && b1 === 0x00) label = "utf-16le";
  else if (b0 === 0x00 && b1 === 0x3c) label = "utf-16be";
  else if (!(b0 === 0xef && b1 === 0xbb)) {
    // An 8-bit declaration such as encoding="windows-1252"; the first 200 bytes are ASCII.
    const head = String.fromCharCode(...bytes.subarray(0, Math.min(200, bytes.length)));
    const m = /^<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
    if (m && !/^utf-?8$/i.test(m[1]!)) label = m[1]!;
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities and OOXML's _xHHHH_ escapes. */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, e: string) => {
      if (e[0] !== "#") return ENTITY[e]!;
      const n = e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// ---------------------------------------------------------------------------------------------
// The tag walker

const OPEN = 0;
const CLOSE = 1;
const EMPTY_TAG = 2;

/**
 * Walks the tags of an XML text forward, once: comments, processing instructions, declarations
 * and CDATA sections are stepped over; text between tags is left to the caller (textAfter).
 * `name` is the local name (any namespace prefix removed).
 */
class Walker {
  pos = 0;
  name = "";
  kind = OPEN;
  /** The attribute text of the current tag: s.slice(attrFrom, attrTo). */
  attrFrom = 0;
  attrTo = 0;
  constructor(readonly s: string) {}

  next(): boolean {
    const s = this.s;
    const n = s.length;
    for (;;) {
      const lt = s.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = n;
        return false;
      }
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === 33 /* ! */) {
        const stop = s.startsWith("<!--", lt) ? "-->" : s.startsWith("<![CDATA[", lt) ? "]]>" : ">";
        const e = s.indexOf(stop, lt + 2);
        this.pos = e < 0 ? n : e + stop.length;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const e = s.indexOf("?>", lt + 2);
        this.pos = e < 0 ? n : e + 2;
        continue;
      }
      const close = c1 === 47; /* / */
      let i = close ? lt + 2 : lt + 1;
      const nameFrom = i;
      let colon = -1;
      for (; i < n; i++) {
        const ch = s.charCodeAt(i);
        if (ch === 62 || ch === 47 || ch <= 32) break;
        if (ch === 58) colon = i;
      }
      const nameTo = i;
      // The end of the tag, outside quoted attribute values ("[>=100]" in a number format).
      let quote = 0;
      for (; i < n; i++) {
        const ch = s.charCodeAt(i);
        if (quote !== 0) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (i >= n) {
        this.pos = n;
        return false;
      }
      const empty = !close && s.charCodeAt(i - 1) === 47;
      this.name = s.slice(colon >= 0 ? colon + 1 : nameFrom, nameTo);
      this.kind = close ? CLOSE : empty ? EMPTY_TAG : OPEN;
      this.attrFrom = nameTo;
      this.attrTo = empty ? i - 1 : i;
      this.pos = i + 1;
      return true;
    }
  }

  /** An attribute of the current tag, decoded; `anyPrefix` matches "r:id" for "id" whatever the prefix. */
  attr(name: string, anyPrefix = false): string | undefined {
    const s = this.s;
    let i = this.attrFrom;
    const to = this.attrTo;
    while (i < to) {
      while (i < to && s.charCodeAt(i) <= 32) i++;
      const from = i;
      while (i < to && s.charCodeAt(i) !== 61 /* = */ && s.charCodeAt(i) > 32) i++;
      const key = s.slice(from, i);
      while (i < to && s.charCodeAt(i) <= 32) i++;
      if (s.charCodeAt(i) !== 61) {
        i++;
        continue;
      }
      i++;
      while (i < to && s.charCodeAt(i) <= 32) i++;
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) continue;
      const end = s.indexOf(q === 34 ? '"' : "'", i + 1);
      if (end < 0 || end > to) return undefined;
      const colon = key.indexOf(":");
      if (anyPrefix ? colon >= 0 && key.slice(colon + 1) === name : key === name) return decodeXml(s.slice(i + 1, end));
      i = end + 1;
    }
    return undefined;
  }

  /** The raw text after the current (open) tag up to the next tag, CDATA sections included. */
  textAfter(): string {
    const s = this.s;
    let out = "";
    let i = this.pos;
    for (;;) {
      const lt = s.indexOf("<", i);
      const stop = lt < 0 ? s.length : lt;
      out += decodeXml(s.slice(i, stop));
      if (lt >= 0 && s.startsWith("<![CDATA[", lt)) {
        const e = s.indexOf("]]>", lt + 9);
        out += s.slice(lt + 9, e < 0 ? s.length : e);
        i = e < 0 ? s.length : e + 3;
        continue;
      }
      this.pos = stop;
      return out;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Budget: what the workbook has cost so far

interface Budget {
  cells: number;
  values: number;
  grid: number;
  merges: number;
  mergedCells: number;
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles

function sharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  const w = new Walker(xml);
  let item: string | null = null;
  let phonetic = 0;
  let chars = 0;
  const add = (s: string) => {
    if (out.length >= READ_LIMITS.sharedStrings) {
      throw new RefusedWorkbook(
        `daftar teks bersama (sharedStrings) berisi lebih dari ${fmt(READ_LIMITS.sharedStrings)} teks; ini bukan buku kerja SAKIP yang wajar`,
      );
    }
    out.push(s);
  };
  while (w.next()) {
    const name = w.name;
    if (name === "si") {
      if (w.kind === OPEN) {
        item = "";
        phonetic = 0;
      } else if (w.kind === EMPTY_TAG) add("");
      else if (item !== null) {
        add(item);
        item = null;
      }
    } else if (name === "rPh") {
      if (w.kind === OPEN) phonetic++;
      else if (w.kind === CLOSE && phonetic > 0) phonetic--;
    } else if (name === "t" && w.kind === OPEN && item !== null && phonetic === 0) {
      const t = w.textAfter();
      chars += t.length;
      if (chars > READ_LIMITS.sharedStringChars) {
        throw new RefusedWorkbook(
          `teks bersama (sharedStrings) berisi lebih dari ${fmt(READ_LIMITS.sharedStringChars)} karakter; ini bukan buku kerja SAKIP yang wajar`,
        );
      }
      item += t;
    }
  }
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes show a date (their number format has d, m, y or h outside quotes). */
function dateStyles(xml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (!xml) return dates;
  const custom = new Map<number, string>();
  const formats: number[] = [];
  const w = new Walker(xml);
  let inXfs = false;
  while (w.next()) {
    if (w.name === "numFmt" && w.kind !== CLOSE) {
      const id = w.attr("numFmtId");
      const code = w.attr("formatCode");
      if (id !== undefined && code !== undefined) custom.set(Number(id), code);
    } else if (w.name === "cellXfs") inXfs = w.kind === OPEN;
    else if (inXfs && w.name === "xf" && w.kind !== CLOSE) formats.push(Number(w.attr("numFmtId") ?? 0));
  }
  const isDate = (id: number) => {
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const code = custom.get(id);
    if (!code || code.length > 1000) return false;
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
    return /[dmyh]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
  };
  formats.forEach((id, i) => {
    if (isDate(id)) dates.add(i);
  });
  return dates;
}

/** An Excel date serial as ISO yyyy-mm-dd, as the command line shows dates; the 1904 system starts 1,462 days later. */
function isoDate(serial: number, date1904: boolean): string {
  const ms = Math.round((serial + (date1904 ? 1462 : 0) - 25569) * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Sheets

/** A cell reference split into 0-based row and column; row -1 when the reference has no digits. NaN parts when malformed. */
function splitRef(ref: string): { r: number; c: number } {
  let i = 0;
  let c = 0;
  for (; i < ref.length; i++) {
    let ch = ref.charCodeAt(i);
    if (ch === 36 /* $ */) continue;
    if (ch >= 97 && ch <= 122) ch -= 32;
    if (ch < 65 || ch > 90) break;
    if (c > MAX_COLUMNS) continue; // already out of range; stop growing
    c = c * 26 + ch - 64;
  }
  if (c === 0) return { r: NaN, c: NaN };
  if (ref.charCodeAt(i) === 36) i++;
  const digits = ref.slice(i);
  if (digits === "") return { r: -1, c: c - 1 };
  if (!/^\d{1,15}$/.test(digits)) return { r: NaN, c: c - 1 };
  return { r: Number(digits) - 1, c: c - 1 };
}

function outside(sheet: string, ref: string): RefusedWorkbook {
  return new RefusedWorkbook(
    `sheet "${sheet}": sel ${ref.slice(0, 40)} berada di luar batas Excel (kolom terakhir XFD, baris terakhir ${fmt(MAX_ROWS)}); berkas tidak dibuka`,
  );
}

/** A merged area from its reference, within Excel's grid (throws when outside); null when not a cell range. */
function mergeArea(sheet: string, ref: string): Area | null {
  const ends = ref.trim().split(":");
  if (ends.length > 2) return null;
  const [p, q] = [splitRef(ends[0]!), splitRef(ends[1] ?? ends[0]!)];
  for (const x of [p, q]) {
    if (Number.isNaN(x.r) || Number.isNaN(x.c)) {
      if (ends.every((e) => /^\$?[A-Za-z]+\$?\d+$/.test(e))) throw outside(sheet, ref);
      return null;
    }
    // A whole column or row ("A:A") is not a cell range here, as before.
    if (x.r < 0) return null;
    if (x.r >= MAX_ROWS || x.c >= MAX_COLUMNS) throw outside(sheet, ref);
  }
  return { r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) };
}

/** One row shared by every row without cells, so a stray far row does not allocate a million arrays. */
const NO_CELLS: readonly CellValue[] = Object.freeze([]);

function readSheet(name: string, xml: string, sst: readonly string[], dates: Set<number>, date1904: boolean, budget: Budget): Sheet {
  const rows: CellValue[][] = [];
  const merges: Area[] = [];
  const hiddenRows = new Set<number>();
  const w = new Walker(xml);
  let r = -1;
  let lastC = -1;
  let rowCount = 0;
  let inData = false;
  // The cell being read: its position, type and style, and what its <v> or <is> gave.
  let cellOpen = false;
  let cr = 0;
  let cc = 0;
  let ct = "n";
  let cs = 0;
  let v: string | undefined;
  let inline: string | undefined;
  let inInline = false;
  let phonetic = 0;

  const finishCell = () => {
    cellOpen = false;
    let value: CellValue = null;
    if (ct === "inlineStr") value = inline ?? null;
    else if (v !== undefined) {
      if (ct === "s") value = sst[Number(v)] ?? null;
      else if (ct === "str" || ct === "e" || ct === "d") value = v;
      else if (ct === "b") value = v.trim() === "1";
      else {
        const n = Number(v);
        value = Number.isFinite(n) ? (dates.has(cs) ? isoDate(n, date1904) : n) : v;
      }
    }
    if (v !== undefined || inline !== undefined) {
      if (++budget.values > READ_LIMITS.valueCells) {
        throw new RefusedWorkbook(
          `sheet "${name}" membuat jumlah sel berisi data melebihi ${fmt(READ_LIMITS.valueCells)}; periksa per perangkat daerah atau hapus data yang bukan tabel SAKIP`,
        );
      }
    }
    if (value === "" || value === null) return;
    const line = rows[cr] ?? (rows[cr] = []);
    line[cc] = value;
  };

  while (w.next()) {
    const tag = w.name;
    if (tag === "sheetData") {
      inData = w.kind === OPEN;
      if (!inData && cellOpen) finishCell();
      continue;
    }
    if (tag === "mergeCell" && w.kind !== CLOSE) {
      const ref = w.attr("ref") ?? "";
      const a = mergeArea(name, ref);
      if (!a) continue;
      budget.mergedCells += (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
      if (++budget.merges > READ_LIMITS.merges || budget.mergedCells > READ_LIMITS.mergedCells) {
        throw new RefusedWorkbook(
          `sheet "${name}" membuat sel gabungan (merge) melebihi batas (${fmt(READ_LIMITS.merges)} area atau ${fmt(READ_LIMITS.mergedCells)} sel tergabung; terakhir ${ref.slice(0, 40)}); hapus gabungan sel yang tidak dipakai`,
        );
      }
      merges.push(a);
      continue;
    }
    if (!inData) continue;
    if (tag === "row") {
      if (w.kind === CLOSE) {
        if (cellOpen) finishCell();
        continue;
      }
      if (cellOpen) finishCell();
      if (++rowCount > READ_LIMITS.sheetRows) {
        throw new RefusedWorkbook(
          `sheet "${name}" berisi lebih dari ${fmt(READ_LIMITS.sheetRows)} baris (batas ${fmt(READ_LIMITS.sheetRows)} baris per sheet); hapus baris di bawah tabel yang tidak dipakai atau pisahkan datanya`,
        );
      }
      const rr = w.attr("r");
      if (rr !== undefined && rr !== "") {
        if (!/^\d{1,15}$/.test(rr.trim()) || Number(rr) < 1 || Number(rr) > MAX_ROWS) {
          throw new RefusedWorkbook(
            `sheet "${name}": baris ${rr.slice(0, 40)} berada di luar batas Excel (baris 1 sampai ${fmt(MAX_ROWS)}); berkas tidak dibuka`,
          );
        }
        r = Number(rr) - 1;
      } else r = r + 1;
      if (r >= MAX_ROWS)
        throw new RefusedWorkbook(`sheet "${name}": baris ${fmt(r + 1)} berada di luar batas Excel (baris 1 sampai ${fmt(MAX_ROWS)}); berkas tidak dibuka`);
      // xsd:boolean: "1" or "true" hide the row; at most one entry per <row>, so bounded by sheetRows.
      const hidden = w.attr("hidden")?.trim();
      if (hidden === "1" || hidden === "true") hiddenRows.add(r);
      lastC = -1;
      continue;
    }
    if (tag === "c") {
      if (w.kind === CLOSE) {
        if (cellOpen) finishCell();
        continue;
      }
      // A cell not closed before the next one ends there (lenient, and linear).
      if (cellOpen) finishCell();
      if (++budget.cells > READ_LIMITS.cells) {
        throw new RefusedWorkbook(
          `sheet "${name}" membuat jumlah sel (termasuk sel kosong berformat) melebihi ${fmt(READ_LIMITS.cells)}; hapus format pada baris dan kolom yang tidak dipakai`,
        );
      }
      const ref = w.attr("r");
      let row = r;
      let col = lastC + 1;
      if (ref !== undefined && ref !== "") {
        const p = splitRef(ref.trim());
        if (Number.isNaN(p.c) || Number.isNaN(p.r)) {
          if (/^[$A-Za-z]+\$?\d+$/.test(ref.trim())) throw outside(name, ref);
          throw new RefusedWorkbook(`sheet "${name}": alamat sel "${ref.slice(0, 40)}" tidak sah; buka dan simpan ulang di Excel`);
        }
        col = p.c;
        if (p.r >= 0) row = p.r;
      }
      if (col >= MAX_COLUMNS || row >= MAX_ROWS) throw outside(name, ref ?? `${columnLetters(Math.min(col, MAX_COLUMNS))}${row + 1}`);
      if (row < 0) row = 0;
      lastC = col;
      if (w.kind === EMPTY_TAG) continue;
      cellOpen = true;
      cr = row;
      cc = col;
      ct = w.attr("t") ?? "n";
      cs = Number(w.attr("s") ?? 0);
      v = undefined;
      inline = undefined;
      inInline = false;
      phonetic = 0;
      continue;
    }
    if (!cellOpen) continue;
    if (tag === "v" && w.kind === OPEN) v = w.textAfter();
    else if (tag === "v" && w.kind === EMPTY_TAG) v = "";
    else if (tag === "is") {
      if (w.kind === OPEN) {
        inInline = true;
        inline ??= "";
      } else if (w.kind === CLOSE) inInline = false;
      else inline ??= "";
    } else if (tag === "rPh") {
      if (w.kind === OPEN) phonetic++;
      else if (w.kind === CLOSE && phonetic > 0) phonetic--;
    } else if (tag === "t" && w.kind === OPEN && inInline && phonetic === 0) inline += w.textAfter();
  }
  if (cellOpen) finishCell();

  // The grid's slots, blanks included, counted before they are filled.
  let slots = 0;
  for (const line of rows) if (line) slots += line.length;
  budget.grid += slots;
  if (budget.grid > READ_LIMITS.gridCells) {
    throw new RefusedWorkbook(
      `sheet "${name}" membuat rentang sel yang dipakai terlalu besar (${fmt(budget.grid)} sel termasuk yang kosong; batas ${fmt(READ_LIMITS.gridCells)}); hapus isi sel yang jauh di kanan atau di bawah tabel`,
    );
  }
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    if (!line) rows[i] = NO_CELLS as CellValue[];
    else for (let j = 0; j < line.length; j++) if (line[j] === undefined) line[j] = null;
  }
  // Only the top-left cell of a merge holds its value.
  for (const a of merges) {
    for (let rr = a.r0; rr <= a.r1 && rr < rows.length; rr++) {
      const line = rows[rr]!;
      if (line === NO_CELLS) continue;
      for (let c = a.c0; c <= a.c1 && c < line.length; c++) if (rr !== a.r0 || c !== a.c0) line[c] = null;
    }
  }
  for (const line of rows) if (line !== NO_CELLS) while (line.length > 0 && line[line.length - 1] === null) line.pop();
  return hiddenRows.size > 0 ? { name, rows, merges, hiddenRows } : { name, rows, merges };
}

// ---------------------------------------------------------------------------------------------
// Workbook

export interface SheetEntry {
  readonly name: string;
  /** The sheet's part, e.g. xl/worksheets/sheet1.xml, when its relationship is found. */
  readonly path: string | undefined;
  readonly state: string | undefined;
}

export interface DefinedName {
  readonly name: string;
  /** The reference without a leading "=", as OOXML stores it. */
  readonly formula: string;
  /** Set when the name belongs to one sheet (its index in the tab order). */
  readonly localSheetId: number | undefined;
  readonly hidden: boolean;
}

/** A relationship's target as a part name, relative to the part that owns the relationship ("../x" climbs). */
export function resolveRelative(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const s of target.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") parts.pop();
    else parts.push(s);
  }
  return parts.join("/");
}

/** The sheets xl/workbook.xml lists, in tab order, with their parts from its relationships. */
export function listSheets(workbookXml: string, relsXml: string): SheetEntry[] {
  const target = new Map<string, string>();
  const rels = new Walker(relsXml);
  while (rels.next()) {
    if (rels.name !== "Relationship" || rels.kind === CLOSE) continue;
    const id = rels.attr("Id");
    const t = rels.attr("Target");
    if (id && t && rels.attr("TargetMode") !== "External") target.set(id, resolveRelative("xl/workbook.xml", t));
  }
  const out: SheetEntry[] = [];
  const w = new Walker(workbookXml);
  while (w.next()) {
    if (w.name !== "sheet" || w.kind === CLOSE) continue;
    out.push({ name: w.attr("name") ?? `Sheet${out.length + 1}`, path: target.get(w.attr("id", true) ?? ""), state: w.attr("state") });
  }
  return out;
}

/** The workbook's defined names (<definedNames> in xl/workbook.xml). */
export function listDefinedNames(workbookXml: string): DefinedName[] {
  const out: DefinedName[] = [];
  const w = new Walker(workbookXml);
  while (w.next()) {
    if (w.name !== "definedName" || w.kind === CLOSE) continue;
    const name = w.attr("name") ?? "";
    const local = w.attr("localSheetId");
    const hidden = /^(1|true)$/i.test(w.attr("hidden") ?? "");
    const formula = w.kind === OPEN ? w.textAfter() : "";
    out.push({ name, formula: formula.trim().replace(/^=/, ""), localSheetId: local === undefined ? undefined : Number(local), hidden });
  }
  return out;
}

function date1904Of(workbookXml: string): boolean {
  const w = new Walker(workbookXml);
  while (w.next()) if (w.name === "workbookPr" && w.kind !== CLOSE) return /^(1|true)$/i.test(w.attr("date1904") ?? "");
  return false;
}

function firstElement(xml: string): string | undefined {
  const w = new Walker(xml);
  return w.next() ? w.name : undefined;
}

/**
 * The workbook's sheets in tab order, very hidden ones left out (as Excel's own UI does), and
 * our own report sheet and LKjIP tables sheet (the ones REPORT_MARK and LKJIP_MARK point at) left
 * out too. Parts are read one sheet at
 * a time and let go when read. Throws RefusedWorkbook above READ_LIMITS or for a cell outside
 * Excel's grid.
 */
export function readOoxml(part: PartReader): Workbook {
  const text = (path: string) => {
    const b = part(path);
    return b ? decodePart(b) : undefined;
  };
  const wb = text("xl/workbook.xml");
  if (!wb) throw new Error("xl/workbook.xml tidak ada");
  const sst = sharedStrings(text("xl/sharedStrings.xml"));
  const dates = dateStyles(text("xl/styles.xml"));
  const date1904 = date1904Of(wb);
  const names = listDefinedNames(wb).filter((n) => n.localSheetId === undefined);
  const report = markedReportSheet(names)?.toLowerCase();
  const lkjipMark = names.find((n) => n.name.toLowerCase() === LKJIP_MARK.toLowerCase());
  const lkjip = lkjipMark ? sheetOfReference(lkjipMark.formula)?.toLowerCase() : undefined;
  const budget: Budget = { cells: 0, values: 0, grid: 0, merges: 0, mergedCells: 0 };
  const sheets: Sheet[] = [];
  for (const { name, path, state } of listSheets(wb, text("xl/_rels/workbook.xml.rels") ?? "")) {
    if (state === "veryHidden") continue;
    if (report !== undefined && name.toLowerCase() === report) continue;
    if (lkjip !== undefined && name.toLowerCase() === lkjip) continue;
    const xml = path ? text(path) : undefined;
    // A chart sheet or a missing part has no cells.
    sheets.push(xml && firstElement(xml) === "worksheet" ? readSheet(name, xml, sst, dates, date1904, budget) : { name, rows: [], merges: [] });
  }
  return { sheets };
}
