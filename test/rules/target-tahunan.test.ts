import { targetTahunan } from "../../src/core/rules/target-tahunan";
import { renjaSheet, RENJA_PROGRAM } from "../support/renja";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const RENAKSI = ["Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"];
const CAPAIAN = ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];
const PPS = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I Target", "TW I Realisasi", "TW II Target", "TW II Realisasi"];

// A Pohon Kinerja, a column-only "PK" and a titled PK of one indicator, with the PPS, Renaksi and Capaian.
const KONSISTENSI = "Persentase konsistensi program RPJMD dalam RKPD";
const pohon = (title: string, target: number) => [
  [title],
  ["Level", "Uraian", "Indikator", "Satuan", "Target"],
  ["Sasaran", "Meningkatnya konsistensi perencanaan", KONSISTENSI, "%", target],
];
const pk2025 = (target: number) => [["PERJANJIAN KINERJA TAHUN 2025"], PK, ["Meningkatnya konsistensi perencanaan", KONSISTENSI, "%", target]];
const measured = (target: number) => ({
  Renaksi: [["RENCANA AKSI"], RENAKSI, [KONSISTENSI, "%", target, 25, 50, 75, target]],
  PPS: [["PPS"], PPS, ["Meningkatnya konsistensi perencanaan", KONSISTENSI, "%", target, 25, 25, 50, 50]],
  Capaian: [["Capaian IKU"], CAPAIAN, [KONSISTENSI, "%", target, 96.5, 101.58]],
});

// An Evaluasi Renja of 2025 (target column "Renja Tahun Berjalan (2025)"): the program's target Renja (8 K) is 12, at J4.
const renja = renjaSheet([RENJA_PROGRAM]);
const RENJA_TARGET = `J${renja.dataStart + 1}`;

const PK_PROGRAM = (year: number, target: number) => [
  ["PERJANJIAN KINERJA"],
  ["Program", "Indikator Kinerja", "Satuan", `Target ${year}`],
  ["PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Jumlah dokumen laporan kinerja", "Dokumen", target],
];
const PKPK = [
  ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK) TRIWULAN III"],
  ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"],
  ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Jumlah dokumen laporan kinerja", "Dokumen", 10, 8, 8, 100],
];

// An indicator measured in rupiah (a BLUD's revenue, planted Rp 12.500.000.000): the Renja writes rupiah; a PKPK whose
// note under the table says "dalam ribuan rupiah" writes 12.500.000.
const BLUD = "Jumlah pendapatan BLUD";
const renjaBlud = renjaSheet([{ ...RENJA_PROGRAM, indikator: BLUD, satuan: "Rupiah", target: [12500000000, 180000000] }]);
const pkpkBlud = (note: boolean) => [
  ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK) TAHUN 2025"],
  ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW IV Target", "TW IV Realisasi", "Pagu", "Realisasi Anggaran"],
  ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", BLUD, "Rupiah", 12500000, 12500000, 13000000, 180000, 174000],
  ...(note ? [[], ["*) angka dalam ribuan rupiah"]] : []),
];

// A percentage (planted 95 %) the Renja writes as the fraction 0,95 of a percent format and the PK as 95.
const PCT = "Persentase perangkat daerah yang terhubung jaringan intranet";
const renjaPct = (k: number) => renjaSheet([{ ...RENJA_PROGRAM, indikator: PCT, satuan: "%", target: [k, 180000000] }]);
const pkPct = [
  ["PERJANJIAN KINERJA TAHUN 2025"],
  ["Program", "Indikator Kinerja", "Satuan", "Target 2025"],
  ["PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", PCT, "%", 95],
];

