/**
 * Sheets real SAKIP workbooks hold that are not the tables the engine reads (dashboards, LKE,
 * Pohon Kinerja, IKU definitions, RKA rincian, Daftar Pegawai …): no table, or at most one
 * region-level doubt, never per-cell errors. Numbers are the ones planted in corpus book 41.
 */
import { checkWorkbook } from "../../../src/core/check";
import type { CellValue, Sheet } from "../../../src/core/grid";
import { readSheet } from "../../../src/core/tables/find";

const sheet = (name: string, rows: CellValue[][], merges: Sheet["merges"] = []): Sheet => ({ name, rows, merges });
const errorsAndWarnings = (sheets: Sheet[]) => checkWorkbook({ sheets }).findings.filter((f) => f.severity === "error" || f.severity === "warning");

test("a dashboard that looks figures up (no Satuan, cached #N/A and #REF!) is no Capaian table", () => {
  const s = sheet("Dashboard", [
    ["DASHBOARD KINERJA 2025"],
    [],
    ["Indikator", "Target", "Realisasi", "Capaian (%)", "Status"],
    ["Persentase konsistensi program RPJMD dalam RKPD", 95, 96.5, 101.58, "Tercapai"],
    ["Indeks kepuasan layanan perencanaan", "#N/A", "#N/A", "#N/A", "#N/A"],
    ["Nilai AKIP Pemerintah Daerah", "#REF!", 71.35, "#REF!", "-"],
    ["Rata-rata capaian", null, null, "#N/A", null],
  ]);
  expect(readSheet(s)).toEqual([]);
  expect(errorsAndWarnings([s])).toEqual([]);
});

test("the same columns under a title naming the Capaian are still read, and without a title only with Satuan", () => {
  const rows: CellValue[][] = [
    ["Indikator", "Target", "Realisasi", "Capaian (%)"],
    ["Nilai AKIP Pemerintah Daerah", 70, 71.35, 101.93],
    ["Persentase usulan musrenbang yang diakomodir dalam RKPD", 40, 36.2, 90.5],
  ];
  expect(readSheet(sheet("Lembar1", [["TABEL 3.1 CAPAIAN INDIKATOR KINERJA UTAMA 2025"], ...rows])).map((t) => t.kind)).toEqual(["capaian"]);
  const withSatuan = [
    ["Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    ["Nilai AKIP Pemerintah Daerah", "Nilai", 70, 71.35, 101.93],
    ["Persentase usulan musrenbang yang diakomodir dalam RKPD", "%", 40, 36.2, 90.5],
  ];
  expect(readSheet(sheet("Lembar1", withSatuan)).map((t) => t.kind)).toEqual(["capaian"]);
});

test("a Renstra matrix (kondisi awal, targets 2021–2025, kondisi akhir) before the PK is no PK, and the Capaian is held to the PK", () => {
  const ind = ["Persentase konsistensi program RPJMD dalam RKPD", "Persentase usulan musrenbang yang diakomodir dalam RKPD"];
  const renstra = sheet(
    "Matriks Renstra",
    [
      ["MATRIKS TUJUAN, SASARAN DAN INDIKATOR RENSTRA 2021-2025"],
      [],
      ["Tujuan", "Sasaran", "Indikator", "Satuan", "Kondisi Awal (2020)", "Target Kinerja", null, null, null, null, "Kondisi Akhir"],
      [null, null, null, null, null, 2021, 2022, 2023, 2024, 2025, null],
      ["Tujuan A", "Sasaran A", ind[0]!, "%", 88, 90, 92, 94, 95, 96, 96],
      [null, null, ind[1]!, "%", 30, 32, 34, 38, 40, 42, 42],
    ],
    [{ r0: 2, c0: 5, r1: 2, c1: 9 }, ...[0, 1, 2, 3, 4, 10].map((c) => ({ r0: 2, c0: c, r1: 3, c1: c }))],
  );
  const pk = sheet("PK 2025", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"],
    [1, "Sasaran A", ind[0]!, "%", 95],
    [2, null, ind[1]!, "%", 40],
  ]);
  const cap = sheet("Capaian IKU", [
    ["TABEL 3.1 CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2025"],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"],
    [1, "Sasaran A", ind[0]!, "%", 95, 96.5, 101.58, "Sangat Tinggi"],
    [2, null, ind[1]!, "%", 40, 36.2, 90.5, "Tinggi"],
  ]);
  expect(readSheet(renstra)).toEqual([]);
  expect(errorsAndWarnings([renstra, pk, cap])).toEqual([]);
  // The planted difference is still found against the PK.
  (cap.rows[3] as CellValue[])[4] = 42;
  expect(errorsAndWarnings([renstra, pk, cap]).map((f) => [f.rule, f.sheet, f.cell, f.related[0]?.sheet])).toContainEqual([
    "target-tahunan",
    "Capaian IKU",
    "E4",
    "PK 2025",
  ]);
});

