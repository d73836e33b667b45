/**
 * Writes the "Tabel LKjIP" sheet laid out by src/core/lkjip/layout.ts into the open workbook.
 * One round trip to find the mark, one per table, one to finish.
 */
import type { LkjipTables } from "../core/lkjip";
import { columnLetter, freeLkjipSheetName, HEADER_FILL, layOut, LKJIP_MARK, MARK_COMMENT, SUMMARY_FILL, type NumberAt } from "../core/lkjip/layout";
import { findMarked } from "./marked-sheet";

/**
 * Writes the LKjIP tables into our "Tabel LKjIP" sheet, replacing our previous one (found by its
 * mark, whatever its name now); the user's sheets are not touched. `numberAt` (numbersOf the
 * workbook read) tells which source cells hold the numbers read from them. Returns the sheet's name.
 */
export async function writeLkjipSheet(context: Excel.RequestContext, tables: LkjipTables, numberAt?: NumberAt): Promise<string> {
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
  for (let c = 0; c < widest; c++) ws.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = (c < 2 ? 40 : 16) * 7;
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
  ws.activate();
  await context.sync();
  return name;
}

/** What the pane and the ribbon command say once the LKjIP tables are written. */
export function lkjipWritten(r: { sheet: string; tables: number; year: number | null }): string {
  return `${r.tables} tabel LKjIP Bab III${r.year === null ? "" : ` tahun ${r.year}`} ditulis di sheet "${r.sheet}". Angka dari buku kerja ditulis sebagai rumus yang merujuk selnya, jadi tabel ikut berubah bila datanya diubah; sheet ini diganti setiap kali tabel dibuat ulang.`;
}
