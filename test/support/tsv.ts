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

/** Converts text cells that hold plain numbers into numbers, as Excel would store typed numbers. */
export function typed(sheet: Sheet): Sheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) => row.map((v) => (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v))),
  };
}
