/**
 * Reading an Evaluasi Renja (Permendagri 86/2017): the rows above the programs (urusan, bidang)
 * whose code is written with the name in one cell, and the unit of its Rp columns (ribuan rupiah
 * in the title, the header or a note under the table).
 */
import type { CellValue } from "../../../src/core/grid";
import { readSheet } from "../../../src/core/tables/find";
import { isRenjaTable, type RenjaTable } from "../../../src/core/tables/types";
import { RENJA_PROGRAM, renjaSheet, type RenjaSpec } from "../../support/renja";
import { splitUnitSuffix } from "../../../src/core/tables/satuan-words";

function renjaOf(rows: CellValue[][], merges = renjaSheet([]).merges): RenjaTable {
  const tables = readSheet({ name: "Evaluasi Renja", rows, merges });
  const renja = tables.filter(isRenjaTable);
  expect(renja).toHaveLength(1);
  return renja[0]!;
}

// Parents carry the program's Rp (Rp 180.000.000 for the year), no indicator.
const parent = (name: string): RenjaSpec => ({
  code: null,
  name,
  target: [null, RENJA_PROGRAM.target[1]],
  tw: RENJA_PROGRAM.tw.map((p) => [null, p[1]] as const) as unknown as RenjaSpec["tw"],
});

describe("an urusan's one-digit code written before its name", () => {
  test.each([
    ["7 UNSUR KEWILAYAHAN", "7", "UNSUR KEWILAYAHAN"],
    ["1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"],
  ])("%s: an urusan with code %s, not a program", (text, code, name) => {
    const s = renjaSheet([parent(text), RENJA_PROGRAM, parent("JUMLAH")]);
    const t = renjaOf(s.rows, s.merges);
    expect(t.renja.lines.map((l) => [l.level, l.code, l.name])).toEqual([
      ["urusan", code, name],
      ["program", "7.01.01", RENJA_PROGRAM.name],
      ["total", null, "JUMLAH"],
    ]);
  });

  test("a digit before any name is an urusan's code where the next code extends it, a list number where none does", () => {
    const extended = renjaSheet([parent("7 KEWILAYAHAN"), RENJA_PROGRAM]);
    expect(renjaOf(extended.rows, extended.merges).renja.lines.map((l) => [l.level, l.code])).toEqual([
      ["urusan", "7"],
      ["program", "7.01.01"],
    ]);
    const list = renjaSheet([{ ...RENJA_PROGRAM, code: null, name: "1 PROGRAM PENYELENGGARAAN PEMERINTAHAN" }]);
    expect(renjaOf(list.rows, list.merges).renja.lines.map((l) => [l.level, l.code])).toEqual([["program", null]]);
  });
});

describe("the unit of the Rp columns: ribuan rupiah in the title, the header or a note under the table", () => {
  // The program of RENJA_PROGRAM written in thousands: Rp 180.000.000 is 180.000.
  const inThousands: RenjaSpec = {
    ...RENJA_PROGRAM,
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
  const withBelow = (below: CellValue[][], title?: string) => {
    const s = renjaSheet([inThousands, parent("JUMLAH")], { title });
    // The JUMLAH row carries the program's figures; the notes follow it.
    return renjaOf([...s.rows, ...below], s.merges);
  };

  test.each([
    ["a note under the total: Keterangan: dalam ribuan rupiah", [["Keterangan: dalam ribuan rupiah"]]],
    ["a footnote after a blank row: *) angka dalam ribuan rupiah", [[], ["*) angka anggaran dalam ribuan rupiah"]]],
    ["a Sumber line, then the unit note", [["Sumber : Renja dan SIPD 2025"], [null, null, "Angka Rp dalam Ribuan Rupiah"]]],
  ] as [string, CellValue[][]][])("%s: unit 1000 for the Rp columns", (_, below) => {
    const t = withBelow(below);
    expect(t.unitScale).toBe(1000);
    // Written figures are kept; the K target is no rupiah.
    expect(t.rows[0]!.pagu?.value).toBe(180000);
    expect(t.rows[0]!.target?.value).toBe(12);
  });

  test("a unit in the title: unit 1000", () => {
    expect(withBelow([], "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2025 (DALAM RIBUAN RUPIAH)").unitScale).toBe(1000);
  });

  test("no unit note: rupiah; a note more than six rows below, under a signature, or the next table's title is not this table's", () => {
    expect(withBelow([]).unitScale).toBe(1);
    expect(withBelow([[], [], [], [], [], [], [], ["Keterangan: dalam ribuan rupiah"]]).unitScale).toBe(1);
    expect(withBelow([[], [null, null, null, "Sukamaju, 31 Desember 2025"], [null, null, null, "dalam ribuan rupiah"]]).unitScale).toBe(1);
    // A budget table under the Renja, its title stating its own unit (read as its title, and not as a note of the Renja, even
    // where the Renja's reading runs on to the title row).
    const next: CellValue[][] = [
      [],
      [],
      ["REALISASI ANGGARAN (dalam ribuan rupiah)"],
      ["Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Serapan (%)"],
      ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 180000, 174000, 96.67],
    ];
    const s = renjaSheet([inThousands, parent("JUMLAH")]);
    const tables = readSheet({ name: "Evaluasi Renja", rows: [...s.rows, ...next], merges: s.merges });
    expect(tables.map((t) => [t.kind, (t as { unitScale?: number }).unitScale])).toEqual([
      ["renja", 1],
      ["anggaran", 1000],
    ]);
  });
});

