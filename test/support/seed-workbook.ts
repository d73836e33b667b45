/**
 * A workbook built from the seed LKjIP's own tables (Tabel 3.2, the multi-year IKM table and
 * Tabel 3.8, as kept in test/fixtures), one sheet each. As the seed prints them the cells are
 * text, numbers included ("93,85", "10.599.350.000"); `typed` stores the numbers as numbers, as
 * Excel does when they are typed in an Indonesian locale, so the LKjIP sheet's formulas can
 * reference them.
 */
import ExcelJS from "exceljs";
import { fixture, sheetFromTsv, typed } from "./tsv";

export const SEED_SHEETS = ["seed-capaian", "seed-capaian-multiyear", "seed-anggaran"] as const;

export async function writeSeedWorkbook(file: string, options: { typed?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const name of SEED_SHEETS) {
    const ws = wb.addWorksheet(name);
    const sheet = sheetFromTsv(name, fixture(`${name}.tsv`));
    const rows = (options.typed ? typed(sheet) : sheet).rows;
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as string | number)));
  }
  await wb.xlsx.writeFile(file);
}
