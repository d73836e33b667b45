/**
 * Builds contoh/contoh-kecamatan.xlsx: a realistic SAKIP workbook of one (fictional) kecamatan with
 * all eight kinds of table, and the inconsistencies documented in contoh/README.md planted in it.
 * Run: npm run contoh. Numbers are written as a kecamatan's staff would type them.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";

type V = string | number | null;
const OUT = join(__dirname, "..", "contoh", "contoh-kecamatan.xlsx");
const bold = { bold: true };

// Codes and names are the official ones for a kabupaten/kota's kecamatan (bidang 7.01 KECAMATAN in
// Kepmendagri 050-5889/2021 and its updates, data/nomenklatur-sub-kegiatan.csv): program 7.01.02 and
// its kegiatan 7.01.02.2.01 and 7.01.02.2.04, program 7.01.03 and its kegiatan 7.01.03.2.01. The two
// sub kegiatan of 7.01.02.2.01, with their official indicators (satuan Laporan and Dokumen):
const SUB_1 = "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait";
const IND_1 = "Jumlah Laporan Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait";
const SUB_2 = "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan";
const IND_2 = "Jumlah Dokumen Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan";

function put(ws: ExcelJS.Worksheet, r: number, values: V[]): void {
  values.forEach((v, i) => {
    if (v !== null) ws.getCell(r, i + 1).value = v;
  });
}
function header(ws: ExcelJS.Worksheet, r: number, values: V[]): void {
  put(ws, r, values);
  ws.getRow(r).font = bold;
}

const wb = new ExcelJS.Workbook();
wb.creator = "SAKIP Excel (contoh)";

// --- PK ------------------------------------------------------------------------------------
{
  const ws = wb.addWorksheet("PK 2025");
  put(ws, 1, ["PERJANJIAN KINERJA TAHUN 2025"]);
  put(ws, 2, ["CAMAT SUKAMAJU KABUPATEN HARAPAN JAYA"]);
  header(ws, 4, ["No", "Tujuan", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"]);
  put(ws, 5, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]);
  put(ws, 6, [
    1,
    "Meningkatnya kualitas pelayanan publik di kecamatan",
    "Meningkatnya kualitas pelayanan kecamatan",
    "Indeks Kepuasan Masyarakat (IKM)",
    "Indeks",
    88,
  ]);
  put(ws, 7, [null, null, null, "Persentase desa yang tertib administrasi", "%", 80]);
  // Planted (info): the target typed as text.
  put(ws, 8, [2, "Meningkatnya akuntabilitas kinerja kecamatan", "Meningkatnya implementasi SAKIP kecamatan", "Nilai SAKIP Kecamatan", "Nilai", "66"]);
  ws.mergeCells("A6:A7");
  ws.mergeCells("B6:B7");
  ws.mergeCells("C6:C7");
  put(ws, 10, ["Sumber : Perjanjian Kinerja Kecamatan Sukamaju Tahun 2025"]);
}

// --- Renaksi ---------------------------------------------------------------------------------
{
  const ws = wb.addWorksheet("Renaksi");
  put(ws, 1, ["RENCANA AKSI KINERJA KECAMATAN SUKAMAJU TAHUN 2025"]);
  header(ws, 3, [
    "No",
    "Sasaran/Program/Kegiatan",
    "Indikator Kinerja",
    "Satuan",
    "Target Tahunan",
    "Target Triwulan",
    null,
    null,
    null,
    "Sifat",
    "Penanggung Jawab",
  ]);
  header(ws, 4, [null, null, null, null, null, "TW I", "TW II", "TW III", "TW IV", null, null]);
  ws.mergeCells("F3:I3");
  for (const c of ["A", "B", "C", "D", "E", "J", "K"]) ws.mergeCells(`${c}3:${c}4`);
  const rows: V[][] = [
    [1, "Meningkatnya kualitas pelayanan kecamatan", "Indeks Kepuasan Masyarakat (IKM)", "Indeks", 88, 85, 86, 87, 88, "Nilai akhir", "Sekretaris Camat"],
    [null, null, "Persentase desa yang tertib administrasi", "%", 80, 20, 40, 60, 80, "Kumulatif", "Kasi Pemerintahan"],
    [2, "Meningkatnya implementasi SAKIP kecamatan", "Nilai SAKIP Kecamatan", "Nilai", 66, 60, 62, 64, 66, "Nilai akhir", "Sekretaris Camat"],
    [
      null,
      "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      "Indeks Kepuasan Masyarakat (IKM)",
      "Indeks",
      88,
      85,
      86,
      87,
      88,
      "Nilai akhir",
      "Camat",
    ],
    [null, null, "Persentase layanan administrasi kependudukan yang selesai tepat waktu", "%", 95, 95, 95, 95, 95, "Nilai akhir", "Kasi Pelayanan"],
    [
      null,
      "- Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
      "Jumlah dokumen laporan koordinasi pemerintahan",
      "Dokumen",
      12,
      3,
      6,
      9,
      12,
      "Kumulatif",
      "Kasi Pemerintahan",
    ],
    // The sub kegiatan's satuan as the staff typed them, the same in the PKPK (planted there, see below).
    [null, `-- ${SUB_1}`, IND_1, "Dokumen", 12, 3, 6, 9, 12, "Kumulatif", "Kasi Pemerintahan"],
    [null, `-- ${SUB_2}`, IND_2, "Dok", 4, 1, 2, 3, 4, "Kumulatif", "Kasi Pelayanan"],
    [
      null,
      "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
      "Persentase desa yang difasilitasi pemberdayaan",
      "%",
      100,
      25,
      50,
      75,
      100,
      "Kumulatif",
      "Kasi PMD",
    ],
    // Planted (error): cumulative, but TW IV (15) is not the yearly target (16).
    [null, "- Koordinasi Kegiatan Pemberdayaan Desa", "Jumlah desa yang dibina", "Desa", 16, 4, 8, 12, 15, "Kumulatif", "Kasi PMD"],
  ];
  rows.forEach((r, i) => put(ws, 5 + i, r));
}

// --- PPS (four quarters side by side) -------------------------------------------------------
{
  const ws = wb.addWorksheet("PPS");
  put(ws, 1, ["PENGUKURAN PENCAPAIAN SASARAN (PPS) KECAMATAN SUKAMAJU TAHUN 2025"]);
  header(ws, 3, [
    "Sasaran",
    "Indikator Kinerja",
    "Satuan",
    "Target Tahunan",
    "Triwulan I",
    null,
    null,
    "Triwulan II",
    null,
    null,
    "Triwulan III",
    null,
    null,
    "Triwulan IV",
    null,
    null,
  ]);
  header(ws, 4, [
    null,
    null,
    null,
    null,
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Target",
    "Realisasi",
    "Capaian (%)",
  ]);
  for (const [a, b] of [
    ["E", "G"],
    ["H", "J"],
    ["K", "M"],
    ["N", "P"],
  ])
    ws.mergeCells(`${a}3:${b}3`);
  for (const c of ["A", "B", "C", "D"]) ws.mergeCells(`${c}3:${c}4`);
  put(ws, 5, [
    "Meningkatnya kualitas pelayanan kecamatan",
    "Indeks Kepuasan Masyarakat (IKM)",
    "Indeks",
    88,
    85,
    85.6,
    100.71,
    86,
    86.4,
    100.47,
    87,
    87.2,
    100.23,
    88,
    89.45,
    101.65,
  ]);
  // Planted: the name written with one more word (warning), and a yearly target of 85 where the PK says 80 (error).
  put(ws, 6, [null, "Persentase Desa yang Tertib Administrasi Pemerintahan", "%", 85, 20, 15, 75, 40, 35, 87.5, 60, 50, 83.33, 80, 60, 75]);
  // Planted (warning): satuan "Angka" where the PK says "Nilai".
  put(ws, 7, [
    "Meningkatnya implementasi SAKIP kecamatan",
    "Nilai SAKIP Kecamatan",
    "Angka",
    66,
    60,
    null,
    null,
    62,
    null,
    null,
    64,
    null,
    null,
    66,
    64.86,
    98.27,
  ]);
}

// --- PKPK, one sheet for the third quarter ----------------------------------------------------
{
  const ws = wb.addWorksheet("PKPK TW III");
  put(ws, 1, ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK)"]);
  put(ws, 2, ["TRIWULAN III TAHUN 2025"]);
  header(ws, 4, ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)", "Anggaran", null, null]);
  header(ws, 5, [null, null, null, null, null, null, null, null, "Pagu (Rp)", "Realisasi (Rp)", "%"]);
  ws.mergeCells("I4:K4");
  for (const c of ["A", "B", "C", "D", "E", "F", "G", "H"]) ws.mergeCells(`${c}4:${c}5`);
  const rows: V[][] = [
    // Planted (error): realisasi TW III 86,9 where the PPS says 87,2.
    [
      "7.01.02",
      "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      "Indeks Kepuasan Masyarakat (IKM)",
      "Indeks",
      88,
      87,
      86.9,
      99.89,
      182651000,
      136988250,
      75,
    ],
    [null, null, "Persentase layanan administrasi kependudukan yang selesai tepat waktu", "%", 95, 95, 96, 101.05, null, null, null],
    // Planted (error): target TW III 10 where the Rencana Aksi says 9.
    [
      "7.01.02.2.01",
      "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
      "Jumlah dokumen laporan koordinasi pemerintahan",
      "Dokumen",
      12,
      10,
      9,
      90,
      180411000,
      135308250,
      75,
    ],
    // Planted (warning, satuan-nomenklatur): satuan "Dokumen"; the list's satuan of this indicator is "Laporan".
    ["7.01.02.2.01.0001", SUB_1, IND_1, "Dokumen", 12, 9, 9, 100, 100411000, 75500000, 75.19],
    // Planted (info, satuan-nomenklatur): satuan "Dok", the list's "Dokumen" written short.
    ["7.01.02.2.01.0002", SUB_2, IND_2, "Dok", 4, 3, 3, 100, 80000000, 59808250, 74.76],
    [
      "7.01.03",
      "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
      "Persentase desa yang difasilitasi pemberdayaan",
      "%",
      100,
      75,
      75,
      100,
      63838000,
      47878500,
      75,
    ],
    // Planted (warning): satuan left blank.
    ["7.01.03.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", "Jumlah desa yang dibina", null, 16, 12, 12, 100, 63838000, 47878500, 75],
  ];
  rows.forEach((r, i) => put(ws, 6 + i, r));
}

// --- Capaian IKU -------------------------------------------------------------------------------
{
  const ws = wb.addWorksheet("Capaian IKU");
  put(ws, 1, ["Tabel 3.2"]);
  put(ws, 2, ["Capaian Indikator Kinerja Utama Kecamatan Sukamaju Tahun 2025"]);
  header(ws, 3, ["Tujuan Strategis", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target 2025", "Realisasi 2025", "Capaian 2025 (%)", "Kategori"]);
  put(ws, 4, [
    "Meningkatnya kualitas pelayanan publik di kecamatan",
    "Meningkatnya kualitas pelayanan kecamatan",
    "Indeks Kepuasan Masyarakat (IKM)",
    "Indeks",
    88,
    89.45,
    101.65,
    "Sangat Tinggi",
  ]);
  // Planted (error): 60 / 80 = 75 % is "Sedang", not "Tinggi".
  put(ws, 5, [null, null, "Persentase desa yang tertib administrasi", "%", 80, 60, 75, "Tinggi"]);
  // Planted (error): 64,86 / 66 = 98,27 %, written 97,27 (as in the seed LKjIP).
  put(ws, 6, [
    "Meningkatnya akuntabilitas kinerja kecamatan",
    "Meningkatnya implementasi SAKIP kecamatan",
    "Nilai SAKIP Kecamatan",
    "Nilai",
    66,
    64.86,
    97.27,
    "Sangat Tinggi",
  ]);
  put(ws, 8, ["Sumber : PPS Triwulan IV dan LHE AKIP 2025"]);
}

// --- Realisasi anggaran --------------------------------------------------------------------------
{
  const ws = wb.addWorksheet("Realisasi Anggaran");
  put(ws, 1, ["REALISASI ANGGARAN KECAMATAN SUKAMAJU TAHUN 2025"]);
  header(ws, 3, ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]);
  put(ws, 4, [1, 2, 3, 4, 5]);
  const rows: V[][] = [
    // Planted (error): realisasi 177.405.694, but its kegiatan add up to 176.405.694.
    ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 182651000, 177405694, 97.13],
    ["7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", 180411000, 174165694, 96.54],
    ["7.01.02.2.01.0001", SUB_1, 100411000, 96165694, 95.77],
    ["7.01.02.2.01.0002", SUB_2, 80000000, 78000000, 97.5],
    ["7.01.02.2.04", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", 2240000, 2240000, 100],
    ["7.01.03", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", 63838000, 60608000, 94.94],
    ["7.01.03.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", 63838000, 60608000, 94.94],
    [null, "JUMLAH", 246489000, 238013694, 96.56],
  ];
  rows.forEach((r, i) => put(ws, 5 + i, r));
  for (let r = 5; r <= 12; r++) for (const c of [3, 4]) ws.getCell(r, c).numFmt = "#,##0";
}

// --- Evaluasi Renja (Permendagri 86/2017, form E.81), Triwulan IV ------------------------------
{
  const ws = wb.addWorksheet("Evaluasi Renja");
  put(ws, 1, ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH KECAMATAN SUKAMAJU"]);
  put(ws, 2, ["PERIODE PELAKSANAAN: TRIWULAN IV TAHUN 2025"]);
  const heads = [
    "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)",
    "Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Tahun Lalu (2024)",
    "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2025)",
    "Realisasi Kinerja Pada Triwulan I",
    "Realisasi Kinerja Pada Triwulan II",
    "Realisasi Kinerja Pada Triwulan III",
    "Realisasi Kinerja Pada Triwulan IV",
    "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah (%)",
    "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2025",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun 2025 (%)",
  ];
  header(ws, 4, [
    "No",
    "Sasaran",
    "Kode",
    "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
    "Indikator Kinerja Program (outcome)/Kegiatan (output)",
    "Satuan",
    ...heads.flatMap((h) => [h, null]),
    "Perangkat Daerah Penanggung Jawab",
  ]);
  header(ws, 5, [null, null, null, null, null, null, ...heads.flatMap(() => ["K", "Rp"])]);
  for (const c of [1, 2, 3, 4, 5, 6, 29]) ws.mergeCells(4, c, 5, c);
  for (let i = 0; i < heads.length; i++) ws.mergeCells(4, 7 + 2 * i, 4, 8 + 2 * i);
  // Column numbers: 3 over Kode and the name, one number over each K / Rp pair, the form's arithmetic stated.
  const rel: Record<number, string> = { 13: "13 = 9 + 10 + 11 + 12", 14: "14 = 13 / 8 x 100", 15: "15 = 7 + 13", 16: "16 = 15 / 6 x 100" };
  put(ws, 6, [1, 2, 3, null, 4, 5, ...heads.flatMap((_, i) => [rel[6 + i] ?? 6 + i, null]), 17]);
  ws.mergeCells(6, 3, 6, 4);
  for (let i = 0; i < heads.length; i++) ws.mergeCells(6, 7 + 2 * i, 6, 8 + 2 * i);
  type KR = [number | null, number | null];
  // One row: K and Rp of columns 6, 7, 8 and 9–12 as typed, then 13–16 as the sheet's formulas give them
  // (2 decimals); `over` replaces single cells afterwards (a typed figure, a formula that follows it).
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const row = (lead: V[], k: KR[] | null, rp: KR[] | null, pj: V): V[] => {
    const cols: V[] = [];
    const derived = (u: 0 | 1) => {
      const src = (u === 0 ? k : rp) ?? [];
      const v = (i: number) => src[i]?.[0] ?? null;
      const tw = [3, 4, 5, 6].map(v);
      const real = tw.some((x) => x !== null) ? tw.reduce<number>((a, x) => a + (x ?? 0), 0) : null;
      const renstraReal = real !== null ? (v(1) ?? 0) + real : null;
      return [
        v(0),
        v(1),
        v(2),
        ...tw,
        real,
        real !== null && v(2) ? r2((real / v(2)!) * 100) : null,
        renstraReal,
        renstraReal !== null && v(0) ? r2((renstraReal / v(0)!) * 100) : null,
      ];
    };
    const kv = derived(0);
    const rv = derived(1);
    kv.forEach((x, i) => cols.push(x, rv[i]!));
    return [...lead, ...cols, pj];
  };
  const one = (xs: (number | null)[]): KR[] => xs.map((x) => [x, null]);
  const SASARAN = "Meningkatnya kualitas pelayanan kecamatan";
  const rows: V[][] = [
    row(
      [1, SASARAN, "7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Indeks Kepuasan Masyarakat (IKM)", "Indeks"],
      one([90, null, 88, null, null, null, 89.45]),
      one([913255000, 529687900, 182651000, 40120000, 48180500, 48687750, 39417444]),
      "Camat",
    ),
    row(
      [null, null, null, null, "Persentase layanan administrasi kependudukan yang selesai tepat waktu", "%"],
      one([95, null, 95, null, null, null, 96]),
      null,
      "Kasi Pelayanan",
    ),
    row(
      [
        2,
        null,
        "7.01.02.2.01",
        "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        "Jumlah dokumen laporan koordinasi pemerintahan",
        "Dokumen",
      ],
      one([60, 36, 12, 3, 3, 3, 3]),
      one([902055000, 523191900, 180411000, 39880000, 47320000, 48108250, 38857444]),
      "Kasi Pemerintahan",
    ),
    row(
      [3, null, "7.01.02.2.01.0001", SUB_1, null, null],
      null,
      one([502055000, 291191900, 100411000, 22000000, 26500000, 27000000, 20665694]),
      "Kasi Pemerintahan",
    ),
    row(
      [4, null, "7.01.02.2.01.0002", SUB_2, null, null],
      null,
      one([400000000, 232000000, 80000000, 17880000, 20820000, 21108250, 18191750]),
      "Kasi Pelayanan",
    ),
    row(
      [5, null, "7.01.02.2.04", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", null, null],
      null,
      one([11200000, 6496000, 2240000, 240000, 860500, 579500, 560000]),
      "Sekretaris Camat",
    ),
    row(
      [
        6,
        "Meningkatnya implementasi SAKIP kecamatan",
        "7.01.03",
        "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
        "Persentase desa yang difasilitasi pemberdayaan",
        "%",
      ],
      one([100, null, 100, 25, 25, 25, 25]),
      one([319190000, 185130200, 63838000, 12500000, 17600000, 17778500, 12729500]),
      "Kasi PMD",
    ),
    row(
      [7, null, "7.01.03.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", "Jumlah desa yang dibina", "Desa"],
      one([80, 48, 16, 4, 4, 4, 4]),
      one([319190000, 185130200, 63838000, 12500000, 17600000, 17778500, 12729500]),
      "Kasi PMD",
    ),
  ];
  // Planted (error, renja-anggaran): the program's Renja anggaran (8 Rp) typed 183.651.000; its kegiatan
  // add up to 182.651.000. Its tingkat capaian Rp (14) is the formula, computed from the typed figure.
  rows[0]![6 + 5] = 183651000;
  rows[0]![6 + 17] = r2((176405694 / 183651000) * 100);
  // Planted (error, renja-relasi): tingkat capaian Renstra K (16) of "Jumlah desa yang dibina" typed 75;
  // 15 / 6 × 100 = 64 / 80 × 100 = 80.
  rows[7]![6 + 20] = 75;
  // JUMLAH: the sum of the programs (formulas, following the typed figure).
  const sumOf = (c: number) => (rows[0]![c] as number) + (rows[6]![c] as number);
  const jumlah: V[] = [null, null, null, "JUMLAH", null, null];
  for (let i = 0; i < heads.length; i++) {
    const c = 6 + 2 * i + 1;
    jumlah.push(null, i === 8 ? r2((sumOf(6 + 15) / sumOf(6 + 5)) * 100) : i === 10 ? r2((sumOf(6 + 19) / sumOf(6 + 1)) * 100) : sumOf(c));
  }
  rows.push(jumlah);
  rows.forEach((r, i) => put(ws, 7 + i, r));
  for (let r = 7; r < 7 + rows.length; r++) for (let i = 0; i < heads.length; i++) if (i !== 8 && i !== 10) ws.getCell(r, 8 + 2 * i).numFmt = "#,##0";
  const t = 7 + rows.length + 1;
  put(ws, t, [...Array(24).fill(null), "Sukamaju, 5 Januari 2026"]);
  put(ws, t + 1, [...Array(24).fill(null), "CAMAT SUKAMAJU"]);
  put(ws, t + 5, [...Array(24).fill(null), "Drs. HARYANTO WIBOWO, M.Si"]);
  put(ws, t + 6, [...Array(24).fill(null), "Pembina Tingkat I"]);
  put(ws, t + 7, [...Array(24).fill(null), "NIP. 19700512 199803 1 007"]);
}

// --- SKM: raw answers and the unsur table -------------------------------------------------------
const UNSUR = [
  "Persyaratan",
  "Sistem, Mekanisme dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Sarana dan Prasarana",
];
{
  const ws = wb.addWorksheet("SKM Responden");
  put(ws, 1, ["JAWABAN RESPONDEN SURVEI KEPUASAN MASYARAKAT 2025"]);
  header(ws, 3, ["No", "Jenis Kelamin", "Pendidikan", ...UNSUR.map((_, j) => `U${j + 1}`)]);
  // A small deterministic generator (LCG) so the file is the same every time it is made.
  let seed = 20250101;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const answers: (number | null)[][] = [];
  for (let i = 0; i < 40; i++) {
    const row = UNSUR.map(() => {
      const x = rnd();
      return x < 0.02 ? null : x < 0.1 ? 2 : x < 0.35 ? 3 : 4;
    });
    answers.push(row);
    put(ws, 4 + i, [i + 1, rnd() < 0.5 ? "L" : "P", ["SD", "SMP", "SMA", "D3", "S1"][Math.floor(rnd() * 5)]!, ...row]);
  }
  const nrr = UNSUR.map((_, j) => {
    const filled = answers.map((r) => r[j]).filter((v): v is number => v !== null);
    return Math.round((filled.reduce((a, b) => a + b, 0) / filled.length) * 1000) / 1000;
  });

  const us = wb.addWorksheet("SKM");
  put(us, 1, ["Tabel 3.6"]);
  put(us, 2, ["Kategori unsur layanan pada Kecamatan Sukamaju"]);
  header(us, 3, ["No", "Unsur Pelayanan", "NRR", "Nilai Konversi", "Mutu Pelayanan", "Kinerja Unit Pelayanan"]);
  const mutu = (v: number) => (v >= 88.31 ? ["A", "Sangat Baik"] : v >= 76.61 ? ["B", "Baik"] : v >= 65 ? ["C", "Kurang Baik"] : ["D", "Tidak Baik"]);
  nrr.forEach((n, j) => {
    let konv = Math.round(n * 25 * 1000) / 1000;
    // Planted (error): the third unsur's converted value mistyped (+0,45).
    if (j === 2) konv = Math.round((konv + 0.45) * 1000) / 1000;
    const [m, k] = mutu(n * 25);
    put(us, 4 + j, [j + 1, UNSUR[j]!, n, konv, m!, k!]);
  });
  const tertimbang = nrr.reduce((a, b) => a + b, 0) / nrr.length;
  const ikm = Math.round(tertimbang * 25 * 1000) / 1000;
  put(us, 13, [null, "NRR Tertimbang", Math.round(tertimbang * 1000) / 1000]);
  const [mi, ki] = mutu(ikm);
  put(us, 14, [null, "IKM Unit Pelayanan", null, ikm, mi!, ki!]);
  put(us, 15, [null, "Jumlah responden = 40"]);
}

void wb.xlsx.writeFile(OUT).then(() => console.log(`Contoh dibuat: ${OUT}`));
