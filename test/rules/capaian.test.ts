import { capaian } from "../../src/core/rules/capaian";
import { ruleTester } from "../support/rule-tester";

const CAPAIAN = ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];
const PPS_Q = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];

ruleTester.run(capaian, {
  valid: [
    {
      // Planted: 65 of a yearly 85 by TW III (TW III target 65): 65 / 85 = 76,47 stated as "Capaian s.d. TW III".
      name: "a quarter's capaian stated against the year's target (s.d. TW III: 65 / 85 = 76,47) is a convention, not an error",
      sheets: {
        "PPS TW III": [
          ["PENGUKURAN PENCAPAIAN SASARAN TRIWULAN III 2025"],
          ["Indikator", "Satuan", "Target Tahunan", "Target TW III", "Realisasi TW III", "Capaian s.d. TW III (%)"],
          ["Persentase PD terhubung", "%", 85, 65, 65, 76.47],
        ],
      },
    },
    {
      name: "the seed's right values: 93,85 / 91,5 = 102,57; 64,86 / 66 = 98,27; 33 / 33 = 100",
      sheets: {
        Capaian: [
          ["Capaian IKU"],
          CAPAIAN,
          ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 93.85, 102.57],
          ["Nilai SAKIP", "Nilai", 66, 64.86, 98.27],
          ["Jumlah inovasi", "Inovasi", 33, 33, 100],
        ],
      },
    },
    {
      name: "written with fewer decimals: 102,6 is 102,57 rounded to one decimal; target 0 is left to the formula's own error",
      sheets: { Capaian: [["Capaian IKU"], CAPAIAN, ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 93.85, 102.6], ["Jumlah pengaduan", "Aduan", 0, 0, 100]] },
    },
  ],
  invalid: [
    {
      name: "a quarter's capaian that fits neither its quarter's target nor the year's is still wrong: 65 of 65 (or of 85) written 70",
      sheets: {
        "PPS TW III": [
          ["PENGUKURAN PENCAPAIAN SASARAN TRIWULAN III 2025"],
          ["Indikator", "Satuan", "Target Tahunan", "Target TW III", "Realisasi TW III", "Capaian s.d. TW III (%)"],
          ["Persentase PD terhubung", "%", 85, 65, 65, 70],
        ],
      },
      errors: [{ messageId: "salah", sheet: "PPS TW III", cell: "F3", expected: "100", found: "70" }],
    },
    {
      name: "the seed's misprints: 102,51 for 102,57 and 97,27 for 98,27",
      sheets: {
        Capaian: [["Capaian IKU"], CAPAIAN, ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 93.85, 102.51], ["Nilai SAKIP", "Nilai", 66, 64.86, 97.27]],
      },
      errors: [
        {
          messageId: "salah",
          sheet: "Capaian",
          cell: "E3",
          severity: "error",
          expected: "102,57",
          found: "102,51",
          related: ["Capaian!C3", "Capaian!D3"],
          message: "realisasi 93,85 dibagi target 91,5 menghasilkan 102,57. Ubah menjadi 102,57",
        },
        { messageId: "salah", sheet: "Capaian", cell: "E4", expected: "98,27", found: "97,27" },
      ],
    },
    {
      name: "lower is better: (2 × 10 − 8) / 10 × 100 = 120 is noted, not an error",
      sheets: { Capaian: [["Capaian IKU"], CAPAIAN, ["Angka kemiskinan", "%", 10, 8, 120]] },
      errors: [{ messageId: "rumusLain", sheet: "Capaian", cell: "E3", severity: "info", expected: "80", found: "120", message: "polaritas negatif" }],
    },
    {
      name: "a quarter's capaian on a PPS sheet of TW I: 85,6 / 85 = 100,71, written 100,17",
      sheets: { "PPS TW I": [["PPS TRIWULAN I"], PPS_Q, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85.6, 100.17]] },
      errors: [{ messageId: "salah", sheet: "PPS TW I", cell: "G3", expected: "100,71", found: "100,17", message: "Capaian TW I" }],
    },
  ],
});
