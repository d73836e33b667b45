import { anggaran } from "../../src/core/rules/anggaran";
import { ruleTester } from "../support/rule-tester";

const HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"];
// The sample's budget: 7.01.01 = 7.01.01.2.01 (= its two sub kegiatan) + 7.01.01.2.02.
const ROWS = [
  ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 182651000, 176405694, 96.58],
  ["7.01.01.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", 180411000, 174165694, 96.54],
  ["7.01.01.2.01.0001", "Sinkronisasi Pelaksanaan Urusan Pemerintahan di Kecamatan", 100411000, 96165694, 95.77],
  ["7.01.01.2.01.0002", "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan", 80000000, 78000000, 97.5],
  ["7.01.01.2.02", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", 2240000, 2240000, 100],
];
const table = (...rows: (string | number | null)[][]) => ({ Anggaran: [["REALISASI ANGGARAN"], HEADER, ...rows] });

ruleTester.run(anggaran, {
  valid: [
    { name: "the sample's budget, consistent, with its JUMLAH", sheets: table(...ROWS, [null, "JUMLAH", 182651000, 176405694, 96.58]) },
    { name: "serapan 92,61 % of 9.261.000 / 10.000.000, realisasi equal to pagu (100 %)", sheets: table(["7.01.01", "PROGRAM A", 10000000, 9261000, 92.61], ["7.01.05", "PROGRAM B", 5000000, 5000000, 100]) },
  ],
  invalid: [
    {
      name: "the sample's planted error: the program's realisasi 177.405.694 where its kegiatan add up to 176.405.694",
      sheets: table(["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 182651000, 177405694, 97.13], ...ROWS.slice(1)),
      errors: [
        { messageId: "jumlahSalah", sheet: "Anggaran", cell: "D3", severity: "error", expected: "176.405.694", found: "177.405.694", related: ["Anggaran!D4", "Anggaran!D7"], message: "selisih 1.000.000" },
      ],
    },
    {
      name: "serapan written 92,16 for 92,61; realisasi above pagu; a JUMLAH that is not the sum of the programs",
      sheets: table(["7.01.01", "PROGRAM A", 10000000, 9261000, 92.16], ["7.01.05", "PROGRAM B", 5000000, 5100000, 102], [null, "JUMLAH", 15000000, 14261000, 95.07]),
      errors: [
        { messageId: "serapanSalah", sheet: "Anggaran", cell: "E3", expected: "92,61", found: "92,16", related: ["Anggaran!C3", "Anggaran!D3"] },
        { messageId: "melebihiPagu", sheet: "Anggaran", cell: "D4", expected: "≤ 5.000.000", found: "5.100.000" },
        { messageId: "jumlahSalah", sheet: "Anggaran", cell: "D5", expected: "14.361.000", found: "14.261.000", message: "selisih -100.000" },
      ],
    },
  ],
});