describe("a PKPK's pagu and realisasi anggaran in thousands", () => {
  const HEAD: CellValue[] = [
    "Kode",
    "Program/Kegiatan",
    "Indikator Kinerja",
    "Satuan",
    "Target",
    "TW IV Target",
    "TW IV Realisasi",
    "Pagu",
    "Realisasi Anggaran",
  ];
  const ROW: CellValue[] = [
    "7.01.01",
    "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
    "Jumlah dokumen laporan kinerja",
    "Dokumen",
    12,
    12,
    12,
    180000,
    174000,
  ];
  const pkpk = (rows: CellValue[][], head = HEAD) => {
    const t = readSheet({ name: "PKPK", rows: [["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK) TAHUN 2025"], head, ...rows], merges: [] });
    expect(t.map((x) => x.kind)).toEqual(["pkpk"]);
    return t[0] as { unitScale?: number };
  };
  test("by a header Pagu (Rp 000)", () => {
    expect(
      pkpk(
        [ROW],
        HEAD.map((h) => (h === "Pagu" ? "Pagu (Rp 000)" : h === "Realisasi Anggaran" ? "Realisasi Anggaran (Rp 000)" : h)),
      ).unitScale,
    ).toBe(1000);
  });
  test("by a note under the table", () => {
    expect(pkpk([ROW, [], ["*) Pagu dan realisasi anggaran dalam ribuan rupiah"]]).unitScale).toBe(1000);
  });
  test("without a note: rupiah", () => {
    expect(pkpk([ROW]).unitScale).toBe(1);
  });
});

