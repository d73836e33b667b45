/**
 * indikator-nomenklatur: the indicator of a sub kegiatan against the official list. Every official
 * value below is read from data/nomenklatur-sub-kegiatan.csv.
 */
import type { CellValue } from "../../src/core/grid";
import { loadNomenklatur, type Nomenklatur } from "../../src/core/nomenklatur";
import { indikatorNomenklatur } from "../../src/core/rules/indikator-nomenklatur";
import { CSV_ROWS, csvRow } from "../support/nomenklatur-csv";
import { ruleTester } from "../support/rule-tester";

let list: Nomenklatur;
beforeAll(async () => {
  list = await loadNomenklatur();
});

const DOK = csvRow("KABKOT", "X.XX.01.2.01.0001"); // Jumlah Dokumen Perencanaan Perangkat Daerah
const GAJI = csvRow("KABKOT", "X.XX.01.2.02.0001"); // Jumlah Orang yang Menerima Gaji dan Tunjangan ASN
const LAP = csvRow("KABKOT", "7.01.02.2.01.0001"); // Jumlah Laporan Koordinasi/Sinergi Perencanaan …
// "Jumlah Orang yang Mendapatkan Pembinaan Penggunaan Teknologi, Informasi dan Komunikasi (TIK) untuk Pendidikan"
const TIK = csvRow("KABKOT", "1.01.02.2.01.0035");
// A code both levels list as different sub kegiatan (PROV: Jumlah Kurikulum bersama Akademi Komunitas …;
// KABKOT: Jumlah Lembaga Keagamaan dan Lembaga Swadaya Masyarakat …).
const BOTH = "1.01.02.3.04.0030";
const BOTH_PROV = csvRow("PROV", BOTH);
const BOTH_KAB = csvRow("KABKOT", BOTH);

const HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];
const TITLE = "PENGUKURAN KINERJA PROGRAM DAN KEGIATAN TRIWULAN III KECAMATAN SUKAMAJU";
const pkpk = (...rows: CellValue[][]) => ({ PKPK: [[TITLE], HEADER, ...rows] });
const sub = (kode: string, r: { nama_sub_kegiatan: string; indikator: string; satuan: string }, indikator = r.indikator): CellValue[] => [
  kode,
  r.nama_sub_kegiatan,
  indikator,
  r.satuan,
  4,
  3,
  3,
  100,
];

test("the rows quoted are the list's", () => {
  expect(BOTH_PROV.indikator).not.toBe(BOTH_KAB.indikator);
  expect(CSV_ROWS.filter((r) => r.kode_sub_kegiatan === BOTH)).toHaveLength(2);
  expect(TIK.indikator).toContain("(TIK)");
});

ruleTester.run(
  indikatorNomenklatur,
  {
    valid: [
      {
        name: "the official indicator, and the same written with other case, spacing and punctuation",
        sheets: pkpk(sub("7.01.01.2.01.0001", DOK), sub("7.01.02.2.01.0001", LAP, `  ${LAP.indikator.toLowerCase()}.`)),
      },
      {
        name: "without the list (a caller that did not load it) nothing is compared",
        sheets: pkpk(sub("7.01.02.2.01.0001", LAP, "Jumlah laporan")),
        check: () => ({}),
      },
      {
        name: "a further indicator of the sub kegiatan beside its official one is the file's own",
        sheets: pkpk(sub("7.01.01.2.01.0001", DOK), [null, null, "Persentase dokumen perencanaan yang tepat waktu", "%", 100, 100, 100, 100]),
      },
      {
        name: "a code both levels list differently, in a file that names neither: compared with the level its indicator is",
        sheets: { PKPK: [["PENGUKURAN KINERJA TRIWULAN III"], HEADER, sub(BOTH, BOTH_KAB)] },
      },
    ],
    invalid: [
      {
        name: "a typo (Jumalh) is near the official indicator: said so, with the official text",
        sheets: pkpk(sub("7.01.01.2.02.0001", GAJI, GAJI.indikator.replace("Jumlah", "Jumalh"))),
        errors: [
          { messageId: "mirip", sheet: "PKPK", cell: "C3", severity: "warning", expected: GAJI.indikator, message: "salah ketik", related: ["PKPK!A3"] },
        ],
      },
      {
        name: "the official indicator without its bracket is near too",
        sheets: pkpk(sub("1.01.02.2.01.0035", TIK, TIK.indikator.replace(" (TIK)", ""))),
        errors: [{ messageId: "mirip", sheet: "PKPK", cell: "C3", expected: TIK.indikator, message: "keterangan dalam kurung" }],
      },
      {
        name: "another indicator: a warning naming the official one; the sub kegiatan's first indicator stands for it",
        sheets: pkpk(
          sub("7.01.02.2.01.0001", LAP, "Jumlah laporan"),
          [null, null, "Jumlah rapat koordinasi", "Kali", 12, 9, 9, 100],
          sub("7.01.01.2.01.0001", DOK, "Jumlah dokumen"),
        ),
        errors: [
          { messageId: "berbeda", sheet: "PKPK", cell: "C3", severity: "warning", expected: LAP.indikator, found: "Jumlah laporan" },
          { messageId: "berbeda", sheet: "PKPK", cell: "C5", expected: DOK.indikator, found: "Jumlah dokumen", message: "Gunakan indikator resmi" },
        ],
      },
      {
        name: "a province's file: the code is the province's sub kegiatan, whose indicator is another",
        sheets: { PKPK: [["PENGUKURAN KINERJA TRIWULAN III DINAS PENDIDIKAN PROVINSI JAWA TENGAH"], HEADER, sub(BOTH, BOTH_KAB)] },
        errors: [{ messageId: "berbeda", sheet: "PKPK", cell: "C3", expected: BOTH_PROV.indikator, found: BOTH_KAB.indikator }],
      },
    ],
  },
  { check: () => ({ nomenklatur: list }) },
);
