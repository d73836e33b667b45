/**
 * Writing a copy of a checked workbook: the findings' cells highlighted by conditional formats
 * (errors red, warnings amber; the user's own fills stay as they are) and a "Hasil Pemeriksaan"
 * sheet listing the findings as plain text, each with a link to its cell.
 */
import ExcelJS from "exceljs";
import type { Finding } from "../core/findings";
import { highlightsBySheet, LINK_COLUMN, REPORT_COLUMNS, REPORT_SHEET, reportRows } from "../core/report-sheet";

export { REPORT_SHEET };
const FILL: Record<string, string> = { error: "FFF4B6B6", warning: "FFFFE08A" };

export function addFindingsToWorkbook(wb: ExcelJS.Workbook, findings: readonly Finding[]): void {
  for (const h of highlightsBySheet(findings)) {
    const ws = wb.getWorksheet(h.sheet);
    if (!ws) continue;
    for (const severity of ["warning", "error"] as const) {
      if (h[severity].length === 0) continue;
      ws.addConditionalFormatting({
        ref: h[severity].join(" "),
        rules: [{ type: "expression", priority: 1, formulae: ["TRUE"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: FILL[severity] } } } }],
      });
    }
  }
  const old = wb.getWorksheet(REPORT_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(REPORT_SHEET);
  ws.columns = REPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const r of reportRows(findings)) {
    const row = ws.addRow([...r.values]);
    // Text and a link only: never a formula built from workbook text.
    const link = row.getCell(LINK_COLUMN + 1);
    link.value = { text: String(r.values[LINK_COLUMN]), hyperlink: `#${r.link}` };
    link.font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(5).alignment = { wrapText: true, vertical: "top" };
  }
}
