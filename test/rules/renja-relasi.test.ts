/**
 * renja-relasi on small Evaluasi Renja grids. Numbers from Permendagri 86/2017's arithmetic: a
 * program with target Renja 12 dokumen / Rp 180.000.000, quarters 3 + 3 + 3 + 3 and
 * Rp 40 + 45 + 48 + 41 juta: 13 = 12 / Rp 174.000.000; 14 = 12/12×100 = 100 and
 * 174/180×100 = 96,67; 15 = 36 + 12 = 48 / Rp 520 + 174 = 694 juta; 16 = 48/60×100 = 80 and
 * 694/900×100 = 77,11.
 */
import type { CellValue } from "../../src/core/grid";
import { renjaRelasi } from "../../src/core/rules/renja-relasi";
import { colName, renjaCol, renjaSheet, type RenjaSpec, RENJA_PROGRAM } from "../support/renja";
import { ruleTester } from "../support/rule-tester";

const PROGRAM: RenjaSpec = RENJA_PROGRAM;
const KEGIATAN: RenjaSpec = {
  code: "7.01.01.2.01",
  name: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
  indikator: "Jumlah laporan koordinasi",
  satuan: "Laporan",
  renstra: [20, 900000000],
  lalu: [12, 520000000],
  target: [4, 180000000],
  tw: [
    [1, 40000000],
    [1, 45000000],
    [1, 48000000],
    [1, 41000000],
  ],
};

/** The sheet "Renja" with one cell changed (column letter of a field, data row i). */
function sheetWith(rows: RenjaSpec[], o: Parameters<typeof renjaSheet>[1] = {}, patch?: { i: number; c: number; v: CellValue }) {
  const s = renjaSheet(rows, o);
  if (patch) s.rows[s.dataStart + patch.i]![patch.c] = patch.v;
  return { sheets: { Renja: s.rows }, merges: { Renja: s.merges }, at: (i: number, c: number) => `${colName(c)}${s.dataStart + i + 1}` };
}

// A version with a cumulative % under each quarter (K | Rp | %): the % follows the Rp.
function kumulatif(pct2: CellValue) {
  return {
    Renja: [
      ["EVALUASI HASIL PELAKSANAAN RENJA DINAS KESEHATAN TAHUN 2025"],
      [
        "No",
        "Program/Kegiatan",
        "Indikator Kinerja",
        "Satuan",
        "Target Renstra (Akhir Periode Renstra)",
        null,
        "Target Kinerja dan Anggaran Renja Tahun 2025",
        null,
        "Realisasi Kinerja Triwulan I",
        null,
        null,
        "Realisasi Kinerja Triwulan II",
        null,
        null,
      ],
      [null, null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "%", "K", "Rp", "%"],
      [1, "PROGRAM PEMENUHAN UPAYA KESEHATAN", "Persentase puskesmas terakreditasi", "%", 100, 500000000, 80, 100000000, 20, 20000000, 20, 20, 30000000, pct2],
    ] as CellValue[][],
  };
}
const kumulatifMerges = {
  Renja: [
    { r0: 1, c0: 4, r1: 1, c1: 5 },
    { r0: 1, c0: 6, r1: 1, c1: 7 },
    { r0: 1, c0: 8, r1: 1, c1: 10 },
    { r0: 1, c0: 11, r1: 1, c1: 13 },
  ],
};

const K13 = renjaCol("realisasi", "K");
const RP16 = renjaCol("renstraTingkat", "Rp");
const K15_NO14 = renjaCol("renstraTingkat", "K", false);

const wrong13 = sheetWith([PROGRAM, KEGIATAN], {}, { i: 0, c: K13, v: 11 });
const wrong16 = sheetWith([PROGRAM], { numbers: "relasi" }, { i: 0, c: RP16, v: 71.11 });
const wrong15 = sheetWith([PROGRAM], { with14: false, numbers: "plain" }, { i: 0, c: K15_NO14, v: 65.5 });
const div0 = sheetWith(
  [
    {
      ...PROGRAM,
      target: [0, 180000000],
      tw: [
        [0, 40000000],
        [0, 45000000],
        [0, 48000000],
        [0, 41000000],
      ],
    },
  ],
  {},
  { i: 0, c: renjaCol("tingkat", "K"), v: "#DIV/0!" },
);

