import { checkWorkbook } from "../../../src/core/check";
import type { CellValue } from "../../../src/core/grid";
import { isFractionColumn } from "../../../src/core/tables/percent-fractions";

const sheet = (name: string, rows: CellValue[][]) => ({ name, rows, merges: [] });

test("a capaian column formatted as a percentage (fractions) is read as the percentages shown", () => {
  // Seed LKjIP: IKM 90,26 of 88 = 102,57 %; Nilai SAKIP 64,86 of 66 = 98,27 %, printed 97,27.
  const cap = sheet("Capaian", [
    ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"],
    ["Indeks Kepuasan Masyarakat", "Indeks", 88, 90.26, 1.0257, "Sangat Tinggi"],
    ["Nilai SAKIP", "Nilai", 66, 64.86, 0.9727, "Sangat Tinggi"],
  ]);
  const findings = checkWorkbook({ sheets: [cap] }).findings.filter((f) => f.severity === "error");
  expect(findings.map((f) => `${f.cell} ${f.rule} ${f.found}→${f.expected}`)).toEqual(["E3 capaian 97,27→98,27"]);
});

test("a serapan column formatted as a percentage agrees with realisasi / pagu (seed: 92,50 %)", () => {
  const b = sheet("Anggaran", [
    ["Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
    ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 11787875000, 10903497000, 0.925],
  ]);
  expect(checkWorkbook({ sheets: [b] }).findings).toEqual([]);
});

test("percentages written as percentages, or as text with %, are left as they are", () => {
  const n = (value: number, fromText = false) => ({ value, decimals: 2, fromText, r: 0, c: 0 });
  expect(isFractionColumn([n(102.57), n(98.27)])).toBe(false);
  expect(isFractionColumn([n(1.02, true)])).toBe(false);
  expect(isFractionColumn([n(0), n(0)])).toBe(false);
  expect(isFractionColumn([n(1.0257), n(0.9827)])).toBe(true);
});
