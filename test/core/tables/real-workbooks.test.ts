/**
 * Issue 9, "Read real workbooks right": grids shaped like the workbooks staff make (domain.md,
 * "Real workbooks: what the readers meet"), written by hand.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Area, CellValue, Sheet } from "../../../src/core/grid";
import { readSheet } from "../../../src/core/tables/find";
import { roleOf, normalizeLabel } from "../../../src/core/tables/header";
import { parseNumberCell } from "../../../src/core/tables/numbering";
import type { IndicatorTable } from "../../../src/core/tables/types";

const sheet = (name: string, rows: CellValue[][], merges: Area[] = []): Sheet => ({ name, rows, merges });
const errors = (s: Sheet[]) => checkWorkbook({ sheets: s }).findings.filter((f) => f.severity === "error");

describe("column-number rows in every style", () => {
  const col = (n: number) => ({ col: n });
  test.each<[string, number, object | null]>([
    ["1", 1, null],
    ["(3)", 3, null],
    ["3=1+2", 3, { op: "+", left: col(1), right: col(2) }],
    ["13 = 9 + 10 + 11 + 12", 13, { op: "+", left: { op: "+", left: { op: "+", left: col(9), right: col(10) }, right: col(11) }, right: col(12) }],
    ["14 = 7 + 13", 14, { op: "+", left: col(7), right: col(13) }],
    ["15 = 14 / 6 x 100", 15, { op: "*", left: { op: "/", left: col(14), right: col(6) }, right: { num: 100 } }],
    ["5 = 3 - 4", 5, { op: "-", left: col(3), right: col(4) }],
    ["8 = 7/6 x 100", 8, { op: "*", left: { op: "/", left: col(7), right: col(6) }, right: { num: 100 } }],
    ["8 = 7/6 × 100", 8, { op: "*", left: { op: "/", left: col(7), right: col(6) }, right: { num: 100 } }],
    ["8 = 7 : 6 * 100", 8, { op: "*", left: { op: "/", left: col(7), right: col(6) }, right: { num: 100 } }],
    ["(8) = (7)/(6) x 100", 8, { op: "*", left: { op: "/", left: col(7), right: col(6) }, right: { num: 100 } }],
  ])("%s", (text, n, expr) => {
    expect(parseNumberCell(text)).toEqual({ n, expr });
  });

  test("text that is not a column number is not one", () => {
    expect(parseNumberCell("Program")).toBeNull();
    expect(parseNumberCell("8 = tujuh")).toBeNull();
  });
});

describe("the kinds' spellings", () => {
  test.each<[string, string | null]>([
    ["Presentase (%)", "capaian"],
    ["Prosentase Serapan", "persenAnggaran"],
    ["Pagu Anggaran (Rp)", "pagu"],
    ["Realisasi Capaian Kinerja dan Anggaran Renja rp", "realisasiAnggaran"],
    ["Nomenklatur Sub Kegiatan", "uraian"],
    ["Target Akhir Renstra", "targetAkhir"],
    ["Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024", null],
    ["Unit PD Penanggung Jawab", null],
  ])("%s → %s", (label, role) => {
    expect(roleOf(normalizeLabel(label))).toBe(role);
  });
});

/** Evaluasi terhadap Hasil Renja (Permendagri 86/2017), 3 header rows and the column-number row. */
function renja(): Sheet {
  const K = "K";
  const R = "Rp.";
  const rows: CellValue[][] = [
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN CONTOH"],
    ["Periode pelaksanaan: Triwulan IV Tahun 2024"],
    ["Perangkat Daerah : Kecamatan Contoh"],
    [],
    [
      "No",
      "Sasaran",
      "Kode",
      "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan",
      "Indikator Kinerja Program (outcome)/Kegiatan (output)",
      "Satuan",
      "Target Renstra PD Tahun 2026",
      null,
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja PD Tahun Lalu (2023)",
      null,
      "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2024) yang Dievaluasi",
      null,
      "Realisasi Kinerja Pada Triwulan",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi",
      null,
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      null,
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s.d. Tahun 2024 (%)",
      null,
      "Unit PD Penanggung Jawab",
    ],
    [null, null, null, null, null, null, null, null, null, null, null, null, "I", null, "II", null, "III", null, "IV"],
    [null, null, null, null, null, null, K, R, K, R, K, R, K, R, K, R, K, R, K, R, K, R, K, R, K, R],
    [
      1,
      2,
      3,
      null,
      4,
      5,
      6,
      null,
      7,
      null,
      8,
      null,
      9,
      null,
      10,
      null,
      11,
      null,
      12,
      null,
      "13 = 9 + 10 + 11 + 12",
      null,
      "14 = 7 + 13",
      null,
      "15 = 14 / 6 x 100",
      null,
      16,
    ],
    // Program: nilai SAKIP; quarters of the kinerja measured in TW IV only.
    [
      1,
      "Meningkatnya akuntabilitas kinerja kecamatan",
      "7.01.01",
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      "Nilai SAKIP Kecamatan",
      "Nilai",
      70,
      5000000000,
      60,
      3000000000,
      70,
      1000000000,
      0,
      200000000,
      0,
      250000000,
      0,
      250000000,
      68,
      250000000,
      68,
      950000000,
      128,
      3950000000,
      182.86,
      79,
      "Kecamatan Contoh",
    ],
    // A kegiatan whose name and indicator hold header words ("Penganggaran", "Persentase … Anggaran").
    [
      null,
      null,
      "7.01.01.2.01",
      "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      "Persentase Laporan Realisasi Anggaran yang Tepat Waktu",
      "Persen",
      100,
      500000000,
      60,
      200000000,
      100,
      100000000,
      25,
      20000000,
      25,
      30000000,
      25,
      25000000,
      25,
      25000000,
      100,
      100000000,
      160,
      300000000,
      160,
      60,
      "Kecamatan Contoh",
    ],
    [
      null,
      null,
      "7.01.01.2.01.0001",
      "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      "Jumlah Dokumen Perencanaan Perangkat Daerah",
      "Dokumen",
      10,
      250000000,
      4,
      100000000,
      2,
      50000000,
      0,
      10000000,
      1,
      15000000,
      0,
      12500000,
      1,
      12500000,
      2,
      50000000,
      6,
      150000000,
      60,
      60,
      "Kecamatan Contoh",
    ],
    [
      null,
      null,
      "7.01.01.2.01.0007",
      "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      "Laporan",
      20,
      250000000,
      8,
      100000000,
      4,
      50000000,
      1,
      10000000,
      1,
      15000000,
      1,
      12500000,
      1,
      12500000,
      4,
      50000000,
      12,
      150000000,
      60,
      60,
      "Kecamatan Contoh",
    ],
    [],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Kecamatan Contoh, 31 Desember 2024",
    ],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "CAMAT CONTOH"],
    [],
    [],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Drs. Nama Camat, M.Si",
    ],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "Pembina Tk. I"],
    [
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "NIP. 19750101 200003 1 001",
    ],
  ];
  const merges: Area[] = [];
  for (let c = 0; c <= 5; c++) merges.push({ r0: 4, c0: c, r1: 6, c1: c });
  for (const c of [6, 8, 10, 20, 22, 24]) merges.push({ r0: 4, c0: c, r1: 5, c1: c + 1 });
  merges.push({ r0: 4, c0: 12, r1: 4, c1: 19 });
  for (const c of [12, 14, 16, 18]) merges.push({ r0: 5, c0: c, r1: 5, c1: c + 1 });
  merges.push({ r0: 4, c0: 26, r1: 6, c1: 26 });
  merges.push({ r0: 7, c0: 2, r1: 7, c1: 3 });
  for (let c = 6; c <= 24; c += 2) merges.push({ r0: 7, c0: c, r1: 7, c1: c + 1 });
  return sheet("Renja TW IV", rows, merges);
}

