import { angkaTeks } from "../../src/core/rules/angka-teks";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const BUDGET = ["Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"];

ruleTester.run(angkaTeks, {
  valid: [
    { name: "numbers stored as numbers", sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], [null, "Nilai SAKIP", "Nilai", 66]] } },
    { name: "a budget table typed as numbers (92,61 % of 10.000.000)", sheets: { Anggaran: [["REALISASI ANGGARAN"], BUDGET, ["PROGRAM PENUNJANG URUSAN", 10000000, 9261000, 92.61]] } },
  ],
  invalid: [
    {
      name: "the sample's planted note: the target 66 typed as text",
      sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], [null, "Nilai SAKIP", "Nilai", "66"]] },
      errors: [{ messageId: "teks", sheet: "PK", cell: "D4", severity: "info", expected: "angka", found: "teks", message: "1 angka di kolom D" }],
    },
    {
      name: "a budget table typed as text: one line per column, naming its range",
      sheets: { Anggaran: [["REALISASI ANGGARAN"], BUDGET, ["PROGRAM PENUNJANG URUSAN", "10.000.000", "9.261.000", 92.61], ["- Kegiatan Administrasi Keuangan", "10.000.000", "9.261.000", 92.61]] },
      errors: [
        { messageId: "teks", sheet: "Anggaran", cell: "B3", message: "2 angka di kolom B Realisasi Anggaran tersimpan sebagai teks (B3–B4)" },
        { messageId: "teks", sheet: "Anggaran", cell: "C3" },
      ],
    },
  ],
});
