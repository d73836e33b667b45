/**
 * Writes the "Tabel LKjIP" sheet laid out by src/core/lkjip/layout.ts into the open workbook, with
 * the charts of src/core/lkjip/charts.ts. One round trip to find the mark, one per table, one to
 * finish (the charts ride in that last one, however many there are).
 */
import type { LkjipTables } from "../core/lkjip";
import { chartsOf, type LkjipChart } from "../core/lkjip/charts";
import {
  columnLetter,
  columnWidth,
  freeLkjipSheetName,
  HEADER_FILL,
  layOut,
  LKJIP_MARK,
  MARK_COMMENT,
  SUMMARY_FILL,
  type NumberAt,
} from "../core/lkjip/layout";
import { findMarked } from "./marked-sheet";
import { CHARTS_EXCEL_API } from "./requirements";

export interface LkjipWriteOptions {
  /** Draw the charts (needs ExcelApi 1.7, see CHARTS_EXCEL_API); without them the tables are written alone. */
  readonly charts?: boolean;
}

/** Where a chart's series lie: rows firstRow..lastRow of one column, as an A1 range. */
function columnRange(c: LkjipChart, column: number): string {
  const l = columnLetter(column);
  return `${l}${c.firstRow + 1}:${l}${c.lastRow + 1}`;
}

/**
 * Queues one chart (no round trip of its own): added with its first series' cells, then each
 * series given its values, categories and name explicitly, so Excel guesses nothing from the
 * cells; a line series over the columns (the Renaksi target); title, legend below, and its place.
 */
function addChart(ws: Excel.Worksheet, c: LkjipChart): void {
  const [first] = c.series;
  if (!first) return;
  const chart = ws.charts.add(Excel.ChartType.columnClustered, ws.getRange(columnRange(c, first.column)), Excel.ChartSeriesBy.columns);
  chart.title.text = c.title;
  chart.legend.visible = true;
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  if (c.valueAxis) chart.axes.valueAxis.title.text = c.valueAxis;
  const categories = ws.getRange(columnRange(c, c.categories));
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(ws.getRange(columnRange(c, s.column)));
    series.setXAxisValues(categories);
    if (s.as === "line") series.chartType = Excel.ChartType.line;
  });
  const from = `${columnLetter(c.anchor.column)}${c.anchor.row + 1}`;
  const to = `${columnLetter(c.anchor.column + c.size.columns - 1)}${c.anchor.row + c.size.rows}`;
  chart.setPosition(from, to);
}

/**
 * Writes the LKjIP tables into our "Tabel LKjIP" sheet, replacing our previous one (found by its
 * mark, whatever its name now, its charts with it); the user's sheets are not touched. `numberAt`
 * (numbersOf the workbook read) tells which source cells hold the numbers read from them. Returns
 * the sheet's name and how many charts it holds.
 */