// The program in whole thousands of rupiah, rounded from the rupiah: quarters Rp 40.000.400, 45.000.400, 48.000.400 and
// 41.000.400 are written 40.000 … 41.000, their sum Rp 174.001.600 is written 174.002 (two units above the written
// quarters' 174.000), and 15 = Rp 520.000.000 + 174.001.600 is written 694.002.
const THOUSANDS: RenjaSpec = {
  ...PROGRAM,
  renstra: [60, 900000],
  lalu: [36, 520000],
  target: [12, 180000],
  tw: [
    [3, 40000],
    [3, 45000],
    [3, 48000],
    [3, 41000],
  ],
};
function roundedThousands(title: string) {
  const s = sheetWith([THOUSANDS], { title });
  s.sheets.Renja[s.sheets.Renja.length - 1]![renjaCol("realisasi", "Rp")] = 174002;
  s.sheets.Renja[s.sheets.Renja.length - 1]![renjaCol("renstraRealisasi", "Rp")] = 694002;
  return s;
}
const inThousands = roundedThousands("EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2025 (DALAM RIBUAN RUPIAH)");
const inRupiah = roundedThousands("EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2025");

ruleTester.run(renjaRelasi, {
  valid: [
    { name: "columns 13–16 as the form computes them, no column-number row (standard relations)", ...sheetWith([PROGRAM, KEGIATAN]) },
    {
      name: "the version without column 14, relations stated in the column-number row",
      ...sheetWith([PROGRAM, KEGIATAN], { with14: false, numbers: "relasi" }),
    },
    {
      name: "TW IV not yet reported: 13 = 9 + 10 + 11",
      ...sheetWith([
        {
          ...PROGRAM,
          tw: [
            [3, 40000000],
            [3, 45000000],
            [3, 48000000],
            [null, null],
          ],
        },
      ]),
    },
    { name: "a cached #DIV/0! in 14 where the target is 0 is tidak-terbaca's, not a wrong relation", ...div0 },
    { name: "dalam ribuan rupiah: 13 Rp two units above the written quarters is their rounding, not an error", ...inThousands },
    { name: "a quarter's cumulative %: (20 + 30 juta) / 100 juta × 100 = 50", sheets: kumulatif(50), merges: kumulatifMerges },
    { name: "a quarter's % of its own realisasi (30 juta / 100 juta = 30) is accepted too", sheets: kumulatif(30), merges: kumulatifMerges },
  ],
  invalid: [
    {
      name: "the same figures in rupiah: 13 Rp 174.002 where 40.000 + 45.000 + 48.000 + 41.000 = 174.000",
      ...inRupiah,
      errors: [{ messageId: "salah", sheet: "Renja", cell: inRupiah.at(0, renjaCol("realisasi", "Rp")), expected: "174.000", found: "174.002" }],
    },
    {
      name: "13 K typed 11 where 3 + 3 + 3 + 3 = 12: one finding, not one for 14 and 15 computed from it",
      ...wrong13,
      errors: [{ messageId: "salah", sheet: "Renja", cell: wrong13.at(0, K13), expected: "12", found: "11", message: "13 = 9 + 10 + 11 + 12" }],
    },
    {
      name: "16 Rp stated in the column-number row: 694 / 900 × 100 = 77,11, written 71,11",
      ...wrong16,
      errors: [{ messageId: "salah", sheet: "Renja", cell: wrong16.at(0, RP16), expected: "77,11", found: "71,11", message: "relasi 16 = 15 / 6 x 100" }],
    },
    {
      name: "without column 14, plain numbers: 15 K = 14 / 6 × 100 = 48 / 60 × 100 = 80, written 65,5",
      ...wrong15,
      errors: [
        {
          messageId: "salah",
          sheet: "Renja",
          cell: wrong15.at(0, K15_NO14),
          expected: "80",
          found: "65,5",
          message: /Kolom 15 \(tingkat capaian Renstra, K\) ".*15 = 14 \/ 6 x 100.*Ubah menjadi 80/,
        },
      ],
    },
    {
      name: "a quarter's cumulative % written 45 where (20 + 30 juta) / 100 juta × 100 = 50",
      sheets: kumulatif(45),
      merges: kumulatifMerges,
      errors: [{ messageId: "kumulatifSalah", sheet: "Renja", cell: "N4", expected: "50", found: "45", related: ["Renja!J4", "Renja!M4", "Renja!H4"] }],
    },
  ],
});
