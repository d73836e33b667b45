/**
 * kode-nomenklatur: a sub kegiatan's code and name against the official list. Every official value
 * below is read from data/nomenklatur-sub-kegiatan.csv.
 */
import type { CellValue } from "../../src/core/grid";
import { loadNomenklatur, type Nomenklatur } from "../../src/core/nomenklatur";
import { kodeNomenklatur } from "../../src/core/rules/kode-nomenklatur";
import { CSV_ROWS, csvRow, listed } from "../support/nomenklatur-csv";
import { ruleTester } from "../support/rule-tester";

let list: Nomenklatur;
beforeAll(async () => {
  list = await loadNomenklatur();
});

const DOK = csvRow("KABKOT", "X.XX.01.2.01.0001"); // Penyusunan Dokumen Perencanaan Perangkat Daerah
const LAP = csvRow("KABKOT", "7.01.02.2.01.0001");
const EFEKTIF = csvRow("KABKOT", "7.01.02.2.01.0002"); // Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan
// Listed for provinces only: Pembangunan USB (Unit Sekolah Baru), an SMA.
const USB = csvRow("PROV", "1.01.02.1.01.0001");
// The first kabupaten/kota sub kegiatan renumbered from a code no longer in use.
const KAB = new Set(CSV_ROWS.filter((r) => r.jenis_pemda === "KABKOT").map((r) => r.kode_sub_kegiatan));
const RENUMBERED = CSV_ROWS.find((r) => r.jenis_pemda === "KABKOT" && r.kode_sub_kegiatan_sebelumnya !== "" && !KAB.has(r.kode_sub_kegiatan_sebelumnya))!;
const UNLISTED = "7.01.02.2.01.0099";

test("the rows quoted are the list's", () => {
  expect(listed("KABKOT", USB.kode_sub_kegiatan)).toBe(false);
  expect(listed("KABKOT", UNLISTED)).toBe(false);
  expect(listed("PROV", UNLISTED)).toBe(false);
  expect(RENUMBERED.kode_sub_kegiatan_sebelumnya).toMatch(/^\d\.\d\d\.\d\d\.\d\.\d\d\.\d{4}$/);
  expect(CSV_ROWS.filter((r) => r.jenis_pemda === "KABKOT" && r.nama_sub_kegiatan === EFEKTIF.nama_sub_kegiatan)).toHaveLength(1);
});

const BUDGET = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"];
const budget = (...rows: CellValue[][]) => ({ Anggaran: [["LAPORAN REALISASI ANGGARAN KECAMATAN SUKAMAJU KABUPATEN SUKAMAJU"], BUDGET, ...rows] });
const line = (kode: string, nama: string): CellValue[] => [kode, nama, 1000000, 900000, 90];
const PKPK = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];

ruleTester.run(
  kodeNomenklatur,
  {
    valid: [
      {
        name: "a kecamatan's realisasi anggaran with the list's codes and names (penunjang 7.01.01.… = X.XX.01.…), accounts under them",
        sheets: budget(
          ["7.01.01.2.01", DOK.nama_kegiatan, 2000000, 1800000, 90],
          line("7.01.01.2.01.0001", DOK.nama_sub_kegiatan),
          line("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor"),
          line("7.01.02.2.01.0001", LAP.nama_sub_kegiatan.toUpperCase()),
        ),
      },
      {
        name: "without the list (a caller that did not load it) nothing is compared: the sample's own made-up names",
        sheets: budget(line("7.01.01.2.01.0001", "Sinkronisasi Pelaksanaan Urusan Pemerintahan di Kecamatan"), line(UNLISTED, "Kegiatan lain")),
        check: () => ({}),
      },
      {
        name: "a PKPK whose sub kegiatan row has a code and no name: the name above (the kegiatan's) is not taken for it",
        sheets: {
          PKPK: [
            ["PENGUKURAN KINERJA TRIWULAN III KECAMATAN SUKAMAJU"],
            PKPK,
            ["7.01.02.2.01", LAP.nama_kegiatan, "Jumlah laporan kegiatan", "Laporan", 4, 3, 3, 100],
            ["7.01.02.2.01.0001", null, LAP.indikator, LAP.satuan, 4, 3, 3, 100],
          ],
        },
      },
    ],
    invalid: [
      {
        name: "a code the list does not hold; when its name is listed, under which code",
        sheets: budget(line(UNLISTED, EFEKTIF.nama_sub_kegiatan), line("7.01.02.2.01.0098", "Rapat Koordinasi Camat")),
        errors: [
          {
            messageId: "tidak-ada",
            sheet: "Anggaran",
            cell: "A3",
            severity: "warning",
            expected: EFEKTIF.kode_sub_kegiatan,
            found: UNLISTED,
            message: `tercantum dengan kode ${EFEKTIF.kode_sub_kegiatan}`,
          },
          { messageId: "tidak-ada", sheet: "Anggaran", cell: "A4", expected: null, message: "untuk kabupaten/kota. Periksa kodenya." },
        ],
      },
      {
        name: "the sample's made-up names under penunjang codes: both names given, the list's as expected",
        sheets: budget(line("7.01.01.2.01.0001", "Sinkronisasi Pelaksanaan Urusan Pemerintahan di Kecamatan")),
        errors: [
          {
            messageId: "nama-beda",
            sheet: "Anggaran",
            cell: "B3",
            severity: "warning",
            expected: DOK.nama_sub_kegiatan,
            found: "Sinkronisasi Pelaksanaan Urusan Pemerintahan di Kecamatan",
            related: ["Anggaran!A3"],
          },
        ],
      },
      {
        name: "a province's code in a kabupaten's file (info, with the province's sub kegiatan)",
        sheets: budget(line(USB.kode_sub_kegiatan, USB.nama_sub_kegiatan)),
        errors: [
          {
            messageId: "jenis-lain",
            sheet: "Anggaran",
            cell: "A3",
            severity: "info",
            expected: `${USB.kode_sub_kegiatan} ${USB.nama_sub_kegiatan}`,
            message: "hanya tercantum dalam nomenklatur untuk provinsi",
          },
        ],
      },
      {
        name: "a former code of a renumbered sub kegiatan, in a PKPK: the new code",
        sheets: {
          PKPK: [
            ["PENGUKURAN KINERJA TRIWULAN III DINAS KESEHATAN KABUPATEN SUKAMAJU"],
            PKPK,
            [RENUMBERED.kode_sub_kegiatan_sebelumnya, RENUMBERED.nama_sub_kegiatan, RENUMBERED.indikator, RENUMBERED.satuan, 4, 3, 3, 100],
          ],
        },
        errors: [
          {
            messageId: "kode-lama",
            sheet: "PKPK",
            cell: "A3",
            severity: "warning",
            expected: RENUMBERED.kode_sub_kegiatan,
            found: RENUMBERED.kode_sub_kegiatan_sebelumnya,
            message: `berkode ${RENUMBERED.kode_sub_kegiatan}`,
          },
        ],
      },
    ],
  },
  { check: () => ({ nomenklatur: list }) },
);
