/**
 * A lean reader of SpreadsheetML (the XML inside an .xlsx) into the engine's grids: cell values
 * (shared and inline strings, numbers, booleans, cached formula results and errors, dates as ISO
 * text), merged areas and sheet visibility. It reads only what the check needs, so the command
 * line checks a workbook in less time and memory than a full load. Given the archive's parts as
 * text; no file or Node access here.
 */
import { parseA1, type Area, type CellValue, type Sheet, type Workbook } from "../core/grid";

export type PartReader = (path: string) => string | undefined;

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities and OOXML's _xHHHH_ escapes. */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e]!,
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]!) : undefined;
}

/** The text of every <t> in a string item, leaving out phonetic runs. */
function textOfItem(xml: string): string {
  const body = xml.indexOf("<rPh") >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let out = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ?? "";
  return decodeXml(out);
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(m[1] === undefined ? "" : textOfItem(m[1]));
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell style indexes show a date (their number format has d, m, y or h outside quotes). */
function dateStyles(xml: string | undefined): Set<number> {
  const dates = new Set<number>();
  if (!xml) return dates;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = attr(m[0], "numFmtId");
    const code = attr(m[0], "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), code);
  }
  const isDate = (id: number) => {
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
    return /[dmyh]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
  };
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  let i = 0;
  for (const m of xfs.matchAll(/<xf\b[^>]*>/g)) {
    if (isDate(Number(attr(m[0], "numFmtId") ?? 0))) dates.add(i);
    i++;
  }
  return dates;
}

/** An Excel date serial (1900 system) as ISO yyyy-mm-dd, as the command line shows dates. */
function isoDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

const R_ATTR = /\sr="([^"]*)"/;
const T_ATTR = /\st="([^"]*)"/;
const S_ATTR = /\ss="([^"]*)"/;
const V_ELEMENT = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/;

function columnIndex(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    c = c * 26 + ch - 64;
  }
  return c - 1;
}

function readSheet(name: string, xml: string, sst: string[], dates: Set<number>): Sheet {
  const rows: CellValue[][] = [];
  let r = -1;
  let lastC = -1;
  // Rows and cells in document order; a cell without r= follows the previous one.
  for (const m of xml.matchAll(/<row\b([^>]*?)(\/?)>|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if (m[1] !== undefined) {
      const rr = R_ATTR.exec(m[1])?.[1];
      r = rr ? Number(rr) - 1 : r + 1;
      lastC = -1;
      continue;
    }
    const tag = m[3] ?? "";
    const ref = R_ATTR.exec(tag)?.[1];
    const c = ref ? columnIndex(ref) : lastC + 1;
    const row = ref && /\d/.test(ref) ? Number(ref.replace(/^[A-Z]+/, "")) - 1 : r;
    lastC = c;
    const inner = m[4];
    if (inner === undefined) continue;
    const t = T_ATTR.exec(tag)?.[1] ?? "n";
    let value: CellValue = null;
    if (t === "inlineStr") {
      const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
      value = is ? textOfItem(is[1]!) : null;
    } else {
      const v = V_ELEMENT.exec(inner)?.[1];
      if (v === undefined) continue;
      if (t === "s") value = sst[Number(v)] ?? null;
      else if (t === "str" || t === "e" || t === "d") value = decodeXml(v);
      else if (t === "b") value = v.trim() === "1";
      else {
        const n = Number(v);
        const s = Number(S_ATTR.exec(tag)?.[1] ?? 0);
        value = Number.isFinite(n) ? (dates.has(s) ? isoDate(n) : n) : decodeXml(v);
      }
    }
    if (value === "" || value === null) continue;
    const line = rows[row] ?? (rows[row] = []);
    line[c] = value;
  }
  for (let i = 0; i < rows.length; i++) {
    const line = rows[i];
    if (!line) rows[i] = [];
    else for (let j = 0; j < line.length; j++) if (line[j] === undefined) line[j] = null;
  }
  const merges: Area[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*>/g)) {
    const a = parseA1(attr(m[0], "ref") ?? "");
    if (a) merges.push(a);
  }
  // Only the top-left cell of a merge holds its value.
  for (const a of merges) {
    for (let rr = a.r0; rr <= a.r1; rr++) {
      const line = rows[rr];
      if (!line) continue;
      for (let cc = a.c0; cc <= a.c1; cc++) if ((rr !== a.r0 || cc !== a.c0) && cc < line.length) line[cc] = null;
    }
  }
  for (const line of rows) while (line.length > 0 && line[line.length - 1] === null) line.pop();
  return { name, rows, merges };
}

export interface SheetEntry {
  readonly name: string;
  /** The sheet's part, e.g. xl/worksheets/sheet1.xml, when its relationship is found. */
  readonly path: string | undefined;
  readonly state: string | undefined;
}

/** The sheets xl/workbook.xml lists, in tab order, with their parts from its relationships. */
export function listSheets(workbookXml: string, relsXml: string): SheetEntry[] {
  const target = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const t = attr(m[0], "Target");
    if (id && t) target.set(id, t.startsWith("/") ? t.slice(1) : `xl/${t}`.replace(/\/\.\//g, "/"));
  }
  return [...workbookXml.matchAll(/<sheet\b[^>]*>/g)].map((m, i) => ({
    name: attr(m[0], "name") ?? `Sheet${i + 1}`,
    path: target.get(attr(m[0], "r:id") ?? ""),
    state: attr(m[0], "state"),
  }));
}

/** The workbook's sheets in tab order, very hidden ones left out (as Excel's own UI does). */
export function readOoxml(part: PartReader): Workbook {
  const wb = part("xl/workbook.xml");
  if (!wb) throw new Error("xl/workbook.xml tidak ada");
  const sst = sharedStrings(part("xl/sharedStrings.xml"));
  const dates = dateStyles(part("xl/styles.xml"));
  const sheets: Sheet[] = [];
  for (const { name, path, state } of listSheets(wb, part("xl/_rels/workbook.xml.rels") ?? "")) {
    if (state === "veryHidden") continue;
    const xml = path ? part(path) : undefined;
    // A chart sheet or a missing part has no cells.
    sheets.push(xml && /<worksheet\b/.test(xml) ? readSheet(name, xml, sst, dates) : { name, rows: [], merges: [] });
  }
  return { sheets };
}
