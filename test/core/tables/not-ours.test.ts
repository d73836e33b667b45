/**
 * Sheets real SAKIP workbooks hold that are not the tables the engine reads (dashboards, LKE,
 * Pohon Kinerja, IKU definitions, RKA rincian, Daftar Pegawai …): no table, or at most one
 * region-level doubt, never per-cell errors. Numbers are the ones planted in corpus book 41.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, Sheet } from "../../../src/core/grid";
import { readSheet } from "../../../src/core/tables/find";

const sheet = (name: string, rows: CellValue[][], merges: Sheet["merges"] = []): Sheet => ({ name, rows, merges });
const errorsAndWarnings = (sheets: Sheet[]) => checkWorkbook({ sheets }).findings.filter((f) => f.severity === "error" || f.severity === "warning");

test("a dashboard that looks figures up (no Satuan, cached #N/A and #REF!) is no Capaian table", () => {
  const s = sheet("Dashboard", [
    ["DASHBOARD KINERJA 2025"],
    [],
    ["Indikator", "Target", "Realisasi", "Capaian (%)", "Status"],
    ["Persentase konsistensi program RPJMD dalam RKPD", 95, 96.5, 101.58, "Tercapai"],
    ["Indeks kepuasan layanan perencanaan", "#N/A", "#N/A", "#N/A", "#N/A"],
    ["Nilai AKIP Pemerintah Daerah", "#REF!", 71.35, "#REF!", "-"],
    ["Rata-rata capaian", null, null, "#N/A", null],
  ]);
  expect(readSheet(s)).toEqual([]);
  expect(errorsAndWarnings([s])).toEqual([]);
});

test("the same columns under a title naming the Capaian are still read, and without a title only with Satuan", () => {
  const rows: CellValue[][] = [
    ["Indikator", "Target", "Realisasi", "Capaian (%)"],
    ["Nilai AKIP Pemerintah Daerah", 70, 71.35, 101.93],
    ["Persentase usulan musrenbang yang diakomodir dalam RKPD", 40, 36.2, 90.5],
  ];
  expect(readSheet(sheet("Lembar1", [["TABEL 3.1 CAPAIAN INDIKATOR KINERJA UTAMA 2025"], ...rows])).map((t) => t.kind)).toEqual(["capaian"]);
  const withSatuan = [
    ["Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    ["Nilai AKIP Pemerintah Daerah", "Nilai", 70, 71.35, 101.93],
    ["Persentase usulan musrenbang yang diakomodir dalam RKPD", "%", 40, 36.2, 90.5],
  ];
  expect(readSheet(sheet("Lembar1", withSatuan)).map((t) => t.kind)).toEqual(["capaian"]);
});
