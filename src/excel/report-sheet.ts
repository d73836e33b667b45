/** The "Hasil Pemeriksaan" sheet in the open workbook: findings as text, each linked to its cell. */
import type { Finding } from "../core/findings";
import { LINK_COLUMN, REPORT_COLUMNS, REPORT_SHEET, reportRows } from "../core/report-sheet";

/** Rows written in one round trip, to keep each request well under 5 MB. */
const ROWS_PER_SYNC = 2000;

function column(c: number): string {
  return String.fromCharCode(65 + c);
}

/** Writes (or rewrites) the report sheet; the user's own sheets are not touched. */
export async function writeReportSheet(context: Excel.RequestContext, findings: readonly Finding[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const old = worksheets.getItemOrNullObject(REPORT_SHEET);
  await context.sync();
  if (!old.isNullObject) old.delete();
  const ws = worksheets.add(REPORT_SHEET);
  const last = column(REPORT_COLUMNS.length - 1);
  const header = ws.getRange(`A1:${last}1`);
  header.values = [REPORT_COLUMNS.map((c) => c.header)];
  header.format.font.bold = true;
  REPORT_COLUMNS.forEach((c, i) => {
    ws.getRange(`${column(i)}:${column(i)}`).format.columnWidth = c.width * 6;
  });
  const rows = reportRows(findings);
  for (let start = 0; start < rows.length; start += ROWS_PER_SYNC) {
    const chunk = rows.slice(start, start + ROWS_PER_SYNC);
    const range = ws.getRange(`A${start + 2}:${last}${start + 1 + chunk.length}`);
    // Text format first: a message or a cell's text that starts with "=" stays text, never a formula.
    range.numberFormat = chunk.map(() => REPORT_COLUMNS.map((_, i) => (i === 0 ? "0" : "@")));
    range.values = chunk.map((r) => [...r.values]);
    chunk.forEach((r, k) => {
      ws.getRange(`${column(LINK_COLUMN)}${start + 2 + k}`).hyperlink = { documentReference: r.link, textToDisplay: String(r.values[LINK_COLUMN]) };
    });
    await context.sync();
  }
  if (rows.length === 0) await context.sync();
}

export async function removeReportSheet(context: Excel.RequestContext): Promise<boolean> {
  const ws = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET);
  await context.sync();
  if (ws.isNullObject) return false;
  ws.delete();
  await context.sync();
  return true;
}
