/**
 * What the LKjIP copy changes in a workbook's XML: our "Tabel LKjIP" sheet (the cells layout.ts
 * lays out, the same ones the Excel adapter writes) with its charts (charts.ts) as DrawingML, its
 * cell styles appended to styles.xml, its entry in workbook.xml with the hidden mark
 * (LKJIP_MARK), relationships and content types. Our sheet from an earlier copy (found by the
 * mark) is rewritten in place and its old drawing and charts removed; a user's sheet of the same
 * name is never touched. The report sheet of `periksa` and its mark are left as they are.
 *
 * Formulas are written without a cached value, and workbook.xml asks for a full calculation on
 * load: LibreOffice trusts a cached value without recalculating (and ignores fullCalcOnLoad), so
 * only a formula without one is sure to show what it computes there; Excel recalculates on load.
 */
import { chartsOf, type LkjipChart } from "../core/lkjip/charts";
import {
  columnLetter,
  columnWidth,
  freeLkjipSheetName,
  HEADER_FILL,
  layOut,
  LKJIP_MARK,
  SUMMARY_FILL,
  type LaidOut,
  type NumberAt,
  type Written,
} from "../core/lkjip/layout";
import type { LkjipTables } from "../core/lkjip/types";
import { quotedSheet } from "../core/report-sheet";
import { chartXml, CT_CHART, CT_DRAWING, drawingXml, REL_CHART, REL_DRAWING, relsXml, type CachedRange } from "./chart-xml";
import {
  addOverride,
  appendChildren,
  ensureDefault,
  escapeXml,
  insertionPoint,
  NS_MAIN,
  NS_RELATIONSHIPS,
  relationshipsOf,
  relsPartOf,
  rootPrefix,
  splice,
  startTag,
  WorkbookEdit,
  type TextPart,
} from "./parts";

const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

/** Built-in number format ids of the formats layout.ts uses; anything else is shown as General. */
const BUILT_IN_FORMAT: Record<string, number> = { General: 0, "0.00": 2, "#,##0": 3, "@": 49 };
const FORMATS = Object.keys(BUILT_IN_FORMAT);

interface LkjipStyles {
  readonly title: number;
  readonly header: number;
  /** By number format: an ordinary cell and a summary row's cell. */
  readonly plain: Record<string, number>;
  readonly summary: Record<string, number>;
}

/** Appends a bold font, the header and summary fills and the sheet's cell styles to styles.xml. */
function addLkjipStyles(styles: string): { xml: string; ids: LkjipStyles | null } {
  const p = rootPrefix(styles, "styleSheet");
  if (startTag(styles, `${p}fonts`) < 0 || startTag(styles, `${p}cellXfs`) < 0) return { xml: styles, ids: null };
  let xml = styles;
  if (startTag(xml, `${p}fills`) < 0) {
    xml = splice(
      xml,
      insertionPoint(xml, p, ["borders", "cellStyleXfs", "cellXfs"], "styleSheet"),
      `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>`,
    );
  }
  const f = appendChildren(
    xml,
    p,
    "fonts",
    [`<${p}font><${p}b/><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`],
    [],
    "styleSheet",
  );
  xml = f.xml;
  const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
  const solid = (hex: string) =>
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  const fl = appendChildren(xml, p, "fills", [solid(HEADER_FILL), solid(SUMMARY_FILL)], [], "styleSheet");
  xml = fl.xml;
  const bold = f.first;
  const xf = (font: number, fill: number, numFmt: number, wrap = false) =>
    `<${p}xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><${p}alignment vertical="top"${wrap ? ' wrapText="1"' : ""}/></${p}xf>`;
  const list = [
    xf(bold, 0, 49),
    xf(bold, fl.first, 49, true),
    ...FORMATS.map((k) => xf(0, 0, BUILT_IN_FORMAT[k]!)),
    ...FORMATS.map((k) => xf(bold, fl.first + 1, BUILT_IN_FORMAT[k]!)),
  ];
  const x = appendChildren(xml, p, "cellXfs", list, [], "styleSheet");
  const at = x.first;
  const plain = Object.fromEntries(FORMATS.map((k, i) => [k, at + 2 + i]));
  const summary = Object.fromEntries(FORMATS.map((k, i) => [k, at + 2 + FORMATS.length + i]));
  return { xml: x.xml, ids: { title: at, header: at + 1, plain, summary } };
}

function formatOf(w: Written): string {
  return "text" in w ? "@" : w.format in BUILT_IN_FORMAT ? w.format : "General";
}

