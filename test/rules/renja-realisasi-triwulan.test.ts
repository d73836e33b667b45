/**
 * renja-realisasi-triwulan: the Evaluasi Renja's realisasi K of each quarter (columns 9–12,
 * Permendagri 86/2017) against the PKPK's (else the PPS's) realisasi of the same indicator and
 * quarter (domain.md, check 5). The program of test/support/renja.ts: 3 dokumen a quarter; the
 * PKPK rows are planted to agree or to differ in one cell.
 */
import type { CellValue } from "../../src/core/grid";
import { renjaRealisasiTriwulan } from "../../src/core/rules/renja-realisasi-triwulan";
import { colName, renjaCol, renjaSheet, type RenjaSpec, RENJA_PROGRAM } from "../support/renja";
import { ruleTester } from "../support/rule-tester";

const IND = RENJA_PROGRAM.indikator!;
const PKPK_HEAD = [
  "Kode",
  "Program/Kegiatan",
  "Indikator Kinerja",
  "Satuan",
  "Target Tahunan",
  ...[1, 2, 3, 4].flatMap((q) => [`TW ${["I", "II", "III", "IV"][q - 1]} Target`, `TW ${["I", "II", "III", "IV"][q - 1]} Realisasi`]),
];
/** A PKPK with the four quarters side by side: target 3 a quarter and the given realisasi. */
const pkpk = (
  real: [number, number, number, number],
  indikator = IND,
  satuan = "Dokumen",
  target = 3,
  title = "PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK) TAHUN 2025",
): CellValue[][] => [[title], PKPK_HEAD, [RENJA_PROGRAM.code, RENJA_PROGRAM.name, indikator, satuan, target * 4, ...real.flatMap((r) => [target, r])]];
/** The PKPK's realisasi cell of quarter q (1–4): G, I, K, M of row 3. */
const pkpkAt = (q: number) => `${colName(4 + 2 * q)}3`;
/** A PPS sheet of one quarter. */
const ppsTw = (q: string, realisasi: number): CellValue[][] => [
  [`PENGUKURAN PENCAPAIAN SASARAN (PPS) TRIWULAN ${q}`],
  ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"],
  ["Meningkatnya akuntabilitas kinerja", IND, "Dokumen", 12, 3, realisasi, Math.round((realisasi / 3) * 10000) / 100],
];

const renja = (spec: RenjaSpec = RENJA_PROGRAM, below: CellValue[][] = []) => {
  const s = renjaSheet([spec]);
  return { rows: [...s.rows, ...below], merges: s.merges, at: (q: number) => `${colName(renjaCol(`tw${q}` as "tw1", "K"))}${s.dataStart + 1}` };
};
const R = renja();

// An indicator measured in rupiah (the PAD a kecamatan collects): Rp 40 + 45 + 48 + 41 juta a quarter.
const PAD = "Jumlah pendapatan retribusi yang dipungut";
const padRenja = (tw: [number, number, number, number], below: CellValue[][]) =>
  renja(
    {
      ...RENJA_PROGRAM,
      indikator: PAD,
      satuan: "Rupiah",
      target: [tw.reduce((a, b) => a + b, 0), 180000],
      tw: tw.map((k, q) => [k, RENJA_PROGRAM.tw[q]![1]! / 1000]) as unknown as RenjaSpec["tw"],
    },
    below,
  );
const THOUSANDS_NOTE: CellValue[][] = [[], ["Keterangan: angka dalam ribuan rupiah"]];
const padThousands = padRenja([40000, 45000, 48000, 41000], THOUSANDS_NOTE);

// A percentage whose Renja K cells hold fractions of a percent format (planted: 92, 93, 95, 96 % a quarter).
const PCT = "Persentase perangkat daerah yang terhubung jaringan intranet";
const pctRenja = (tw: number[]) =>
  renja({
    ...RENJA_PROGRAM,
    indikator: PCT,
    satuan: "%",
    target: [0.95, 180000000],
    tw: tw.map((k, q) => [k, RENJA_PROGRAM.tw[q]![1]!]) as unknown as RenjaSpec["tw"],
  });
const pctFractions = pctRenja([0.92, 0.93, 0.95, 0.96]);
const pctWrong = pctRenja([0.92, 0.93, 0.9, 0.96]);

