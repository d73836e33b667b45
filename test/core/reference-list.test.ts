/**
 * The official sub kegiatan list (data/nomenklatur-sub-kegiatan.csv, 7.765 rows) as a user would
 * paste it into a sheet holds no SAKIP table: checking it gives no error finding, whatever its
 * header looks like (before issue 9 it gave 8.662 false errors).
 */
import { readFileSync } from "node:fs";
import { checkWorkbook } from "../../src/core/check";
import type { CellValue } from "../../src/core/grid";
import { CSV_PATH, parseCsv } from "../../scripts/make-nomenklatur";

const [header, ...body] = parseCsv(readFileSync(CSV_PATH, "utf8")).filter((r) => r.some((c) => c !== ""));

test("the CSV is the official list the README describes", () => {
  expect(body).toHaveLength(7765);
  expect(header).toContain("kode_sub_kegiatan");
});

test.each([
  ["the export's own column names", header!],
  [
    "column names as staff write them",
    [
      "Jenis Pemda",
      "Kode Bidang",
      "Bidang Urusan",
      "Kode Program",
      "Program",
      "Kode Kegiatan",
      "Kegiatan",
      "Kode Sub Kegiatan",
      "Nomenklatur Sub Kegiatan",
      "Kinerja",
      "Indikator",
      "Satuan",
      "SPM",
      "Jenis",
      "Kode Lama",
    ],
  ],
])("pasted with %s under a title, the list gives no error finding", (_name, names) => {
  const rows: CellValue[][] = [["DAFTAR NOMENKLATUR SUB KEGIATAN (KEPMENDAGRI 900.1.15.5-1317/2023)"], [], names, ...body];
  const result = checkWorkbook({ sheets: [{ name: "Nomenklatur", rows, merges: [] }] });
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
});
