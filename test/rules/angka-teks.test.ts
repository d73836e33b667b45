import { angkaTeks } from "../../src/core/rules/angka-teks";
import type { CellValue } from "../../src/core/grid";
import { renjaCol, renjaSheet, type RenjaSpec } from "../support/renja";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const BUDGET = ["Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"];

// An Evaluasi Renja: the urusan's row (no indicator) and a program. The program: Renstra target 60 /
// Rp 900.000.000 (6), realisasi s.d. tahun lalu 36 / Rp 520.000.000 (7), Renja target 12 (8), quarters
// 3 + 3 + 3 + 2 = 11 (13); 14 = 11 / 12 × 100 = 91,67; 15 = 36 + 11 = 47; 16 = 47 / 60 × 100 = 78,33.
const PROGRAM: RenjaSpec = {
  code: "7.01.01",
  name: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
  indikator: "Jumlah dokumen laporan kinerja",
  satuan: "Dokumen",
  renstra: [60, 900000000],
  lalu: [36, 520000000],
  target: [12, 180000000],
  tw: [
    [3, 40000000],
    [3, 45000000],
    [3, 48000000],
    [2, 41000000],
  ],
};
const URUSAN: CellValue[] = [null, "7", "URUSAN PEMERINTAHAN UMUM", null, null];
URUSAN[renjaCol("renstra", "Rp")] = 900000000;
/** The Renja grid with cells replaced: [sheet row index, column, value]. Urusan on sheet row 4, the program on row 5. */
function renja(...changes: [number, number, CellValue][]): CellValue[][] {
  const rows = renjaSheet([URUSAN, PROGRAM]).rows.map((r) => [...r]);
  for (const [r, c, v] of changes) rows[r]![c] = v;
  return rows;
}

ruleTester.run(angkaTeks, {
  valid: [
    {
      name: "numbers stored as numbers",
      sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], [null, "Nilai SAKIP", "Nilai", 66]] },
    },
    {
      name: "a budget table typed as numbers (92,61 % of 10.000.000)",
      sheets: { Anggaran: [["REALISASI ANGGARAN"], BUDGET, ["PROGRAM PENUNJANG URUSAN", 10000000, 9261000, 92.61]] },
    },
    { name: "an Evaluasi Renja typed as numbers", sheets: { Renja: renja() } },
  ],
  invalid: [
    {
      name: "the sample's planted note: the target 66 typed as text",
      sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], [null, "Nilai SAKIP", "Nilai", "66"]] },
      errors: [{ messageId: "teks", sheet: "PK", cell: "D4", severity: "info", expected: "angka", found: "teks", message: "1 angka di kolom D" }],
    },
    {
      name: "a budget table typed as text: one line per column, naming its range",
      sheets: {
        Anggaran: [
          ["REALISASI ANGGARAN"],
          BUDGET,
          ["PROGRAM PENUNJANG URUSAN", "10.000.000", "9.261.000", 92.61],
          ["- Kegiatan Administrasi Keuangan", "10.000.000", "9.261.000", 92.61],
        ],
      },
      errors: [
        { messageId: "teks", sheet: "Anggaran", cell: "B3", message: "2 angka di kolom B Realisasi Anggaran tersimpan sebagai teks (B3–B4)" },
        { messageId: "teks", sheet: "Anggaran", cell: "C3" },
      ],
    },
    {
      // F: 6 K (the Renstra target, already read for the indicator); G: 6 Rp on the urusan's row; I: 7 Rp; V: 14 K; X: 15 K; Z: 16 K.
      name: "an Evaluasi Renja's own columns typed as text: Renstra 6 and 7, tingkat 14, Renstra 15 and 16, and a row without indicator",
      sheets: {
        Renja: renja(
          [4, renjaCol("renstra", "K"), "60"],
          [3, renjaCol("renstra", "Rp"), "900.000.000"],
          [4, renjaCol("lalu", "Rp"), "520.000.000"],
          [4, renjaCol("tingkat", "K"), "91,67"],
          [4, renjaCol("renstraRealisasi", "K"), "47"],
          [4, renjaCol("renstraTingkat", "K"), "78,33"],
        ),
      },
      errors: [
        { messageId: "teks", sheet: "Renja", cell: "F5", message: "1 angka di kolom F" },
        { messageId: "teks", sheet: "Renja", cell: "G4", message: "(G4)" },
        { messageId: "teks", sheet: "Renja", cell: "I5" },
        { messageId: "teks", sheet: "Renja", cell: "V5" },
        { messageId: "teks", sheet: "Renja", cell: "X5" },
        { messageId: "teks", sheet: "Renja", cell: "Z5" },
      ],
    },
  ],
});