test("a pivot summary: Grand Total is the total, Average of Capaian is no serapan", () => {
  const s = sheet("Ringkasan", [
    ["Row Labels", "Sum of Pagu", "Sum of Realisasi", "Average of Capaian"],
    ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 1_250_000_000, 1_180_500_000, 94.44],
    ["PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", 850_000_000, 801_250_000, 94.26],
    ["Grand Total", 2_100_000_000, 1_981_750_000, 94.35],
  ]);
  const [t] = readSheet(s);
  expect(t && "rows" in t && t.rows.map((r) => ("level" in r ? r.level : null))).toEqual(["program", "program", "total"]);
  expect(errorsAndWarnings([s])).toEqual([]);
  // A Grand Total that is not the sum of the programs is still found.
  (s.rows[3] as CellValue[])[1] = 2_000_000_000;
  expect(errorsAndWarnings([s]).map((f) => [f.rule, f.cell])).toContainEqual(["anggaran", "B4"]);
});

test("a dashboard titled as a Capaian with #N/A and #REF! in 2 of its 3 rows gets one region note, not 5 cell errors", () => {
  const s = sheet("Dashboard", [
    ["DASHBOARD CAPAIAN KINERJA 2025"],
    [],
    ["Indikator", "Target", "Realisasi", "Capaian (%)", "Status"],
    ["Persentase konsistensi program RPJMD dalam RKPD", 95, 96.5, 101.58, "Tercapai"],
    ["Indeks kepuasan layanan perencanaan", "#N/A", "#N/A", "#N/A", "#N/A"],
    ["Nilai AKIP Pemerintah Daerah", "#REF!", 71.35, "#REF!", "-"],
  ]);
  expect(errorsAndWarnings([s]).map((f) => [f.rule, f.severity, f.cell])).toEqual([["tabel-tidak-dipahami", "warning", "A3"]]);
});

test("a rekap SPJ by month (no code, no level sign) is a flat list: the first month is no program over the others", () => {
  const s = sheet("Rekap SPJ", [
    ["REKAPITULASI SPJ BELANJA 2025"],
    ["No", "Bulan", "Nomor SPJ", "Uraian", "Anggaran", "Realisasi Bulan Ini", "Realisasi s.d. Bulan Ini", "Sisa Anggaran", "%"],
    [1, "Januari", "001/SPJ/I/2025", "ATK dan honor Januari", 70_150_000, 7_550_000, 7_550_000, 62_600_000, 10.76],
    [2, "Februari", "002/SPJ/II/2025", "Honor Februari", 70_150_000, 4_800_000, 12_350_000, 57_800_000, 17.61],
    [3, "Maret", "003/SPJ/III/2025", "Rapat koordinasi", 70_150_000, 8_300_000, 20_650_000, 49_500_000, 29.44],
    [null, "JUMLAH", null, null, 70_150_000, 20_650_000, 20_650_000, 49_500_000, 29.44],
  ]);
  const [t] = readSheet(s);
  expect(t && "rows" in t && t.rows.map((r) => ("level" in r ? r.level : null))).toEqual(["kegiatan", "kegiatan", "kegiatan"]);
  expect(errorsAndWarnings([s])).toEqual([]);
  // A serapan that does not follow its row is still found: 7.550.000 / 70.150.000 = 10,76 %, not 12,76.
  (s.rows[2] as CellValue[])[8] = 12.76;
  expect(errorsAndWarnings([s]).map((f) => [f.rule, f.cell])).toContainEqual(["anggaran", "I3"]);
});

test("an IKU definition sheet (Alasan, Formulasi, Sumber Data, Target) before the PK is no PK", () => {
  const ind = ["Persentase konsistensi program RPJMD dalam RKPD", "Nilai AKIP Pemerintah Daerah"];
  const iku = sheet("Definisi IKU", [
    ["INDIKATOR KINERJA UTAMA (IKU) BAPPEDA TAHUN 2024-2026"],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Alasan", "Formulasi", "Sumber Data", "Target", "Penanggung Jawab"],
    [1, "Sasaran A", ind[0]!, "%", "Mengukur 95 program RPJMD", "Program RPJMD dalam RKPD / program RPJMD x 100%", "RKPD 2025", 96, "Kabid"],
    [2, "Sasaran B", ind[1]!, "Nilai", "Nilai 0-100 hasil evaluasi", "Nilai hasil evaluasi AKIP", "LHE", 72, "Kabid PEP"],
  ]);
  const pk = sheet("PK 2025", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"],
    [1, "Sasaran A", ind[0]!, "%", 95],
    [2, "Sasaran B", ind[1]!, "Nilai", 70],
  ]);
  const cap = sheet("Capaian IKU", [
    ["CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2025"],
    ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, ind[0]!, "%", 95, 96.5, 101.58],
    [2, ind[1]!, "Nilai", 70, 71.35, 101.93],
  ]);
  expect(readSheet(iku)).toEqual([]);
  expect(errorsAndWarnings([iku, pk, cap])).toEqual([]);
  // Under a title naming the PK, a Formulasi column is the PK's own.
  const titled = sheet("Lembar1", [["PERJANJIAN KINERJA TAHUN 2025"], ...(iku.rows.slice(1) as CellValue[][])]);
  expect(readSheet(titled).map((t) => t.kind)).toEqual(["pk"]);
  // An untitled PK form with one Cara Pengukuran column of its own is still a PK.
  const form = sheet("Lembar2", [
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Cara Pengukuran", "Target 2025"],
    [1, "Sasaran A", ind[0]!, "%", "Program RPJMD dalam RKPD / program RPJMD x 100%", 95],
    [2, "Sasaran B", ind[1]!, "Nilai", "Nilai hasil evaluasi AKIP", 70],
  ]);
  expect(readSheet(form).map((t) => t.kind)).toEqual(["pk"]);
});

