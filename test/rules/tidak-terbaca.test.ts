import { tidakTerbaca } from "../../src/core/rules/tidak-terbaca";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const UNSUR = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];

ruleTester.run(tidakTerbaca, {
  valid: [
    {
      name: "numbers and numbers written the Indonesian way",
      sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", "91,5"], [null, "Nilai SAKIP", "Nilai", 66]] },
    },
    {
      name: "SKM answers 1–4 and blanks",
      sheets: { SKM: [["JAWABAN RESPONDEN"], ["No", ...UNSUR], [1, 4, 3, 4, 4, 2, 4, 4, 3, 4], [2, 4, null, 4, 3, 4, 4, 1, 4, 4]] },
    },
  ],
  invalid: [
    {
      name: "a cached #N/A and a word where the target belongs; numbers on a row without an indicator",
      sheets: {
        PK: [
          ["PERJANJIAN KINERJA"],
          PK,
          ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", "#N/A"],
          [null, "Nilai SAKIP", "Nilai", "tinggi"],
          [null, null, "Nilai", 70],
        ],
      },
      errors: [
        {
          messageId: "bukanAngka",
          sheet: "PK",
          cell: "D3",
          severity: "error",
          expected: "angka",
          found: "#N/A",
          message: "Di Perjanjian Kinerja: sel ini berisi galat #N/A; perbaiki rumus atau sumber datanya.",
        },
        {
          messageId: "bukanAngka",
          sheet: "PK",
          cell: "D4",
          found: "tinggi",
          message: /^Di Perjanjian Kinerja: sel ini seharusnya berisi angka, .* Tulis angkanya saja/,
        },
        { messageId: "indikatorKosong", sheet: "PK", cell: "B5", severity: "warning", message: "Baris 5" },
      ],
    },
    {
      name: "an SKM answer of 5",
      sheets: { SKM: [["JAWABAN RESPONDEN"], ["No", ...UNSUR], [1, 4, 3, 4, 4, 2, 4, 4, 3, 4], [2, 4, 5, 4, 3, 4, 4, 1, 4, 4]] },
      errors: [
        { messageId: "jawabanTidakSah", sheet: "SKM", cell: "C4", expected: "1–4", found: "5", message: "Ubah sesuai lembar kuesionernya, atau kosongkan" },
      ],
    },
  ],
});
