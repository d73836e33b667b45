import { indikatorGanda } from "../../src/core/rules/indikator-ganda";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];

ruleTester.run(indikatorGanda, {
  valid: [
    {
      name: "the same indicator under two sasaran",
      sheets: {
        PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], ["Sasaran B", "Indeks Kepuasan Masyarakat", "Indeks", 88]],
      },
    },
    {
      name: "two indicators under one sasaran",
      sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], [null, "Nilai SAKIP", "Nilai", 66]] },
    },
    {
      name: "an old copy in a hidden row (row 3: staff hid it rather than deleting it) is not written twice",
      sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Nilai SAKIP", "Nilai", 64], [null, "Nilai SAKIP", "Nilai", 66]] },
      hidden: { PK: [3] },
    },
  ],
  invalid: [
    {
      name: "written twice for one sasaran (case and a final dot do not count)",
      sheets: {
        PK: [
          ["PERJANJIAN KINERJA"],
          PK,
          ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88],
          [null, "Indeks kepuasan masyarakat.", "Indeks", 88],
          ["Sasaran B", "Indeks Kepuasan Masyarakat", "Indeks", 88],
        ],
      },
      errors: [{ messageId: "ganda", sheet: "PK", cell: "B4", severity: "warning", related: ["PK!B3"], message: "lihat juga B3" }],
    },
    {
      name: "three times: the second and the third",
      sheets: {
        PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Nilai SAKIP", "Nilai", 66], [null, "Nilai SAKIP", "Nilai", 66], [null, "NILAI SAKIP", "Nilai", 70]],
      },
      errors: [
        { messageId: "ganda", sheet: "PK", cell: "B4" },
        { messageId: "ganda", sheet: "PK", cell: "B5" },
      ],
    },
  ],
});
