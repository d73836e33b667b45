import { kategori } from "../../src/core/rules/kategori";
import { ruleTester } from "../support/rule-tester";

const CAPAIAN = ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"];
const PPS_Q = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)", "Kategori"];

ruleTester.run(kategori, {
  valid: [
    {
      name: "the Permendagri 86/2017 bands at their bounds: 91 Sangat Tinggi, 90,99 Tinggi, 76 Tinggi, 66 Sedang, 51 Rendah, 50 Sangat Rendah",
      sheets: {
        Capaian: [
          ["Capaian IKU"],
          CAPAIAN,
          ["Indikator A", "%", 100, 91, 91, "Sangat Tinggi"],
          ["Indikator B", "%", 100, 90.99, 90.99, "Tinggi"],
          ["Indikator C", "%", 100, 76, 76, "Tinggi"],
          ["Indikator D", "%", 100, 66, 66, "Sedang"],
          ["Indikator E", "%", 100, 51, 51, "Rendah"],
          ["Indikator F", "%", 100, 50, 50, "Sangat Rendah"],
          ["Indikator G", "Indeks", 91.5, 93.85, 102.57, "Sangat Tinggi"],
        ],
      },
    },
    {
      name: "the e-monev reading (> 90) is accepted too: 90,5 Tinggi by the default, Sangat Tinggi above 90",
      sheets: { Capaian: [["Capaian IKU"], CAPAIAN, ["Indikator A", "%", 100, 90.5, 90.5, "Sangat Tinggi"]] },
    },
    {
      name: "a quarter sheet's kategori follows that quarter's capaian (85,6 / 85 = 100,71: Sangat Tinggi)",
      sheets: { "PPS TW I": [["PPS TRIWULAN I"], PPS_Q, ["Sasaran A", "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 85.6, 100.71, "Sangat Tinggi"]] },
    },
  ],
  invalid: [
    {
      // Planted: TW I 22 / 20 = 110 Sangat Tinggi (right); TW II 30 / 40 = 75 written Sangat Tinggi (Sedang).
      name: "each quarter's own Kategori column against that quarter's capaian: only the wrong quarter is reported",
      sheets: {
        PPS: [
          ["PENGUKURAN PENCAPAIAN SASARAN 2025"],
          ["Sasaran", "Indikator", "Satuan", "Target", "Triwulan I", null, null, null, "Triwulan II", null, null, null],
          [null, null, null, null, "Target", "Realisasi", "Capaian (%)", "Kategori", "Target", "Realisasi", "Capaian (%)", "Kategori"],
          ["Sasaran A", "Persentase informasi publik", "%", 80, 20, 22, 110, "Sangat Tinggi", 40, 30, 75, "Sangat Tinggi"],
        ],
      },
      errors: [{ messageId: "salahTriwulan", sheet: "PPS", cell: "L4", expected: "Sedang", found: "Sangat Tinggi", message: "TW II" }],
    },
    {
      name: "the sample's planted error: 60 / 80 = 75 % is Sedang, written Tinggi; 90,99 written Sedang",
      sheets: {
        Capaian: [
          ["Capaian IKU"],
          CAPAIAN,
          ["Persentase desa tertib administrasi", "%", 80, 60, 75, "Tinggi"],
          ["Indikator B", "%", 100, 90.99, 90.99, "Sedang"],
        ],
      },
      errors: [
        {
          messageId: "salah",
          sheet: "Capaian",
          cell: "F3",
          severity: "error",
          expected: "Sedang",
          found: "Tinggi",
          related: ["Capaian!E3"],
          message: "capaian 75%",
        },
        { messageId: "salah", sheet: "Capaian", cell: "F4", expected: "Tinggi", found: "Sedang", message: "capaian 90,99%" },
      ],
    },
    {
      name: "a word not on the scale",
      sheets: { Capaian: [["Capaian IKU"], CAPAIAN, ["Indikator A", "%", 100, 95, 95, "Baik Sekali"]] },
      errors: [{ messageId: "tidakDikenal", sheet: "Capaian", cell: "F3", severity: "warning", expected: "Sangat Tinggi", found: "Baik Sekali" }],
    },
    {
      name: "a PPS sheet of TW II: capaian 60 / 80 = 75 written Tinggi, a quarter's kategori checked like the year's",
      sheets: { "PPS TW II": [["PPS TRIWULAN II"], PPS_Q, ["Sasaran A", "Persentase desa tertib administrasi", "%", 80, 80, 60, 75, "Tinggi"]] },
      errors: [
        {
          messageId: "salahTriwulan",
          sheet: "PPS TW II",
          cell: "H3",
          expected: "Sedang",
          found: "Tinggi",
          related: ["PPS TW II!G3"],
          message: "capaian TW II 75%",
        },
      ],
    },
  ],
});
