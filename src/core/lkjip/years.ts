/**
 * The years an indicator table's header names: the year reported on (its yearly target column's
 * year) and the columns of earlier years ("Realisasi 2022", "Target 2023"), which the table
 * reader passes over. Read again from the header row the reader found.
 */
import { MergeIndex, type Workbook } from "../grid";
import { readHeader, type Column } from "../tables/header";
import type { IndicatorTable } from "../tables/types";

export interface YearColumns {
  /** The year of the table's yearly target, or of its latest realisasi, or null. */
  readonly year: number | null;
  /** Columns of earlier years by year: the realisasi and the target column, where the header has them. */
  readonly earlier: ReadonlyMap<number, { realisasi?: number; target?: number }>;
}

const cache = new WeakMap<IndicatorTable, YearColumns>();

function headerColumns(workbook: Workbook, table: IndicatorTable): Column[] {
  const sheet = workbook.sheets.find((s) => s.name === table.sheet);
  if (!sheet) return [];
  return readHeader(sheet, table.headerRow, new MergeIndex(sheet.merges))?.columns ?? [];
}

export function yearColumns(workbook: Workbook, table: IndicatorTable): YearColumns {
  const known = cache.get(table);
  if (known) return known;
  const cols = headerColumns(workbook, table).filter((c) => c.quarter === null && c.year !== null);
  const targets = cols.filter((c) => c.role === "target" || c.role === "targetTahunan");
  const realisasi = cols.filter((c) => c.role === "realisasi");
  const yearOfTarget = targets.length ? Math.max(...targets.map((c) => c.year!)) : null;
  const year = yearOfTarget ?? (realisasi.length ? Math.max(...realisasi.map((c) => c.year!)) : null);
  const earlier = new Map<number, { realisasi?: number; target?: number }>();
  if (year !== null) {
    for (const c of [...realisasi, ...targets]) {
      if (c.year! >= year) continue;
      const at = earlier.get(c.year!) ?? earlier.set(c.year!, {}).get(c.year!)!;
      if (c.role === "realisasi") at.realisasi ??= c.c;
      else at.target ??= c.c;
    }
  }
  const out = { year, earlier };
  cache.set(table, out);
  return out;
}

/** A year named in a title ("Perjanjian Kinerja Tahun 2024"), the latest if several. */
export function yearOfTitle(title: string): number | null {
  const years = [...title.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : null;
}