ruleTester.run(renjaRealisasiTriwulan, {
  valid: [
    { name: "the Renja's 3 + 3 + 3 + 3 dokumen equal the PKPK's quarters", sheets: { Renja: R.rows, PKPK: pkpk([3, 3, 3, 3]) }, merges: { Renja: R.merges } },
    {
      name: "a PKPK writing the realisasi up to each quarter (3, 6, 9, 12) agrees with the Renja's own quarters",
      sheets: { Renja: R.rows, PKPK: pkpk([3, 6, 9, 12]) },
      merges: { Renja: R.merges },
    },
    {
      name: "PPS sheets per quarter, no PKPK: each quarter equal",
      sheets: { Renja: R.rows, "PPS TW I": ppsTw("I", 3), "PPS TW II": ppsTw("II", 3) },
      merges: { Renja: R.merges },
    },
    {
      name: "a rupiah indicator: the Renja in ribuan rupiah (note under the table) writes 40.000 for the PKPK's Rp 40.000.000",
      sheets: { Renja: padThousands.rows, PKPK: pkpk([40000000, 45000000, 48000000, 41000000], PAD, "Rupiah", 45000000) },
      merges: { Renja: padThousands.merges },
    },
    { name: "a Renja without PKPK or PPS has nothing to be compared with", sheets: { Renja: R.rows }, merges: { Renja: R.merges } },
    {
      name: "a percentage the Renja writes as fractions of a percent format (0,93) and the PKPK as 93",
      sheets: { Renja: pctFractions.rows, PKPK: pkpk([92, 93, 95, 96], PCT, "%", 95) },
      merges: { Renja: pctFractions.merges },
    },
  ],
  invalid: [
    {
      name: "the same percentage with TW III 0,9 (90 %) where the PKPK says 95",
      sheets: { Renja: pctWrong.rows, PKPK: pkpk([92, 93, 95, 96], PCT, "%", 95) },
      merges: { Renja: pctWrong.merges },
      errors: [{ messageId: "beda", sheet: "Renja", cell: pctWrong.at(3), expected: "95", found: "0,9" }],
    },
    {
      name: "the PKPK's TW III realisasi 2 where the Renja says 3: one error at the Renja's cell, naming both cells",
      sheets: { Renja: R.rows, PKPK: pkpk([3, 3, 2, 3]) },
      merges: { Renja: R.merges },
      errors: [
        {
          messageId: "beda",
          sheet: "Renja",
          cell: R.at(3),
          severity: "error",
          expected: "2",
          found: "3",
          related: [`PKPK!${pkpkAt(3)}`],
          message: new RegExp(`Realisasi TW III .*sel ${R.at(3)}.*sel ${pkpkAt(3)}`),
        },
      ],
    },
    {
      name: "no PKPK: the PPS sheet of TW II says 4",
      sheets: { Renja: R.rows, "PPS TW I": ppsTw("I", 3), "PPS TW II": ppsTw("II", 4) },
      merges: { Renja: R.merges },
      errors: [{ messageId: "beda", sheet: "Renja", cell: R.at(2), expected: "4", found: "3", related: ["PPS TW II!F3"] }],
    },
    {
      name: "the PKPK names the indicator one word longer: a warning naming both names",
      sheets: { Renja: R.rows, PKPK: pkpk([3, 3, 3, 2], `${IND} disusun`) },
      merges: { Renja: R.merges },
      errors: [{ messageId: "bedaMirip", sheet: "Renja", cell: R.at(4), severity: "warning", expected: "2", found: "3", message: `"${IND} disusun"` }],
    },
    {
      name: "a rupiah indicator in ribuan rupiah against a PKPK in rupiah that differs either way: a warning, not an error",
      sheets: { Renja: padThousands.rows, PKPK: pkpk([40000000, 45000000, 50000000, 41000000], PAD, "Rupiah", 45000000) },
      merges: { Renja: padThousands.merges },
      errors: [
        {
          messageId: "bedaSatuan",
          sheet: "Renja",
          cell: padThousands.at(3),
          severity: "warning",
          expected: "50.000.000",
          found: "48.000",
          message: /ribuan rupiah.*\(rupiah\)/,
        },
      ],
    },
  ],
});