export async function writeLkjipSheetWithCharts(
  context: Excel.RequestContext,
  tables: LkjipTables,
  numberAt?: NumberAt,
  options: LkjipWriteOptions = {},
): Promise<{ sheet: string; charts: number }> {
  const worksheets = context.workbook.worksheets;
  const old = await findMarked(context, LKJIP_MARK);
  if (old.sheet !== null) worksheets.getItem(old.sheet).delete();
  if (!old.mark.isNullObject) old.mark.delete();
  const name = freeLkjipSheetName(old.names.filter((n) => n !== old.sheet));
  const ws = worksheets.add(name);
  const mark = context.workbook.names.add(LKJIP_MARK, ws.getRange("A1"), MARK_COMMENT);
  mark.visible = false;
  const laid = layOut(tables, numberAt);
  const widest = Math.max(1, ...laid.map((t) => t.width));
  // Indicator and program names are long; the rest fit narrower columns.
  for (let c = 0; c < widest; c++) ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = columnWidth(c, widest) * 7;
  await context.sync();
  for (const t of laid) {
    const last = columnLetter(t.width - 1);
    const range = ws.getRange(`A${t.top + 1}:${last}${t.top + t.rowCount}`);
    // Formats first: text stays text even when it starts with "="; formulas get their column's format.
    range.numberFormat = t.grid.map((row) => row.map((w) => ("text" in w ? "@" : w.format)));
    // Values where there is no formula, then formulas where there is one; null leaves a cell as it is.
    range.values = t.grid.map((row) => row.map((w) => ("text" in w ? w.text : "number" in w ? (w.number ?? "") : null)));
    range.formulas = t.grid.map((row) => row.map((w) => ("formula" in w ? w.formula : null)));
    range.format.verticalAlignment = "Top";
    const title = ws.getRange(`A${t.top + 1}`);
    title.format.font.bold = true;
    const header = ws.getRange(`A${t.top + 2}:${last}${t.top + 2}`);
    header.format.font.bold = true;
    header.format.fill.color = HEADER_FILL;
    header.format.wrapText = true;
    for (const s of t.summaries) {
      const r = ws.getRange(`A${t.top + s + 1}:${last}${t.top + s + 1}`);
      r.format.font.bold = true;
      r.format.fill.color = SUMMARY_FILL;
    }
    await context.sync();
  }
  const charts = (options.charts ?? true) ? chartsOf(tables, laid) : [];
  for (const c of charts) addChart(ws, c);
  ws.activate();
  await context.sync();
  return { sheet: name, charts: charts.length };
}

/** writeLkjipSheetWithCharts, returning the sheet's name. */
export async function writeLkjipSheet(
  context: Excel.RequestContext,
  tables: LkjipTables,
  numberAt?: NumberAt,
  options: LkjipWriteOptions = {},
): Promise<string> {
  return (await writeLkjipSheetWithCharts(context, tables, numberAt, options)).sheet;
}

/**
 * What the pane and the ribbon command say once the LKjIP tables are written. `charts`: how many
 * were drawn, or null when this Excel cannot draw them (ExcelApi 1.7 missing).
 */
export function lkjipWritten(r: { sheet: string; tables: number; year: number | null; charts?: number | null; gaps?: string }): string {
  const charts =
    r.charts === undefined
      ? ""
      : r.charts === null
        ? ` Diagram tidak dibuat karena Excel ini belum mendukung diagram dari add-in (ExcelApi ${CHARTS_EXCEL_API}); tabelnya tetap lengkap.`
        : r.charts > 0
          ? ` ${r.charts} diagram ditempatkan di kanan tabel dan ikut berubah bersama angkanya.`
          : "";
  return `${r.tables} tabel LKjIP Bab III${r.year === null ? "" : ` tahun ${r.year}`} ditulis di sheet "${r.sheet}". Angka dari buku kerja ditulis sebagai rumus yang merujuk selnya, jadi tabel ikut berubah bila datanya diubah; sheet ini diganti setiap kali tabel dibuat ulang.${charts}${r.gaps ? ` ${r.gaps}` : ""}`;
}

/**
 * Removes our "Tabel LKjIP" sheet (its charts with it) and its mark, found by the mark whatever the
 * sheet is called now; a user's sheet named "Tabel LKjIP" is never touched. Returns the removed
 * sheet's name, or null when the workbook holds none of ours.
 */
export async function removeLkjipSheet(context: Excel.RequestContext): Promise<string | null> {
  const { mark, sheet } = await findMarked(context, LKJIP_MARK);
  if (mark.isNullObject) return null;
  if (sheet !== null) context.workbook.worksheets.getItem(sheet).delete();
  mark.delete();
  await context.sync();
  return sheet;
}

/** What the pane says once "Hapus Tabel LKjIP" ran. */
export function lkjipRemoved(sheet: string | null): string {
  return sheet === null
    ? "Tidak ada sheet Tabel LKjIP buatan SAKIP Excel di buku kerja ini; tidak ada yang dihapus. Sheet milik Anda tidak diubah."
    : `Sheet "${sheet}" buatan SAKIP Excel beserta diagramnya dihapus. Sheet milik Anda tidak diubah.`;
}
