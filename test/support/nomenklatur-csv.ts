/**
 * Rows of data/nomenklatur-sub-kegiatan.csv for tests of the nomenklatur rules: expectations come
 * from the official list as published, not from the engine.
 */
import { readFileSync } from "node:fs";
import { CSV_PATH, readRows } from "../../scripts/make-nomenklatur";
import type { CsvRow } from "../../src/core/nomenklatur/compact";

export const CSV_ROWS: readonly CsvRow[] = readRows(readFileSync(CSV_PATH, "utf8"));

/** The list's row of a code for a level of government; throws when the list has none. */
export function csvRow(jenis: "PROV" | "KABKOT", kode: string): CsvRow {
  const row = CSV_ROWS.find((r) => r.jenis_pemda === jenis && r.kode_sub_kegiatan === kode);
  if (!row) throw new Error(`no ${jenis} row ${kode} in the CSV`);
  return row;
}

/** Whether the list holds a code for a level of government. */
export function listed(jenis: "PROV" | "KABKOT", kode: string): boolean {
  return CSV_ROWS.some((r) => r.jenis_pemda === jenis && r.kode_sub_kegiatan === kode);
}
