import { indikatorHilang } from "../../src/core/rules/indikator-hilang";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const PPS = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I Target", "TW I Realisasi", "TW I Capaian (%)"];
const pk = [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], [null, "Nilai SAKIP", "Nilai", 66]];

ruleTester.run(indikatorHilang, {
  valid: [
    {
      name: "every PK indicator measured in the PPS",
      sheets: {
        PK: pk,
        PPS: [["PPS"], PPS, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85, 100], [null, "Nilai SAKIP", "Nilai", 66, 60, 66, 110]],
      },
    },
    {
      name: "a PK alone: nothing measured to compare with",
      sheets: { PK: pk },
    },
    {
      name: "last year's PK (2024) kept beside this year's PK and PPS (2025): its indicator, dropped this year, is not missing",
      sheets: {
        "PK 2024": [
          ["PERJANJIAN KINERJA TAHUN 2024"],
          ["Sasaran", "Indikator Kinerja", "Satuan", "Target"],
          ["Sasaran A", "Jumlah aplikasi yang dibangun", "Aplikasi", 5],
        ],
        "PK 2025": [
          ["PERJANJIAN KINERJA TAHUN 2025"],
          ["Sasaran", "Indikator Kinerja", "Satuan", "Target"],
          ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88],
        ],
        "PPS 2025": [["PPS TAHUN 2025"], PPS, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85, 100]],
      },
    },
    {
      name: "an old PK indicator in a hidden row (row 4) is not demanded in the PPS",
      sheets: {
        PK: pk,
        PPS: [["PPS"], PPS, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85, 100]],
      },
      hidden: { PK: [4] },
    },
    {
      name: "a hidden PPS row is not demanded in the PK, and a hidden PK row still answers for a PPS indicator",
      sheets: {
        PK: pk,
        PPS: [
          ["PPS"],
          PPS,
          ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85, 100],
          [null, "Nilai SAKIP", "Nilai", 66, 60, 66, 110],
          [null, "Jumlah inovasi pelayanan", "Inovasi", 2, 1, 1, 100],
        ],
      },
      hidden: { PK: [4], PPS: [5] },
    },
  ],
  invalid: [
    {
      name: "a hidden row excuses only itself: the visible PK indicator missing from the PPS is still reported",
      sheets: {
        PK: [...pk, [null, "Jumlah inovasi pelayanan", "Inovasi", 2]],
        PPS: [["PPS"], PPS, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85, 100]],
      },
      hidden: { PK: [5] },
      errors: [{ messageId: "tidakDiukur", sheet: "PK", cell: "B4", severity: "error" }],
    },
    {
      name: "a PK indicator not measured, and a PPS indicator not planned",
      sheets: {
        PK: pk,
        PPS: [
          ["PPS"],
          PPS,
          ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85, 100],
          [null, "Jumlah inovasi pelayanan", "Inovasi", 2, 1, 1, 100],
        ],
      },
      errors: [
        { messageId: "tidakDiukur", sheet: "PK", cell: "B4", severity: "error", expected: "ada di PPS", found: "tidak ada" },
        { messageId: "tidakDirencanakan", sheet: "PPS", cell: "B4", severity: "warning", expected: "ada di PK" },
      ],
    },
    {
      name: "nothing of the PK in the PPS",
      sheets: { PK: pk, PPS: [["PPS"], PPS, ["Sasaran A", "Jumlah inovasi pelayanan", "Inovasi", 2, 1, 1, 100]] },
      errors: [
        { messageId: "tidakDiukur", sheet: "PK", cell: "B3" },
        { messageId: "tidakDiukur", sheet: "PK", cell: "B4" },
        { messageId: "tidakDirencanakan", sheet: "PPS", cell: "B3" },
      ],
    },
  ],
});
