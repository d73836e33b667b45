/**
 * renja-anggaran on small Evaluasi Renja grids: a kegiatan's Rp of every column equals the sum of
 * its sub kegiatan, a program's of its kegiatan (Permendagri 86/2017 and domain.md's budget
 * rules); realisasi anggaran (13 Rp) within the Renja's anggaran (8 Rp).
 */
import type { CellValue } from "../../src/core/grid";
import { renjaAnggaran } from "../../src/core/rules/renja-anggaran";
import { colName, renjaCol, renjaSheet, type Pair, type RenjaSpec } from "../support/renja";
import { ruleTester } from "../support/rule-tester";

type Rp = { renstra: number; lalu: number; target: number; tw: [number, number, number, number] };
const spec = (code: string, name: string, indikator: string, satuan: string, rp: Rp): RenjaSpec => ({
  code,
  name,
  indikator,
  satuan,
  renstra: [50, rp.renstra],
  lalu: [30, rp.lalu],
  target: [10, rp.target],
  tw: rp.tw.map((v) => [2.5, v] as Pair) as unknown as RenjaSpec["tw"],
});
const add = (...xs: Rp[]): Rp => ({
  renstra: xs.reduce((a, x) => a + x.renstra, 0),
  lalu: xs.reduce((a, x) => a + x.lalu, 0),
  target: xs.reduce((a, x) => a + x.target, 0),
  tw: [0, 1, 2, 3].map((q) => xs.reduce((a, x) => a + x.tw[q]!, 0)) as Rp["tw"],
});

