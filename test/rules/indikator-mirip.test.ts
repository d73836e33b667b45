import { indikatorMirip } from "../../src/core/rules/indikator-mirip";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const PPS = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I Target", "TW I Realisasi"];
const pk = [["PERJANJIAN KINERJA"], PK, ["Sasaran A", "Persentase desa yang tertib administrasi", "%", 80]];

ruleTester.run(indikatorMirip, {
  valid: [
    {
      name: "the same name, with another case and the abbreviation in brackets",
      sheets: { PK: pk, PPS: [["PPS"], PPS, ["Sasaran A", "Persentase Desa yang Tertib Administrasi (PDTA)", "%", 80, 20, 15]] },
    },
    { name: "another indicator altogether", sheets: { PK: pk, PPS: [["PPS"], PPS, ["Sasaran A", "Jumlah inovasi pelayanan", "Inovasi", 2, 1, 1]] } },
  ],
  invalid: [
    {
      name: "the sample's planted warning: one word more than the PK",
      sheets: { PK: pk, PPS: [["PPS"], PPS, ["Sasaran A", "Persentase Desa yang Tertib Administrasi Pemerintahan", "%", 80, 20, 15]] },
      errors: [{ messageId: "mirip", sheet: "PPS", cell: "B3", severity: "warning", expected: "Persentase desa yang tertib administrasi", related: ["PK!B3"] }],
    },
    {
      name: "the same words but for a stop word (yang): near, not missing",
      sheets: { PK: pk, PPS: [["PPS"], PPS, ["Sasaran A", "Persentase desa tertib administrasi", "%", 80, 20, 15]] },
      errors: [
        {
          messageId: "mirip",
          sheet: "PPS",
          cell: "B3",
          severity: "warning",
          found: "Persentase desa tertib administrasi",
          expected: "Persentase desa yang tertib administrasi",
        },
      ],
    },
    {
      name: "a typo (Admnistrasi)",
      sheets: { PK: pk, PPS: [["PPS"], PPS, ["Sasaran A", "Persentase desa yang tertib admnistrasi", "%", 80, 20, 15]] },
      errors: [{ messageId: "mirip", sheet: "PPS", cell: "B3", found: "Persentase desa yang tertib admnistrasi" }],
    },
  ],
});
