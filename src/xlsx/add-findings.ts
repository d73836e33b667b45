/**
 * What the highlighted copy changes in a workbook's XML, and nothing else: conditional formats in
 * the sheets that get highlights (our earlier ones removed first), two highlight styles and the
 * report sheet's cell styles appended to styles.xml, the report sheet itself, its entry in
 * workbook.xml with the hidden mark that tells it from a user's sheet, its relationship and its
 * content type. Every other part of the archive is copied untouched by the caller. Works on the
 * parts as text; no file or Node access here. Namespace prefixes (`<x:worksheet>`) are kept.
 */
import type { Finding } from "../core/findings";
import { columnLetters } from "../core/grid";
import {
  FILL,
  freeReportSheetName,
  highlightsBySheet,
  isOurFormula,
  HEADER_FILL,
  LINK_COLUMN,
  markedReportSheet,
  MARKER_FORMULA,
  REPORT_COLUMNS,
  REPORT_MARK,
  printTitlesReference,
  reportMarkReference,
  reportRowLines,
  reportRows,
  RELATED_COLUMN,
  SEVERITY_COLUMN,
  SEVERITY_FILL,
  type ReportRow,
} from "../core/report-sheet";
import type { Severity } from "../core/findings";
import { listSheets } from "./ooxml";

export type TextPart = (name: string) => string | undefined;

const NS_RELATIONSHIPS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];
const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Text for XML content: entities, and OOXML's _xHHHH_ for characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** The namespace prefix of a part's root element ("" or "x:"). */
function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/** Index of the first start tag `<q` (q a qualified name) followed by a space, `>` or `/`. */
function startTag(xml: string, q: string, from = 0): number {
  const open = `<${q}`;
  for (let i = xml.indexOf(open, from); i >= 0; i = xml.indexOf(open, i + 1)) {
    const next = xml.charCodeAt(i + open.length);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) return i;
  }
  return -1;
}

/** The first of these elements (in this prefix) present, else the root's closing tag. */
function insertionPoint(xml: string, p: string, before: readonly string[], root: string): number {
  let at = -1;
  for (const name of before) {
    const i = startTag(xml, p + name);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at >= 0 ? at : xml.lastIndexOf(`</${p}${root}>`);
}

function splice(xml: string, at: number, text: string): string {
  return xml.slice(0, at) + text + xml.slice(at);
}

/** End of the element starting at `at` (after its closing tag, or after `/>`). */
function elementEnd(xml: string, at: number, q: string): number {
  const gt = xml.indexOf(">", at);
  if (xml[gt - 1] === "/") return gt + 1;
  const close = `</${q}>`;
  const end = xml.indexOf(close, gt);
  return end < 0 ? -1 : end + close.length;
}

/**
 * Appends children to a container element (creating it before `before` when missing) and updates
 * its count; returns the new XML and the index of the first appended child.
 */
function appendChildren(xml: string, p: string, container: string, children: readonly string[], before: readonly string[], root: string): { xml: string; first: number } {
  const q = p + container;
  const at = startTag(xml, q);
  if (at < 0) {
    const where = insertionPoint(xml, p, before, root);
    const count = container === "definedNames" ? "" : ` count="${children.length}"`;
    return { xml: splice(xml, where, `<${q}${count}>${children.join("")}</${q}>`), first: 0 };
  }
  const gt = xml.indexOf(">", at);
  let open = xml.slice(at, gt + 1);
  const selfClosing = open.endsWith("/>");
  const end = selfClosing ? gt + 1 : xml.indexOf(`</${q}>`, gt);
  const body = selfClosing ? "" : xml.slice(gt + 1, end);
  const existing = countChildren(body);
  if (selfClosing) open = `${open.slice(0, -2).trimEnd()}>`;
  open = /\scount="/.test(open) ? open.replace(/\scount="[^"]*"/, ` count="${existing + children.length}"`) : open;
  const rebuilt = `${open}${body}${children.join("")}</${q}>`;
  const tail = selfClosing ? gt + 1 : end + `</${q}>`.length;
  return { xml: xml.slice(0, at) + rebuilt + xml.slice(tail), first: existing };
}

/** Direct children of a container body (elements at depth 0). */
function countChildren(body: string): number {
  let depth = 0;
  let n = 0;
  for (let i = body.indexOf("<"); i >= 0; i = body.indexOf("<", i + 1)) {
    const c = body[i + 1];
    if (c === "?" || c === "!") continue;
    const gt = body.indexOf(">", i);
    if (gt < 0) break;
    if (c === "/") depth--;
    else {
      if (depth === 0) n++;
      if (body[gt - 1] !== "/") depth++;
    }
    i = gt;
  }
  return n;
}

function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

const unescapeAttr = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!);