/** One cell: a formula without a cached value, a number, inline text, or an empty styled cell. */
function cellXml(ref: string, w: Written, style: number | null): string {
  const s = style === null ? "" : ` s="${style}"`;
  if ("formula" in w) return `<c r="${ref}"${s}><f>${escapeXml(w.formula.replace(/^=/, ""))}</f></c>`;
  if ("number" in w) return w.number === null || !Number.isFinite(w.number) ? `<c r="${ref}"${s}/>` : `<c r="${ref}"${s}><v>${w.number}</v></c>`;
  return w.text === "" ? `<c r="${ref}"${s}/>` : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(w.text)}</t></is></c>`;
}

/** Lines a text takes in a column `width` characters wide, broken at spaces (a little narrower than the width, as bold text is). */
function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = word.length;
    if (used === 0) used = w;
    else if (used + 1 + w <= room) used += 1 + w;
    else {
      lines++;
      used = w;
    }
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}

/** The sheet's columns: the first two wide (indicator and program names), the rest narrower, as the Excel writer sets them. */
export function lkjipColumnWidths(laid: readonly LaidOut[]): number[] {
  const widest = Math.max(1, ...laid.map((t) => t.width));
  return Array.from({ length: widest }, (_, c) => columnWidth(c, widest));
}

/** The LKjIP sheet as a worksheet part; `drawing` is the relationship id of its charts' drawing. */
export function lkjipSheetXml(laid: readonly LaidOut[], styles: LkjipStyles | null, drawing: string | null, active: boolean): string {
  const rows: string[] = [];
  const widths = lkjipColumnWidths(laid);
  let lastColumn = 0;
  let lastRow = 1;
  for (const t of laid) {
    const summaries = new Set(t.summaries);
    t.grid.forEach((cells, k) => {
      const r = t.top + k + 1;
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, cells.length - 1);
      const style = (w: Written, c: number): number | null => {
        if (!styles) return null;
        if (k === 0) return c === 0 ? styles.title : styles.plain["@"]!;
        if (k === 1) return styles.header;
        return (summaries.has(k) ? styles.summary : styles.plain)[formatOf(w)]!;
      };
      // The header wraps: its row gets the height of its longest heading (15 points a line), as a reader does not fit it on load.
      const lines = k === 1 ? Math.max(1, ...cells.map((w, c) => ("text" in w ? wrappedLines(w.text, widths[c] ?? 16) : 1))) : 1;
      const height = lines > 1 ? ` ht="${lines * 15}" customHeight="1"` : "";
      rows.push(`<row r="${r}"${height}>${cells.map((w, c) => cellXml(`${columnLetter(c)}${r}`, w, style(w, c))).join("")}</row>`);
    });
  }
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_RELATIONSHIPS[0]}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${columnLetter(lastColumn)}${lastRow}"/>` +
    `<sheetViews><sheetView ${active ? 'tabSelected="1" ' : ""}workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols.join("")}</cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>&amp;L${escapeXml("Tabel LKjIP SAKIP Excel")}&amp;RHalaman &amp;P dari &amp;N</oddFooter></headerFooter>` +
    (drawing ? `<drawing r:id="${drawing}"/>` : "") +
    `</worksheet>`
  );
}

/** What the sheet's cell at a 0-based row and column holds, as the tables say (the charts' caches). */
function valueAt(tables: LkjipTables, laid: readonly LaidOut[], row: number, column: number): string | number | null {
  for (let i = 0; i < laid.length; i++) {
    const t = laid[i]!;
    const k = row - t.top - 2;
    const body = tables.tables[i]?.rows;
    if (row >= t.top && row < t.top + t.rowCount && body && k >= 0 && k < body.length) return body[k]!.cells[column]?.value ?? null;
  }
  return null;
}

function formatAt(tables: LkjipTables, laid: readonly LaidOut[], row: number, column: number): string {
  const i = laid.findIndex((t) => row >= t.top && row < t.top + t.rowCount);
  const w = laid[i]?.grid[row - (laid[i]?.top ?? 0)]?.[column];
  return w && !("text" in w) && w.format in BUILT_IN_FORMAT && w.format !== "@" ? w.format : "General";
}

function range(sheet: string, tables: LkjipTables, laid: readonly LaidOut[], chart: LkjipChart, column: number): CachedRange {
  const c = columnLetter(column);
  const values: (string | number | null)[] = [];
  for (let r = chart.firstRow; r <= chart.lastRow; r++) values.push(valueAt(tables, laid, r, column));
  return { ref: `${quotedSheet(sheet)}!$${c}$${chart.firstRow + 1}:$${c}$${chart.lastRow + 1}`, values };
}

