/**
 * DrawingML for the LKjIP charts of the copy (src/core/lkjip/charts.ts): one drawing part per
 * sheet holding a two-cell anchor per chart, and one chart part per chart. Columns are a
 * clustered c:barChart, a line (the Rencana Aksi target) a c:lineChart on the same axes. Every
 * series references the sheet's own cells and carries a cache of their values, so a viewer that
 * does not recalculate still draws the chart. Pure text; no file access.
 */
import { escapeXml } from "./parts";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const NS_PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Office's default series colours, in order. */
const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];

/** A range of the sheet's cells with what they hold now (the series' cache). */
export interface CachedRange {
  /** The reference, e.g. 'Tabel LKjIP'!$F$3:$F$9. */
  readonly ref: string;
  readonly values: readonly (string | number | null)[];
}

export interface ChartSeriesXml {
  readonly name: string;
  readonly as: "column" | "line";
  readonly values: CachedRange;
  /** Number format of the cached values ("0.00", "#,##0", "General"). */
  readonly format: string;
}

export interface ChartXml {
  readonly title: string;
  readonly categories: CachedRange;
  readonly series: readonly ChartSeriesXml[];
  /** Axis title of the values; empty for none. */
  readonly valueAxis: string;
}

function rich(text: string, size: number, bold: boolean): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r><a:rPr lang="id-ID" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function strCache(r: CachedRange): string {
  const pts = r.values.map((v, i) => (v === null || v === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strRef><c:f>${escapeXml(r.ref)}</c:f><c:strCache><c:ptCount val="${r.values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numCache(r: CachedRange, format: string): string {
  const pts = r.values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numRef><c:f>${escapeXml(r.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${r.values.length}"/>${pts}</c:numCache></c:numRef>`;
}

const solid = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;

function seriesXml(s: ChartSeriesXml, i: number, categories: CachedRange): string {
  const colour = PALETTE[i % PALETTE.length]!;
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const cat = `<c:cat>${strCache(categories)}</c:cat><c:val>${numCache(s.values, s.format)}</c:val>`;
  if (s.as === "column") return `<c:ser>${head}<c:spPr>${solid(colour)}</c:spPr><c:invertIfNegative val="0"/>${cat}</c:ser>`;
  return (
    `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${solid(colour)}<a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solid(colour)}</c:spPr></c:marker>${cat}<c:smooth val="0"/></c:ser>`
  );
}

/** Axis label text: its size, and for categories (long indicator names) horizontal lines that wrap. */
function textProperties(size: number, wrap: boolean): string {
  const body = wrap ? `<a:bodyPr rot="0" vert="horz" wrap="square"/>` : `<a:bodyPr/>`;
  return `<c:txPr>${body}<a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"/></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>`;
}

const CAT_AX = 500100;
const VAL_AX = 500200;

/** A chart part (xl/charts/chartN.xml). */
export function chartXml(c: ChartXml): string {
  const indexed = c.series.map((s, i) => ({ s, i }));
  const columns = indexed.filter((x) => x.s.as === "column");
  const lines = indexed.filter((x) => x.s.as === "line");
  const axes = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  const bar = columns.length
    ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${columns.map((x) => seriesXml(x.s, x.i, c.categories)).join("")}<c:gapWidth val="150"/>${axes}</c:barChart>`
    : "";
  const line = lines.length
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines.map((x) => seriesXml(x.s, x.i, c.categories)).join("")}<c:marker val="1"/>${axes}</c:lineChart>`
    : "";
  const valueTitle = c.valueAxis ? `<c:title>${rich(c.valueAxis, 900, false)}<c:overlay val="0"/></c:title>` : "";
  const valueFormat = c.series[0]?.format ?? "General";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${rich(c.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${bar}${line}` +
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${textProperties(800, true)}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>${valueTitle}` +
    `<c:numFmt formatCode="${escapeXml(valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(800, false)}<c:crossAx val="${CAT_AX}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

export interface Anchor {
  /** 0-based top-left cell and size in cells. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  /** The chart's relationship id in the drawing's rels, and its name. */
  readonly rid: string;
  readonly name: string;
}

/** A drawing part (xl/drawings/drawingN.xml): each chart in its cells, moving with them. */
export function drawingXml(anchors: readonly Anchor[]): string {
  const body = anchors
    .map(
      (a, i) =>
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${a.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${a.column + a.columns}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.row + a.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${a.rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${body}</xdr:wsDr>`;
}

/** A relationships part listing these internal targets. */
export function relsXml(list: readonly { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PACKAGE_RELATIONSHIPS}">` +
    list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join("") +
    `</Relationships>`
  );
}
