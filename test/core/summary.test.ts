import { checkWorkbook } from "../../src/core/check";
import { indicatorSummary, programSummary, type ProgramSummary } from "../../src/core/summary";
import { renjaSheet, type RenjaSpec, RENJA_PROGRAM } from "../support/renja";
import { sheetFromTsv } from "../support/tsv";

test("PK indicators take their realisasi from Capaian IKU; capaian and kategori follow Permendagri 86/2017", () => {
  // Seed LKjIP: IKM target 88, realisasi 90,26 → capaian 102,57 (Sangat Tinggi, ≥ 91).
  const pk = sheetFromTsv(
    "PK",
    "Sasaran\tIndikator Kinerja\tSatuan\tTarget\nMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t88\n\tNilai SAKIP\tNilai\t70",
  );
  const cap = sheetFromTsv("Capaian", "Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\nIndeks Kepuasan Masyarakat\tIndeks\t88\t90,26\t102,57");
  const s = indicatorSummary(checkWorkbook({ sheets: [pk, cap] }));
  expect(s).toHaveLength(2);
  expect(s[0]).toMatchObject({
    indikator: "Indeks Kepuasan Masyarakat",
    target: 88,
    realisasi: 90.26,
    realisasiFrom: "Capaian",
    kategori: "Sangat Tinggi",
    sheet: "PK",
    cell: "B2",
  });
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

test("a budget table in thousands and one in rupiah of the same figures give the same Ringkasan rupiah (seed: 11.787.875.000, 10.903.497.000)", () => {
  const rupiah = sheetFromTsv(
    "Anggaran",
    "REALISASI ANGGARAN\nKode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\t%\n5.02.01\tProgram Penunjang Urusan Pemerintahan Daerah\t11.787.875.000\t10.903.497.000\t92,50",
  );
  const ribuan = sheetFromTsv(
    "Anggaran",
    "REALISASI ANGGARAN (dalam ribuan rupiah)\nKode\tProgram/Kegiatan\tPagu\tRealisasi\t%\n5.02.01\tProgram Penunjang Urusan Pemerintahan Daerah\t11.787.875\t10.903.497\t92,50",
  );
  const header = sheetFromTsv(
    "Anggaran",
    "REALISASI ANGGARAN\nKode\tProgram/Kegiatan\tPagu (Rp 000)\tRealisasi (Rp 000)\t%\n5.02.01\tProgram Penunjang Urusan Pemerintahan Daerah\t11.787.875\t10.903.497\t92,50",
  );
  const [a, b, c] = [rupiah, ribuan, header].map((s) => programSummary(checkWorkbook({ sheets: [s] }))) as [
    ProgramSummary[],
    ProgramSummary[],
    ProgramSummary[],
  ];
  expect(a).toHaveLength(1);
  expect(a[0]).toMatchObject({ pagu: 11787875000, realisasi: 10903497000 });
  expect(b).toEqual(a);
  expect(c).toEqual(a);
  expect(b[0]!.serapan).toBeCloseTo(92.5, 2);
});

describe("an Evaluasi Renja in Ringkasan", () => {
  // Program: target Renja 12 dokumen / Rp 180.000.000, quarters 3 + 3 + 3 + 2 and Rp 40 + 45 + 48 + 41 juta:
  // realisasi 11 (capaian 91,67 %, Sangat Tinggi) and Rp 174.000.000 (serapan 96,67 %).
  const [tw1, tw2, tw3] = RENJA_PROGRAM.tw;
  const program: RenjaSpec = { ...RENJA_PROGRAM, tw: [tw1, tw2, tw3, [2, 41000000]] };
  const renja = renjaSheet([program]);
  const sheet = { name: "Renja", rows: renja.rows, merges: renja.merges };

  test("without PK or Capaian IKU its indicators are listed: target 8 K, realisasi 13 K", () => {
    const s = indicatorSummary(checkWorkbook({ sheets: [sheet] }));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ indikator: "Jumlah dokumen laporan kinerja", target: 12, realisasi: 11, kategori: "Sangat Tinggi", sheet: "Renja" });
    expect(s[0]!.capaian).toBeCloseTo(91.67, 2);
  });

  test("a PK indicator without Capaian IKU, PKPK or PPS takes its realisasi from the Renja", () => {
    const pk = sheetFromTsv(
      "PK",
      "Program\tIndikator Kinerja\tSatuan\tTarget 2025\nPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK\tJumlah dokumen laporan kinerja\tDokumen\t12",
    );
    const s = indicatorSummary(checkWorkbook({ sheets: [pk, sheet] }));
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ sheet: "PK", target: 12, realisasi: 11, realisasiFrom: "Renja" });
  });

  test("its programs' serapan: 13 Rp of 8 Rp, unless a realisasi anggaran table lists the program", () => {
    const alone = programSummary(checkWorkbook({ sheets: [sheet] }));
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatchObject({
      program: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      pagu: 180000000,
      realisasi: 174000000,
      sheet: "Renja",
    });
    expect(alone[0]!.serapan).toBeCloseTo(96.67, 2);
    const b = sheetFromTsv(
      "Anggaran",
      "Kode\tProgram/Kegiatan\tPagu (Rp)\tRealisasi (Rp)\n7.01.01\tPROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK\t180.000.000\t174.000.000",
    );
    const both = programSummary(checkWorkbook({ sheets: [b, sheet] }));
    expect(both.map((p) => p.sheet)).toEqual(["Anggaran"]);
  });

  test("a Renja dalam ribuan rupiah (note under the table) gives its programs in rupiah, as the budget table's", () => {
    const thousands: RenjaSpec = {
      ...program,
      renstra: [60, 900000],
      lalu: [36, 520000],
      target: [12, 180000],
      tw: [
        [3, 40000],
        [3, 45000],
        [3, 48000],
        [2, 41000],
      ],
    };
    const r = renjaSheet([thousands]);
    const s = { name: "Renja", rows: [...r.rows, [], ["Keterangan: angka Rp dalam ribuan rupiah"]], merges: r.merges };
    const p = programSummary(checkWorkbook({ sheets: [s] }));
    expect(p[0]).toMatchObject({ pagu: 180000000, realisasi: 174000000 });
    expect(p[0]!.serapan).toBeCloseTo(96.67, 2);
  });
});