describe("Evaluasi terhadap Hasil Renja: a 4-row header with K / Rp pairs and a relation row", () => {
  test("is one table whose header ends at the column-number row; its data rows are read", () => {
    const tables = readSheet(renja());
    expect(tables).toHaveLength(1);
    const t = tables[0] as IndicatorTable;
    expect(t.kind).toBe("renja");
    expect(t.doubt).toBeNull();
    expect(t.headerRow).toBe(4);
    // The table ends at its last data row: the signature block beside and under it is not read.
    expect(t.area.r1).toBe(11);
    expect(t.rows.map((r) => [r.r, r.level, r.code, r.indikator.text])).toEqual([
      [8, "program", "7.01.01", "Nilai SAKIP Kecamatan"],
      [9, "kegiatan", "7.01.01.2.01", "Persentase Laporan Realisasi Anggaran yang Tepat Waktu"],
      [10, "subkegiatan", "7.01.01.2.01.0001", "Jumlah Dokumen Perencanaan Perangkat Daerah"],
      [11, "subkegiatan", "7.01.01.2.01.0007", "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD"],
    ]);
    const doc = t.rows[2]!;
    // K columns: Renja target (8 K), quarters 9–12 K, realisasi 13 K; Rp columns: 8 Rp as pagu, 13 Rp as spending.
    expect(doc.target?.value).toBe(2);
    expect(doc.tw.map((q) => q.realisasi?.value)).toEqual([0, 1, 0, 1]);
    expect(doc.realisasi?.value).toBe(2);
    expect(doc.pagu?.value).toBe(50000000);
    expect(doc.realisasiAnggaran?.value).toBe(50000000);
    expect(doc.targetAkhir?.value).toBe(10);
    expect(t.problems).toEqual([]);
  });

  test("the relations of the column-number row are on the table, numbers mapped to sheet columns", () => {
    const t = readSheet(renja())[0]!;
    expect(t.relations?.map((r) => [r.column, r.text])).toEqual([
      [13, "13 = 9 + 10 + 11 + 12"],
      [14, "14 = 7 + 13"],
      [15, "15 = 14 / 6 x 100"],
    ]);
    const at = (n: number) => t.columnNumbers?.find((x) => x.n === n);
    expect(at(3)).toEqual({ n: 3, c0: 2, c1: 3 });
    expect(at(9)).toEqual({ n: 9, c0: 12, c1: 13 });
    expect(at(13)).toEqual({ n: 13, c0: 20, c1: 21 });
    expect(at(16)).toEqual({ n: 16, c0: 26, c1: 26 });
  });

  test("gives no error finding and no doubt through checkWorkbook", () => {
    const result = checkWorkbook({ sheets: [renja()] });
    expect(result.findings.filter((f) => f.severity === "error" || f.rule === "tabel-tidak-dipahami")).toEqual([]);
    expect(result.tables).toEqual([{ sheet: "Renja TW IV", range: "A5:AA12", kind: "renja" }]);
  });
});

test("an unmerged two-row header: a heading over its K and Rp cells is spread to the blank cell beside it", () => {
  const s = sheet("Pengukuran", [
    ["Indikator Kinerja", "Satuan", "Target 2024", null, "Realisasi TW I", null],
    [null, null, "K", "Rp.", "K", "Rp."],
    ["Indeks Kepuasan Masyarakat", "Indeks", 88, 1000000, 80, 250000],
  ]);
  const [t] = readSheet(s) as IndicatorTable[];
  expect(t!.headerRow).toBe(0);
  expect(t!.columns).toMatchObject({ indikator: 0, satuan: 1, target: 2, pagu: 3, realisasi: 4, realisasiAnggaran: 5 });
  expect(t!.rows[0]).toMatchObject({ target: { value: 88 }, pagu: { value: 1000000 } });
  expect(t!.rows[0]!.tw[0].realisasi?.value).toBe(80);
});