const S1: Rp = { renstra: 500000000, lalu: 290000000, target: 100000000, tw: [20000000, 25000000, 25000000, 20000000] };
const S2: Rp = { renstra: 400000000, lalu: 232000000, target: 80000000, tw: [15000000, 20000000, 20000000, 20000000] };
const K2: Rp = { renstra: 12000000, lalu: 6960000, target: 2240000, tw: [0, 1000000, 1240000, 0] };
const sub1 = spec("7.01.01.2.01.0001", "Sinkronisasi Pelaksanaan Urusan Pemerintahan di Kecamatan", "Jumlah dokumen sinkronisasi", "Dokumen", S1);
const sub2 = spec("7.01.01.2.01.0002", "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan", "Jumlah layanan administrasi terpadu", "Layanan", S2);
const keg1 = (rp = add(S1, S2)) =>
  spec("7.01.01.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "Jumlah laporan koordinasi", "Laporan", rp);
const keg2 = spec("7.01.01.2.02", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", "Jumlah laporan pelimpahan", "Laporan", K2);
const program = (rp: Rp) => spec("7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Persentase layanan tepat waktu", "%", rp);

function sheets(rows: (RenjaSpec | CellValue[])[], patch?: { i: number; c: number; v: CellValue }, more: Record<string, CellValue[][]> = {}) {
  const s = renjaSheet(rows);
  if (patch) s.rows[s.dataStart + patch.i]![patch.c] = patch.v;
  return {
    sheets: { Renja: s.rows, ...more },
    merges: { Renja: s.merges },
    at: (i: number, c: number) => `Renja!${colName(c)}${s.dataStart + i + 1}`.replace("Renja!", ""),
  };
}
const TARGET_RP = renjaCol("target", "Rp");
const REAL_RP = renjaCol("realisasi", "Rp");

// The workbook's realisasi anggaran lists the program with exactly the two kegiatan.
const ANGGARAN = {
  "Realisasi Anggaran": [
    ["REALISASI ANGGARAN KECAMATAN SUKAMAJU TAHUN 2025"],
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)"],
    ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", 182240000, 167240000],
    ["7.01.01.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", 180000000, 165000000],
    ["7.01.01.2.02", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", 2240000, 2240000],
  ] as CellValue[][],
};

const full = [program(add(S1, S2, K2)), keg1(), sub1, sub2, keg2];
const kegBelow = sheets([program(add(S1, S2, K2)), keg1({ ...add(S1, S2), target: 175000000 }), sub1, sub2, keg2]);
// The program typed 10 juta above its two kegiatan, which the realisasi anggaran table shows to be all of them.
const progAbove = sheets([program({ ...add(S1, S2, K2), target: 192240000 }), keg1(), sub1, sub2, keg2], undefined, ANGGARAN);
// Sub kegiatan 2's realisasi 13 Rp typed 85 juta: above its anggaran of 80 juta (and its kegiatan's sum).
const over = sheets([keg1(), sub1, sub2], { i: 2, c: REAL_RP, v: 85000000 });

// A unit's name above its block and a "Sub Total" under the program's kegiatan: neither is a kegiatan.
const WIDTH = renjaCol("renstraTingkat", "Rp") + 1;
const labelRow = (text: string, rp?: Rp): CellValue[] => {
  const row: CellValue[] = Array.from({ length: WIDTH }, () => null);
  row[2] = text;
  if (rp) {
    row[TARGET_RP] = rp.target;
    row[REAL_RP] = rp.tw.reduce((a, x) => a + x, 0);
  }
  return row;
};
const blocks = (top: Rp) =>
  sheets([labelRow("SEKRETARIAT"), program(top), keg1(), sub1, sub2, keg2, labelRow("Sub Total", top), labelRow("BIDANG PEMERINTAHAN")], undefined, ANGGARAN);
const blocksAbove = blocks({ ...add(S1, S2, K2), target: 192240000 });
// A second program (planted Rp 100 juta / 60 juta a quarter … ) with its own JUMLAH, then the grand total of both.
const P2: Rp = { renstra: 500000000, lalu: 290000000, target: 100000000, tw: [20000000, 25000000, 25000000, 20000000] };
const program2 = spec("7.01.02", "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "Persentase desa mandiri", "%", P2);
const grand = (target: number) =>
  sheets([
    program(add(S1, S2, K2)),
    keg1(),
    sub1,
    sub2,
    keg2,
    labelRow("JUMLAH PROGRAM PENYELENGGARAAN PEMERINTAHAN", add(S1, S2, K2)),
    program2,
    labelRow("JUMLAH PROGRAM PEMBERDAYAAN MASYARAKAT", P2),
    labelRow("JUMLAH TOTAL", { ...add(S1, S2, K2, P2), target }),
  ]);
const grandRight = grand(add(S1, S2, K2, P2).target);
const grandWrong = grand(add(S1, S2, K2, P2).target + 1000000);

// A cancelled sub kegiatan (planted: Renstra 100 juta, Renja 30 juta, nothing realised) that staff hid
// rather than deleted; the kegiatan's figures typed by hand leave it out (S1 + S2).
const S3: Rp = { renstra: 100000000, lalu: 0, target: 30000000, tw: [0, 0, 0, 0] };
const sub3 = spec("7.01.01.2.01.0003", "Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal Kecamatan", "Jumlah fasilitasi SPM", "Kegiatan", S3);
const cancelled = (kegiatan: Rp) => {
  const x = sheets([program(add(S1, S2, K2)), keg1(kegiatan), sub1, sub2, sub3, keg2]);
  return { ...x, hidden: { Renja: [Number(x.at(4, 0).replace(/^[A-Z]+/, ""))] } };
};
const cancelledWrong = cancelled({ ...add(S1, S2), target: 175000000 });

ruleTester.run(renjaAnggaran, {
  valid: [
    { name: "a kegiatan typed to leave out its hidden cancelled sub kegiatan", ...cancelled(add(S1, S2)) },
    { name: "unit names between blocks and a Sub Total row are neither items nor kegiatan", ...blocks(add(S1, S2, K2)) },
    { name: "a JUMLAH per program block, then the grand total of all the programs above", ...grandRight },
    { name: "program = Σ kegiatan, kegiatan = Σ sub kegiatan in every Rp column", ...sheets(full) },
    {
      name: "a program above the one kegiatan it lists, with no realisasi anggaran table to show the list complete (a Renja of the items with indicators)",
      ...sheets([program(add(S1, S2, K2)), keg1(), sub1, sub2]),
    },
    {
      name: "a program with a second indicator row (code and name blank): one budget line",
      ...sheets([program(add(S1, S2, K2)), [null, null, null, "Indeks kepuasan layanan", "Indeks"], keg1(), sub1, sub2, keg2]),
    },
  ],
  invalid: [
    {
      name: "the cancelled sub kegiatan shown: the kegiatan leaves out a row that counts",
      ...cancelled(add(S1, S2)),
      hidden: {},
      errors: [
        { messageId: "jumlahSalah", sheet: "Renja", cell: cancelledWrong.at(1, renjaCol("renstra", "Rp")) },
        { messageId: "jumlahSalah", sheet: "Renja", cell: cancelledWrong.at(1, TARGET_RP), expected: "210.000.000", found: "180.000.000" },
      ],
    },
    {
      name: "the cancelled sub kegiatan hidden, but the kegiatan's Renja anggaran 175 juta is not its visible 180 juta either",
      ...cancelledWrong,
      errors: [{ messageId: "jumlahSalah", sheet: "Renja", cell: cancelledWrong.at(1, TARGET_RP), expected: "210.000.000", found: "175.000.000" }],
    },
    {
      name: "the grand total 1 juta above the two programs above it",
      ...grandWrong,
      errors: [{ messageId: "jumlahSalah", sheet: "Renja", cell: grandWrong.at(8, TARGET_RP), expected: "282.240.000", found: "283.240.000" }],
    },
    {
      name: "with unit names and a Sub Total around it, a program 10 juta above its kegiatan listed in full is still found",
      ...blocksAbove,
      errors: [{ messageId: "jumlahSalah", sheet: "Renja", cell: blocksAbove.at(1, TARGET_RP), expected: "182.240.000", found: "192.240.000" }],
    },
    {
      name: "a kegiatan's Renja anggaran 175 juta, its sub kegiatan add up to 180 juta",
      ...kegBelow,
      errors: [
        {
          messageId: "jumlahSalah",
          sheet: "Renja",
          cell: kegBelow.at(1, TARGET_RP),
          expected: "180.000.000",
          found: "175.000.000",
          message: 'Kolom 8 (target Renja) "',
        },
      ],
    },
    {
      name: "a program 10 juta above its kegiatan where the realisasi anggaran table lists those kegiatan in full",
      ...progAbove,
      errors: [
        {
          messageId: "jumlahSalah",
          sheet: "Renja",
          cell: progAbove.at(0, TARGET_RP),
          expected: "182.240.000",
          found: "192.240.000",
          message: "jumlah kegiatannya",
        },
      ],
    },
    {
      name: "realisasi anggaran 85 juta above the Renja's 80 juta (and above what the kegiatan states for its sub kegiatan)",
      ...over,
      errors: [
        {
          messageId: "melebihiAnggaran",
          sheet: "Renja",
          cell: over.at(2, REAL_RP),
          expected: "≤ 80.000.000",
          found: "85.000.000",
          related: [`Renja!${over.at(2, TARGET_RP)}`],
        },
        { messageId: "jumlahSalah", sheet: "Renja", cell: over.at(0, REAL_RP), expected: "175.000.000", found: "165.000.000" },
      ],
    },
  ],
});
