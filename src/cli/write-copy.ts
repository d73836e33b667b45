/**
 * Writing a copy of a checked workbook: the findings' cells highlighted by conditional formats
 * (errors red, warnings amber; the user's own fills stay as they are) and a "Hasil Pemeriksaan"
 * sheet listing the findings as plain text, each with a link to its cell.
 */
import ExcelJS from "exceljs";
import { SEVERITY_LABEL, type Finding } from "../core/findings";

export const REPORT_SHEET = "Hasil Pemeriksaan";
const FILL: Record<string, string> = { error: "FFF4B6B6", warning: "FFFFE08A" };

function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function addFindingsToWorkbook(wb: ExcelJS.Workbook, findings: readonly Finding[]): void {
  for (const severity of ["error", "warning"] as const) {
    const bySheet = new Map<string, Set<string>>();
    for (const f of findings) if (f.severity === severity) (bySheet.get(f.sheet) ?? bySheet.set(f.sheet, new Set()).get(f.sheet)!).add(f.cell);
    for (const [sheet, cells] of bySheet) {
      const ws = wb.getWorksheet(sheet);
      if (!ws) continue;
      ws.addConditionalFormatting({
        ref: [...cells].join(" "),
        rules: [{ type: "expression", priority: 1, formulae: ["TRUE"], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: FILL[severity] } } } }],
      });
    }
  }
  const old = wb.getWorksheet(REPORT_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(REPORT_SHEET);
  ws.columns = [
    { header: "No", width: 5 },
    { header: "Tingkat", width: 11 },
    { header: "Aturan", width: 18 },
    { header: "Sel", width: 24 },
    { header: "Pesan", width: 90 },
    { header: "Seharusnya", width: 16 },
    { header: "Tertulis", width: 16 },
    { header: "Bandingkan dengan", width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  findings.forEach((f, i) => {
    const row = ws.addRow([i + 1, SEVERITY_LABEL[f.severity], f.rule, null, f.message, f.expected ?? "", f.found ?? "", f.related.map((x) => `${x.sheet}!${x.cell}`).join(", ")]);
    // Text and a link only: never a formula built from workbook text.
    row.getCell(4).value = { text: `${f.sheet}!${f.cell}`, hyperlink: `#${sheetRef(f.sheet)}!${f.cell}` };
    row.getCell(4).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(5).alignment = { wrapText: true, vertical: "top" };
  });
}
