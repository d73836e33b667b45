/** Rules the sample workbook does not exercise: each fires on a small workbook and stays silent on a clean one. */
import { checkWorkbook } from "../../src/core/check";
import type { CellValue, Sheet } from "../../src/core/grid";

const sheet = (name: string, rows: CellValue[][]): Sheet => ({ name, rows, merges: [] });
const PK_HEADER: CellValue[] = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const PPS_HEADER: CellValue[] = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I Target", "TW I Realisasi", "TW I Capaian (%)"];

function rules(sheets: Sheet[]): string[] {
  return checkWorkbook({ sheets }).findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`);
}

const pk = sheet("PK", [["PERJANJIAN KINERJA"], PK_HEADER, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], [null, "Nilai SAKIP", "Nilai", 66]]);

test("a clean PK and PPS give no finding", () => {
  const pps = sheet("PPS", [
    ["PPS"],
    PPS_HEADER,
    ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85, 100],
    [null, "Nilai SAKIP", "Nilai", 66, 60, 66, 110],
  ]);
  expect(rules([pk, pps])).toEqual([]);
});

test("indikator-hilang: a PK indicator not measured in the PPS, and a PPS indicator not planned", () => {
  const pps = sheet("PPS", [
    ["PPS"],
    PPS_HEADER,
    ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85, 100],
    [null, "Jumlah inovasi pelayanan", "Inovasi", 2, 1, 1, 100],
  ]);
  expect(rules([pk, pps])).toEqual(["indikator-hilang PK!B4 error", "indikator-hilang PPS!B4 warning"]);
});

test("indikator-ganda: the same indicator twice for one sasaran; silent for another sasaran", () => {
  const twice = sheet("PK", [
    ["PERJANJIAN KINERJA"],
    PK_HEADER,
    ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88],
    [null, "Indeks kepuasan masyarakat.", "Indeks", 88],
    ["Sasaran B", "Indeks Kepuasan Masyarakat", "Indeks", 88],
  ]);
  expect(rules([twice])).toEqual(["indikator-ganda PK!B4 warning"]);
});

test("capaian: a value that fits only the negative formula is noted, not an error", () => {
  const cap = sheet("Capaian", [
    ["Capaian IKU"],
    ["Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"],
    ["Angka kemiskinan", "%", 10, 8, 120, "Sangat Tinggi"],
  ]);
  expect(rules([cap])).toEqual(["capaian Capaian!E3 info"]);
});

test("triwulan-kumulatif: undeclared quarters that fit no accumulation are a warning; a running total is silent", () => {
  const renaksi = sheet("Renaksi", [
    ["RENCANA AKSI"],
    ["Indikator", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"],
    ["Jumlah desa dibina", "Desa", 16, 4, 8, 12, 16],
    ["Jumlah pelatihan", "Kali", 10, 1, 1, 1, 2],
  ]);
  expect(rules([renaksi])).toEqual(["triwulan-kumulatif Renaksi!G4 warning"]);
});