interface DefinedName {
  readonly name: string;
  readonly formula: string;
  /** Where the element is in workbook.xml, to replace or remove it. */
  readonly start: number;
  readonly end: number;
}

function definedNames(wb: string, p: string): DefinedName[] {
  const out: DefinedName[] = [];
  const q = `${p}definedName`;
  for (let at = startTag(wb, q); at >= 0; at = startTag(wb, q, at + 1)) {
    const gt = wb.indexOf(">", at);
    const end = elementEnd(wb, at, q);
    if (gt < 0 || end < 0) break;
    const tag = wb.slice(at, gt + 1);
    const body = tag.endsWith("/>") ? "" : wb.slice(gt + 1, end - `</${q}>`.length);
    out.push({ name: unescapeAttr(attrOf(tag, "name") ?? ""), formula: unescapeAttr(body), start: at, end });
  }
  return out;
}

/** The prefix bound to the relationships namespace in a part's root, or null. */
function relationshipsPrefix(xml: string): string | null {
  for (const ns of NS_RELATIONSHIPS) {
    const m = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${ns.replace(/[./]/g, "\\$&")}"`).exec(xml);
    if (m) return m[1]!;
  }
  return null;
}

/** Worksheet children that follow conditionalFormatting (ECMA-376 CT_Worksheet order). */
const AFTER_CONDITIONAL_FORMATTING = [
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties",
  "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts", "extLst",
];

/** Removes our conditional formats (their rule formula carries the marker) from a sheet's XML. */
export function removeOurConditionalFormats(xml: string): string {
  if (!xml.includes("SAKIP-sorotan-")) return xml;
  const p = rootPrefix(xml, "worksheet");
  const q = `${p}conditionalFormatting`;
  let out = xml;
  for (let at = startTag(out, q); at >= 0; ) {
    const end = elementEnd(out, at, q);
    if (end < 0) break;
    const block = out.slice(at, end);
    const formulas = [...block.matchAll(/<(?:[\w.-]+:)?formula>([^<]*)</g)].map((m) => m[1]!);
    if (formulas.length > 0 && formulas.every((f) => isOurFormula(f))) {
      out = out.slice(0, at) + out.slice(end);
      at = startTag(out, q, at);
    } else at = startTag(out, q, end);
  }
  return out;
}