ruleTester.run(targetTahunan, {
  valid: [
    {
      name: "an old PK row kept hidden (row 3: 3,4) beside the current one (3,6): the Capaian's 3,6 is compared with the shown one",
      sheets: {
        PK: [["PERJANJIAN KINERJA TAHUN 2025"], PK, ["Meningkatnya SPBE", "Indeks SPBE", "Indeks", 3.4], ["Meningkatnya SPBE", "Indeks SPBE", "Indeks", 3.6]],
        Capaian: [["CAPAIAN KINERJA TAHUN 2025"], CAPAIAN, ["Indeks SPBE", "Indeks", 3.6, 3.61, 100.28]],
      },
      hidden: { PK: [3] },
    },
    {
      name: "an old Capaian row kept hidden (row 3: target 3,4) is not held to the PK's 3,6",
      sheets: {
        PK: [["PERJANJIAN KINERJA TAHUN 2025"], PK, ["Meningkatnya SPBE", "Indeks SPBE", "Indeks", 3.6]],
        Capaian: [["CAPAIAN KINERJA TAHUN 2025"], CAPAIAN, ["Indeks SPBE", "Indeks", 3.4, 3.61, 106.18], ["Indeks SPBE", "Indeks", 3.6, 3.61, 100.28]],
      },
      hidden: { Capaian: [3] },
    },
    {
      name: "a percentage target written 0,95 (a percent format) in the Renja and 95 in the PK is one target",
      sheets: { PK: pkPct, Renja: renjaPct(0.95).rows },
      merges: { Renja: renjaPct(0.95).merges },
    },
    {
      name: "last year's PK kept in the workbook is no reference: PK 2024 says 3,4, PK 2025 and the Capaian 2025 say 3,6",
      sheets: {
        "PK 2024": [["PERJANJIAN KINERJA TAHUN 2024"], PK, ["Meningkatnya SPBE", "Indeks SPBE", "Indeks", 3.4]],
        "PK 2025": [["PERJANJIAN KINERJA TAHUN 2025"], PK, ["Meningkatnya SPBE", "Indeks SPBE", "Indeks", 3.6]],
        "Capaian 2025": [["CAPAIAN KINERJA TAHUN 2025"], CAPAIAN, ["Indeks SPBE", "Indeks", 3.6, 3.61, 100.28]],
      },
    },
    {
      name: "last year's Capaian (2024) beside this year's PK (2025): different years, not compared",
      sheets: {
        "PK 2025": [["PERJANJIAN KINERJA TAHUN 2025"], PK, ["Meningkatnya SPBE", "Indeks SPBE", "Indeks", 3.6]],
        "LKjIP 2024": [["CAPAIAN KINERJA TAHUN 2024"], CAPAIAN, ["Indeks SPBE", "Indeks", 3.4, 3.42, 100.59]],
      },
    },
    {
      name: "a percent indicator: the Capaian's 0,8 (a cell formatted 80%) and the PK's 80 are one target",
      sheets: {
        PK: [["PERJANJIAN KINERJA"], PK, ["Meningkatnya keterbukaan informasi", "Persentase informasi publik yang dipublikasikan", "%", 80]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Persentase informasi publik yang dipublikasikan", "%", 0.8, 0.6, 0.75]],
      },
    },
    {
      name: "a rupiah indicator: the Renja's Rp 12.500.000.000 and the PKPK's 12.500.000 dalam ribuan rupiah are one amount",
      sheets: { PKPK: pkpkBlud(true), Renja: renjaBlud.rows },
      merges: { Renja: renjaBlud.merges },
    },
    {
      name: "PK, Renaksi and Capaian IKU agree on 91,5",
      sheets: {
        PK: [["PERJANJIAN KINERJA"], PK, ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 91.5]],
        Renaksi: [["RENCANA AKSI"], RENAKSI, ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 91.5, 91.5, 91.5, 91.5]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 93.85, 102.57]],
      },
    },
    {
      name: "a Pohon Kinerja with a Target column before the PK is no reference: it says 96, the PK and the Capaian 95",
      sheets: {
        "Pohon Kinerja": [
          ["POHON KINERJA BAPPEDA TAHUN 2025"],
          ["Level", "Uraian", "Indikator", "Satuan", "Target"],
          ["Sasaran", "Meningkatnya konsistensi perencanaan", "Persentase konsistensi program RPJMD dalam RKPD", "%", 96],
        ],
        "PK 2025": [
          ["PERJANJIAN KINERJA TAHUN 2025"],
          PK,
          ["Meningkatnya konsistensi perencanaan", "Persentase konsistensi program RPJMD dalam RKPD", "%", 95],
        ],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Persentase konsistensi program RPJMD dalam RKPD", "%", 95, 96.5, 101.58]],
      },
    },
    {
      name: "a POKIN sheet (96) before the titled PK (95): the Renaksi, PPS and Capaian (95) are held to the PK alone",
      sheets: { POKIN: pohon("POHON KINERJA PERANGKAT DAERAH", 96), "PK 2025": pk2025(95), ...measured(95) },
    },
    {
      name: "a Cascading sheet with Satuan and Target (96) and no PK at all: the Renaksi is the reference, the PPS and Capaian (95) agree",
      sheets: { Cascading: pohon("CASCADING KINERJA BAPPEDA 2025", 96), ...measured(95) },
    },
    {
      name: "an Indikator Kinerja Utama sheet with the Renstra's target (96) is no PK: the Renaksi (95) is the reference",
      sheets: { IKU: pohon("PENETAPAN INDIKATOR KINERJA UTAMA 2021-2026", 96), ...measured(95) },
    },
    {
      name: "an untitled table with PK columns (96) before the titled PK (95): the titled PK is the reference",
      sheets: { Lampiran: pohon("", 96).slice(1), "PK 2025": pk2025(95), ...measured(95) },
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
    {
      name: "the Evaluasi Renja's target of this year (8 K) equals the PK's 12",
      sheets: { PK: PK_PROGRAM(2025, 12), Renja: renja.rows },
      merges: { Renja: renja.merges },
    },
    {
      name: "a Renja of 2025 is not held to a PK of 2024",
      sheets: { PK: PK_PROGRAM(2024, 10), Renja: renja.rows },
      merges: { Renja: renja.merges },
    },
  ],
  invalid: [
    {
      name: "a Pohon Kinerja (95) before the titled PK (96): the Renaksi, PPS and Capaian (95) differ from the PK, whatever the Pohon Kinerja says",
      sheets: { "Pohon Kinerja": pohon("POHON KINERJA BAPPEDA TAHUN 2025", 95), "PK 2025": pk2025(96), ...measured(95) },
      errors: [
        { messageId: "berbeda", sheet: "Renaksi", cell: "C3", expected: "96", found: "95", message: "Perjanjian Kinerja (sheet PK 2025)" },
        { messageId: "berbeda", sheet: "PPS", cell: "D3", expected: "96", found: "95", message: "Perjanjian Kinerja (sheet PK 2025)" },
        { messageId: "berbeda", sheet: "Capaian", cell: "C3", expected: "96", found: "95", message: "Perjanjian Kinerja (sheet PK 2025)" },
      ],
    },
    {
      name: "an untitled table with PK columns (95) before the titled PK (96): the Capaian's 95 differs from the titled PK",
      sheets: { Lampiran: pohon("", 95).slice(1), "PK 2025": pk2025(96), Capaian: measured(95).Capaian },
      errors: [{ messageId: "berbeda", sheet: "Capaian", cell: "C3", expected: "96", found: "95", message: "Perjanjian Kinerja (sheet PK 2025)" }],
    },
    {
      name: "the same percentage written 0,9 (90 %) in the Renja where the PK says 95",
      sheets: { PK: pkPct, Renja: renjaPct(0.9).rows },
      merges: { Renja: renjaPct(0.9).merges },
      errors: [{ messageId: "renjaBerbeda", sheet: "Renja", cell: RENJA_TARGET, expected: "95", found: "0,9" }],
    },
    {
      name: "a percent indicator: 0,75 (75%) in the Capaian is not the PK's 80",
      sheets: {
        PK: [["PERJANJIAN KINERJA"], PK, ["Meningkatnya keterbukaan informasi", "Persentase informasi publik yang dipublikasikan", "%", 80]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Persentase informasi publik yang dipublikasikan", "%", 0.75, 0.6, 0.8]],
      },
      errors: [{ messageId: "berbeda", sheet: "Capaian", cell: "C3", found: "0,75" }],
    },
    {
      name: "the same PKPK without its unit note: 12.500.000 rupiah is not the Renja's 12.500.000.000",
      sheets: { PKPK: pkpkBlud(false), Renja: renjaBlud.rows },
      merges: { Renja: renjaBlud.merges },
      errors: [{ messageId: "renjaBerbeda", sheet: "Renja", cell: RENJA_TARGET, expected: "12.500.000", found: "12.500.000.000", related: ["PKPK!E3"] }],
    },
    {
      name: "the Evaluasi Renja's target 12 where the PK of the same year says 10",
      sheets: { PK: PK_PROGRAM(2025, 10), Renja: renja.rows },
      merges: { Renja: renja.merges },
      errors: [
        {
          messageId: "renjaBerbeda",
          sheet: "Renja",
          cell: RENJA_TARGET,
          expected: "10",
          found: "12",
          related: ["PK!D3"],
          message: "Target Renja tahun berjalan (kolom 8)",
        },
      ],
    },
    {
      name: "without PK or Renaksi the Renja's target is held to the PKPK's yearly target",
      sheets: { PKPK: PKPK, Renja: renja.rows },
      merges: { Renja: renja.merges },
      errors: [
        { messageId: "renjaBerbeda", sheet: "Renja", cell: RENJA_TARGET, expected: "10", found: "12", related: ["PKPK!E3"], message: "sedangkan di PKPK 10" },
      ],
    },
    {
      name: "the seed: Tabel 3.2 keeps 91,5 where the PK Perubahan says 88",
      sheets: {
        "PK Perubahan": [["PERJANJIAN KINERJA PERUBAHAN"], PK, ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 88]],
        Capaian: [["Capaian IKU"], CAPAIAN, ["Indeks Kepuasan Masyarakat", "Indeks", 91.5, 93.85, 102.57]],
      },
      errors: [
        {
          messageId: "berbeda",
          sheet: "Capaian",
          cell: "C3",
          severity: "error",
          expected: "88",
          found: "91,5",
          related: ["PK Perubahan!D3"],
          message: "Samakan dengan PK Perubahan sel D3",
        },
      ],
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
