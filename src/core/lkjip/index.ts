/**
 * The LKjIP chapter III tables (PermenPANRB 53/2014, laid out as the LKjIP's chapter III lays them
 * out) built from a check's result: what the engine read, the indicators it matched across
 * documents, and the regulated formulas. No Office or Node imports: the command line prints these
 * tables, the add-in writes them into a sheet.
 */
import type { CheckResult } from "../check";
import type { Workbook } from "../grid";
import { isIndicatorTable } from "../tables/types";
import { anggaranTable, efisiensiTable } from "./anggaran";
import { reportedIndicators } from "./indicators";
import { capaianTable, measure, renstraTable, tahunTable } from "./kinerja";
import { triwulanTable } from "./triwulan";
import type { LkjipTables } from "./types";
import { yearColumns, yearOfTitle } from "./years";

export type * from "./types";
export { BELUM, DI_BAWAH, SESUAI } from "./triwulan";
export { gapsOf, gapsText, type LkjipGap } from "./gaps";

/**
 * The six tables: capaian (1), perbandingan-tahun (2), target-renstra (3), efisiensi (4),
 * anggaran (5), triwulan (6). `workbook` is the one that was checked: the columns of earlier
 * years ("Realisasi 2023"), which the table reader passes over, are read from its header rows.
 */
export function buildLkjip(result: Pick<CheckResult, "read" | "contexts">, workbook: Workbook): LkjipTables {
  const indicators = reportedIndicators(result.contexts);
  const year = yearOf(
    result,
    workbook,
    indicators.map((i) => i.table),
  );
  const measured = indicators.map(measure);
  const anggaran = anggaranTable(result.read);
  return {
    year,
    tables: [
      capaianTable(measured, year),
      tahunTable(workbook, measured, year),
      renstraTable(measured, year),
      efisiensiTable(result.contexts, result.read, measured, anggaran.total),
      anggaran.table,
      triwulanTable(result.contexts),
    ],
  };
}

/** The year reported on: the yearly target's heading of the indicators' tables, else the latest year a title names. */
function yearOf(result: Pick<CheckResult, "read">, workbook: Workbook, tables: readonly Parameters<typeof yearColumns>[1][]): number | null {
  for (const t of tables) {
    const y = yearColumns(workbook, t).year;
    if (y !== null) return y;
  }
  const titled = result.read
    .filter(isIndicatorTable)
    .map((t) => yearOfTitle(t.title))
    .filter((y): y is number => y !== null);
  return titled.length ? Math.max(...titled) : null;
}