function addConditionalFormats(xml: string, cells: Record<"error" | "warning", readonly string[]>, dxf: Record<"error" | "warning", number>): string {
  const p = rootPrefix(xml, "worksheet");
  if (xml.lastIndexOf(`</${p}worksheet>`) < 0) return xml;
  let priority = 0;
  for (const m of xml.matchAll(/\spriority="(\d+)"/g)) priority = Math.max(priority, Number(m[1]));
  let blocks = "";
  // Below the user's own formats in priority: theirs keep working exactly as before.
  for (const severity of ["error", "warning"] as const) {
    if (cells[severity].length === 0) continue;
    priority++;
    const formula = escapeXml(MARKER_FORMULA[severity].slice(1));
    blocks += `<${p}conditionalFormatting sqref="${cells[severity].join(" ")}"><${p}cfRule type="expression" dxfId="${dxf[severity]}" priority="${priority}"><${p}formula>${formula}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
  }
  return splice(xml, insertionPoint(xml, p, AFTER_CONDITIONAL_FORMATTING, "worksheet"), blocks);
}

interface ReportStyles {
  readonly header: number;
  /** Text that wraps (Masalah, Pesan, …) and text on one line (Tingkat). */
  readonly text: number;
  readonly line: number;
  readonly link: number;
  readonly number: number;
  readonly severity: Record<Severity, number>;
}

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Appends the highlight fills (dxfs) and the report sheet's cell styles (fonts, fills, a border, xfs) to styles.xml. */
function addStyles(styles: string): { xml: string; dxf: Record<"error" | "warning", number>; report: ReportStyles | null } {
  const p = rootPrefix(styles, "styleSheet");
  const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
  const dxfChild = (hex: string) => `<${p}dxf><${p}fill><${p}patternFill><${p}bgColor rgb="${argb(hex)}"/></${p}patternFill></${p}fill></${p}dxf>`;
  const afterDxfs = ["tableStyles", "colors", "extLst"];
  const d = appendChildren(styles, p, "dxfs", [dxfChild(FILL.error), dxfChild(FILL.warning)], afterDxfs, "styleSheet");
  let xml = d.xml;
  const dxf = { error: d.first, warning: d.first + 1 };
  if (startTag(xml, `${p}fonts`) < 0 || startTag(xml, `${p}cellXfs`) < 0) return { xml, dxf, report: null };
  // Fills and borders with the entries every styles.xml starts with (fill 0 none, fill 1 gray125, border 0 none), when missing.
  if (startTag(xml, `${p}fills`) < 0) {
    xml = splice(xml, insertionPoint(xml, p, ["borders", "cellStyleXfs", "cellXfs"], "styleSheet"), `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>`);
  }
  if (startTag(xml, `${p}borders`) < 0) {
    xml = splice(xml, insertionPoint(xml, p, ["cellStyleXfs", "cellXfs"], "styleSheet"), `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>`);
  }
  const f = appendChildren(
    xml,
    p,
    "fonts",
    [
      `<${p}font><${p}b/><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
      `<${p}font><${p}u/><${p}sz val="11"/><${p}color rgb="FF0563C1"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`,
    ],
    [],
    "styleSheet",
  );
  xml = f.xml;
  const solid = (hex: string) => `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  const fl = appendChildren(xml, p, "fills", [solid(HEADER_FILL), solid(SEVERITY_FILL.error), solid(SEVERITY_FILL.warning), solid(SEVERITY_FILL.info)], [], "styleSheet");
  xml = fl.xml;
  const side = (name: string) => `<${p}${name} style="thin"><${p}color rgb="FFBFBFBF"/></${p}${name}>`;
  const b = appendChildren(xml, p, "borders", [`<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`], [], "styleSheet");
  xml = b.xml;
  const border = b.first;
  const xf = (font: number, fill: number, numFmt: number, wrap: boolean, vertical = "top") =>
    `<${p}xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><${p}alignment vertical="${vertical}"${wrap ? ' wrapText="1"' : ""}/></${p}xf>`;
  const x = appendChildren(
    xml,
    p,
    "cellXfs",
    [
      xf(f.first, fl.first, 49, true, "center"),
      xf(0, 0, 49, true),
      xf(0, 0, 49, false),
      xf(f.first + 1, 0, 49, true),
      xf(0, 0, 1, false),
      xf(0, fl.first + 1, 49, false),
      xf(0, fl.first + 2, 49, false),
      xf(0, fl.first + 3, 49, false),
    ],
    [],
    "styleSheet",
  );
  const at = x.first;
  return { xml: x.xml, dxf, report: { header: at, text: at + 1, line: at + 2, link: at + 3, number: at + 4, severity: { error: at + 5, warning: at + 6, info: at + 7 } } };
}

/** The style of a report cell: the severity in its colour, links blue, long text wrapped, the rest on one line. */
function cellStyle(styles: ReportStyles, row: ReportRow, column: number, value: string | number): number {
  if (typeof value === "number") return styles.number;
  if (column === SEVERITY_COLUMN) return styles.severity[row.severity];
  if (column === LINK_COLUMN || (column === RELATED_COLUMN && row.relatedLink !== null)) return styles.link;
  return REPORT_COLUMNS[column]?.wrap ? styles.text : styles.line;
}

/**
 * The report sheet as a worksheet part: inline strings only, never a formula. A document to print
 * and file: the header frozen, filtered and (with the print titles in workbook.xml) on every page;
 * landscape, one page wide; the severity in its colour; links to the finding's and the related cells.
 */
export function reportSheetXml(findings: readonly Finding[], styles: ReportStyles | null): string {
  const rows = reportRows(findings);
  const last = columnLetters(REPORT_COLUMNS.length - 1);
  const cell = (ref: string, v: string | number, style: number | null) => {
    const s = style === null ? "" : ` s="${style}"`;
    return typeof v === "number" ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  };
  const body: string[] = [];
  body.push(`<row r="1">${REPORT_COLUMNS.map((c, i) => cell(`${columnLetters(i)}1`, c.header, styles ? styles.header : null)).join("")}</row>`);
  rows.forEach((r, k) => {
    const n = k + 2;
    // Wrapped rows get their height: 15 points a line (Calibri 11), plus a little room.
    const lines = reportRowLines(r.values);
    const height = lines > 1 ? ` ht="${lines * 15 + 2}" customHeight="1"` : "";
    body.push(`<row r="${n}"${height}>${r.values.map((v, i) => cell(`${columnLetters(i)}${n}`, v, styles ? cellStyle(styles, r, i, v) : null)).join("")}</row>`);
  });
  const links: string[] = [];
  rows.forEach((r, k) => {
    links.push(`<hyperlink ref="${columnLetters(LINK_COLUMN)}${k + 2}" location="${escapeXml(r.link)}" display="${escapeXml(String(r.values[LINK_COLUMN]))}"/>`);
    if (r.relatedLink !== null) links.push(`<hyperlink ref="${columnLetters(RELATED_COLUMN)}${k + 2}" location="${escapeXml(r.relatedLink)}" display="${escapeXml(String(r.values[RELATED_COLUMN]))}"/>`);
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS[0]}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${last}${rows.length + 1}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${REPORT_COLUMNS.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join("")}</cols>` +
    `<sheetData>${body.join("")}</sheetData>` +
    `<autoFilter ref="A1:${last}${rows.length + 1}"/>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>&amp;L${escapeXml("Hasil Pemeriksaan SAKIP Excel")}&amp;RHalaman &amp;P dari &amp;N</oddFooter></headerFooter>` +
    `</worksheet>`
  );
}