test("chart data with a Tahun column (2023, 2024, 2025 down the rows) is no Capaian of one year", () => {
  const s = sheet("Data Grafik", [
    ["GRAFIK CAPAIAN KINERJA"],
    [],
    ["Indikator", "Satuan", "Tahun", "Target", "Realisasi", "Capaian"],
    ["Nilai AKIP Pemerintah Daerah", "Nilai", 2023, 66, 66.02, 100.03],
    ["Nilai AKIP Pemerintah Daerah", "Nilai", 2024, 68, 68.4, 100.59],
    ["Nilai AKIP Pemerintah Daerah", "Nilai", 2025, 70, 71.35, 101.93],
  ]);
  const pk = sheet("PK 2025", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"],
    [1, "Sasaran B", "Nilai AKIP Pemerintah Daerah", "Nilai", 70],
  ]);
  expect(readSheet(s)).toEqual([]);
  expect(errorsAndWarnings([pk, s])).toEqual([]);
  // One year on every row is still one year's table.
  const one = sheet("Capaian", [
    ["CAPAIAN KINERJA"],
    ["Indikator", "Satuan", "Tahun", "Target", "Realisasi", "Capaian"],
    ["Nilai AKIP Pemerintah Daerah", "Nilai", 2025, 70, 71.35, 101.93],
    ["Persentase konsistensi program RPJMD dalam RKPD", "%", 2025, 95, 96.5, 101.58],
  ]);
  expect(readSheet(one).map((t) => t.kind)).toEqual(["capaian"]);
});

test("an SKP of Indikator Kinerja Individu per pegawai (target 75 where the PK says 70) is no Capaian", () => {
  const s = sheet("SKP", [
    ["No", "Nama", "NIP", "Jabatan", "Indikator Kinerja Individu", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Ir. SITI AMINAH, M.T.", "19720315 199803 2 004", "Kepala Badan", "Nilai AKIP Pemerintah Daerah", "Nilai", 75, 71.35, 95.13],
  ]);
  const pk = sheet("PK 2025", [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"],
    [1, "Sasaran B", "Nilai AKIP Pemerintah Daerah", "Nilai", 70],
  ]);
  expect(readSheet(s)).toEqual([]);
  expect(errorsAndWarnings([pk, s])).toEqual([]);
});

test("a Pohon Kinerja, POKIN, Cascading or Indikator Kinerja Utama sheet with Satuan and Target is no PK or Renaksi, unless its title says so", () => {
  const rows: CellValue[][] = [
    ["Level", "Uraian", "Indikator", "Satuan", "Target"],
    ["Sasaran", "Meningkatnya konsistensi perencanaan", "Persentase konsistensi program RPJMD dalam RKPD", "%", 96],
    ["Program", "Program Perencanaan Pembangunan Daerah", "Persentase dokumen perencanaan tepat waktu", "%", 100],
  ];
  const quarters: CellValue[][] = [
    ["Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"],
    ["Jumlah desa yang dibina", "Desa", 16, 5, 10, 15, 20],
  ];
  for (const [name, title] of [
    ["Pohon Kinerja", "BAPPEDA TAHUN 2025"],
    ["POKIN 2025", "BAPPEDA"],
    ["Lembar1", "CASCADING KINERJA BAPPEDA 2025"],
    ["Lembar2", "POHON KINERJA (CROSSCUTTING) 2025"],
    ["IKU", "PENETAPAN INDIKATOR KINERJA UTAMA 2021-2026"],
    ["Lembar3", "DEFINISI OPERASIONAL INDIKATOR 2025"],
  ] as const) {
    expect({ name, kinds: readSheet(sheet(name, [[title], ...rows])).map((t) => t.kind) }).toEqual({ name, kinds: [] });
    expect({ name, kinds: readSheet(sheet(name, [[title], ...quarters])).map((t) => t.kind) }).toEqual({ name, kinds: [] });
  }
  // The title names the agreement: read as it says, whatever else the sheet is called.
  expect(readSheet(sheet("Pohon Kinerja", [["PERJANJIAN KINERJA TAHUN 2025"], ...rows])).map((t) => t.kind)).toEqual(["pk"]);
  expect(readSheet(sheet("Cascading", [["RENCANA AKSI TAHUN 2025"], ...quarters])).map((t) => t.kind)).toEqual(["renaksi"]);
  // No such words: the columns alone still make a PK (the rules then prefer a titled one as reference).
  expect(readSheet(sheet("Lampiran", rows)).map((t) => t.kind)).toEqual(["pk"]);
});
