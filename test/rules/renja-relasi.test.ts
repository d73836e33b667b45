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

// A percentage indicator states its status, not a sum (planted): Renstra 100 %, 90 % by last year, target 95 %,
// quarters 92, 93, 95, 96 %; 13 K = 96 (the last quarter), 14 = 96 / 95 × 100 = 101,05, 15 K = 96, 16 = 96.
const STATUS: RenjaSpec = {
  ...PROGRAM,
  indikator: "Persentase perangkat daerah yang terhubung jaringan intranet",
  satuan: "%",
  renstra: [100, 900000000],
  lalu: [90, 520000000],
  target: [95, 180000000],
  tw: [
    [92, 40000000],
    [93, 45000000],
    [95, 48000000],
    [96, 41000000],
  ],
};
function statusSheet(k13: number, k15: number, k14: number, k16: number) {
  const s = sheetWith([STATUS], { numbers: "relasi" });
  const row = s.sheets.Renja[s.sheets.Renja.length - 1]!;
  row[renjaCol("realisasi", "K")] = k13;
  row[renjaCol("tingkat", "K")] = k14;
  row[renjaCol("renstraRealisasi", "K")] = k15;
  row[renjaCol("renstraTingkat", "K")] = k16;
  return s;
}
const status = statusSheet(96, 96, 101.05, 96);
// An index measured each quarter whose year is their average: 3,1 + 3,2 + 3,3 + 3,4 → 3,25 (planted).
const INDEX: RenjaSpec = {
  ...STATUS,
  indikator: "Indeks kepuasan layanan",
  satuan: "Indeks",
  renstra: [3.5, 900000000],
  lalu: [3, 520000000],
  target: [3.3, 180000000],
  tw: [
    [3.1, 40000000],
    [3.2, 45000000],
    [3.3, 48000000],
    [3.4, 41000000],
  ],
};
const average = (() => {
  const s = sheetWith([INDEX]);
  const row = s.sheets.Renja[s.sheets.Renja.length - 1]!;
  row[renjaCol("realisasi", "K")] = 3.25;
  row[renjaCol("tingkat", "K")] = 98.48;
  row[renjaCol("renstraRealisasi", "K")] = 3.25;
  row[renjaCol("renstraTingkat", "K")] = 92.86;
  return s;
})();
const statusWrong = statusSheet(90, 90, 94.74, 90);

// Column 16 formatted as a percentage in Excel holds fractions; one Renstra is passed almost three times
// (planted: 10 dokumen, 20 by last year, 9 this year: 29 / 10 = 2,9, shown 290 %), so the column is not all below 2,5.
const FRACTION_ROWS: RenjaSpec[] = [
  { ...PROGRAM, renstra: [10, 900000000], lalu: [20, 520000000] },
  { ...KEGIATAN, renstra: [20, 900000000], lalu: [12, 520000000] },
];
function fractionSheet(second16: number) {
  const s = sheetWith(FRACTION_ROWS);
  const rows = s.sheets.Renja;
  const k16 = renjaCol("renstraTingkat", "K");
  const rp16 = renjaCol("renstraTingkat", "Rp");
  // 15 K = 20 + 12 = 32 → 3,2; 12 + 4 = 16 → 16/20 = 0,8. Rp: 694 / 900 = 0,77111.
  rows[rows.length - 2]![k16] = 3.2;
  rows[rows.length - 1]![k16] = second16;
  rows[rows.length - 2]![rp16] = 694 / 900;
  rows[rows.length - 1]![rp16] = 694 / 900;
  return s;
}
const fractions = fractionSheet(0.8);
const fractionWrong = fractionSheet(0.65);

// Rp quarters written up to each quarter (s.d. triwulan): 40, 85, 133 and 174 juta, the year's 174 juta the last.
const upToQuarter = (() => {
  const s = sheetWith([PROGRAM]);
  const row = s.sheets.Renja[s.sheets.Renja.length - 1]!;
  const upTo = { tw1: 40000000, tw2: 85000000, tw3: 133000000, tw4: 174000000 } as const;
  for (const [f, v] of Object.entries(upTo)) row[renjaCol(f as keyof typeof upTo, "Rp")] = v;
  return s;
})();
// The program's own quarters (40, 45, 48, 41 juta) with 13 Rp typed as TW IV's 41 juta: they fall, so no running total.
const lastOnly = sheetWith([PROGRAM], {}, { i: 0, c: renjaCol("realisasi", "Rp"), v: 41000000 });

// An indicator whose lower value is better (planted): 120 accidents targeted, 30 + 25 + 25 + 20 = 100 happened;
// 14 = (2 × 120 − 100) / 120 × 100 = 116,67; Renstra 500 with 300 by last year: 15 = 400, 16 = (1000 − 400) / 500 × 100 = 120.
const lowerBetter = (() => {
  const s = sheetWith([
    {
      ...PROGRAM,
      indikator: "Jumlah kecelakaan lalu lintas",
      satuan: "Kejadian",
      renstra: [500, 900000000],
      lalu: [300, 520000000],
      target: [120, 180000000],
      tw: [
        [30, 40000000],
        [25, 45000000],
        [25, 48000000],
        [20, 41000000],
      ],
    },
  ]);
  const row = s.sheets.Renja[s.sheets.Renja.length - 1]!;
  row[renjaCol("tingkat", "K")] = 116.67;
  row[renjaCol("renstraTingkat", "K")] = 120;
  return s;
})();

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
    { name: "a percentage indicator states its status: 13 K = TW IV's 96 (not 92 + 93 + 95 + 96), 15 K = 96 (not 90 + 96)", ...status },
    { name: "an index whose year is the average of its quarters: 13 K = 3,25", ...average },
    { name: "column 16 holds fractions of a percent format, one of them 3,2 (320 %): read as percentages", ...fractions },
    { name: "Rp quarters written up to each quarter (never falling): 13 Rp = the last, 174 juta", ...upToQuarter },
    { name: "a lower-is-better indicator's tingkat capaian by the kondisi khusus: (2 × 120 − 100) / 120 × 100 = 116,67", ...lowerBetter },
  ],
  invalid: [
    {
      name: "13 Rp typed as TW IV's 41 juta where the quarters fall (own quarters): 40 + 45 + 48 + 41 = 174 juta",
      ...lastOnly,
      errors: [{ messageId: "salah", sheet: "Renja", cell: lastOnly.at(0, renjaCol("realisasi", "Rp")), expected: "174.000.000", found: "41.000.000" }],
    },
    {
      name: "a percentage indicator's 13 K typed 90: neither the sum 376, the last quarter 96 nor the average 94",
      ...statusWrong,
      errors: [{ messageId: "salah", sheet: "Renja", cell: statusWrong.at(0, K13), expected: "376", found: "90" }],
    },
    {
      name: "a fraction column's wrong value: 0,65 (65 %) where 16 / 20 × 100 = 80",
      ...fractionWrong,
      errors: [{ messageId: "salah", sheet: "Renja", cell: fractionWrong.at(1, renjaCol("renstraTingkat", "K")), expected: "80", found: "65" }],
    },
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