describe("a Renja target written before and after its revision", () => {
  // Planted: 10 dokumen / Rp 150 juta in the Renja murni, 12 / Rp 180 juta after its revision; 6 / Rp 90 juta done by TW II.
  const head = (a: string, b: string): CellValue[] => [
    "No",
    "Kode",
    "Program/Kegiatan",
    "Indikator Kinerja",
    "Satuan",
    a,
    null,
    b,
    null,
    "Realisasi Kinerja Triwulan I",
    null,
    "Realisasi Kinerja Triwulan II",
    null,
    "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
    null,
  ];
  const grid = (a: string, b: string): CellValue[][] => [
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TAHUN 2025"],
    head(a, b),
    [null, null, null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
    [1, "7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "Jumlah dokumen", "Dokumen", 10, 150000000, 12, 180000000, 3, 40000000, 3, 50000000, 6, 90000000],
  ];
  const merges = [5, 7, 9, 11, 13].map((c) => ({ r0: 1, c0: c, r1: 1, c1: c + 1 }));
  test.each([
    ["Target Kinerja dan Anggaran Renja Tahun 2025 (Murni)", "Target Kinerja dan Anggaran Renja Tahun 2025 (Perubahan)"],
    ["Target Renja Sebelum Perubahan", "Target Renja Setelah Perubahan"],
    // Last year's Renja kept (often hidden) beside this year's: the later year is the target.
    ["Target Kinerja dan Anggaran Renja Tahun 2024", "Target Kinerja dan Anggaran Renja Tahun 2025"],
  ])("%s | %s: the revised (or later) columns are the target", (a, b) => {
    const t = renjaOf(grid(a, b), merges);
    const target = t.renja.columns.filter((c) => c.field === "target").map((c) => [c.unit, c.c]);
    expect(target).toEqual([
      ["K", 7],
      ["Rp", 8],
    ]);
    expect(t.rows[0]!.target?.value).toBe(12);
    expect(t.rows[0]!.pagu?.value).toBe(180000000);
  });
});

test("a quarterly evaluation's columns 13 and 14 headed s.d. Triwulan II are the year's realisasi and tingkat, not the quarter's", () => {
  // Planted: 12 dokumen / Rp 180 juta for the year, 3 + 3 and Rp 40 + 50 juta by TW II: 6 / Rp 90 juta, 50 %.
  const rows: CellValue[][] = [
    ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH TRIWULAN II TAHUN 2025"],
    [
      "No",
      "Kode",
      "Program/Kegiatan",
      "Indikator Kinerja",
      "Satuan",
      "Target Kinerja dan Anggaran Renja Tahun 2025",
      null,
      "Realisasi Kinerja Triwulan I",
      null,
      "Realisasi Kinerja Triwulan II",
      null,
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi s.d. Triwulan II",
      null,
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja s.d. Triwulan II (%)",
      null,
    ],
    [null, null, null, null, null, "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp", "K", "Rp"],
    [1, "7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN", "Jumlah dokumen", "Dokumen", 12, 180000000, 3, 40000000, 3, 50000000, 6, 90000000, 50, 50],
  ];
  const t = renjaOf(
    rows,
    [5, 7, 9, 11, 13].map((c) => ({ r0: 1, c0: c, r1: 1, c1: c + 1 })),
  );
  expect(t.renja.columns.filter((c) => c.unit === "K").map((c) => [c.field, c.c])).toEqual([
    ["target", 5],
    ["tw1", 7],
    ["tw2", 9],
    ["realisasi", 11],
    ["tingkat", 13],
  ]);
  expect(t.rows[0]!.realisasi?.value).toBe(6);
});

describe("kinerja written with its unit in the cell", () => {
  test.each([
    ["12 Dokumen", { number: "12", unit: "Dokumen" }],
    ["3 Dok.", { number: "3", unit: "Dok." }],
    ["85 Orang/bulan", { number: "85", unit: "Orang/bulan" }],
    ["3,2 Indeks", { number: "3,2", unit: "Indeks" }],
    ["2 dari 5", null],
    ["1. Penyusunan Dokumen Perencanaan", null],
    ["1 Penyusunan Renja", null],
    ["Tahun 2025", null],
    ["1,5 M", null],
  ])("%s", (text, expected) => {
    expect(splitUnitSuffix(text)).toEqual(expected);
  });

  test('an Evaluasi Renja whose K cells read "12 Dokumen" is read, not doubted', () => {
    // Planted: 12 dokumen / Rp 180 juta for the year, 3 a quarter, 12 dokumen / Rp 174 juta realised.
    const s = renjaSheet([RENJA_PROGRAM]);
    const row = s.rows[s.dataStart]!;
    for (let c = 5; c < row.length; c += 2) if (typeof row[c] === "number") row[c] = `${row[c]} Dokumen`;
    const t = renjaOf(s.rows, s.merges);
    expect(t.doubt).toBeNull();
    expect([t.rows[0]!.target?.value, t.rows[0]!.realisasi?.value, t.rows[0]!.tw[1].realisasi?.value]).toEqual([12, 12, 3]);
  });
});

test("a program written with its code in the Kode column merged over the name column is a program, not a perangkat daerah", () => {
  const s = renjaSheet([RENJA_PROGRAM]);
  const row = s.rows[s.dataStart]!;
  row[1] = `${RENJA_PROGRAM.code} ${RENJA_PROGRAM.name}`;
  row[2] = null;
  const t = renjaOf(s.rows, [...s.merges, { r0: s.dataStart, c0: 1, r1: s.dataStart, c1: 2 }]);
  expect(t.renja.lines.map((l) => [l.level, l.code, l.name])).toEqual([["program", RENJA_PROGRAM.code, RENJA_PROGRAM.name]]);
});