describe("PPS with one sheet per quarter", () => {
  const pps = sheet("PPS TW I", [
    ["PENGUKURAN PENCAPAIAN SASARAN"],
    ["TRIWULAN I TAHUN 2024"],
    [],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Tahun 2024", "Target", "Realisasi", "Capaian (%)"],
    [1, 2, 3, 4, 5, 6, 7, "8 = 7/6 x 100"],
    [1, "Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat", "Indeks", 85, 80, 84, 105],
    [2, "Meningkatnya akuntabilitas kinerja", "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "%", 100, 100, 95, 95],
  ]);

  test("its column-number row 8 = 7/6 x 100 is header, not data, and states capaian = realisasi / target × 100", () => {
    const [t, ...rest] = readSheet(pps) as IndicatorTable[];
    expect(rest).toEqual([]);
    expect(t!.kind).toBe("pps");
    expect(t!.quarter).toBe(1);
    expect(t!.rows.map((r) => [r.r, r.indikator.text, r.target?.value, r.tw[0].target?.value, r.tw[0].realisasi?.value, r.tw[0].capaian?.value])).toEqual([
      [5, "Indeks Kepuasan Masyarakat", 85, 80, 84, 105],
      [6, "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", 100, 100, 95, 95],
    ]);
    expect(t!.relations).toEqual([
      { column: 8, text: "8 = 7/6 x 100", expr: { op: "*", left: { op: "/", left: { col: 7 }, right: { col: 6 } }, right: { num: 100 } } },
    ]);
    expect(t!.columnNumbers?.find((x) => x.n === 7)).toEqual({ n: 7, c0: 6, c1: 6 });
    expect(errors([pps])).toEqual([]);
  });
});

describe("a header is a header", () => {
  test("header words inside data rows do not start a table (a kegiatan named Penganggaran, an indicator naming Realisasi Anggaran)", () => {
    const rows: CellValue[][] = [
      ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["Persentase dokumen perencanaan yang tepat waktu", "%", 100, 100, 100],
      ["Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Persentase Realisasi Anggaran", 90, 90, 100],
      ["Nilai SAKIP", "Nilai", 70, 63, 90],
      ["Jumlah laporan keuangan", "Laporan", 12, 12, 100],
    ];
    const tables = readSheet(sheet("Capaian IKU", rows));
    expect(tables.map((t) => [t.kind, t.area.r1])).toEqual([["capaian", 4]]);
    expect((tables[0] as IndicatorTable).rows).toHaveLength(4);
  });

  test("a reference list of sub kegiatan (thousands of rows) yields no error finding", () => {
    const names: [string, string, string, string][] = [
      [
        "Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran",
        "Tersusunnya Dokumen Rencana Kerja dan Anggaran",
        "Jumlah Laporan Realisasi Pelaksanaan APBD",
        "Laporan",
      ],
      [
        "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        "Tersedianya Laporan Capaian Kinerja",
        "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
        "Laporan",
      ],
      [
        "Penyediaan Gaji dan Tunjangan ASN",
        "Terlaksananya Penyediaan Gaji dan Tunjangan ASN",
        "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
        "Orang/bulan",
      ],
      [
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "Tersedianya Dokumen Perencanaan Anggaran",
        "Persentase Realisasi Anggaran dan Target Kinerja",
        "Persen",
      ],
    ];
    const rows: CellValue[][] = [
      ["LAMPIRAN KEPUTUSAN MENTERI DALAM NEGERI: Laporan Realisasi Pelaksanaan APBD dan nomenklatur sub kegiatan"],
      ["Kode", "Nomenklatur Sub Kegiatan", "Kinerja", "Indikator", "Satuan"],
    ];
    for (let i = 0; i < 3000; i++) {
      const [n, k, ind, sat] = names[i % names.length]!;
      rows.push([`X.XX.01.2.${String(1 + (i % 9)).padStart(2, "0")}.${String(1 + i).padStart(4, "0")}`, n, k, ind, sat]);
    }
    const s = sheet("Sub Kegiatan", rows);
    const result = checkWorkbook({ sheets: [s] });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.tables).toEqual([]);
  });

  test("header words in a title or a signature block start no table", () => {
    const rows: CellValue[][] = [
      ["Realisasi Anggaran dan Capaian Target Indikator Kinerja Tahun 2024", "Sasaran Program dan Kegiatan"],
      ["Indikator", "Satuan", "Target"],
      ["Indeks Kepuasan Masyarakat", "Indeks", 88],
      [],
      ["Kepala Bidang Anggaran, Pagu dan Realisasi", "Penanggung jawab indikator sasaran"],
      ["NIP. 19750101 200003 1 001"],
    ];
    const tables = readSheet(sheet("PK", rows));
    expect(tables.map((t) => [t.kind, t.area.r0, t.area.r1])).toEqual([["pk", 1, 2]]);
  });
});

