/**
 * The "Hasil Pemeriksaan" sheet in the open workbook: a document a reviewer prints and files.
 * Findings as text, each linked to its cell and to the cells it disagrees with; the severity in
 * its colour; the header frozen, filtered and repeated on every printed page; landscape, one page
 * wide; the active sheet once written. Formatting rides in the same round trips as the rows.
 * Our sheet is known by a hidden workbook-level name (REPORT_MARK) that refers to its A1, so it is
 * found after a rename, and a user's own sheet called "Hasil Pemeriksaan" is never replaced,
 * deleted or skipped: ours then gets the next free name, "Hasil Pemeriksaan (2)".
 */
import type { Finding } from "../core/findings";
import {
  freeReportSheetName,
  HEADER_FILL,
  LINK_COLUMN,
  RELATED_COLUMN,
  REPORT_COLUMNS,
  REPORT_MARK,
  reportRows,
  SEVERITY_COLUMN,
  SEVERITY_FILL,
} from "../core/report-sheet";
import { findMarked } from "./marked-sheet";

/** Shown with the mark in Excel's Name Manager, for a user who finds it there. */
const MARK_COMMENT = "Penanda sheet hasil pemeriksaan SAKIP Excel; dihapus bersama sheet itu oleh Hapus sorotan.";

/** Rows written in one round trip, to keep each request well under 5 MB. */
const ROWS_PER_SYNC = 2000;

function column(c: number): string {
  return String.fromCharCode(65 + c);
}

/**
 * Writes the report sheet, replacing our previous one (found by its mark, whatever its name now);
 * the user's sheets, one called "Hasil Pemeriksaan" included, are not touched. Returns its name.
 */
export async function writeReportSheet(context: Excel.RequestContext, findings: readonly Finding[]): Promise<string> {
  const worksheets = context.workbook.worksheets;
  const old = await findMarked(context, REPORT_MARK);
  if (old.sheet !== null) worksheets.getItem(old.sheet).delete();
  if (!old.mark.isNullObject) old.mark.delete();
  const name = freeReportSheetName(old.names.filter((n) => n !== old.sheet));
  const ws = worksheets.add(name);
  const mark = context.workbook.names.add(REPORT_MARK, ws.getRange("A1"), MARK_COMMENT);
  mark.visible = false;
  const last = column(REPORT_COLUMNS.length - 1);
  const rows = reportRows(findings);
  const lastRow = rows.length + 1;
  const header = ws.getRange(`A1:${last}1`);
  header.values = [REPORT_COLUMNS.map((c) => c.header)];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.verticalAlignment = "Center";
  REPORT_COLUMNS.forEach((c, i) => {
    // Excel's column width is in points; a character of the default font is about 7 points wide with its padding.
    ws.getRange(`${column(i)}:${column(i)}`).format.columnWidth = c.width * 7;
  });
  // Only the long columns wrap; the rest stay on one line, and every row starts at its top.
  const body = ws.getRange(`A2:${last}${Math.max(lastRow, 2)}`);
  body.format.verticalAlignment = "Top";
  REPORT_COLUMNS.forEach((c, i) => {
    if (c.wrap) ws.getRange(`${column(i)}1:${column(i)}${Math.max(lastRow, 2)}`).format.wrapText = true;
  });
  ws.freezePanes.freezeRows(1);
  ws.autoFilter.apply(ws.getRange(`A1:${last}${lastRow}`));
  ws.pageLayout.orientation = "Landscape";
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  ws.pageLayout.setPrintTitleRows("$1:$1");
  ws.pageLayout.centerHorizontally = true;
  for (let start = 0; start < rows.length; start += ROWS_PER_SYNC) {
    const chunk = rows.slice(start, start + ROWS_PER_SYNC);
    const range = ws.getRange(`A${start + 2}:${last}${start + 1 + chunk.length}`);
    // Text format first: a message or a cell's text that starts with "=" stays text, never a formula.
    range.numberFormat = chunk.map(() => REPORT_COLUMNS.map((_, i) => (i === 0 ? "0" : "@")));
    range.values = chunk.map((r) => [...r.values]);
    chunk.forEach((r, k) => {
      const row = start + 2 + k;
      ws.getRange(`${column(LINK_COLUMN)}${row}`).hyperlink = { documentReference: r.link, textToDisplay: String(r.values[LINK_COLUMN]) };
      if (r.relatedLink !== null)
        ws.getRange(`${column(RELATED_COLUMN)}${row}`).hyperlink = { documentReference: r.relatedLink, textToDisplay: String(r.values[RELATED_COLUMN]) };
      ws.getRange(`${column(SEVERITY_COLUMN)}${row}`).format.fill.color = SEVERITY_FILL[r.severity];
    });
    if (start + ROWS_PER_SYNC >= rows.length) ws.activate();
    await context.sync();
  }
  if (rows.length === 0) {
    ws.activate();
    await context.sync();
  }
  return name;
}

/**
 * Removes our report sheet and its mark; a workbook without the mark loses nothing (a sheet merely
 * called "Hasil Pemeriksaan" is the user's). Returns the removed sheet's name, or null.
 */
export async function removeReportSheet(context: Excel.RequestContext): Promise<string | null> {
  const { mark, sheet } = await findMarked(context, REPORT_MARK);
  if (mark.isNullObject) return null;
  if (sheet !== null) context.workbook.worksheets.getItem(sheet).delete();
  mark.delete();
  await context.sync();
  return sheet;
}
