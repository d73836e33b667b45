/** Builds engine sheets from tab-separated text, as the seed LKjIP's tables are stored. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, Sheet } from "../../src/core/grid";

/** Cells stay text, as numbers stored as text; blank cells are null. */
export function sheetFromTsv(name: string, tsv: string): Sheet {
  const rows: CellValue[][] = tsv
    .replace(/\r/g, "")
    .split("\n")
    .map((line) => line.split("\t").map((c) => (c.trim() === "" ? null : c.trim())));
  while (rows.length && rows[rows.length - 1]!.every((v) => v === null)) rows.pop();
  return { name, rows, merges: [] };
}

export function fixture(file: string): string {
  return readFileSync(join(__dirname, "..", "fixtures", file), "utf8");
}

/**
 * Converts text cells that hold numbers into numbers, as Excel stores numbers typed in an
 * Indonesian locale: "10.599.350.000" and "771.500" are thousands, "92,50" and "96.15" decimals.
 */
export function typed(sheet: Sheet): Sheet {
  const toNumber = (v: string): number | null => {
    if (/^\d{1,3}(\.\d{3})+$/.test(v)) return Number(v.replace(/\./g, ""));
    if (/^\d+([.,]\d+)?$/.test(v)) return Number(v.replace(",", "."));
    return null;
  };
  return {
    ...sheet,
    rows: sheet.rows.map((row) => row.map((v) => (typeof v === "string" ? (toNumber(v) ?? v) : v))),
  };
}