describe("the table's end", () => {
  test("a signature block right under the table (place and date, head's title, name, pangkat, NIP) is no data row", () => {
    const s = sheet("PK 2024", [
      ["PERJANJIAN KINERJA TAHUN 2024"],
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
      [1, "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 88],
      [2, "Meningkatnya akuntabilitas", "Nilai SAKIP", "Nilai", 70],
      [null, null, null, "Kecamatan Contoh, 31 Desember 2024"],
      [null, null, null, "CAMAT CONTOH"],
      [],
      [null, null, null, "Drs. NAMA CAMAT"],
      [null, null, null, "Pembina Tk. I"],
      [null, null, null, "NIP. 19750101 200003 1 001"],
    ]);
    const [t, ...rest] = readSheet(s) as IndicatorTable[];
    expect(rest).toEqual([]);
    expect(t!.rows.map((r) => r.indikator.text)).toEqual(["Indeks Kepuasan Masyarakat", "Nilai SAKIP"]);
    expect(t!.area.r1).toBe(3);
    expect(checkWorkbook({ sheets: [s] }).findings).toEqual([]);
  });

  test("the head's title after a blank row ends a budget table; a Sumber line ends an indicator table", () => {
    const s = sheet("Realisasi", [
      ["Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
      ["PROGRAM A", 1000, 900, 90],
      ["- Kegiatan A1", 1000, 900, 90],
      [],
      ["KEPALA DINAS CONTOH"],
      ["Sumber : DPA 2024"],
    ]);
    const [t] = readSheet(s);
    expect(t!.kind).toBe("anggaran");
    expect(t!.area.r1).toBe(2);
  });

  test("two tables on one sheet: a program list under a PK is no PK row, and a Capaian table below is its own", () => {
    const s = sheet("PK", [
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
      [1, "Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 88],
      [],
      ["No", "Program", "Anggaran", "Keterangan"],
      [1, "Program Penunjang Urusan Pemerintahan", "Rp 1.000.000.000", "APBD"],
      [],
      [],
      ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      ["Indeks Kepuasan Masyarakat", "Indeks", 88, 88, 100],
    ]);
    const tables = readSheet(s) as IndicatorTable[];
    expect(tables.map((t) => [t.kind, t.area.r0, t.area.r1, t.rows.length])).toEqual([
      ["pk", 0, 1, 1],
      ["capaian", 7, 8, 1],
    ]);
    expect(errors([s])).toEqual([]);
  });
});

describe("a reading checks itself", () => {
  test("a number column holding mostly text is one warning for the region, and no rule runs on the table", () => {
    const s = sheet("Capaian", [
      ["Indikator", "Satuan", "Target", "Realisasi"],
      ["Indeks Kepuasan Masyarakat", "Indeks", "Meningkat", 88],
      ["Nilai SAKIP", "Nilai", "Baik", 70],
      ["Opini BPK", "Predikat", "WTP", "WTP"],
      ["Jumlah pengaduan", "Kasus", "Menurun", 3],
      ["Persentase dokumen", "%", "Tepat waktu", 100],
    ]);
    const [t] = readSheet(s);
    expect(t!.doubt).toEqual({
      reason: 'kolom "Target" (C) seharusnya berisi angka, tetapi 3 dari 5 barisnya berisi teks',
      expected: "angka",
      found: "teks",
    });
    const findings = checkWorkbook({ sheets: [s] }).findings;
    expect(findings).toEqual([
      {
        rule: "tabel-tidak-dipahami",
        severity: "warning",
        sheet: "Capaian",
        cell: "A1",
        related: [],
        expected: "angka",
        found: "teks",
        message:
          'Tabel di A1:D6 tidak dapat dipahami: kolom "Target" (C) seharusnya berisi angka, tetapi 3 dari 5 barisnya berisi teks. Periksa judul kolom tabel ini; tidak ada galat yang dilaporkan dari tabel ini.',
      },
    ]);
  });

  test("one text in a clearly numeric column is still reported on its cell", () => {
    const s = sheet("PK", [
      ["Indikator", "Satuan", "Target"],
      ["Indeks Kepuasan Masyarakat", "Indeks", 88],
      ["Nilai SAKIP", "Nilai", 70],
      ["Persentase aduan selesai", "%", "sembilan puluh"],
      ["Jumlah pengaduan", "Kasus", 3],
    ]);
    const f = checkWorkbook({ sheets: [s] }).findings;
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["tidak-terbaca", "C4"]]);
  });

  test("a predikat, an opini, a range or a bound where a figure belongs is meant so: no error", () => {
    // PK targets as staff write them: a SAKIP predikat (PermenPANRB 88/2021), an opini BPK, a range, a bound.
    const s = sheet("PK", [
      ["Indikator", "Satuan", "Target"],
      ["Nilai SAKIP", "Predikat", "BB"],
      ["Opini BPK", "Opini", "WTP"],
      ["Persentase informasi publik yang dipublikasikan", "persen", "75-80"],
      ["Persentase aduan selesai", "%", "75 s.d. 80"],
      ["Indeks SPBE", "Indeks", "≥ 3,5"],
      ["Jumlah pengaduan", "Kasus", 3],
      ["Dokumen SOP pelayanan", "Dokumen", "Tersedia"],
      ["Rapat evaluasi kinerja triwulanan", "Kegiatan", "Terlaksana"],
    ]);
    const f = checkWorkbook({ sheets: [s] }).findings;
    expect(f.filter((x) => x.severity === "error")).toEqual([]);
    const pk = readSheet(s)[0] as IndicatorTable;
    expect(pk.rows.map((r) => r.target?.value ?? null)).toEqual([null, null, null, null, 3.5, 3, null, null]);
  });
});

describe("header bands of three and four rows", () => {
  /** Identity block, then "Capaian Kinerja Tahun 2025" over Triwulan I / II over Target / Realisasi / Capaian, then 1 2 3 …. */
  function ppsBand(repeat: boolean): Sheet {
    const band = "Capaian Kinerja Tahun 2025";
    const rows: CellValue[][] = [
      ["PENGUKURAN PENCAPAIAN SASARAN"],
      [],
      ["Perangkat Daerah", ":", "Dinas Kesehatan"],
      ["Tahun", ":", "2025"],
      [],
      ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", band, ...(repeat ? [band, band, band, band, band] : [null, null, null, null, null])],
      [
        null,
        null,
        null,
        null,
        "Triwulan I",
        ...(repeat ? ["Triwulan I", "Triwulan I"] : [null, null]),
        "Triwulan II",
        ...(repeat ? ["Triwulan II", "Triwulan II"] : [null, null]),
      ],
      [null, null, null, null, "Target", "Realisasi", "Capaian (%)", "Target", "Realisasi", "Capaian (%)"],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      ["Meningkatnya kualitas kesehatan ibu dan anak", "Cakupan pelayanan kesehatan ibu hamil (K6)", "%", 92, 23, 23, 100, 46, 47.1, 102.39],
      [null, "Persentase puskesmas terakreditasi", "%", 60, 40, 40, 100, 45, 45, 100],
    ];
    const merges: Area[] = repeat
      ? []
      : [
          { r0: 5, c0: 4, r1: 5, c1: 9 },
          { r0: 6, c0: 4, r1: 6, c1: 6 },
          { r0: 6, c0: 7, r1: 6, c1: 9 },
          ...[0, 1, 2, 3].map((c) => ({ r0: 5, c0: c, r1: 7, c1: c })),
        ];
    return sheet("PPS 2025", rows, merges);
  }

  test.each([false, true])("a band over Triwulan over Target / Realisasi / Capaian is one PPS header (labels repeated: %s)", (repeat) => {
    const [t, ...rest] = readSheet(ppsBand(repeat)) as IndicatorTable[];
    expect(rest).toEqual([]);
    expect(t!.kind).toBe("pps");
    expect(t!.headerRow).toBe(5);
    // The band's word "Capaian" does not make every quarter column a capaian column.
    expect(
      t!.rows.map((r) => [r.r, r.indikator.text, r.target?.value, r.tw.slice(0, 2).map((q) => [q.target?.value, q.realisasi?.value, q.capaian?.value])]),
    ).toEqual([
      [
        9,
        "Cakupan pelayanan kesehatan ibu hamil (K6)",
        92,
        [
          [23, 23, 100],
          [46, 47.1, 102.39],
        ],
      ],
      [
        10,
        "Persentase puskesmas terakreditasi",
        60,
        [
          [40, 40, 100],
          [45, 45, 100],
        ],
      ],
    ]);
    expect(t!.columnNumbers).toHaveLength(10);
    expect(errors([ppsBand(repeat)])).toEqual([]);
  });

  test("a four-row band: the band repeated in its own row, and a heading merged over its quarters, stay header", () => {
    const s = sheet(
      "Rencana Aksi",
      [
        ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Realisasi Kinerja Tahun 2025", null, null, null],
        [null, null, null, null, "Realisasi Kinerja Tahun 2025", null, null, null],
        [null, null, null, null, "Target Triwulan", null, null, null],
        [null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
        [1, "Nilai SAKIP Kecamatan", "Nilai", 66, 60, 62, 64, 66],
        [2, "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 86, 87, 88],
      ],
      [
        { r0: 0, c0: 4, r1: 0, c1: 7 },
        { r0: 1, c0: 4, r1: 1, c1: 7 },
        { r0: 2, c0: 4, r1: 2, c1: 7 },
        ...[0, 1, 2, 3].map((c) => ({ r0: 0, c0: c, r1: 3, c1: c })),
      ],
    );
    const [t, ...rest] = readSheet(s) as IndicatorTable[];
    expect(rest).toEqual([]);
    expect(t!.kind).toBe("renaksi");
    expect(t!.rows.map((r) => [r.r, r.target?.value, r.tw.map((q) => q.target?.value)])).toEqual([
      [4, 66, [60, 62, 64, 66]],
      [5, 88, [85, 86, 87, 88]],
    ]);
  });

  test("a heading written once, unmerged, over TW I–IV under a band is part of the header", () => {
    const s = sheet("Renaksi", [
      ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "Rencana Kinerja Tahun 2025"],
      [null, null, null, null, "Target Triwulan"],
      [null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
      [1, "Nilai SAKIP Kecamatan", "Nilai", 66, 60, 62, 64, 66],
      [2, "Indeks Kepuasan Masyarakat", "Indeks", 88, 85, 86, 87, 88],
    ]);
    const [t, ...rest] = readSheet(s) as IndicatorTable[];
    expect(rest).toEqual([]);
    expect(t!.rows.map((r) => [r.r, r.target?.value, r.tw.map((q) => q.target?.value)])).toEqual([
      [3, 66, [60, 62, 64, 66]],
      [4, 88, [85, 86, 87, 88]],
    ]);
  });

  test('"Anggaran" over Pagu (Rp) / Realisasi (Rp) / % is a heading, not the unit Rp', () => {
    const s = sheet(
      "PKPK TW IV",
      [
        ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN TRIWULAN IV"],
        ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Realisasi Kinerja Tahun 2025", null, null],
        [null, null, null, null, null, null, null, "Anggaran", null, null],
        [null, null, null, null, null, null, null, "Pagu (Rp)", "Realisasi (Rp)", "%"],
        ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "Persentase layanan yang difasilitasi", "%", 100, 100, 100, 182651000, 176405694, 96.58],
        ["7.01.02.2.01", "- Koordinasi Penyelenggaraan Kegiatan Pemerintahan", "Jumlah dokumen laporan", "Dokumen", 12, 12, 100, 182651000, 176405694, 96.58],
      ],
      [{ r0: 1, c0: 7, r1: 1, c1: 9 }, { r0: 2, c0: 7, r1: 2, c1: 9 }, ...[0, 1, 2, 3, 4, 5, 6].map((c) => ({ r0: 1, c0: c, r1: 3, c1: c }))],
    );
    const tables = readSheet(s) as IndicatorTable[];
    expect(tables.map((t) => t.kind)).toEqual(["pkpk"]);
    expect(tables[0]!.columns).toMatchObject({ pagu: 7, realisasiAnggaran: 8, persenAnggaran: 9 });
    expect(tables[0]!.rows.map((r) => [r.pagu?.value, r.realisasiAnggaran?.value, r.tw[3].target?.value])).toEqual([
      [182651000, 176405694, 100],
      [182651000, 176405694, 12],
    ]);
    expect(errors([s])).toEqual([]);
  });
});

describe("a four-row header with labels repeated instead of merged, and a relation row", () => {
  const band = "PENGUKURAN KINERJA TAHUN 2025";
  const tw = (q: string) => [q, q, q];
  const pps = (tw2Satlinmas: number): Sheet =>
    sheet("PPS", [
      ["PENGUKURAN KINERJA SATUAN POLISI PAMONG PRAJA"],
      [],
      ["SASARAN", "INDIKATOR KINERJA", "SATUAN", "TARGET TAHUNAN", ...Array(12).fill(band)],
      [null, null, null, null, ...Array(12).fill(band)],
      [null, null, null, null, ...tw("TRIWULAN I"), ...tw("TRIWULAN II"), ...tw("TRIWULAN III"), ...tw("TRIWULAN IV")],
      [null, null, null, null, ...Array(4).fill(["TARGET", "REALISASI", "CAPAIAN (%)"]).flat()],
      [1, 2, 3, 4, 5, 6, "7 = 6/5 x 100", 8, 9, "10 = 9/8 x 100", 11, 12, "13 = 12/11 x 100", 14, 15, "16 = 15/14 x 100"],
      ["Meningkatnya penegakan Perda", "Persentase penegakan Perda dan Perkada", "%", 100, 25, 25, 100, 50, 50, 100, 75, 75, 100, 100, 100, 100],
      [
        "Meningkatnya perlindungan masyarakat",
        "Jumlah anggota Satlinmas yang terlatih",
        "Orang",
        240,
        20,
        20,
        100,
        tw2Satlinmas,
        80,
        Math.round((80 / tw2Satlinmas) * 10000) / 100,
        160,
        165,
        103.13,
        240,
        238,
        99.17,
      ],
    ]);
  const renaksi = sheet("RENAKSI", [
    ["RENCANA AKSI"],
    ["NO", "SASARAN", "INDIKATOR KINERJA", "SATUAN", "TARGET TAHUNAN", "TARGET TRIWULAN", "TARGET TRIWULAN", "TARGET TRIWULAN", "TARGET TRIWULAN"],
    [null, null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
    [1, "Meningkatnya penegakan Perda", "Persentase penegakan Perda dan Perkada", "%", 100, 25, 50, 75, 100],
    [2, "Meningkatnya perlindungan masyarakat", "Jumlah anggota Satlinmas yang terlatih", "Orang", 240, 20, 80, 160, 240],
  ]);

  test('the band "Pengukuran Kinerja" is no SKM "kinerja" column, and the repeated band rows stay header', () => {
    expect(roleOf(normalizeLabel("Pengukuran Kinerja Tahun 2025"))).toBeNull();
    expect(roleOf(normalizeLabel("Ukuran Kinerja"))).toBe("kinerja");
    const [t, ...rest] = readSheet(pps(80)) as IndicatorTable[];
    expect(rest).toEqual([]);
    expect(t!.kind).toBe("pps");
    expect(t!.headerRow).toBe(2);
    expect(t!.relations?.map((r) => r.text)).toEqual(["7 = 6/5 x 100", "10 = 9/8 x 100", "13 = 12/11 x 100", "16 = 15/14 x 100"]);
    expect(t!.rows.map((r) => [r.r, r.target?.value, r.tw.map((q) => q.target?.value)])).toEqual([
      [7, 100, [25, 50, 75, 100]],
      [8, 240, [20, 80, 160, 240]],
    ]);
    expect(errors([renaksi, pps(80)])).toEqual([]);
  });

  test("a PPS quarter target that differs from the Rencana Aksi is found at its cell", () => {
    expect(errors([renaksi, pps(90)]).map((f) => [f.sheet, f.cell, f.rule])).toEqual([["PPS", "H9", "target-triwulan"]]);
  });
});

describe("a PK with Target 2025 and Target Triwulan (TW I–IV) under a two-row header, signed beside it", () => {
  const pk = sheet(
    "PK 2025",
    [
      ["PERJANJIAN KINERJA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
      [],
      [
        "No",
        "Sasaran",
        "Indikator Kinerja",
        "Satuan",
        "Target 2025",
        "Target Triwulan",
        null,
        null,
        null,
        "Anggaran (Rp)",
        null,
        "Harapan Jaya, 31 Desember 2025",
      ],
      [null, null, null, null, null, "TW I", "TW II", "TW III", "TW IV", null, null, "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
      [1, "Meningkatnya kepemilikan dokumen kependudukan", "Persentase penduduk wajib KTP yang memiliki KTP-el", "%", 98.5, 97.5, 98, 98.2, 98.5, 412500000],
      [null, null, "Persentase anak yang memiliki akta kelahiran", "%", 96, 94, 94.5, 95, 96, 285400000, null, "H. AHMAD SYARIFUDDIN, S.Sos., M.M."],
      [null, null, null, null, null, null, null, null, null, null, null, "Pembina Tingkat I"],
      [null, null, null, null, null, null, null, null, null, null, null, "NIP. 19750817 199903 1 003"],
    ],
    [{ r0: 2, c0: 5, r1: 2, c1: 8 }, ...[0, 1, 2, 3, 4, 9].map((c) => ({ r0: 2, c0: c, r1: 3, c1: c }))],
  );
  const renaksi = (aktaYearly: number) =>
    sheet("Renaksi", [
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"],
      [1, "Meningkatnya kepemilikan dokumen kependudukan", "Persentase penduduk wajib KTP yang memiliki KTP-el", "%", 98.5, 97.5, 98, 98.2, 98.5],
      [null, null, "Persentase anak yang memiliki akta kelahiran", "%", aktaYearly, 94, 94.5, 95, 96],
    ]);

  test("the yearly target is Target 2025, the TW row is header, the column-number row is no data row", () => {
    const [t, ...rest] = readSheet(pk) as IndicatorTable[];
    expect(rest).toEqual([]);
    expect(t!.kind).toBe("pk");
    expect(t!.rows.map((r) => [r.r, r.indikator.text, r.target?.value, r.tw.map((q) => q.target?.value), r.pagu?.value])).toEqual([
      [5, "Persentase penduduk wajib KTP yang memiliki KTP-el", 98.5, [97.5, 98, 98.2, 98.5], 412500000],
      [6, "Persentase anak yang memiliki akta kelahiran", 96, [94, 94.5, 95, 96], 285400000],
    ]);
    expect(t!.columnNumbers).toHaveLength(10);
    expect(checkWorkbook({ sheets: [pk, renaksi(96)] }).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a Rencana Aksi yearly target that differs from the PK is the one error", () => {
    expect(errors([pk, renaksi(95)]).map((f) => [f.sheet, f.cell, f.rule])).toEqual([["Renaksi", "E3", "target-tahunan"]]);
  });
});

test('Evaluasi Renja under one "Realisasi" band: long headings merged over their K / Rp pairs stay header', () => {
  const long = "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)";
  const s = sheet(
    "Lamp. 3",
    [
      ["No", "Kode", "Program/Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan (output)", "Satuan", "Realisasi", null, null, null, null, null],
      [null, null, null, null, null, long, null, "Target Kinerja dan Anggaran Renja Tahun Berjalan (2025)", null, "Realisasi Kinerja Pada Triwulan IV", null],
      [null, null, null, null, null, "K", "Rp", "K", "Rp", "K", "Rp"],
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      [
        1,
        "1.02.02",
        "PROGRAM PEMENUHAN UPAYA KESEHATAN",
        "Persentase fasilitas kesehatan yang memenuhi standar",
        "%",
        400,
        44728000000,
        80,
        8945600000,
        81,
        8512340500,
      ],
      [
        2,
        "1.02.02.2.02",
        "Penyediaan Layanan Kesehatan",
        "Jumlah dokumen hasil penyediaan layanan kesehatan",
        "Dokumen",
        120,
        30602000000,
        24,
        6120400000,
        24,
        5871230000,
      ],
    ],
    [
      { r0: 0, c0: 5, r1: 0, c1: 10 },
      { r0: 1, c0: 5, r1: 1, c1: 6 },
      { r0: 1, c0: 7, r1: 1, c1: 8 },
      { r0: 1, c0: 9, r1: 1, c1: 10 },
      ...[0, 1, 2, 3, 4].map((c) => ({ r0: 0, c0: c, r1: 2, c1: c })),
    ],
  );
  const [t, ...rest] = readSheet(s) as IndicatorTable[];
  expect(rest).toEqual([]);
  expect(t!.kind).toBe("renja");
  expect(t!.rows.map((r) => [r.r, r.targetAkhir?.value, r.target?.value, r.pagu?.value, r.tw[3].realisasi?.value])).toEqual([
    [4, 400, 80, 8945600000, 81],
    [5, 120, 24, 6120400000, 24],
  ]);
  expect(checkWorkbook({ sheets: [s] }).findings.filter((f) => f.severity !== "info")).toEqual([]);
});

describe("Renaksi and PK Perubahan bands", () => {
  test('"Target" merged over "Tahunan | TW I … TW IV": the yearly and the quarterly targets are read', () => {
    const s = sheet(
      "Renaksi",
      [
        ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", null, null, null, null, "Rencana Aksi", "Penanggung Jawab"],
        [null, null, null, null, "Tahunan", "TW I", "TW II", "TW III", "TW IV", null, null],
        [
          1,
          "Meningkatnya keterbukaan informasi",
          "Persentase informasi publik yang dipublikasikan",
          "persen",
          80,
          20,
          40,
          60,
          75,
          "Publikasi 120 informasi",
          "Kabid IKP",
        ],
        [2, "Meningkatnya kualitas SPBE", "Jumlah dokumen kebijakan TIK", "Dokumen", 3, 0, 1, 2, 3, "2 Perbup dan 1 SK", "Sekretaris"],
      ],
      [
        { r0: 0, c0: 4, r1: 0, c1: 8 },
        { r0: 0, c0: 0, r1: 1, c1: 0 },
        { r0: 0, c0: 1, r1: 1, c1: 1 },
        { r0: 0, c0: 2, r1: 1, c1: 2 },
        { r0: 0, c0: 3, r1: 1, c1: 3 },
      ],
    );
    const [t] = readSheet(s) as IndicatorTable[];
    expect(t!.kind).toBe("renaksi");
    expect(t!.rows.map((r) => [r.target?.value, ...r.tw.map((q) => q.target?.value)])).toEqual([
      [80, 20, 40, 60, 75],
      [3, 0, 1, 2, 3],
    ]);
    expect(t!.problems).toEqual([]);
  });

  test('PK Perubahan with "Target Awal" and "Target Perubahan": the revised target is read', () => {
    const s = sheet("PK Perubahan", [
      ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2025"],
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target Awal", "Target Perubahan", "Keterangan"],
      [1, "Meningkatnya kualitas SPBE", "Indeks SPBE", "Indeks", 3.5, 3.6, "Hasil evaluasi 2024"],
      [2, "Meningkatnya keterbukaan informasi", "Persentase informasi publik yang dipublikasikan", "%", 75, 80, null],
    ]);
    const [t] = readSheet(s) as IndicatorTable[];
    expect(t!.kind).toBe("pk");
    expect(t!.perubahan).toBe(true);
    expect(t!.rows.map((r) => r.target?.value)).toEqual([3.6, 80]);
  });
});

describe("a one-quarter PPS sheet", () => {
  // Planted: 38 / 40 × 100 = 95, written 59,5.
  const ppsTw2 = () =>
    sheet("PPS TW II", [
      ["PENGUKURAN PENCAPAIAN SASARAN TRIWULAN II TAHUN 2025"],
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET TAHUNAN", "TARGET TW II", "REALISASI TW II", "CAPAIAN (%)", "KETERANGAN"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8) = (7)/(6) x 100", "(9)"],
      [
        1,
        "Meningkatnya kualitas SPBE",
        "Persentase perangkat daerah yang terhubung jaringan intra pemerintah",
        "%",
        80,
        40,
        38,
        59.5,
        "Terhubung 17 dari 45 PD",
      ],
      [2, "Meningkatnya keterbukaan informasi", "Persentase informasi publik yang dipublikasikan", "persen", 80, 40, 41, 102.5, null],
    ]);

  test('"Target TW II | Realisasi TW II | Capaian (%)": the capaian without a quarter is that quarter\'s', () => {
    const [t] = readSheet(ppsTw2()) as IndicatorTable[];
    expect(t!.quarter).toBe(2);
    expect(t!.rows.map((r) => [r.target?.value, r.tw[1].target?.value, r.tw[1].realisasi?.value, r.tw[1].capaian?.value, r.capaian])).toEqual([
      [80, 40, 38, 59.5, null],
      [80, 40, 41, 102.5, null],
    ]);
  });

  test("its wrong capaian is found", () => {
    expect(errors([ppsTw2()]).map((f) => [f.rule, f.cell])).toEqual([["capaian", "H4"]]);
  });
});

describe("an indicator name wrapped onto the next row by hand", () => {
  const pk = (second: string) =>
    sheet("PK", [
      ["PERJANJIAN KINERJA TAHUN 2025"],
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
      [1, "Meningkatnya kualitas SPBE", "Persentase perangkat daerah yang terhubung", "%", 80],
      [null, null, second, null, null],
      [null, null, "Indeks SPBE", "Indeks", 3.5],
    ]);
  const pps = sheet("PPS", [
    ["PENGUKURAN PENCAPAIAN SASARAN TAHUN 2025"],
    ["Indikator", "Satuan", "Target Tahunan", "Target TW IV", "Realisasi TW IV", "Capaian TW IV (%)"],
    ["Persentase perangkat daerah yang terhubung jaringan intra pemerintah", "%", 80, 80, 78, 97.5],
    ["Indeks SPBE", "Indeks", 3.5, 3.5, 3.61, 103.14],
  ]);

  test("the lower line continues the name: one indicator, matched with the other documents", () => {
    const [t] = readSheet(pk("jaringan intra pemerintah")) as IndicatorTable[];
    expect(t!.rows.map((r) => [r.indikator.text, r.target?.value])).toEqual([
      ["Persentase perangkat daerah yang terhubung jaringan intra pemerintah", 80],
      ["Indeks SPBE", 3.5],
    ]);
    expect(checkWorkbook({ sheets: [pk("jaringan intra pemerintah"), pps] }).findings).toEqual([]);
  });

  test("a name of its own (capitalised, the line above complete) with no target is still an indicator with a blank target", () => {
    const [t] = readSheet(pk("Rasio jaringan intra pemerintah")) as IndicatorTable[];
    expect(t!.rows.map((r) => r.indikator.text)).toEqual(["Persentase perangkat daerah yang terhubung", "Rasio jaringan intra pemerintah", "Indeks SPBE"]);
  });
});

describe("Capaian IKU with the Renstra's columns beside the year's", () => {
  test('"Realisasi s.d. 2025" (accumulated over the Renstra) before "Realisasi 2025": the year\'s realisasi is read', () => {
    // Planted: a count indicator, 480 handled over the Renstra years so far, 131 this year against 120.
    const s = sheet("Capaian", [
      ["CAPAIAN KINERJA TAHUN 2025"],
      [
        "Indikator Kinerja",
        "Satuan",
        "Target Akhir Renstra 2026",
        "Realisasi s.d. 2025",
        "Capaian thd Renstra (%)",
        "Target 2025",
        "Realisasi 2025",
        "Capaian (%)",
        "Kategori",
      ],
      ["Jumlah aduan ditindaklanjuti", "Aduan", 600, 480, 80, 120, 131, 109.17, "Sangat Tinggi"],
    ]);
    const [t] = readSheet(s) as IndicatorTable[];
    expect([t!.rows[0]!.target?.value, t!.rows[0]!.realisasi?.value, t!.rows[0]!.capaian?.value, t!.rows[0]!.targetAkhir?.value]).toEqual([
      120, 131, 109.17, 600,
    ]);
    expect(errors([s])).toEqual([]);
  });

  test.each([["Realisasi s.d. TW III"], ["Realisasi Kumulatif s/d Triwulan III"], ["Realisasi s.d. Desember 2025"], ["Realisasi Kumulatif 2025"]])(
    "%s is still a realisasi",
    (label) => {
      expect(roleOf(normalizeLabel(label))).toBe("realisasi");
    },
  );

  test.each([["Realisasi s.d. 2025"], ["Realisasi Kumulatif s/d Tahun 2025"], ["Capaian s.d. Tahun 2025 (%)"]])(
    "%s (over the Renstra years up to one) is not the year's",
    (label) => {
      expect(roleOf(normalizeLabel(label))).toBeNull();
    },
  );
});

describe("figures written with words around them", () => {
  test('a target with its unit or predikat ("3 Dokumen", "80 persen", "3,6 (Baik)") is the figure; a multiplier is not', () => {
    const s = sheet("PK", [
      ["PERJANJIAN KINERJA 2025"],
      ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target"],
      [1, "Meningkatnya SPBE", "Jumlah dokumen kebijakan TIK", "Dokumen", "3 Dokumen"],
      [2, null, "Jumlah aduan ditindaklanjuti", "Aduan", "120 aduan"],
      [3, null, "Persentase PD terhubung", "%", "80 persen"],
      [4, null, "Indeks SPBE", "Indeks", "3,6 (Baik)"],
      [5, null, "Jumlah pendapatan BLUD", "Rupiah", "1.500 juta"],
    ]);
    const [t] = readSheet(s) as IndicatorTable[];
    expect(t!.doubt).toBeNull();
    expect(t!.rows.map((r) => r.target?.value ?? null)).toEqual([3, 120, 80, 3.6, null]);
    expect(errors([s]).map((f) => f.cell)).toEqual(["E7"]);
  });

  test("a Rencana Aksi's schedule marks (√, v) in the quarter columns are no figures and no errors", () => {
    const s = sheet(
      "Renaksi",
      [
        ["RENCANA AKSI 2025"],
        ["No", "Sasaran", "Indikator Kinerja", "Target", "Rencana Aksi", "TW I", "TW II", "TW III", "TW IV", "Penanggung Jawab"],
        [1, "Meningkatnya SPBE", "Indeks SPBE", 3.6, "Penyusunan tim evaluasi", "√", null, null, null, "Kabid"],
        [null, null, null, null, "Evaluasi mandiri", null, "√", "√", null, "Kabid"],
        [null, null, null, null, "Verifikasi oleh KemenPANRB", null, null, null, "v", "Kabid"],
      ],
      [
        { r0: 2, c0: 1, r1: 4, c1: 1 },
        { r0: 2, c0: 2, r1: 4, c1: 2 },
        { r0: 2, c0: 3, r1: 4, c1: 3 },
      ],
    );
    expect(checkWorkbook({ sheets: [s] }).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

test("Renaksi: action rows under an indicator merged down over them are not rows with a blank indicator", () => {
  const s = sheet(
    "Renaksi",
    [
      ["RENCANA AKSI 2025"],
      ["No", "Indikator Kinerja", "Satuan", "Target", "Rencana Aksi", "TW I", "TW II", "TW III", "TW IV"],
      [1, "Persentase informasi publik yang dipublikasikan", "%", 80, "Publikasi berita", 20, 40, 60, 80],
      [null, null, null, null, "Publikasi infografis", 10, 20, 30, 40],
      [null, null, null, null, "Publikasi video", 5, 10, 15, 20],
      [2, "Indeks SPBE", "Indeks", 3.6, "Evaluasi mandiri", null, null, null, 3.6],
      [null, null, "Dokumen", null, "Dokumen tanpa indikator", 1, 1, 1, 1],
    ],
    [0, 1, 2, 3].map((c) => ({ r0: 2, c0: c, r1: 4, c1: c })),
  );
  expect(checkWorkbook({ sheets: [s] }).findings.map((f) => [f.rule, f.cell])).toEqual([["tidak-terbaca", "B7"]]);
});

describe("a Renstra matrix: targets and realisations for every year of the plan", () => {
  // Planted: the report is on 2024; 2025 is not realised yet. Aduan 2024: 112 / 110 = 101,82, written 110.
  const matrix = (capaianHead: string, title: string) =>
    sheet(
      "Capaian IKU",
      [
        [title],
        ["Indikator", "Satuan", "Target", null, null, null, null, "Realisasi", null, null, null, null, capaianHead],
        [null, null, "2021", "2022", "2023", "2024", "2025", "2021", "2022", "2023", "2024", "2025", null],
        ["Indeks SPBE", "Indeks", 2.5, 2.8, 3.1, 3.4, 3.6, 2.1, 2.45, 2.9, 3.42, null, 100.59],
        ["Jumlah aduan ditindaklanjuti", "Aduan", 80, 90, 100, 110, 120, 75, 92, 98, 112, null, 110],
      ],
      [
        { r0: 1, c0: 2, r1: 1, c1: 6 },
        { r0: 1, c0: 7, r1: 1, c1: 11 },
      ],
    );
  test.each([
    ["Capaian 2024 (%)", "CAPAIAN KINERJA"],
    ["Capaian (%)", "CAPAIAN KINERJA TAHUN 2024"],
  ])("the year is the one %s / %s names", (head, title) => {
    const s = matrix(head, title);
    const [t] = readSheet(s) as IndicatorTable[];
    expect(t!.year).toBe(2024);
    expect(t!.rows.map((r) => [r.target?.value, r.realisasi?.value])).toEqual([
      [3.4, 3.42],
      [110, 112],
    ]);
    expect(checkWorkbook({ sheets: [s] }).findings.map((f) => [f.rule, f.cell])).toEqual([["capaian", "M5"]]);
  });
});

test('PKPK with "Realisasi Triwulan I | II" over "Kinerja | Keuangan": a quarter\'s spending is not the year\'s realisasi anggaran', () => {
  const s = sheet(
    "PKPK",
    [
      ["PKPK TAHUN 2025"],
      ["Kode", "Program/Kegiatan", "Indikator", "Satuan", "Target", null, "Realisasi Triwulan I", null, "Realisasi Triwulan II", null],
      [null, null, null, null, "Kinerja", "Anggaran (Rp)", "Kinerja", "Keuangan", "Kinerja", "Keuangan"],
      ["2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", "Persentase PD terhubung", "%", 85, 1500000000, 22, 300000000, 43, 700000000],
    ],
    [
      { r0: 1, c0: 4, r1: 1, c1: 5 },
      { r0: 1, c0: 6, r1: 1, c1: 7 },
      { r0: 1, c0: 8, r1: 1, c1: 9 },
    ],
  );
  const [t] = readSheet(s) as IndicatorTable[];
  expect(t!.kind).toBe("pkpk");
  const row = t!.rows[0]!;
  expect([row.target?.value, row.pagu?.value, row.realisasiAnggaran, row.tw[0].realisasi?.value, row.tw[1].realisasi?.value]).toEqual([
    85,
    1500000000,
    null,
    22,
    43,
  ]);
});

test('Renaksi quarters written as shares ("25%" … "100%") of a count indicator are no figures to compare', () => {
  const sheets = [
    sheet("Renaksi", [
      ["RENCANA AKSI 2025"],
      ["Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"],
      ["Jumlah dokumen perencanaan", "Dokumen", 4, "25%", "50%", "75%", "100%"],
    ]),
    sheet("PPS", [
      ["PENGUKURAN PENCAPAIAN SASARAN 2025"],
      ["Indikator", "Satuan", "Target Tahunan", "Target TW I", "Realisasi TW I", "Target TW II", "Realisasi TW II"],
      ["Jumlah dokumen perencanaan", "Dokumen", 4, 1, 1, 2, 2],
    ]),
  ];
  const [rk] = readSheet(sheets[0]!) as IndicatorTable[];
  expect(rk!.rows[0]!.tw.map((q) => q.target)).toEqual([null, null, null, null]);
  expect(checkWorkbook({ sheets }).findings.filter((f) => f.severity !== "info")).toEqual([]);
});

test.each([
  ["Capaian Keuangan (%)", "persenAnggaran"],
  ["% Keuangan", "persenAnggaran"],
  ["Realisasi Keuangan", "realisasiAnggaran"],
  ["Capaian Fisik (%)", "capaian"],
  ["Realisasi Fisik", "realisasi"],
])("PKPK column %s is %s", (label, role) => {
  expect(roleOf(normalizeLabel(label))).toBe(role);
});

test('PKPK: "Capaian Keuangan (%)" before "Capaian Fisik (%)" is the budget\'s, not the kinerja capaian', () => {
  const s = sheet("PKPK TW III", [
    ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN TRIWULAN III 2025"],
    ["Kode", "Program/Kegiatan", "Indikator", "Satuan", "Target", "Realisasi Keuangan (Rp)", "Capaian Keuangan (%)", "Realisasi Fisik", "Capaian Fisik (%)"],
    ["2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", "Persentase PD terhubung", "%", 85, 1380000000, 92, 65, 76.47],
  ]);
  expect(errors([s])).toEqual([]);
});
