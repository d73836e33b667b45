/**
 * Reading realisasi anggaran tables as SIPD exports them (domain.md, "Realisasi anggaran as
 * exported from SIPD"): levels by the code's pattern, accounts under a sub kegiatan, an LRA by
 * account, the Sisa column, the relation row as header and the signature block as no row.
 */
import type { CellValue, Sheet } from "../../../src/core/grid";
import { unitScaleOfText } from "../../../src/core/tables/budget-table";
import { readSheet } from "../../../src/core/tables/find";
import { accountGroupOf, budgetLevelOfCode, levelOfCode, splitUrusanCode } from "../../../src/core/tables/levels";
import type { BudgetTable } from "../../../src/core/tables/types";

const sheet = (name: string, rows: CellValue[][]): Sheet => ({ name, rows, merges: [] });

function budgetOf(s: Sheet): BudgetTable {
  const tables = readSheet(s);
  expect(tables.map((t) => t.kind)).toEqual(["anggaran"]);
  return tables[0] as BudgetTable;
}

describe("budgetLevelOfCode: the level by the code's pattern", () => {
  test.each([
    ["5", "UNSUR PENUNJANG URUSAN PEMERINTAHAN", "urusan"],
    ["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", "urusan"],
    ["5.02", "KEUANGAN", "bidang"],
    ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "program"],
    ["X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", "program"],
    ["5.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "kegiatan"],
    ["5.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "subkegiatan"],
    // Six segments like a sub kegiatan, but account group 5 and kelompok 1: an account.
    ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "rekening"],
    ["5.1", "BELANJA OPERASI", "rekening"],
    ["4.1.02", "Retribusi Daerah", "rekening"],
    ["6.1", "PENERIMAAN PEMBIAYAAN", "rekening"],
    // One segment: an account group only when its name says so.
    ["4", "PENDAPATAN DAERAH", "rekening"],
    ["5", "BELANJA DAERAH", "rekening"],
    ["Sumber : LRA", "", null],
  ])("%s %s is %s", (code, name, level) => {
    expect(budgetLevelOfCode(code, name)).toBe(level);
  });

  test("an account's code is no sub kegiatan for the indicator tables either", () => {
    expect(levelOfCode("5.1.02.01.01.0024")).toBeNull();
    expect(levelOfCode("5.02.01.2.01.0001")).toBe("subkegiatan");
    expect(levelOfCode("5.02")).toBeNull();
  });

  test("account groups: 4 pendapatan, 5 belanja, 6 pembiayaan; a sub kegiatan's code has none", () => {
    expect([accountGroupOf("4.1.02"), accountGroupOf("5.2.02"), accountGroupOf("6.1"), accountGroupOf("5.02.01.2.01.0001")]).toEqual([
      "pendapatan",
      "belanja",
      "pembiayaan",
      null,
    ]);
  });
});

