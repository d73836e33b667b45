/** Ringkasan's count of sub kegiatan rows against the official list; official values from rows of the CSV. */
import { checkWorkbook } from "../../src/core/check";
import type { CellValue } from "../../src/core/grid";
import { loadNomenklatur, type Nomenklatur } from "../../src/core/nomenklatur";
import { nomenklaturSummary } from "../../src/core/summary";
import { csvRow, listed } from "../support/nomenklatur-csv";

let list: Nomenklatur;
beforeAll(async () => {
  list = await loadNomenklatur();
});

const DOK = csvRow("KABKOT", "X.XX.01.2.01.0001"); // Penyusunan Dokumen Perencanaan Perangkat Daerah — Dokumen
const LAP = csvRow("KABKOT", "7.01.02.2.01.0001");
const EFEKTIF = csvRow("KABKOT", "7.01.02.2.01.0002");
const PKPK = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];
const BUDGET = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"];
const rows = (...r: CellValue[][]) => r.map((x) => [...x]);

const workbook = {
  sheets: [
    {
      name: "PKPK",
      merges: [],
      rows: rows(
        ["PENGUKURAN KINERJA TRIWULAN III KECAMATAN SUKAMAJU"],
        PKPK,
        // matching, satuan written short (still the official unit)
        ["7.01.01.2.01.0001", DOK.nama_sub_kegiatan, DOK.indikator, "Dok", 3, 2, 2, 100],
        // a further indicator of the same sub kegiatan: not compared
        [null, null, "Persentase dokumen tepat waktu", "%", 100, 100, 100, 100],
        // another indicator: differing
        ["7.01.02.2.01.0001", LAP.nama_sub_kegiatan, "Jumlah laporan", LAP.satuan, 4, 3, 3, 100],
        // matching
        ["7.01.02.2.01.0002", EFEKTIF.nama_sub_kegiatan, EFEKTIF.indikator, EFEKTIF.satuan, 4, 3, 3, 100],
      ),
    },
    {
      name: "Anggaran",
      merges: [],
      rows: rows(
        ["LAPORAN REALISASI ANGGARAN KECAMATAN SUKAMAJU"],
        BUDGET,
        ["7.01.01.2.01.0001", DOK.nama_sub_kegiatan, 1000000, 900000, 90], // matching
        ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", 1000000, 900000, 90], // an account, not counted
        ["7.01.02.2.01.0099", "Rapat Koordinasi Camat", 1000000, 900000, 90], // not listed: differing
      ),
    },
  ],
};

test("the code not listed is not in the CSV", () => {
  expect(listed("KABKOT", "7.01.02.2.01.0099")).toBe(false);
});

test("rows with sub kegiatan codes: matching, differing and not compared", () => {
  const s = nomenklaturSummary(checkWorkbook(workbook, { nomenklatur: list }));
  expect(s).toEqual({ rows: 6, matching: 3, differing: 2, unchecked: 1, codes: 4, jenisPemda: "KABKOT" });
});

test("without the list there is no count", () => {
  expect(nomenklaturSummary(checkWorkbook(workbook))).toBeNull();
});