/** A part name no entry has, like xl/worksheets/sheet12.xml. */
function freePartName(taken: ReadonlySet<string>, stem: string): string {
  for (let i = 1; ; i++) {
    const name = `${stem}${i}.xml`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function freeRelationshipId(rels: string): string {
  const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  for (let i = 1; ; i++) if (!ids.has(`rId${i}`)) return `rId${i}`;
}

/** A relationship Target for a part, relative to xl/ as workbook.xml.rels writes them. */
function relativeToXl(part: string): string {
  return part.startsWith("xl/") ? part.slice(3) : `/${part}`;
}

export interface CopyChanges {
  /** New text of each part that changes or is added; every other part is copied as it is. */
  readonly parts: Map<string, string>;
  /** The name of our report sheet in the copy. */
  readonly reportSheet: string;
}

/**
 * The parts of the copy that differ from the input, given the input's parts as text and the
 * names of all its parts. Throws when the workbook's own structure is missing.
 */
export function addFindingsToParts(part: TextPart, partNames: readonly string[], findings: readonly Finding[]): CopyChanges {
  const changed = new Map<string, string>();
  const get = (name: string) => changed.get(name) ?? part(name);
  const wbName = "xl/workbook.xml";
  const relsName = "xl/_rels/workbook.xml.rels";
  const ctName = "[Content_Types].xml";
  let wb = part(wbName);
  let rels = part(relsName);
  let ct = part(ctName);
  if (wb === undefined || rels === undefined || ct === undefined) throw new Error("struktur buku kerja tidak lengkap (workbook.xml, relasinya atau [Content_Types].xml tidak ada)");
  const taken = new Set(partNames.map((n) => n.toLowerCase()));
  const sheets = listSheets(wb, rels);
  const wp = rootPrefix(wb, "workbook");
  const names = definedNames(wb, wp);
  const marked = markedReportSheet(names);
  const ours = marked !== null ? sheets.find((s) => s.name === marked && s.path && taken.has(s.path.toLowerCase())) : undefined;

  // Styles: ours appended; a workbook without styles.xml gets a minimal one.
  let stylesName = findStylesPart(rels);
  let styles = stylesName ? part(stylesName) : undefined;
  if (!stylesName || styles === undefined) {
    stylesName = "xl/styles.xml";
    styles = MINIMAL_STYLES;
    if (!findStylesPart(rels)) {
      rels = insertRelationship(rels, freeRelationshipId(rels), REL_STYLES, "styles.xml");
      ct = addOverride(ct, `/${stylesName}`, CT_STYLES);
    }
  }
  const st = addStyles(styles);
  changed.set(stylesName, st.xml);

  // Highlights: our earlier ones removed everywhere, the new ones added.
  const highlights = new Map(highlightsBySheet(findings).map((h) => [h.sheet, h]));
  for (const s of sheets) {
    if (!s.path || s === ours) continue;
    const xml = get(s.path);
    if (xml === undefined || !/<([\w.-]+:)?worksheet[\s>]/.test(xml)) continue;
    const h = highlights.get(s.name);
    let next = removeOurConditionalFormats(xml);
    if (h) next = addConditionalFormats(next, h, st.dxf);
    if (next !== xml) changed.set(s.path, next);
  }

  // The report sheet: ours rewritten in place, or a new one under a free name with the mark.
  const sheetXml = reportSheetXml(findings, st.report);
  let reportSheet: string;
  if (ours?.path) {
    reportSheet = ours.name;
    changed.set(ours.path, sheetXml);
  } else {
    reportSheet = freeReportSheetName(sheets.map((s) => s.name));
    const path = freePartName(taken, "xl/worksheets/sheet");
    const rid = freeRelationshipId(rels);
    rels = insertRelationship(rels, rid, REL_WORKSHEET, relativeToXl(path));
    ct = addOverride(ct, `/${path}`, CT_WORKSHEET);
    let sheetId = 0;
    // sheetId may be a sheet's first attribute (<sheet sheetId="1" name=…>): ours must not repeat one.
    for (const m of wb.matchAll(/<(?:[\w.-]+:)?sheet\s(?:[^>]*?\s)?sheetId="(\d+)"/g)) sheetId = Math.max(sheetId, Number(m[1]));
    const rp = relationshipsPrefix(wb);
    const ridAttr = rp ? `${rp}:id="${rid}"` : `xmlns:r="${NS_RELATIONSHIPS[0]}" r:id="${rid}"`;
    const close = wb.indexOf(`</${wp}sheets>`);
    if (close < 0) throw new Error("daftar sheet di workbook.xml tidak ditemukan");
    // Our sheet's index among the sheets, for its print titles (a sheet-local defined name).
    const index = [...wb.slice(0, close).matchAll(new RegExp(`<${wp.replace(/[.]/g, "\\.")}sheet[\\s/>]`, "g"))].length;
    wb = splice(wb, close, `<${wp}sheet name="${escapeXml(reportSheet)}" sheetId="${sheetId + 1}" ${ridAttr}/>`);
    changed.set(path, sheetXml);
    // The mark: a hidden name pointing at our sheet; an old mark pointing elsewhere is replaced.
    // With it, the header row printed atop every page (print titles).
    const mark = `<${wp}definedName name="${REPORT_MARK}" hidden="1">${escapeXml(reportMarkReference(reportSheet))}</${wp}definedName>`;
    const titles = `<${wp}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(printTitlesReference(reportSheet))}</${wp}definedName>`;
    const old = definedNames(wb, wp).find((n) => n.name.toLowerCase() === REPORT_MARK.toLowerCase());
    if (old) wb = wb.slice(0, old.start) + mark + titles + wb.slice(old.end);
    else wb = appendChildren(wb, wp, "definedNames", [mark, titles], AFTER_DEFINED_NAMES, "workbook").xml;
    // Opened, the copy shows our sheet, when that changes workbook.xml only: no other sheet is
    // selected in its own part (that sheet would be grouped with ours, and its part would change).
    const selectedElsewhere = sheets.some((x) => x.path && /<(?:[\w.-]+:)?sheetView\b[^>]*\stabSelected="(?:1|true)"/.test(get(x.path) ?? ""));
    if (!selectedElsewhere) {
      const activated = activateSheet(wb, wp, index);
      if (activated !== null) {
        wb = activated;
        changed.set(path, sheetXml.replace("<sheetView workbookViewId=", '<sheetView tabSelected="1" workbookViewId='));
      }
    }
    changed.set(wbName, wb);
    changed.set(relsName, rels);
    changed.set(ctName, ct);
  }
  if (!changed.has(relsName) && rels !== part(relsName)) changed.set(relsName, rels);
  if (!changed.has(ctName) && ct !== part(ctName)) changed.set(ctName, ct);
  return { parts: changed, reportSheet };
}

/** Workbook children that follow bookViews (ECMA-376 CT_Workbook order). */
const AFTER_BOOK_VIEWS = ["sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "extLst"];

/**
 * workbook.xml with the sheet at `index` active (the first workbookView's activeTab), a bookViews
 * added when there is none; null when it cannot be done safely.
 */
function activateSheet(wb: string, p: string, index: number): string | null {
  const q = `${p}workbookView`;
  const at = startTag(wb, q);
  if (at < 0) {
    if (startTag(wb, `${p}bookViews`) >= 0) return null;
    return splice(wb, insertionPoint(wb, p, AFTER_BOOK_VIEWS, "workbook"), `<${p}bookViews><${q} activeTab="${index}"/></${p}bookViews>`);
  }
  const gt = wb.indexOf(">", at);
  if (gt < 0) return null;
  let tag = wb.slice(at, gt + 1);
  tag = tag.replace(/\sactiveTab="[^"]*"/, "");
  tag = tag.replace(/^(<[^\s/>]+)/, `$1 activeTab="${index}"`);
  return wb.slice(0, at) + tag + wb.slice(gt + 1);
}

/** Workbook children that follow definedNames (ECMA-376 CT_Workbook order). */
const AFTER_DEFINED_NAMES = [
  "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
];

function findStylesPart(rels: string): string | null {
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    if (attrOf(m[0], "Type")?.endsWith("/styles")) {
      const t = unescapeAttr(attrOf(m[0], "Target") ?? "");
      return t.startsWith("/") ? t.slice(1) : `xl/${t}`;
    }
  }
  return null;
}

function insertRelationship(rels: string, id: string, type: string, target: string): string {
  const p = rootPrefix(rels, "Relationships");
  const at = rels.lastIndexOf(`</${p}Relationships>`);
  const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (at >= 0) return splice(rels, at, rel);
  // <Relationships .../> with no relationship at all.
  return rels.replace(new RegExp(`<${p}Relationships([^>]*?)\\s*/>`), `<${p}Relationships$1>${rel}</${p}Relationships>`);
}

function addOverride(ct: string, partName: string, type: string): string {
  const p = rootPrefix(ct, "Types");
  const at = ct.lastIndexOf(`</${p}Types>`);
  if (at < 0) throw new Error("[Content_Types].xml tidak lengkap");
  return splice(ct, at, `<${p}Override PartName="${escapeXml(partName)}" ContentType="${type}"/>`);
}
