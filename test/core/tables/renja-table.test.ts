/**
 * Reading an Evaluasi Renja (Permendagri 86/2017): the rows above the programs (urusan, bidang)
 * whose code is written with the name in one cell, and the unit of its Rp columns (ribuan rupiah
 * in the title, the header or a note under the table).
 */
import type { CellValue } from "../../../src/core/grid";
import { readSheet } from "../../../src/core/tables/find";
import { isRenjaTable, type RenjaTable } from "../../../src/core/tables/types";
import { RENJA_PROGRAM, renjaSheet, type RenjaSpec } from "../../support/renja";

function renjaOf(rows: CellValue[][], merges = renjaSheet([]).merges): RenjaTable {
  const tables = readSheet({ name: "Evaluasi Renja", rows, merges });
  const renja = tables.filter(isRenjaTable);
  expect(renja).toHaveLength(1);
  return renja[0]!;
}

// Parents carry the program's Rp (Rp 180.000.000 for the year), no indicator.
const parent = (name: string): RenjaSpec => ({ code: null, name, target: [null, RENJA_PROGRAM.target[1]], tw: RENJA_PROGRAM.tw.map((p) => [null, p[1]] as const) as unknown as RenjaSpec["tw"] });

describe("an urusan's one-digit code written before its name", () => {
  test.each([
    ["7 UNSUR KEWILAYAHAN", "7", "UNSUR KEWILAYAHAN"],
    ["1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"],
  ])("%s: an urusan with code %s, not a program", (text, code, name) => {
    const s = renjaSheet([parent(text), RENJA_PROGRAM, parent("JUMLAH")]);
    const t = renjaOf(s.rows, s.merges);
    expect(t.renja.lines.map((l) => [l.level, l.code, l.name])).toEqual([
      ["urusan", code, name],
      ["program", "7.01.01", RENJA_PROGRAM.name],
      ["total", null, "JUMLAH"],
    ]);
  });

  test("a digit before any name is an urusan's code where the next code extends it, a list number where none does", () => {
    const extended = renjaSheet([parent("7 KEWILAYAHAN"), RENJA_PROGRAM]);
    expect(renjaOf(extended.rows, extended.merges).renja.lines.map((l) => [l.level, l.code])).toEqual([
      ["urusan", "7"],
      ["program", "7.01.01"],
    ]);
    const list = renjaSheet([{ ...RENJA_PROGRAM, code: null, name: "1 PROGRAM PENYELENGGARAAN PEMERINTAHAN" }]);
    expect(renjaOf(list.rows, list.merges).renja.lines.map((l) => [l.level, l.code])).toEqual([["program", null]]);
  });
});
