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
import {
  appendChildren,
  escapeXml,
  insertionPoint,
  NS_MAIN,
  NS_RELATIONSHIPS,
  rootPrefix,
  splice,
  startTag,
  elementEnd,
  WorkbookEdit,
  type TextPart,
} from "./parts";

export { escapeXml, type TextPart };

/** Worksheet children that follow conditionalFormatting (ECMA-376 CT_Worksheet order). */
const AFTER_CONDITIONAL_FORMATTING = [
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Removes our conditional formats (their rule formula carries the marker) from a sheet's XML. */
export function removeOurConditionalFormats(xml: string): string {
  if (!xml.includes("SAKIP-sorotan-")) return xml;
  const p = rootPrefix(xml, "worksheet");
  const q = `${p}conditionalFormatting`;
  let out = xml;
  for (let at = startTag(out, q); at >= 0;) {
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
    xml = splice(
      xml,
      insertionPoint(xml, p, ["borders", "cellStyleXfs", "cellXfs"], "styleSheet"),
      `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>`,
    );
  }
  if (startTag(xml, `${p}borders`) < 0) {
    xml = splice(
      xml,
      insertionPoint(xml, p, ["cellStyleXfs", "cellXfs"], "styleSheet"),
      `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>`,
    );
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
  const solid = (hex: string) =>
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  const fl = appendChildren(
    xml,
    p,
    "fills",
    [solid(HEADER_FILL), solid(SEVERITY_FILL.error), solid(SEVERITY_FILL.warning), solid(SEVERITY_FILL.info)],
    [],
    "styleSheet",
  );
  xml = fl.xml;
  const side = (name: string) => `<${p}${name} style="thin"><${p}color rgb="FFBFBFBF"/></${p}${name}>`;
  const b = appendChildren(
    xml,
    p,
    "borders",
    [`<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`],
    [],
    "styleSheet",
  );
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
  return {
    xml: x.xml,
    dxf,
    report: { header: at, text: at + 1, line: at + 2, link: at + 3, number: at + 4, severity: { error: at + 5, warning: at + 6, info: at + 7 } },
  };
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
    return typeof v === "number"
      ? `<c r="${ref}"${s}><v>${v}</v></c>`
      : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  };
  const body: string[] = [];
  body.push(`<row r="1">${REPORT_COLUMNS.map((c, i) => cell(`${columnLetters(i)}1`, c.header, styles ? styles.header : null)).join("")}</row>`);
  rows.forEach((r, k) => {
    const n = k + 2;
    // Wrapped rows get their height: 15 points a line (Calibri 11), plus a little room.
    const lines = reportRowLines(r.values);
    const height = lines > 1 ? ` ht="${lines * 15 + 2}" customHeight="1"` : "";
    body.push(
      `<row r="${n}"${height}>${r.values.map((v, i) => cell(`${columnLetters(i)}${n}`, v, styles ? cellStyle(styles, r, i, v) : null)).join("")}</row>`,
    );
  });
  const links: string[] = [];
  rows.forEach((r, k) => {
    links.push(
      `<hyperlink ref="${columnLetters(LINK_COLUMN)}${k + 2}" location="${escapeXml(r.link)}" display="${escapeXml(String(r.values[LINK_COLUMN]))}"/>`,
    );
    if (r.relatedLink !== null)
      links.push(
        `<hyperlink ref="${columnLetters(RELATED_COLUMN)}${k + 2}" location="${escapeXml(r.relatedLink)}" display="${escapeXml(String(r.values[RELATED_COLUMN]))}"/>`,
      );
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
  const edit = new WorkbookEdit(part, partNames);
  const { sheets, wp } = edit;
  const ours = edit.markedSheet(REPORT_MARK);

  // Styles: ours appended; a workbook without styles.xml gets a minimal one.
  const styles = edit.styles();
  const st = addStyles(styles.xml);
  edit.set(styles.name, st.xml);

  // Highlights: our earlier ones removed everywhere, the new ones added.
  const highlights = new Map(highlightsBySheet(findings).map((h) => [h.sheet, h]));
  for (const s of sheets) {
    if (!s.path || s === ours) continue;
    const xml = edit.get(s.path);
    if (xml === undefined || !/<([\w.-]+:)?worksheet[\s>]/.test(xml)) continue;
    const h = highlights.get(s.name);
    let next = removeOurConditionalFormats(xml);
    if (h) next = addConditionalFormats(next, h, st.dxf);
    if (next !== xml) edit.set(s.path, next);
  }

  // The report sheet: ours rewritten in place, or a new one under a free name with the mark.
  const sheetXml = reportSheetXml(findings, st.report);
  let reportSheet: string;
  if (ours?.path) {
    reportSheet = ours.name;
    edit.set(ours.path, sheetXml);
  } else {
    reportSheet = freeReportSheetName(sheets.map((s) => s.name));
    // With the mark, the header row printed atop every page (print titles, a sheet-local name).
    const added = edit.addMarkedSheet({
      name: reportSheet,
      mark: REPORT_MARK,
      markReference: reportMarkReference(reportSheet),
      extraNames: (index) => [
        `<${wp}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(printTitlesReference(reportSheet))}</${wp}definedName>`,
      ],
    });
    edit.set(added.path, added.active ? sheetXml.replace("<sheetView workbookViewId=", '<sheetView tabSelected="1" workbookViewId=') : sheetXml);
  }
  // The report removes no part.
  const parts = new Map([...edit.parts()].filter((e): e is [string, string] => e[1] !== null));
  return { parts, reportSheet };
}