test("a SIPD export: urusan, bidang, program, kegiatan, sub kegiatan and their accounts; relation row in the header; Sisa read", () => {
  const t = budgetOf(
    sheet("Realisasi TW IV", [
      ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN"],
      ["Kode", "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Sisa (Rp)", "%"],
      [1, 2, 3, 4, "5 = 3 - 4", "6 = 4/3 x 100"],
      ["1", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", 3000000, 2700000, 300000, 90],
      ["1.02", "URUSAN PEMERINTAHAN BIDANG KESEHATAN", 3000000, 2700000, 300000, 90],
      ["1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 3000000, 2700000, 300000, 90],
      ["1.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 3000000, 2700000, 300000, 90],
      ["1.02.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 1000000, 900000, 100000, 90],
      ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 400000, 360000, 40000, 90],
      ["5.1.02.02.01.0026", "Belanja Jasa Tenaga Administrasi", 600000, 540000, 60000, 90],
      [null, "JUMLAH BELANJA", 3000000, 2700000, 300000, 90],
      [],
      [null, null, null, "Bandung, 31 Desember 2025"],
      [null, null, null, "KEPALA DINAS KESEHATAN"],
      [],
      [null, null, null, "dr. SITI RAHAYU, M.Kes"],
      [null, null, null, "NIP. 19750101 200212 2 003"],
    ]),
  );
  expect(t.rows.map((r) => [r.r, r.code, r.level])).toEqual([
    [3, "1", "urusan"],
    [4, "1.02", "bidang"],
    [5, "1.02.01", "program"],
    [6, "1.02.01.2.01", "kegiatan"],
    [7, "1.02.01.2.01.0001", "subkegiatan"],
    [8, "5.1.02.01.01.0024", "rekening"],
    [9, "5.1.02.02.01.0026", "rekening"],
    [10, null, "total"],
  ]);
  expect(t.columns.sisa).toBe(4);
  expect(t.rows[6]!.sisa?.value).toBe(60000);
  expect(t.rows[6]!.account).toBe("belanja");
  expect(t.area.r1).toBe(10);
  expect(t.problems).toEqual([]);
});

test("a Sisa column headed with no word the reader knows is found from the relation 4 = 2 - 3", () => {
  const t = budgetOf(
    sheet("Anggaran", [
      ["REALISASI ANGGARAN"],
      ["Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Saldo", "Serapan (%)"],
      [1, 2, 3, "4 = 2 - 3", "5 = 3/2 x 100"],
      ["PROGRAM A", 10000000, 9000000, 1000000, 90],
      ["- Kegiatan A1", 10000000, 9000000, 1000000, 90],
    ]),
  );
  expect(t.columns.sisa).toBe(3);
  expect(t.rows.map((r) => [r.level, r.sisa?.value])).toEqual([
    ["program", 1000000],
    ["kegiatan", 1000000],
  ]);
});

test("an LRA by account: accounts with their groups, SURPLUS/(DEFISIT) and SILPA as balance rows, the Sumber line and signature as no rows", () => {
  const t = budgetOf(
    sheet("LRA 2025", [
      ["LAPORAN REALISASI ANGGARAN"],
      ["Kode", "Uraian", "Anggaran Setelah Perubahan (Rp)", "Realisasi (Rp)", "%"],
      [1, 2, 3, 4, 5],
      ["4", "PENDAPATAN DAERAH", 200000000, 212000000, 106],
      ["4.1", "PENDAPATAN ASLI DAERAH (PAD)", 200000000, 212000000, 106],
      ["5", "BELANJA DAERAH", 1000000000, 900000000, 90],
      ["5.1", "BELANJA OPERASI", 1000000000, 900000000, 90],
      [null, "SURPLUS / (DEFISIT)", -800000000, -688000000, 86],
      ["6", "PEMBIAYAAN DAERAH", 800000000, 850000000, 106.25],
      [null, "SISA LEBIH PEMBIAYAAN ANGGARAN (SILPA)", 0, 162000000, null],
      [],
      ["Sumber : LRA SIPD per 31 Desember 2025"],
      [],
      [null, null, null, "Sukamaju, 31 Desember 2025"],
      [null, null, null, "CAMAT SUKAMAJU"],
      [],
      [null, null, null, "Drs. HARYANTO WIBOWO, M.Si"],
      [null, null, null, "NIP. 19700512 199803 1 007"],
    ]),
  );
  expect(t.rows.map((r) => [r.code, r.level, r.account ?? null])).toEqual([
    ["4", "rekening", "pendapatan"],
    ["4.1", "rekening", "pendapatan"],
    ["5", "rekening", "belanja"],
    ["5.1", "rekening", "belanja"],
    [null, "saldo", null],
    ["6", "rekening", "pembiayaan"],
    [null, "saldo", null],
  ]);
  expect(t.area.r1).toBe(9);
  expect(t.problems).toEqual([]);
});

test("an LRA without codes: account heads by name, the rows under them in their section, none a program", () => {
  const t = budgetOf(
    sheet("LRA", [
      ["LAPORAN REALISASI ANGGARAN"],
      ["Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
      ["PENDAPATAN DAERAH", 200000000, 212000000, 106],
      ["Retribusi Daerah", 200000000, 212000000, 106],
      ["BELANJA DAERAH", 1000000000, 900000000, 90],
      ["Belanja Pegawai", 1000000000, 900000000, 90],
      ["SURPLUS/(DEFISIT)", -800000000, -688000000, 86],
    ]),
  );
  expect(t.rows.map((r) => [r.name.text, r.level, r.account ?? null])).toEqual([
    ["PENDAPATAN DAERAH", "rekening", "pendapatan"],
    ["Retribusi Daerah", "rekening", "pendapatan"],
    ["BELANJA DAERAH", "rekening", "belanja"],
    ["Belanja Pegawai", "rekening", "belanja"],
    ["SURPLUS/(DEFISIT)", "saldo", null],
  ]);
});

test("names numbered 1.1, 4.1 in a table without a code column are kegiatan, not bidang or accounts", () => {
  const t = budgetOf(
    sheet("Anggaran", [
      ["REALISASI ANGGARAN"],
      ["Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
      ["PROGRAM PEMBERDAYAAN USAHA MIKRO", 3000000, 2700000, 90],
      ["1.1 Pendataan Usaha Mikro", 1000000, 900000, 90],
      ["4.1 Pembinaan Usaha Mikro", 2000000, 1800000, 90],
    ]),
  );
  expect(t.rows.map((r) => [r.code, r.level])).toEqual([
    [null, "program"],
    ["1.1", "kegiatan"],
    ["4.1", "kegiatan"],
  ]);
});

describe("a budget table written in thousands of rupiah (unit note in the title or the header)", () => {
  // The seed's program, Rp 11.787.875.000 of which 10.903.497.000 spent (92,50 %), written in thousands.
  const rows = (header: CellValue[], title: CellValue[] = ["REALISASI ANGGARAN TAHUN 2025"]) =>
    sheet("Anggaran", [title, header, ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "11.787.875", "10.903.497", "92,50"]]);
  const HEADER = ["Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Serapan (%)"];

  test.each([
    ["a title line (dalam ribuan rupiah)", rows(HEADER, ["REALISASI ANGGARAN TAHUN 2025 (dalam ribuan rupiah)"])],
    ["a title line (Dalam Ribuan)", rows(HEADER, ["REALISASI ANGGARAN TAHUN 2025", "(Dalam Ribuan)"])],
    ["a header Pagu (Rp 000)", rows(["Kode", "Program/Kegiatan", "Pagu (Rp 000)", "Realisasi (Rp 000)", "Serapan (%)"])],
    ["a header Anggaran (x Rp 1.000)", rows(["Kode", "Program/Kegiatan", "Anggaran (x Rp 1.000)", "Realisasi (x Rp 1.000)", "Serapan (%)"])],
    ["a title Rp. 000", rows(HEADER, ["REALISASI ANGGARAN TAHUN 2025 Rp. 000"])],
  ])("%s: unit 1000, cells keep the written figures", (_, s) => {
    const t = budgetOf(s);
    expect(t.unitScale).toBe(1000);
    expect(t.rows.map((r) => [r.level, r.pagu?.value, r.realisasi?.value, r.persen?.value])).toEqual([["program", 11787875, 10903497, 92.5]]);
  });

  test("without a unit note the figures are rupiah (unit 1); a year or a Rp 1.000.000 target in the title is no unit", () => {
    expect(budgetOf(rows(["Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"])).unitScale).toBe(1);
    expect(budgetOf(rows(HEADER, ["REALISASI ANGGARAN 2025 PAGU DI ATAS Rp 1.000.000"])).unitScale).toBe(1);
  });

  test.each([
    ["dalam ribuan rupiah", 1000],
    ["(Dalam Ribuan)", 1000],
    ["Ribuan Rupiah", 1000],
    ["Pagu (Rp 000)", 1000],
    ["Pagu (Rp.000)", 1000],
    ["Anggaran (000)", 1000],
    ["x Rp 1.000", 1000],
    ["x Rp1000", 1000],
    ["Dalam Jutaan Rupiah", 1000000],
    ["x Rp 1.000.000", 1000000],
    ["Pagu (Rp)", null],
    ["Rp 1.000", null],
    ["Realisasi 2025", null],
  ])("unitScaleOfText(%j) = %p", (text, scale) => {
    expect(unitScaleOfText(text)).toBe(scale);
  });
});

describe("an urusan's one-digit code and its name in one column (SIPD 'Kode / Uraian')", () => {
  // Kepmendagri 050-5889/2021: urusan 1 "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN
  // DASAR", 7 "UNSUR KEWILAYAHAN" (a kecamatan's). Figures planted: 3.000.000 = 1.000.000 + 2.000.000.
  const HEAD: CellValue[][] = [["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN"], ["Kode / Uraian", "Anggaran", "Realisasi", "Sisa", "%"]];

  test("1 URUSAN … and 1.02 … in the name column: urusan and bidang, not programs", () => {
    const t = budgetOf(
      sheet("Realisasi", [
        ...HEAD,
        ["1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", 3000000, 2700000, 300000, 90],
        ["1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN", 3000000, 2700000, 300000, 90],
        ["1.02.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 3000000, 2700000, 300000, 90],
        ["1.02.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 3000000, 2700000, 300000, 90],
        ["1.02.01.2.01.0001 Penyusunan Dokumen Perencanaan Perangkat Daerah", 1000000, 900000, 100000, 90],
        ["1.02.01.2.01.0007 Evaluasi Kinerja Perangkat Daerah", 2000000, 1800000, 200000, 90],
        ["JUMLAH", 3000000, 2700000, 300000, 90],
      ]),
    );
    expect(t.rows.map((r) => [r.code, r.level, r.name.text.slice(0, 24)])).toEqual([
      ["1", "urusan", "URUSAN PEMERINTAHAN WAJI"],
      ["1.02", "bidang", "URUSAN PEMERINTAHAN BIDA"],
      ["1.02.01", "program", "PROGRAM PENUNJANG URUSAN"],
      ["1.02.01.2.01", "kegiatan", "Perencanaan, Penganggara"],
      ["1.02.01.2.01.0001", "subkegiatan", "Penyusunan Dokumen Peren"],
      ["1.02.01.2.01.0007", "subkegiatan", "Evaluasi Kinerja Perangk"],
      [null, "total", "JUMLAH"],
    ]);
  });

  test("7 UNSUR KEWILAYAHAN over a program of 7.01: an urusan; an URUSAN row is an urusan even with nothing of its code below", () => {
    const t = budgetOf(
      sheet("Realisasi", [
        ...HEAD,
        ["7 UNSUR KEWILAYAHAN", 3000000, 2700000, 300000, 90],
        ["7.01.01 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 3000000, 2700000, 300000, 90],
        ["2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR", 0, 0, 0, 0],
      ]),
    );
    expect(t.rows.map((r) => [r.code, r.level])).toEqual([
      ["7", "urusan"],
      ["7.01.01", "program"],
      ["2", "urusan"],
    ]);
  });

  test("a list number before a name that nothing extends stays no code; an LRA's 4 PENDAPATAN DAERAH in one column is an account", () => {
    const list = budgetOf(
      sheet("Anggaran", [
        ["REALISASI ANGGARAN"],
        ["Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
        ["PROGRAM PEMBERDAYAAN USAHA MIKRO", 3000000, 2700000, 90],
        ["1 Pendataan Usaha Mikro", 1000000, 900000, 90],
        ["2 Pembinaan Usaha Mikro", 2000000, 1800000, 90],
      ]),
    );
    expect(list.rows.map((r) => [r.code, r.level, r.name.text])).toEqual([
      [null, "program", "PROGRAM PEMBERDAYAAN USAHA MIKRO"],
      [null, "kegiatan", "Pendataan Usaha Mikro"],
      [null, "kegiatan", "Pembinaan Usaha Mikro"],
    ]);
    const lra = budgetOf(
      sheet("LRA", [
        ["LAPORAN REALISASI ANGGARAN"],
        ["Kode / Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
        ["4 PENDAPATAN DAERAH", 200000000, 212000000, 106],
        ["4.1 PENDAPATAN ASLI DAERAH (PAD)", 200000000, 212000000, 106],
        ["5 BELANJA DAERAH", 1000000000, 900000000, 90],
      ]),
    );
    expect(lra.rows.map((r) => [r.code, r.level, r.account ?? null])).toEqual([
      ["4", "rekening", "pendapatan"],
      ["4.1", "rekening", "pendapatan"],
      ["5", "rekening", "belanja"],
    ]);
  });

  test.each([["1 000"], ["3 %"], ["12 URUSAN"], ["1.02 URUSAN"]])("splitUrusanCode(%j) is no urusan code", (text) => {
    expect(splitUrusanCode(text)).toBeNull();
  });
});

describe("the Sisa column by its header, with or without (Rp)", () => {
  // Planted: anggaran 10.000.000, realisasi 9.000.000, sisa 1.000.000 (domain.md: Sisa = Anggaran − Realisasi).
  const table = (header: CellValue[], extraBand?: CellValue[]) =>
    sheet("Realisasi", [
      ["LAPORAN REALISASI ANGGARAN"],
      ...(extraBand ? [extraBand] : []),
      header,
      ["1.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 10000000, 9000000, 1000000, 90],
      ["1.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 10000000, 9000000, 1000000, 90],
    ]);
  test.each([["Sisa"], ["SISA"], ["Sisa Anggaran"], ["Sisa Anggaran (Rp)"], ["Selisih"], ["Sisa Dana"]])("a column headed %j is the Sisa", (head) => {
    const t = budgetOf(table(["Kode", "Uraian", "Anggaran", "Realisasi", head, "%"]));
    expect(t.columns.sisa).toBe(4);
    expect(t.columns.pagu).toBe(2);
    expect(t.rows.map((r) => r.sisa?.value)).toEqual([1000000, 1000000]);
  });

  test("Sisa under a band Anggaran over Pagu / Realisasi / Sisa", () => {
    const t = budgetOf(table(["Kode", "Uraian", "Pagu", "Realisasi", "Sisa", "%"], ["Kode", "Uraian", "Anggaran", "Anggaran", "Anggaran", "%"]));
    expect(t.columns.sisa).toBe(4);
    expect(t.rows.map((r) => r.pagu?.value)).toEqual([10000000, 10000000]);
  });

  test.each([["Sisa Waktu"], ["Sisa Waktu (Hari)"], ["Sisa Target"], ["Selisih (%)"], ["Sisa Target Kinerja"]])("a column headed %j is no Sisa", (head) => {
    const t = budgetOf(table(["Kode", "Uraian", "Anggaran", "Realisasi", head, "%"]));
    expect(t.columns.sisa).toBeUndefined();
    expect(t.rows.every((r) => !r.sisa)).toBe(true);
  });
});

describe("a budget table's unit stated in a note under it", () => {
  // The seed's program in thousands (planted figures as in the title tests above).
  const rows = (below: CellValue[][]) =>
    sheet("Anggaran", [
      ["REALISASI ANGGARAN TAHUN 2025"],
      ["Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Serapan (%)"],
      ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "11.787.875", "10.903.497", "92,50"],
      [null, "JUMLAH", "11.787.875", "10.903.497", "92,50"],
      ...below,
    ]);
  test.each([
    ["Keterangan: dalam ribuan rupiah", [["Keterangan: dalam ribuan rupiah"]]],
    ["*) angka dalam ribuan rupiah after a blank row", [[], [null, "*) angka dalam ribuan rupiah"]]],
    ["(dalam ribuan rupiah) under the Sumber line", [["Sumber : SIPD"], ["(dalam ribuan rupiah)"]]],
  ] as [string, CellValue[][]][])("%s: unit 1000, no row read from the note", (_, below) => {
    const t = budgetOf(rows(below));
    expect(t.unitScale).toBe(1000);
    expect(t.rows.map((r) => r.level)).toEqual(["program", "total"]);
  });
  test("a note after the signature block is none of the table's", () => {
    expect(budgetOf(rows([[], [null, null, null, "Bandung, 31 Desember 2025"], [null, null, null, "KEPALA DINAS"], ["dalam ribuan rupiah"]])).unitScale).toBe(
      1,
    );
  });
});

test("a unit line between the header and the first row is skipped, not the table's end", () => {
  const t = budgetOf(
    sheet("Anggaran", [
      ["REALISASI ANGGARAN TAHUN 2025"],
      ["Kode", "Program/Kegiatan", "Pagu", "Realisasi", "Serapan (%)"],
      ["(dalam ribuan rupiah)"],
      ["5.02.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "11.787.875", "10.903.497", "92,50"],
    ]),
  );
  expect(t.unitScale).toBe(1000);
  expect(t.rows.map((r) => r.code)).toEqual(["5.02.01"]);
});

describe("an LRA with the anggaran before and after its revision: the revised one is the pagu", () => {
  // Planted: a retribusi of Rp 120.000.000 raised to Rp 145.000.000, Rp 151.860.000 received (104,73 % of the revised).
  const rows = (heads: CellValue[]): CellValue[][] => [
    ["LAPORAN REALISASI ANGGARAN TAHUN 2025"],
    heads,
    ["4.1.02", "Retribusi Daerah", 120000000, 145000000, 151860000, 104.73],
    ["5.1.02", "Belanja Barang dan Jasa", 947497000, 1166287000, 1095701094, 93.95],
  ];
  test.each([
    [["Kode Rekening", "Uraian", "Anggaran Murni", "Anggaran Setelah Perubahan", "Realisasi", "%"]],
    [["Kode Rekening", "Uraian", "Anggaran Sebelum Perubahan", "Anggaran Sesudah Perubahan", "Realisasi", "%"]],
    [["Kode Rekening", "Uraian", "Pagu Induk", "Pagu Perubahan", "Realisasi", "%"]],
  ])("%j", (heads) => {
    const t = budgetOf(sheet("LRA", rows(heads)));
    expect(t.rows.map((r) => r.pagu?.value)).toEqual([145000000, 1166287000]);
    expect(t.columns.pagu).toBe(3);
  });

  test("one anggaran column stays the pagu whatever its words", () => {
    const t = budgetOf(
      sheet("LRA", [["LRA 2025"], ["Kode", "Uraian", "Anggaran Murni", "Realisasi", "%"], ["5.1.02", "Belanja Barang dan Jasa", 947497000, 900000000, 94.99]]),
    );
    expect(t.rows[0]!.pagu?.value).toBe(947497000);
  });
});

describe("rows naming the perangkat daerah or its units are no budget items", () => {
  // Planted: a program of Rp 1.000.000.000 with two kegiatan of 150 and 850 juta.
  const head: CellValue[][] = [
    ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN 2025"],
    ["No", "Kode / Uraian", "Pagu Anggaran (Rp)", "Realisasi (Rp)", "Capaian (%)"],
  ];
  test("the organisation's code row, unit names between blocks: not read as programs", () => {
    const t = budgetOf(
      sheet("SIPD", [
        ...head,
        [null, "2.15.0.00.0.00.01.0000 DINAS PERHUBUNGAN", 1000000000, 610000000, 61],
        [1, "2.15.02 PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 1000000000, 610000000, 61],
        [null, "UPTD PENGUJIAN KENDARAAN BERMOTOR", null, null, null],
        [null, "2.15.02.2.01 Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 60000000, 40],
        [null, "SEKRETARIAT", null, null, null],
        [null, "2.15.02.2.02 Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 850000000, 550000000, 64.71],
        [null, "TOTAL", 1000000000, 610000000, 61],
      ]),
    );
    expect(t.rows.map((r) => [r.level, r.code])).toEqual([
      ["program", "2.15.02"],
      ["kegiatan", "2.15.02.2.01"],
      ["kegiatan", "2.15.02.2.02"],
      ["total", null],
    ]);
    expect(t.rows[0]!.name.text).toBe("PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)");
  });

  test("an account's row written with its sub kegiatan's code before the account's is an account", () => {
    const t = budgetOf(
      sheet("SIPD", [
        ...head,
        [null, "2.15.02.2.01.0001 Pelaksanaan Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 60000000, 40],
        [null, "2.15.02.2.01.0001.5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 50000000, 20000000, 40],
        [null, "2.15.02.2.01.0001.5.1.02.02.01.0003 Honorarium Narasumber atau Pembahas", 100000000, 40000000, 40],
      ]),
    );
    expect(t.rows.map((r) => [r.level, r.code, r.account])).toEqual([
      ["subkegiatan", "2.15.02.2.01.0001", null],
      ["rekening", "5.1.02.01.01.0024", "belanja"],
      ["rekening", "5.1.02.02.01.0003", "belanja"],
    ]);
    expect(t.rows[1]!.name.text).toBe("Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor");
  });
});

test("a Sub Total under a program's kegiatan is neither a kegiatan nor the table's total", () => {
  const t = budgetOf(
    sheet("SIPD", [
      ["REALISASI ANGGARAN 2025"],
      ["Kode", "Uraian", "Anggaran", "Realisasi", "%"],
      ["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 1000000000, 610000000, 61],
      ["2.15.02.2.01", "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 60000000, 40],
      ["2.15.02.2.02", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 850000000, 550000000, 64.71],
      [null, "Sub Total", 1000000000, 610000000, 61],
      [null, "JUMLAH", 1000000000, 610000000, 61],
    ]),
  );
  expect(t.rows.map((r) => r.level)).toEqual(["program", "kegiatan", "kegiatan", "total"]);
});

test("a code written over the columns a merged Kode heading stands over (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan)", () => {
  // Planted: a program of Rp 1.000.000.000 with one kegiatan and its two sub kegiatan.
  const s: Sheet = {
    name: "Realisasi",
    rows: [
      ["REALISASI ANGGARAN 2025"],
      ["Kode", null, null, null, null, "Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
      ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", null, null, null, null],
      ["2", "15", "02", null, null, "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 1000000000, 610000000, 61],
      ["2", "15", "02", "2.02", null, "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 1000000000, 610000000, 61],
      ["2", "15", "02", "2.02", "0001", "Pembangunan Prasarana Jalan di Jalan Kabupaten/Kota", 400000000, 250000000, 62.5],
      ["2", "15", "02", "2.02", "0002", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 600000000, 360000000, 60],
    ],
    merges: [
      { r0: 1, c0: 0, r1: 1, c1: 4 },
      { r0: 1, c0: 5, r1: 2, c1: 5 },
      { r0: 1, c0: 6, r1: 2, c1: 6 },
      { r0: 1, c0: 7, r1: 2, c1: 7 },
      { r0: 1, c0: 8, r1: 2, c1: 8 },
    ],
  };
  const t = budgetOf(s);
  expect(t.rows.map((r) => [r.level, r.code])).toEqual([
    ["program", "2.15.02"],
    ["kegiatan", "2.15.02.2.02"],
    ["subkegiatan", "2.15.02.2.02.0001"],
    ["subkegiatan", "2.15.02.2.02.0002"],
  ]);
});

test("rows without a code under a sub kegiatan of a coded table are details of its spending, not kegiatan", () => {
  // Planted: a sub kegiatan of Rp 400.000.000 spent on honoraria (100 juta) and office supplies (300 juta).
  const t = budgetOf(
    sheet("Realisasi", [
      ["REALISASI ANGGARAN 2025"],
      ["Kode", "Uraian", "Anggaran", "Realisasi", "%"],
      ["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 1000000000, 610000000, 61],
      ["2.15.02.2.02", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 1000000000, 610000000, 61],
      ["2.15.02.2.02.0001", "Pembangunan Prasarana Jalan di Jalan Kabupaten/Kota", 400000000, 250000000, 62.5],
      [null, "Honorarium Narasumber", 100000000, 50000000, 50],
      [null, "- Alat Tulis Kantor", 300000000, 200000000, 66.67],
      ["2.15.02.2.02.0002", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 600000000, 360000000, 60],
    ]),
  );
  expect(t.rows.map((r) => r.level)).toEqual(["program", "kegiatan", "subkegiatan", "rekening", "rekening", "subkegiatan"]);
});

test('a rupiah cell holding "-" is 0, so that its parent\'s sum counts it; a blank stays blank', () => {
  // Planted: Belanja Operasi 9.584.210.000 = Belanja Pegawai 9.584.210.000 + Belanja Hibah "-".
  const t = budgetOf(
    sheet("LRA", [
      ["LAPORAN REALISASI ANGGARAN 2025"],
      ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%"],
      ["5.1", "BELANJA OPERASI", 9584210000, 8871605207, 92.56],
      ["5.1.01", "Belanja Pegawai", 9584210000, 8871605207, 92.56],
      ["5.1.05", "Belanja Hibah", "-", " - ", "-"],
      ["5.1.06", "Belanja Bantuan Sosial", null, null, null],
    ]),
  );
  expect(t.rows.map((r) => [r.pagu?.value ?? null, r.realisasi?.value ?? null, r.persen?.value ?? null])).toEqual([
    [9584210000, 8871605207, 92.56],
    [9584210000, 8871605207, 92.56],
    [0, 0, null],
    [null, null, null],
  ]);
});

describe("realisasi written per quarter under one Realisasi heading", () => {
  // Planted: a program of Rp 1.000.000.000 spent 100 + 200 + 150 + 160 = 610 juta (61 %, Sisa 390 juta).
  const head: CellValue[][] = [
    ["REALISASI ANGGARAN PER TRIWULAN TAHUN 2025"],
    ["Kode", "Program/Kegiatan", "Anggaran (Rp)", "Realisasi", null, null, null, null, "Sisa Anggaran", "%"],
    [null, null, null, "TW I", "TW II", "TW III", "TW IV", "Jumlah", null, null],
  ];
  const merges = [{ r0: 1, c0: 3, r1: 1, c1: 7 }, ...[0, 1, 2, 8, 9].map((c) => ({ r0: 1, c0: c, r1: 2, c1: c }))];
  const program: CellValue[] = [
    "2.15.02",
    "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
    1000000000,
    100000000,
    200000000,
    150000000,
    160000000,
    610000000,
    390000000,
    61,
  ];
  test("the Jumlah under the quarters is the realisasi; the quarters' row is header, not data", () => {
    const t = budgetOf({ name: "Realisasi", rows: [...head, program], merges });
    expect(t.rows.map((r) => [r.r, r.realisasi?.value, r.sisa?.value, r.persen?.value])).toEqual([[3, 610000000, 390000000, 61]]);
    expect(t.problems).toEqual([]);
  });
  test("without a Jumlah column no quarter is taken for the year's realisasi", () => {
    const cut = (row: CellValue[]) => [...row.slice(0, 7), ...row.slice(8)];
    const t = budgetOf({
      name: "Realisasi",
      rows: [...head.map(cut), cut(program)],
      merges: [{ r0: 1, c0: 3, r1: 1, c1: 6 }, ...[0, 1, 2, 7, 8].map((c) => ({ r0: 1, c0: c, r1: 2, c1: c }))],
    });
    expect(t.rows.map((r) => [r.pagu?.value, r.realisasi])).toEqual([[1000000000, null]]);
  });
});

test("a Kode Sub Kegiatan column repeated on its account rows beside a Kode Rekening column: the account's code wins", () => {
  // Planted: a kegiatan of Rp 150.000.000 = its sub kegiatan = two accounts of 50 and 100 juta.
  const t = budgetOf(
    sheet("Rekening", [
      ["REALISASI ANGGARAN PER REKENING 2025"],
      ["Kode Sub Kegiatan", "Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%"],
      ["2.15.02.2.01", null, "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 60000000, 40],
      ["2.15.02.2.01.0001", null, "Pelaksanaan Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 60000000, 40],
      ["2.15.02.2.01.0001", "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 50000000, 20000000, 40],
      ["2.15.02.2.01.0001", "5.1.02.02.01.0003", "Honorarium Narasumber", 100000000, 40000000, 40],
    ]),
  );
  expect(t.rows.map((r) => [r.level, r.code])).toEqual([
    ["kegiatan", "2.15.02.2.01"],
    ["subkegiatan", "2.15.02.2.01.0001"],
    ["rekening", "5.1.02.01.01.0024"],
    ["rekening", "5.1.02.02.01.0003"],
  ]);
});

test("of Realisasi s.d. Bulan Lalu, Bulan Ini and s.d. Bulan Ini the last is the realisasi the % and Sisa follow", () => {
  // Planted: Rp 1.000.000.000, 250 juta by May, 50 juta in June: 300 juta by June, Sisa 700 juta, 30 %.
  const t = budgetOf(
    sheet("Juni", [
      ["LAPORAN REALISASI FISIK DAN KEUANGAN BULAN JUNI 2025"],
      [
        "Kode",
        "Program/Kegiatan/Sub Kegiatan",
        "Jumlah Anggaran (Rp)",
        "Realisasi s.d. Bulan Lalu (Rp)",
        "Realisasi Bulan Ini (Rp)",
        "Realisasi s.d. Bulan Ini (Rp)",
        "Sisa Anggaran (Rp)",
        "%",
      ],
      ["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 1000000000, 250000000, 50000000, 300000000, 700000000, 30],
    ]),
  );
  expect([t.rows[0]!.realisasi?.value, t.rows[0]!.sisa?.value, t.rows[0]!.persen?.value]).toEqual([300000000, 700000000, 30]);
});

test("of Anggaran and Realisasi 2024 (kept, often hidden) and 2025 the later year's are read", () => {
  // Planted: Rp 900 juta in 2024 (850 juta spent), Rp 1.000.000.000 in 2025, 610 juta spent (61 %).
  const t = budgetOf(
    sheet("Realisasi", [
      ["REALISASI ANGGARAN 2025"],
      ["Kode", "Uraian", "Anggaran 2024 (Rp)", "Anggaran 2025 (Rp)", "Realisasi 2025 (Rp)", "%", "Realisasi 2024 (Rp)"],
      ["2.15.02", "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 900000000, 1000000000, 610000000, 61, 850000000],
    ]),
  );
  expect([t.rows[0]!.pagu?.value, t.rows[0]!.realisasi?.value]).toEqual([1000000000, 610000000]);
});

test("a program or JUMLAH written in the code column merged over the name column is read, not dropped", () => {
  // Planted: a program of Rp 1.000.000.000 with kegiatan of 150 and 850 juta.
  const t = budgetOf({
    name: "Realisasi",
    rows: [
      ["REALISASI ANGGARAN 2025"],
      ["Kode", "Uraian", "Anggaran", "Realisasi", "%"],
      ["2.15.02 PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", null, 1000000000, 610000000, 61],
      ["2.15.02.2.01", "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 60000000, 40],
      ["2.15.02.2.02", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 850000000, 550000000, 64.71],
      ["JUMLAH", null, 1000000000, 610000000, 61],
    ],
    merges: [2, 5].map((r) => ({ r0: r, c0: 0, r1: r, c1: 1 })),
  });
  expect(t.rows.map((r) => [r.level, r.code])).toEqual([
    ["program", "2.15.02"],
    ["kegiatan", "2.15.02.2.01"],
    ["kegiatan", "2.15.02.2.02"],
    ["total", null],
  ]);
});

test("Program | Kegiatan | Sub Kegiatan written one column a level: each row at the level of its column", () => {
  // Planted: a program of Rp 1.000.000.000 = kegiatan 150 + 850 juta; the second kegiatan = sub kegiatan 350 + 500 juta.
  const t = budgetOf(
    sheet("Realisasi", [
      ["REALISASI ANGGARAN 2025"],
      ["No", "Program", "Kegiatan", "Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"],
      [1, "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", null, null, 1000000000, 610000000, 61],
      [null, null, "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", null, 150000000, 60000000, 40],
      [null, null, "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", null, 850000000, 550000000, 64.71],
      [null, null, null, "Pembangunan Prasarana Jalan di Jalan Kabupaten/Kota", 350000000, 250000000, 71.43],
      [null, null, null, "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 500000000, 300000000, 60],
      [null, "JUMLAH", null, null, 1000000000, 610000000, 61],
    ]),
  );
  expect(t.rows.map((r) => r.level)).toEqual(["program", "kegiatan", "kegiatan", "subkegiatan", "subkegiatan", "total"]);
});