/** Removes our sheet's old drawing, its charts and what they relate to in xl/charts/ (styles, colours), and the sheet's relationships. */
function removeOldDrawing(edit: WorkbookEdit, sheetPath: string): void {
  const relsName = relsPartOf(sheetPath);
  const rels = edit.get(relsName);
  if (rels === undefined) return;
  const ownedByUs = (p: string) => /^xl\/(drawings|charts)\//i.test(p);
  for (const d of relationshipsOf(rels, sheetPath)) {
    if (d.type !== "drawing" || !ownedByUs(d.target)) continue;
    const dRelsName = relsPartOf(d.target);
    const dRels = edit.get(dRelsName);
    for (const c of dRels === undefined ? [] : relationshipsOf(dRels, d.target)) {
      if (c.type !== "chart" || !ownedByUs(c.target)) continue;
      const cRelsName = relsPartOf(c.target);
      const cRels = edit.get(cRelsName);
      for (const x of cRels === undefined ? [] : relationshipsOf(cRels, c.target))
        if (/^xl\/charts\//i.test(x.target) && edit.get(x.target) !== undefined) edit.remove(x.target);
      if (cRels !== undefined) edit.remove(cRelsName);
      if (edit.get(c.target) !== undefined) edit.remove(c.target);
    }
    if (dRels !== undefined) edit.remove(dRelsName);
    if (edit.get(d.target) !== undefined) edit.remove(d.target);
  }
  edit.remove(relsName);
}

/** workbook.xml asking for a full calculation on load (calcPr fullCalcOnLoad="1"). */
function calculateOnLoad(wb: string, p: string): string {
  const at = startTag(wb, `${p}calcPr`);
  if (at < 0) {
    const where = insertionPoint(
      wb,
      p,
      ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"],
      "workbook",
    );
    return splice(wb, where, `<${p}calcPr fullCalcOnLoad="1"/>`);
  }
  const gt = wb.indexOf(">", at);
  const tag = wb.slice(at, gt + 1);
  if (/\sfullCalcOnLoad="(1|true)"/.test(tag)) return wb;
  const next = /\sfullCalcOnLoad="[^"]*"/.test(tag)
    ? tag.replace(/\sfullCalcOnLoad="[^"]*"/, ' fullCalcOnLoad="1"')
    : tag.replace(/^(<[^\s/>]+)/, '$1 fullCalcOnLoad="1"');
  return wb.slice(0, at) + next + wb.slice(gt + 1);
}

export interface LkjipChanges {
  /** New text of each part that changes or is added, null for a part removed (our old charts). */
  readonly parts: Map<string, string | null>;
  /** The name of our LKjIP sheet in the copy. */
  readonly sheet: string;
  readonly charts: number;
}

/**
 * The parts of the copy with our LKjIP sheet, given the input's parts as text and the names of
 * all its parts. `numberAt` (numbersOf the workbook read) tells which source cells hold the
 * numbers read from them. Throws when the workbook's own structure is missing.
 */
export function addLkjipToParts(part: TextPart, partNames: readonly string[], tables: LkjipTables, numberAt?: NumberAt): LkjipChanges {
  const edit = new WorkbookEdit(part, partNames);
  const ours = edit.markedSheet(LKJIP_MARK);
  const styles = edit.styles();
  const st = addLkjipStyles(styles.xml);
  edit.set(styles.name, st.xml);

  const laid = layOut(tables, numberAt);
  const charts = chartsOf(tables, laid);
  let path: string;
  let sheet: string;
  let active = false;
  if (ours?.path) {
    sheet = ours.name;
    path = ours.path;
    // Still the sheet the copy opens at when it was.
    active = /<(?:[\w.-]+:)?sheetView\b[^>]*\stabSelected="(?:1|true)"/.test(edit.get(path) ?? "");
    removeOldDrawing(edit, path);
  } else {
    sheet = freeLkjipSheetName(edit.sheets.map((s) => s.name));
    const added = edit.addMarkedSheet({ name: sheet, mark: LKJIP_MARK, markReference: `${quotedSheet(sheet)}!$A$1` });
    path = added.path;
    active = added.active;
  }

  let drawing: string | null = null;
  if (charts.length) {
    const drawingPath = edit.reserve("xl/drawings/drawing");
    const chartRels: { id: string; type: string; target: string }[] = [];
    charts.forEach((c, i) => {
      const chartPath = edit.reserve("xl/charts/chart");
      const rid = `rId${i + 1}`;
      chartRels.push({ id: rid, type: REL_CHART, target: `../${chartPath.slice("xl/".length)}` });
      edit.set(
        chartPath,
        chartXml({
          title: c.title,
          categories: range(sheet, tables, laid, c, c.categories),
          series: c.series.map((s) => ({
            name: s.name,
            as: s.as,
            values: range(sheet, tables, laid, c, s.column),
            format: formatAt(tables, laid, c.firstRow, s.column),
          })),
          valueAxis: c.valueAxis,
        }),
      );
      edit.ct = addOverride(edit.ct, `/${chartPath}`, CT_CHART);
    });
    edit.set(
      drawingPath,
      drawingXml(
        charts.map((c, i) => ({
          row: c.anchor.row,
          column: c.anchor.column,
          rows: c.size.rows,
          columns: c.size.columns,
          rid: `rId${i + 1}`,
          name: `Grafik ${i + 1}`,
        })),
      ),
    );
    edit.set(relsPartOf(drawingPath), relsXml(chartRels));
    edit.ct = addOverride(edit.ct, `/${drawingPath}`, CT_DRAWING);
    drawing = "rId1";
    edit.set(relsPartOf(path), relsXml([{ id: drawing, type: REL_DRAWING, target: `../${drawingPath.slice("xl/".length)}` }]));
    edit.ct = ensureDefault(edit.ct, "rels", CT_RELS);
  }
  edit.set(path, lkjipSheetXml(laid, st.ids, drawing, active));
  edit.wb = calculateOnLoad(edit.wb, edit.wp);
  return { parts: edit.parts(), sheet, charts: charts.length };
}
