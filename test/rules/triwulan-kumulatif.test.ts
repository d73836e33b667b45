import { triwulanKumulatif } from "../../src/core/rules/triwulan-kumulatif";
import { ruleTester } from "../support/rule-tester";

const RENAKSI = ["Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV", "Sifat"];
const renaksi = (...rows: (string | number)[][]) => ({ Renaksi: [["RENCANA AKSI"], RENAKSI, ...rows] });

ruleTester.run(triwulanKumulatif, {
  valid: [
    {
      name: "declared: kumulatif 4 / 8 / 12 / 16 of 16, nilai akhir 85 … 88 of 88, rata-rata 95 of 95",
      sheets: renaksi(
        ["Jumlah desa yang dibina", "Desa", 16, 4, 8, 12, 16, "Kumulatif"],
        ["Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 86, 87, 88, "Nilai akhir"],
        ["Persentase layanan tepat waktu", "%", 95, 95, 95, 95, 95, "Rata-rata"],
      ),
    },
    {
      name: "undeclared: quarterly amounts 3 + 3 + 3 + 3 = 12, and a running total ending at the yearly target",
      sheets: renaksi(["Jumlah laporan", "Dokumen", 12, 3, 3, 3, 3, ""], ["Jumlah desa yang dibina", "Desa", 16, 4, 8, 12, 16, ""]),
    },
    {
      name: 'a "Cara Pengukuran" text with "akhir tahun", "merata" or "non fisik" in it declares no sifat: 30 × 4 = 120 and 4 × 4 = 16 fit',
      sheets: {
        Renaksi: [
          ["RENCANA AKSI"],
          ["Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV", "Cara Pengukuran"],
          [
            "Jumlah aduan masyarakat yang ditindaklanjuti",
            "Aduan",
            120,
            30,
            30,
            30,
            30,
            "Jumlah aduan SP4N-LAPOR yang ditindaklanjuti sampai akhir tahun berjalan",
          ],
          ["Jumlah desa yang dibina", "Desa", 16, 4, 4, 4, 4, "Desa dibina secara merata di 4 kecamatan, per triwulan 4 desa"],
          ["Persentase PD terhubung", "%", 85, 20, 45, 65, 85, "Jumlah PD terhubung / 45 PD x 100% (non fisik)"],
        ],
      },
    },
    {
      name: 'a sifat in a word or two: "Non-Kumulatif" 3 + 3 + 3 + 3 = 12, "Akhir Tahun" 88',
      sheets: renaksi(
        ["Jumlah laporan", "Dokumen", 12, 3, 3, 3, 3, "Non-Kumulatif"],
        ["Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 86, 87, 88, "Akhir Tahun"],
      ),
    },
  ],
  invalid: [
    {
      name: "the sample's planted error: cumulative, TW IV 15 for a yearly 16; and a cumulative target that drops (8 then 6)",
      sheets: renaksi(["Jumlah desa yang dibina", "Desa", 16, 4, 8, 12, 15, "Kumulatif"], ["Jumlah dokumen", "Dokumen", 12, 3, 8, 6, 12, "Kumulatif"]),
      errors: [
        { messageId: "tw4BukanTahunan", sheet: "Renaksi", cell: "G3", severity: "error", expected: "16", found: "15", related: ["Renaksi!C3"] },
        { messageId: "menurun", sheet: "Renaksi", cell: "F4", expected: "≥ 8", found: "6", related: ["Renaksi!E4"] },
      ],
    },
    {
      name: "nilai akhir not ending at the yearly 88; undeclared 1, 1, 1, 2 fitting no accumulation of 10",
      sheets: renaksi(["Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 86, 87, 87.5, "Nilai akhir"], ["Jumlah pelatihan", "Kali", 10, 1, 1, 1, 2, ""]),
      errors: [
        {
          messageId: "sifatTidakCocok",
          sheet: "Renaksi",
          cell: "G3",
          expected: "88",
          found: "87,5",
          message: /bersifat "akhir".* Sesuaikan target triwulannya/,
        },
        { messageId: "tidakCocok", sheet: "Renaksi", cell: "G4", severity: "warning", expected: "10", found: "2" },
      ],
    },
  ],
});
