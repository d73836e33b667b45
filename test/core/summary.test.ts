import { checkWorkbook } from "../../src/core/check";
import { indicatorSummary, programSummary } from "../../src/core/summary";
import { sheetFromTsv } from "../support/tsv";

test("PK indicators take their realisasi from Capaian IKU; capaian and kategori follow Permendagri 86/2017", () => {
  // Seed LKjIP: IKM target 88, realisasi 90,26 → capaian 102,57 (Sangat Tinggi, ≥ 91).
  const pk = sheetFromTsv("PK", "Sasaran\tIndikator Kinerja\tSatuan\tTarget\nMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t88\n\tNilai SAKIP\tNilai\t70");
  const cap = sheetFromTsv("Capaian", "Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\nIndeks Kepuasan Masyarakat\tIndeks\t88\t90,26\t102,57");
  const s = indicatorSummary(checkWorkbook({ sheets: [pk, cap] }));
  expect(s).toHaveLength(2);
  expect(s[0]).toMatchObject({ indikator: "Indeks Kepuasan Masyarakat", target: 88, realisasi: 90.26, realisasiFrom: "Capaian", kategori: "Sangat Tinggi", sheet: "PK", cell: "B2" });
  expect(s[0]!.capaian).toBeCloseTo(102.57, 2);
  expect(s[1]).toMatchObject({ indikator: "Nilai SAKIP", target: 70, realisasi: null, capaian: null, kategori: null });
});

test("serapan per program from the budget table (seed: 10.903.497.000 of 11.787.875.000 = 92,50%)", () => {
  const b = sheetFromTsv(
    "Anggaran",
    "Program/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\nProgram Penunjang Urusan Pemerintahan Daerah\t11.787.875.000\t10.903.497.000\t92,50\n- Kegiatan Administrasi Keuangan\t11.787.875.000\t10.903.497.000\t92,50",
  );
  const s = programSummary(checkWorkbook({ sheets: [b] }));
  expect(s.map((p) => p.program)).toEqual(["Program Penunjang Urusan Pemerintahan Daerah"]);
  expect(s[0]!.serapan).toBeCloseTo(92.5, 2);
});
