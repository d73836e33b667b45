import type { CellValue } from "../../src/core/grid";
import { anggaranPkpk } from "../../src/core/rules/anggaran-pkpk";
import { ruleTester } from "../support/rule-tester";

const PKPK = [
  "Kode",
  "Program/Kegiatan",
  "Indikator Kinerja",
  "Satuan",
  "Target Tahunan",
  "Target",
  "Realisasi",
  "Capaian (%)",
  "Pagu (Rp)",
  "Realisasi (Rp)",
  "Serapan (%)",
];
const BUDGET = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"];
const pkpk = (...rows: CellValue[][]) => [["PKPK TRIWULAN III"], PKPK, ...rows];
const PROGRAM = ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"];
const KEGIATAN_1 = ["7.01.01.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan"];
const KEGIATAN_2 = ["7.01.01.2.02", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat"];
// The sample's realisasi anggaran: the program holds both kegiatan.
const budget = [
  ["REALISASI ANGGARAN"],
  BUDGET,
  [...PROGRAM, 182651000, 176405694, 96.58],
  [...KEGIATAN_1, 180411000, 174165694, 96.54],
  [...KEGIATAN_2, 2240000, 2240000, 100],
];

// A program of 10.000.000 = 6.000.000 + 4.000.000, with a cancelled kegiatan (2.500.000, nothing spent)
// in sheet row 6 that staff hid; the program's pagu typed by hand leaves it out.
const withCancelled = (programPagu: number, serapan: number) =>
  pkpk(
    ["7.01.05", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase desa dibina", "%", 100, 75, 75, 100, programPagu, 7000000, serapan],
    ["7.01.05.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", "Jumlah desa yang dibina", "Desa", 16, 12, 12, 100, 6000000, 4000000, 66.67],
    ["7.01.05.2.02", "Fasilitasi Lembaga Kemasyarakatan", "Jumlah lembaga difasilitasi", "Lembaga", 8, 6, 6, 100, 4000000, 3000000, 75],
    ["7.01.05.2.03", "Fasilitasi Bulan Bakti Gotong Royong", "Jumlah kegiatan gotong royong", "Kegiatan", 1, 0, 0, 0, 2500000, 0, 0],
  );

ruleTester.run(anggaranPkpk, {
  valid: [
    {
      name: "a program's pagu typed to leave out a hidden cancelled kegiatan",
      sheets: { "PKPK TW III": withCancelled(10000000, 70) },
      hidden: { "PKPK TW III": [6] },
    },
    {
      name: "the sample's PKPK: the program above the one kegiatan it lists (a PKPK may list only some kegiatan); 75 % serapan",
      sheets: {
        "PKPK TW III": pkpk(
          [...PROGRAM, "Indeks Kepuasan Masyarakat", "Indeks", 88, 87, 87.2, 100.23, 182651000, 136988250, 75],
          [...KEGIATAN_1, "Jumlah dokumen laporan", "Dokumen", 12, 9, 9, 100, 180411000, 135308250, 75],
        ),
      },
    },
    {
      name: "a program with two indicators is one budget line (pagu on its first row); its kegiatan add up",
      sheets: {
        "PKPK TW III": pkpk(
          [...PROGRAM, "Indeks Kepuasan Masyarakat", "Indeks", 88, 87, 87.2, 100.23, 182651000, 136988250, 75],
          [null, null, "Persentase layanan tepat waktu", "%", 95, 95, 96, 101.05, null, null, null],
          [...KEGIATAN_1, "Jumlah dokumen laporan", "Dokumen", 12, 9, 9, 100, 180411000, 134988250, 74.82],
          [...KEGIATAN_2, "Jumlah laporan pelimpahan", "Laporan", 4, 3, 3, 100, 2240000, 2000000, 89.29],
        ),
        Anggaran: budget,
      },
    },
    {
      name: "serapan 92,61 % of 9.261.000 / 10.000.000 in the serapan column",
      // The reader fills the serapan column (IndicatorRow.persenAnggaran) from "Serapan (%)".
      sheets: {
        "PKPK TW III": pkpk(["7.01.05", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase desa dibina", "%", 100, 75, 75, 100, 10000000, 9261000, 92.61]),
      },
    },
    {
      name: "serapan in a column formatted as a percentage: 0,9261 is 92,61 %",
      sheets: {
        "PKPK TW III": pkpk(["7.01.05", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase desa dibina", "%", 100, 75, 75, 1, 10000000, 9261000, 0.9261]),
      },
    },
  ],
  invalid: [
    {
      name: "the same program with the kegiatan not hidden: its kegiatan add up to 12.500.000",
      sheets: { "PKPK TW III": withCancelled(10000000, 70) },
      errors: [{ messageId: "jumlahSalah", sheet: "PKPK TW III", cell: "I3", severity: "error" }],
    },
    {
      name: "the kegiatan hidden, but the program's pagu 9.900.000 is below its visible kegiatan (10.000.000) too",
      sheets: { "PKPK TW III": withCancelled(9900000, 70.71) },
      hidden: { "PKPK TW III": [6] },
      errors: [{ messageId: "jumlahSalah", sheet: "PKPK TW III", cell: "I3", severity: "error", expected: "12.500.000" }],
    },
    {
      name: "kegiatan adding up to more than their program, a sub kegiatan spending above its pagu",
      sheets: {
        "PKPK TW III": pkpk(
          ["7.01.05", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase desa dibina", "%", 100, 75, 75, 100, 10000000, 7000000, 70],
          ["7.01.05.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", "Jumlah desa yang dibina", "Desa", 16, 12, 12, 100, 6000000, 4000000, 66.67],
          ["7.01.05.2.02", "Fasilitasi Lembaga Kemasyarakatan", "Jumlah lembaga difasilitasi", "Lembaga", 8, 6, 6, 100, 5000000, 3000000, 60],
          ["7.01.05.2.02.0001", "Fasilitasi Kelembagaan Desa", "Jumlah lembaga difasilitasi", "Lembaga", 8, 6, 6, 100, 5000000, 5200000, 104],
        ),
      },
      errors: [
        {
          messageId: "jumlahSalah",
          sheet: "PKPK TW III",
          cell: "I3",
          severity: "error",
          expected: "11.000.000",
          found: "10.000.000",
          related: ["PKPK TW III!I4", "PKPK TW III!I5"],
          message: "selisih -1.000.000",
        },
        { messageId: "melebihiPagu", sheet: "PKPK TW III", cell: "J6", expected: "≤ 5.000.000", found: "5.200.000" },
        { messageId: "jumlahSalah", sheet: "PKPK TW III", cell: "J5", expected: "5.200.000", found: "3.000.000" },
      ],
    },
    {
      name: "every kegiatan of the budget table listed, yet they fall 240.000 short of the program's pagu",
      sheets: {
        "PKPK TW III": pkpk(
          [...PROGRAM, "Indeks Kepuasan Masyarakat", "Indeks", 88, 87, 87.2, 100.23, 182651000, 136988250, 75],
          [...KEGIATAN_1, "Jumlah dokumen laporan", "Dokumen", 12, 9, 9, 100, 180411000, 134988250, 74.82],
          [...KEGIATAN_2, "Jumlah laporan pelimpahan", "Laporan", 4, 3, 3, 100, 2000000, 2000000, 100],
        ),
        Anggaran: budget,
      },
      errors: [{ messageId: "jumlahSalah", sheet: "PKPK TW III", cell: "I3", expected: "182.411.000", found: "182.651.000", message: "selisih 240.000" }],
    },
    {
      name: "serapan written 92,16 for 9.261.000 / 10.000.000 = 92,61",
      sheets: {
        "PKPK TW III": pkpk(["7.01.05", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA", "Persentase desa dibina", "%", 100, 75, 75, 100, 10000000, 9261000, 92.16]),
      },
      errors: [
        {
          messageId: "serapanSalah",
          sheet: "PKPK TW III",
          cell: "K3",
          expected: "92,61",
          found: "92,16",
          related: ["PKPK TW III!I3", "PKPK TW III!J3"],
          message: "Ubah menjadi 92,61",
        },
      ],
    },
  ],
});
