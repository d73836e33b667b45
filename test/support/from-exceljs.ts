/**
 * An ExcelJS workbook as the engine's plain grids: tests build workbooks with ExcelJS and compare
 * its reading with ours (the product itself no longer uses ExcelJS).
 */
import type ExcelJS from "exceljs";
import { parseA1, type Area, type CellValue, type Sheet, type Workbook } from "../../src/core/grid";

function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v && v.error) return String(v.error);
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return toCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return toCellValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return String(v);
}

export function sheetFromWorksheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged cell repeats its master's value in ExcelJS; only the master holds it.
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      out[col - 1] = toCellValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const merges: Area[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const a = parseA1(ref);
    if (a) merges.push(a);
  }
  const hiddenRows = new Set<number>();
  for (let r = 1; r <= ws.rowCount; r++) if (ws.findRow(r)?.hidden) hiddenRows.add(r - 1);
  return hiddenRows.size > 0 ? { name: ws.name, rows, merges, hiddenRows } : { name: ws.name, rows, merges };
}

export function workbookFrom(wb: ExcelJS.Workbook): Workbook {
  return { sheets: wb.worksheets.filter((ws) => ws.state !== "veryHidden").map(sheetFromWorksheet) };
}
