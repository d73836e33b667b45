import { targetTahunan } from "../../src/core/rules/target-tahunan";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const RENAKSI = ["Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"];
const CAPAIAN = ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];

ruleTester.run(targetTahunan, {
  valid: [
    {
      name: "PK, Renaksi and Capaian IKU agree on 91,5",
      sheets: {
        PK: [["PERJANJIAN KINERJA"], PK, ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 91.5]],
        Renaksi: [["RENCANA AKSI"], RENAKSI, ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 91.5, 91.5, 91.5, 91.5]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 93.85, 102.57]],
      },
    },
    {
      name: "the PK Perubahan supersedes the PK: the Capaian's 88 follows the revision, not the PK's 91,5",
      sheets: {
        PK: [["PERJANJIAN KINERJA"], PK, ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 91.5]],
        "PK Perubahan": [["PERJANJIAN KINERJA PERUBAHAN"], PK, ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 88]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Indeks Kepuasan Masyarakat", "Indeks", 88, 90.26, 102.57]],
      },
    },
    {
      name: "without a PK the Renaksi is the reference",
      sheets: {
        Renaksi: [["RENCANA AKSI"], RENAKSI, ["Nilai SAKIP", "Nilai", 66, 60, 62, 64, 66]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Nilai SAKIP", "Nilai", 66, 64.86, 98.27]],
      },
    },
  ],
  invalid: [
    {
      name: "the seed: Tabel 3.2 keeps 91,5 where the PK Perubahan says 88",
      sheets: {
        "PK Perubahan": [["PERJANJIAN KINERJA PERUBAHAN"], PK, ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 88]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 93.85, 102.57]],
      },
      errors: [{ messageId: "berbeda", sheet: "Capaian", cell: "C3", severity: "error", expected: "88", found: "91,5", related: ["PK Perubahan!D3"], message: "Samakan dengan PK Perubahan sel D3" }],
    },
    {
      name: "Renaksi 34 and Capaian 33 against the PK's 33: only the Renaksi differs",
      sheets: {
        PK: [["PERJANJIAN KINERJA"], PK, ["Meningkatnya kualitas pelayanan", "Jumlah inovasi pelayanan", "Inovasi", 33]],
        Renaksi: [["RENCANA AKSI"], RENAKSI, ["Jumlah inovasi pelayanan", "Inovasi", 34, 8, 17, 25, 34]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Jumlah inovasi pelayanan", "Inovasi", 33, 33, 100]],
      },
      errors: [{ messageId: "berbeda", sheet: "Renaksi", cell: "C3", expected: "33", found: "34" }],
    },
  ],
});
