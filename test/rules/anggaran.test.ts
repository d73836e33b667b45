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

type Row = (string | number | null)[];

// A SIPD export (domain.md): urusan 1 = bidang 1.02 = program 1.02.01 = kegiatan 1.02.01.2.01 =
// sub kegiatan 0001 (1.000.000) + 0007 (2.000.000); each sub kegiatan = its two accounts, whose
// codes have six segments like a sub kegiatan's. Sisa = anggaran − realisasi, % = 90 throughout.
const SIPD_HEADER: Row[] = [
  ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN"],
  ["Kode", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"],
  [1, 2, 3, 4, "5 = 3 - 4", "6 = 4/3 x 100"],
];
const SIPD: Row[] = [
  ["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", 3000000, 2700000, 300000, 90],
  ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", 3000000, 2700000, 300000, 90],
  ["1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 3000000, 2700000, 300000, 90],
  ["1.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 3000000, 2700000, 300000, 90],
  ["1.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 1000000, 900000, 100000, 90],
  ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 400000, 360000, 40000, 90],
  ["5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 600000, 540000, 60000, 90],
  ["1.02.01.2.01.0007", "Evaluasi Kinerja Perangkat Daerah", 2000000, 1800000, 200000, 90],
  ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 500000, 450000, 50000, 90],
  ["5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 1500000, 1350000, 150000, 90],
  [null, "JUMLAH BELANJA", 3000000, 2700000, 300000, 90],
];
/** The SIPD export with rows replaced: index in SIPD → row. Sheet row of SIPD[i] is i + 4. */
const sipd = (changes: Record<number, Row> = {}) => ({ "Realisasi TW IV": [...SIPD_HEADER, ...SIPD.map((r, i) => changes[i] ?? r)] });

// An LRA by account: pendapatan above its target (normal), belanja 5 = 5.1 + 5.2, SURPLUS/(DEFISIT)
// = 212.000.000 − 900.000.000, pembiayaan above its target, SILPA without anggaran; Sumber and a
// signature under it.
const LRA: Row[] = [
  ["4", "PENDAPATAN DAERAH", 200000000, 212000000, 106],
  ["4.1", "PENDAPATAN ASLI DAERAH (PAD)", 200000000, 212000000, 106],
  ["4.1.02", "Retribusi Daerah", 200000000, 212000000, 106],
  ["5", "BELANJA DAERAH", 1000000000, 900000000, 90],
  ["5.1", "BELANJA OPERASI", 800000000, 720000000, 90],
  ["5.1.01", "Belanja Pegawai", 600000000, 540000000, 90],
  ["5.1.02", "Belanja Barang dan Jasa", 200000000, 180000000, 90],
  ["5.2", "BELANJA MODAL", 200000000, 180000000, 90],
  ["5.2.02", "Belanja Modal Peralatan dan Mesin", 200000000, 180000000, 90],
  [null, "SURPLUS / (DEFISIT)", -800000000, -688000000, 86],
  ["6", "PEMBIAYAAN DAERAH", 800000000, 850000000, 106.25],
  ["6.1", "PENERIMAAN PEMBIAYAAN", 800000000, 850000000, 106.25],
  [null, "PEMBIAYAAN NETTO", 800000000, 850000000, 106.25],
  [null, "SISA LEBIH PEMBIAYAAN ANGGARAN (SILPA)", 0, 162000000, null],
];
/** The LRA with rows replaced: index in LRA → row. Sheet row of LRA[i] is i + 4. */
const lra = (changes: Record<number, Row> = {}) => ({
  "LRA 2025": [
    ["LAPORAN REALISASI ANGGARAN"],
    ["Kode", "Uraian", "Anggaran Setelah Perubahan (Rp)", "Realisasi (Rp)", "%"],
    [1, 2, 3, 4, 5],
    ...LRA.map((r, i) => changes[i] ?? r),
    [],
    ["Sumber : LRA SIPD per 31 Desember 2025"],
    [],
    [null, null, null, "Sukamaju, 31 Desember 2025"],
    [null, null, null, "CAMAT SUKAMAJU"],
    [],
    [null, null, null, "Drs. HARYANTO WIBOWO, M.Si"],
    [null, null, null, "Pembina Tingkat I"],
    [null, null, null, "NIP. 19700512 199803 1 007"],
  ],
});

// The SIPD export of SIPD above as some exports print it: code and name in one column "Kode / Uraian",
// the urusan's one digit before its name, a plain "Sisa" header without (Rp).
const ONE_COLUMN_HEAD: Row[] = [["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN"], ["Kode / Uraian", "Anggaran", "Realisasi", "Sisa", "%"]];
const oneColumn = (changes: Record<number, Row> = {}) => ({
  Realisasi: [...ONE_COLUMN_HEAD, ...SIPD.map((r, i) => changes[i] ?? r).map((r): Row => [r[0] ? `${r[0]} ${r[1]}` : (r[1] ?? null), ...r.slice(2)])],
});

// An LRA whose Selisih is realisasi − anggaran (planted: retribusi 145.000.000 → 151.860.000, belanja below anggaran).
const selisih = (third: Row = ["5.1.02", "Belanja Barang dan Jasa", 1166287000, 1095701094, -70585906, 93.95]) => ({
  LRA: [
    ["LAPORAN REALISASI ANGGARAN 2025"],
    ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "Selisih", "%"],
    ["4.1.02", "Retribusi Daerah", 145000000, 151860000, 6860000, 104.73],
    ["5.1.01", "Belanja Pegawai", 9584210000, 8871605207, -712604793, 92.56],
    third,
    ["5.2.02", "Belanja Modal Peralatan dan Mesin", 153000000, 130000000, -23000000, 84.97],
  ],
});

// Two urusan blocks each closed by its own JUMLAH, then the grand total, repeated (planted: 300 + 200 juta, 700 juta).
const blocks = (sub2: Row = [null, "JUMLAH URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN", 700000000, 610000000, 87.14]) => ({
  Anggaran: [
    ["REALISASI ANGGARAN 2025"],
    HEADER,
    ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 300000000, 270000000, 90],
    ["7.01.02", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", 200000000, 180000000, 90],
    [null, "JUMLAH UNSUR KEWILAYAHAN", 500000000, 450000000, 90],
    ["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 700000000, 610000000, 87.14],
    sub2,
    [null, "JUMLAH TOTAL", 1200000000, 1060000000, 88.33],
    [null, "JUMLAH TOTAL", 1200000000, 1060000000, 88.33],
  ] as Row[],
});

// ROWS with a cancelled sub kegiatan (planted: 50.000.000 pagu, nothing spent) at sheet row 7 and a
// cancelled program (10.000.000) at row 9, both hidden; the kegiatan, the program and the JUMLAH
// typed by hand leave them out (180.411.000 = 100.411.000 + 80.000.000; 182.651.000 = the program).
const CANCELLED: Row[] = [
  ...ROWS.slice(0, 4),
  ["7.01.01.2.01.0003", "Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal Kecamatan", 50000000, 0, 0],
  ROWS[4]!,
  ["7.01.02", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", 10000000, 0, 0],
  [null, "JUMLAH", 182651000, 176405694, 96.58],
];
const HIDDEN = { Anggaran: [7, 9] };

ruleTester.run(anggaran, {
  valid: [
    {
      name: "a kegiatan and a JUMLAH typed to leave out a hidden cancelled sub kegiatan and a hidden program",
      sheets: table(...CANCELLED),
      hidden: HIDDEN,
    },
    {
      name: "a hidden row that the written total still counts (as a SUM formula would) also holds",
      sheets: table(
        ["7.01.01", ROWS[0]![1]!, 232651000, 176405694, 75.82],
        ["7.01.01.2.01", ROWS[1]![1]!, 230411000, 174165694, 75.59],
        ...CANCELLED.slice(2, 6),
      ),
      hidden: { Anggaran: [7] },
    },
    { name: "the sample's budget, consistent, with its JUMLAH", sheets: table(...ROWS, [null, "JUMLAH", 182651000, 176405694, 96.58]) },
    {
      name: "serapan 92,61 % of 9.261.000 / 10.000.000, realisasi equal to pagu (100 %)",
      sheets: table(["7.01.01", "PROGRAM A", 10000000, 9261000, 92.61], ["7.01.05", "PROGRAM B", 5000000, 5000000, 100]),
    },
    {
      name: "a consistent SIPD export: accounts sum to their sub kegiatan and are no sub kegiatan of the kegiatan; urusan and bidang are no programs",
      sheets: sipd(),
    },
    {
      // Planted rupiah: kegiatan 2.240.400 / 2.000.300 (89,28 %) and 1.000.300 / 900.200 (89,99 %), program their sum
      // 3.240.700 / 2.900.500 (89,50 %); written in whole thousands (rounded half up) with the serapan of the rupiah.
      name: "a table in whole thousands: a program one unit off its kegiatan's sum and serapan of the rupiah are rounding, not errors",
      sheets: {
        Anggaran: [
          ["REALISASI ANGGARAN TAHUN 2025"],
          HEADER,
          ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 3241, 2901, 89.5],
          ["7.01.01.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", 2240, 2000, 89.28],
          ["7.01.01.2.02", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", 1000, 900, 89.99],
          [],
          ["*) angka dalam ribuan rupiah"],
        ],
      },
    },
    { name: "the same export with code and name in one column: 1 URUSAN … is an urusan, so the JUMLAH is the one program's", sheets: oneColumn() },
    {
      name: "a consistent LRA by account: pendapatan and pembiayaan above target, SURPLUS/(DEFISIT) and SILPA are no spending; signature under it",
      sheets: lra(),
    },
    {
      name: "an LRA without codes: no row is a program, pendapatan above target passes",
      sheets: {
        LRA: [
          ["LAPORAN REALISASI ANGGARAN"],
          ["Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
          ["PENDAPATAN DAERAH", 200000000, 212000000, 106],
          ["Retribusi Daerah", 200000000, 212000000, 106],
          ["BELANJA DAERAH", 1000000000, 900000000, 90],
          ["Belanja Pegawai", 1000000000, 900000000, 90],
          ["SURPLUS/(DEFISIT)", -800000000, -688000000, 86],
        ],
      },
    },
    {
      name: 'a parent written "-" (PEMBIAYAAN DAERAH) states no figure to hold its 800.000.000 to',
      sheets: lra({ 10: ["6", "PEMBIAYAAN DAERAH", "-", "-", "-"] }),
    },
    { name: "a Selisih written realisasi − anggaran on every row is the table's convention, not an error", sheets: selisih() },
    {
      name: "a serapan column mixing percentages and fractions of a percent format (0,9256 shown as 92,56 %)",
      sheets: table(["7.01.01", "PROGRAM A", 10000000, 9256000, 0.9256], ["7.01.05", "PROGRAM B", 5000000, 5000000, 100]),
    },
    { name: "JUMLAH per urusan block, then a grand total (repeated): each the sum of its programs", sheets: blocks() },
  ],
  invalid: [
    {
      name: "the same totals without the rows hidden: the kegiatan and the JUMLAH leave out rows that count",
      sheets: table(...CANCELLED),
      errors: [
        { messageId: "jumlahSalah", sheet: "Anggaran", cell: "C4", severity: "error" },
        { messageId: "jumlahSalah", sheet: "Anggaran", cell: "C10", severity: "error" },
      ],
    },
    {
      name: "rows hidden, but the kegiatan is off by another amount (100.000): still an error naming its cell",
      sheets: table(...CANCELLED.map((r, i) => (i === 3 ? ["7.01.01.2.01.0002", r[1]!, 80100000, 78000000, 97.38] : r))),
      hidden: HIDDEN,
      errors: [{ messageId: "jumlahSalah", sheet: "Anggaran", cell: "C4", severity: "error", expected: "230.511.000" }],
    },
    {
      name: "a block's JUMLAH 710 juta where its one program has 700 juta",
      sheets: blocks([null, "JUMLAH URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN", 710000000, 610000000, 85.92]),
      errors: [{ messageId: "jumlahSalah", sheet: "Anggaran", cell: "C7", expected: "700.000.000", found: "710.000.000" }],
    },
    {
      name: "in that convention one Selisih typed -7.058.590 where 1.095.701.094 − 1.166.287.000 = -70.585.906",
      sheets: selisih(["5.1.02", "Belanja Barang dan Jasa", 1166287000, 1095701094, -7058590, 93.95]),
      errors: [{ messageId: "sisaSalah", sheet: "LRA", cell: "E5", expected: "-70.585.906", found: "-7.058.590" }],
    },
    {
      name: 'a child written "-" is 0: BELANJA OPERASI 720.000.000 where 540.000.000 + "-" = 540.000.000',
      sheets: lra({ 6: ["5.1.02", "Belanja Barang dan Jasa", "-", "-", "-"] }),
      errors: [
        { messageId: "jumlahSalah", sheet: "LRA 2025", cell: "C8", expected: "600.000.000", found: "800.000.000" },
        { messageId: "jumlahSalah", sheet: "LRA 2025", cell: "D8", expected: "540.000.000", found: "720.000.000" },
      ],
    },
    {
      name: "code and name in one column, a plain Sisa header: the bidang's sisa written 30.000 where 3.000.000 − 2.700.000 = 300.000",
      sheets: oneColumn({ 1: ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", 3000000, 2700000, 30000, 90] }),
      errors: [{ messageId: "sisaSalah", sheet: "Realisasi", cell: "D4", expected: "300.000", found: "30.000", related: ["Realisasi!B4", "Realisasi!C4"] }],
    },
    {
      name: "the sample's planted error: the program's realisasi 177.405.694 where its kegiatan add up to 176.405.694",
      sheets: table(["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 182651000, 177405694, 97.13], ...ROWS.slice(1)),
      errors: [
        {
          messageId: "jumlahSalah",
          sheet: "Anggaran",
          cell: "D3",
          severity: "error",
          expected: "176.405.694",
          found: "177.405.694",
          related: ["Anggaran!D4", "Anggaran!D7"],
          message: "selisih 1.000.000",
        },
      ],
    },
    {
      // The sample's budget in thousands (182.651 = 180.411 + 2.240; 176.406 = 174.166 + 2.240) with the program's realisasi 177.406.
      name: "a table dalam ribuan rupiah: findings quote the figures as the cells show them, not in rupiah",
      sheets: {
        Anggaran: [
          ["REALISASI ANGGARAN (dalam ribuan rupiah)"],
          HEADER,
          ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 182651, 177406, 97.13],
          ["7.01.01.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", 180411, 174166, 96.54],
          ["7.01.01.2.02", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", 2240, 2240, 100],
        ],
      },
      errors: [
        {
          messageId: "jumlahSalah",
          sheet: "Anggaran",
          cell: "D3",
          expected: "176.406",
          found: "177.406",
          related: ["Anggaran!D4", "Anggaran!D5"],
          message: "selisih 1.000)",
        },
      ],
    },
    {
      name: "serapan written 92,16 for 92,61; realisasi above pagu; a JUMLAH that is not the sum of the programs",
      sheets: table(
        ["7.01.01", "PROGRAM A", 10000000, 9261000, 92.16],
        ["7.01.05", "PROGRAM B", 5000000, 5100000, 102],
        [null, "JUMLAH", 15000000, 14261000, 95.07],
      ),
      errors: [
        { messageId: "serapanSalah", sheet: "Anggaran", cell: "E3", expected: "92,61", found: "92,16", related: ["Anggaran!C3", "Anggaran!D3"] },
        { messageId: "melebihiPagu", sheet: "Anggaran", cell: "D4", expected: "≤ 5.000.000", found: "5.100.000", message: "Perbaiki realisasi atau pagu" },
        { messageId: "jumlahSalah", sheet: "Anggaran", cell: "D5", expected: "14.361.000", found: "14.261.000", message: "selisih -100.000" },
      ],
    },
    {
      name: "SIPD: an account's realisasi typed 560.000 (sisa and % follow it): its sub kegiatan's 900.000 is not the sum of its accounts, 920.000",
      sheets: sipd({ 6: ["5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 600000, 560000, 40000, 93.33] }),
      errors: [
        {
          messageId: "jumlahSalah",
          sheet: "Realisasi TW IV",
          cell: "D8",
          expected: "920.000",
          found: "900.000",
          related: ["Realisasi TW IV!D9", "Realisasi TW IV!D10"],
          message: "rekening belanjanya",
        },
      ],
    },
    {
      name: "SIPD: the bidang's sisa written 30.000 where 3.000.000 − 2.700.000 = 300.000",
      sheets: sipd({ 1: ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", 3000000, 2700000, 30000, 90] }),
      errors: [
        {
          messageId: "sisaSalah",
          sheet: "Realisasi TW IV",
          cell: "E5",
          expected: "300.000",
          found: "30.000",
          related: ["Realisasi TW IV!C5", "Realisasi TW IV!D5"],
          message: "= 300.000. Ubah menjadi 300.000",
        },
      ],
    },
    {
      name: "SIPD: urusan and bidang anggaran 3.500.000 where their one program has 3.000.000 (the JUMLAH keeps the programs' sum)",
      sheets: sipd({
        0: ["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", 3500000, 2700000, 800000, 77.14],
        1: ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", 3500000, 2700000, 800000, 77.14],
      }),
      errors: [{ messageId: "jumlahSalah", sheet: "Realisasi TW IV", cell: "C5", expected: "3.000.000", found: "3.500.000", message: "programnya" }],
    },
    {
      name: "LRA: Belanja Barang dan Jasa realisasi typed 190.000.000 (its % 95): BELANJA OPERASI 720.000.000 is not 5.1.01 + 5.1.02 = 730.000.000",
      sheets: lra({ 6: ["5.1.02", "Belanja Barang dan Jasa", 200000000, 190000000, 95] }),
      errors: [
        { messageId: "jumlahSalah", sheet: "LRA 2025", cell: "D8", expected: "730.000.000", found: "720.000.000", related: ["LRA 2025!D9", "LRA 2025!D10"] },
      ],
    },
    {
      name: "LRA: belanja modal realised 210.000.000 of 200.000.000 is above its anggaran; pendapatan above its target is not",
      sheets: lra({
        3: ["5", "BELANJA DAERAH", 1000000000, 930000000, 93],
        7: ["5.2", "BELANJA MODAL", 200000000, 210000000, 105],
        8: ["5.2.02", "Belanja Modal Peralatan dan Mesin", 200000000, 210000000, 105],
        9: [null, "SURPLUS / (DEFISIT)", -800000000, -718000000, 89.75],
      }),
      errors: [
        { messageId: "melebihiPagu", sheet: "LRA 2025", cell: "D11", expected: "≤ 200.000.000", found: "210.000.000" },
        { messageId: "melebihiPagu", sheet: "LRA 2025", cell: "D12", expected: "≤ 200.000.000", found: "210.000.000" },
      ],
    },
  ],
});
