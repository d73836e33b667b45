import { selKosong } from "../../src/core/rules/sel-kosong";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const CAPAIAN = ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];

ruleTester.run(selKosong, {
  valid: [
    {
      name: "a complete PK",
      sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88], [null, "Nilai SAKIP", "Nilai", 66]] },
    },
    { name: "a complete Capaian IKU (33 / 33 = 100)", sheets: { Capaian: [["Capaian IKU"], CAPAIAN, ["Jumlah inovasi", "Inovasi", 33, 33, 100]] } },
  ],
  invalid: [
    {
      name: "the sample's planted warning: a satuan left blank; and a target left blank",
      sheets: { PK: [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Jumlah desa yang dibina", null, 16], [null, "Nilai SAKIP", "Nilai", null]] },
      errors: [
        { messageId: "kosong", sheet: "PK", cell: "C3", severity: "warning", expected: "Satuan diisi", found: null, message: "Satuan indikator" },
        { messageId: "kosong", sheet: "PK", cell: "D4", expected: "Target diisi", message: "Target indikator" },
      ],
    },
    {
      name: "a Capaian IKU row without its realisasi",
      sheets: { Capaian: [["Capaian IKU"], CAPAIAN, ["Jumlah inovasi", "Inovasi", 33, null, null], ["Nilai SAKIP", "Nilai", 66, 64.86, 98.27]] },
      errors: [{ messageId: "kosong", sheet: "Capaian", cell: "D3", expected: "Realisasi diisi" }],
    },
  ],
});
