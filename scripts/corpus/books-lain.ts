/**
 * Corpus workbooks 41–42: the sheets real SAKIP workbooks hold that are not the tables the engine
 * reads, next to a PK and a Capaian IKU that are: the inspectorate's Lembar Kerja Evaluasi (bobot,
 * nilai, predikat, sums of bobot), a Pohon Kinerja with merged boxes and indicators without targets,
 * IKU definitions with numbers inside long text, a Renstra matrix with kondisi awal and five years,
 * an RKA/DPA rincian belanja ("2 Orang x 12 Bulan"), a Daftar Pegawai, a rekap SPJ, a Lampiran
 * cover, chart data, a pivot-like summary, a dashboard with cached #N/A and #REF!, last year's PK
 * beside this year's. Only the PK and Capaian are expected; the planted finding is in the Capaian.
 */
import { round, SheetB, writeRows, writeTtd, type Book, SimpleBook } from "./layout";

const TTD = {
  place: "Sukamaju",
  role: "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH",
  name: "Ir. SITI AMINAH, M.T.",
  pangkat: "Pembina Utama Muda",
  nip: "19720315 199803 2 004",
};
const pct = (real: number, target: number) => round((real / target) * 100);
const kat = (c: number) => (c >= 91 ? "Sangat Tinggi" : c >= 76 ? "Tinggi" : c >= 66 ? "Sedang" : c >= 51 ? "Rendah" : "Sangat Rendah");

const T1 = "Meningkatnya kualitas perencanaan pembangunan daerah";
const S1 = "Meningkatnya konsistensi perencanaan dan penganggaran";
const S2 = "Meningkatnya akuntabilitas kinerja perangkat daerah";
const IND: [string, string, string, number, number][] = [
  [S1, "Persentase konsistensi program RPJMD dalam RKPD", "%", 95, 96.5],
  [S1, "Persentase usulan musrenbang yang diakomodir dalam RKPD", "%", 40, 36.2],
  [S2, "Nilai AKIP Pemerintah Daerah", "Nilai", 70, 71.35],
  [S2, "Persentase perangkat daerah dengan nilai AKIP minimal B", "%", 80, 76.9],
];

function pkSheet(b: SimpleBook, name: string, year: number, targets: number[], kinds: string[]): SheetB {
  const s = b.sheet(name, kinds);
  writeRows(s, [
    [`PERJANJIAN KINERJA TAHUN ${year}`],
    ["BADAN PERENCANAAN PEMBANGUNAN DAERAH KABUPATEN SUKAMAJU"],
    [],
    ["No", "Tujuan", "Sasaran", "Indikator Kinerja", "Satuan", `Target ${year}`],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
  ]);
  IND.forEach(([sas, ind, sat], i) => s.line(5 + i, 0, [i + 1, i === 0 ? T1 : null, i % 2 === 0 ? sas : null, ind, sat, targets[i]!]));
  s.merge(5, 1, 8, 1);
  writeTtd(s, TTD, 11, 4);
  return s;
}

// --- 41: planning and evaluation sheets around a PK and a Capaian ---------------------------------
function b41(): Book {
  const b = new SimpleBook(
    "41-bappeda-lke-pohon-kinerja-iku",
    "PK dan Capaian IKU di antara lembar yang bukan tabel SAKIP: Lampiran sampul, LKE AKIP (komponen, bobot, nilai, predikat, jumlah bobot), Pohon Kinerja kotak digabung tanpa target, definisi IKU dengan satuan dan target Renstra sebelum PK (alasan, formulasi, sumber data), matriks Renstra kondisi awal dan 5 tahun, data grafik per tahun (kolom Tahun), dasbor dengan #N/A dan #REF!",
  );
  const cover = b.sheet("Lampiran");
  writeRows(cover, [
    ["LAMPIRAN"],
    ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)"],
    ["BADAN PERENCANAAN PEMBANGUNAN DAERAH"],
    ["KABUPATEN SUKAMAJU"],
    ["TAHUN 2025"],
    [],
    ["Lampiran 1", "Perjanjian Kinerja Tahun 2025"],
    ["Lampiran 2", "Pengukuran Kinerja (Capaian IKU) Tahun 2025"],
    ["Lampiran 3", "Lembar Kerja Evaluasi AKIP 2025"],
    ["Lampiran 4", "Pohon Kinerja"],
    ["Lampiran 5", "Definisi Operasional IKU"],
  ]);

  // IKU definitions before the PK: long text with numbers inside, a Satuan and the Renstra's end
  // target (96 where the PK 2025 says 95): a definition, not an agreement of the year.
  const iku = b.sheet("Definisi IKU");
  writeRows(iku, [
    ["INDIKATOR KINERJA UTAMA (IKU) BAPPEDA TAHUN 2021-2026"],
    [],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Alasan", "Formulasi", "Sumber Data", "Target", "Penanggung Jawab"],
    [
      1,
      S1,
      IND[0]![1],
      "%",
      "Mengukur 95 program RPJMD yang masuk RKPD",
      "Jumlah program RPJMD dalam RKPD / jumlah program RPJMD x 100%",
      "Dokumen RKPD 2025",
      96,
      "Kabid Perencanaan",
    ],
    [2, null, IND[1]![1], "%", "Partisipasi 1.250 usulan musrenbang", "Usulan diakomodir / total usulan x 100", "SIPD, e-Musrenbang", 42, "Kabid Perencanaan"],
    [3, S2, IND[2]![1], "Nilai", "Nilai 0-100 hasil evaluasi KemenPANRB", "Nilai hasil evaluasi AKIP (skala 100)", "LHE KemenPANRB", 72, "Kabid PEP"],
    [4, null, IND[3]![1], "%", "40 perangkat daerah dievaluasi", "PD dengan nilai >= 60 / 40 x 100%", "LHE Inspektorat", 85, "Kabid PEP"],
  ]);

  // Renstra matrix before the PK: kondisi awal, five years of targets, kondisi akhir; its 2025
  // targets are the plan's, not the PK's (96 against 95 …), and no PK is held to them.
  const ren = b.sheet("Matriks Renstra");
  writeRows(ren, [
    ["MATRIKS TUJUAN, SASARAN DAN INDIKATOR RENSTRA 2021-2025"],
    [],
    ["Tujuan", "Sasaran", "Indikator", "Satuan", "Kondisi Awal (2020)", "Target Kinerja", null, null, null, null, "Kondisi Akhir"],
    [null, null, null, null, null, 2021, 2022, 2023, 2024, 2025, null],
    [T1, S1, IND[0]![1], "%", 88, 90, 92, 94, 95, 96, 96],
    [null, null, IND[1]![1], "%", 30, 32, 34, 38, 40, 42, 42],
    [null, S2, IND[2]![1], "Nilai", 62.1, 64, 66, 68, 70, 72, 72],
    [null, null, IND[3]![1], "%", 60, 65, 70, 75, 80, 85, 85],
  ]);
  ren.merge(2, 5, 2, 9);
  for (const c of [0, 1, 2, 3, 4, 10]) ren.merge(2, c, 3, c);

  pkSheet(
    b,
    "PK 2025",
    2025,
    IND.map((x) => x[3]),
    ["pk"],
  );

  const cap = b.sheet("Capaian IKU", ["capaian"]);
  writeRows(cap, [
    ["TABEL 3.1 CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2025"],
    [],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"],
  ]);
  IND.forEach(([sas, ind, sat, t, r], i) => {
    const c = pct(r, t);
    cap.line(3 + i, 0, [i + 1, i % 2 === 0 ? sas : null, ind, sat, t, r, { f: `F${4 + i}/E${4 + i}*100`, v: c }, kat(c)]);
  });
  // Planted: the musrenbang capaian typed as 95.5 where 36.2 / 40 is 90.5.
  cap.put(4, 6, 95.5);
  b.plant(cap, 4, 6, "capaian", "error", "capaian 95,5 tertulis, 36,2 / 40 × 100 = 90,5");
  cap.put(8, 0, "Sumber : Hasil pengukuran kinerja 2025");

  // LKE: komponen / sub-komponen with bobot, nilai and percentages, a sum of bobot and a predikat.
  const lke = b.sheet("LKE AKIP");
  writeRows(lke, [
    ["LEMBAR KERJA EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH"],
    ["Perangkat Daerah : Badan Perencanaan Pembangunan Daerah", null, null, "Tahun : 2025"],
    [],
    ["No", "Komponen / Sub Komponen / Kriteria", "Bobot", "Nilai", "%", "Catatan / Rekomendasi"],
    ["1", "2", "3", "4", "5 = 4/3 x 100", "6"],
  ]);
  const lkeRows: [string, string, number, number, string][] = [
    ["A", "PERENCANAAN KINERJA", 30, 24.5, "Renstra belum memuat target tahunan untuk 2 indikator"],
    ["1", "Dokumen perencanaan kinerja telah tersedia", 6, 5.4, null as unknown as string],
    [
      "2",
      "Dokumen perencanaan kinerja telah memenuhi standar yang baik",
      9,
      7.2,
      "Sebagian indikator sub kegiatan tidak sesuai Kepmendagri 900.1.15.5-1317 Tahun 2023",
    ],
    ["3", "Dokumen perencanaan kinerja telah dimanfaatkan", 15, 11.9, null as unknown as string],
    ["B", "PENGUKURAN KINERJA", 30, 21.6, "Rencana aksi belum digunakan untuk mengukur capaian triwulan"],
    ["1", "Pengukuran kinerja telah dilakukan", 6, 5.1, null as unknown as string],
    ["2", "Pengukuran kinerja telah menjadi kebutuhan", 9, 6.3, null as unknown as string],
    ["3", "Pengukuran kinerja telah dimanfaatkan", 15, 10.2, null as unknown as string],
    ["C", "PELAPORAN KINERJA", 15, 11.25, null as unknown as string],
    ["D", "EVALUASI AKUNTABILITAS KINERJA INTERNAL", 25, 16.8, "Rekomendasi evaluasi internal 2024 baru ditindaklanjuti 60%"],
  ];
  lkeRows.forEach(([no, name, bobot, nilai, cat], i) =>
    lke.line(5 + i, 0, [no, name, bobot, nilai, { f: `D${6 + i}/C${6 + i}*100`, v: pct(nilai, bobot) }, cat]),
  );
  const tot = 5 + lkeRows.length;
  lke.line(tot, 0, [null, "NILAI HASIL EVALUASI", { f: "C6+C10+C14+C15", v: 100 }, { f: "D6+D10+D14+D15", v: 74.15 }, 74.15, null]);
  lke.line(tot + 1, 0, [null, "PREDIKAT", null, "BB", "Sangat Baik", null]);
  lke.line(tot + 3, 0, ["Keterangan: AA > 90-100; A > 80-90; BB > 70-80; B > 60-70; CC > 50-60; C > 30-50; D 0-30"]);

  // Pohon Kinerja: boxes merged across, indicators without targets.
  const pohon = b.sheet("Pohon Kinerja");
  writeRows(pohon, [
    ["POHON KINERJA BAPPEDA KABUPATEN SUKAMAJU TAHUN 2025"],
    [],
    ["Level", "Uraian", null, null, "Indikator", null, "Satuan", "Penanggung Jawab"],
    ["Tujuan", T1, null, null, "Indeks kualitas dokumen perencanaan", null, "Indeks", "Kepala Badan"],
    ["Sasaran", S1, null, null, "Persentase konsistensi program RPJMD dalam RKPD", null, "%", "Sekretaris"],
    ["Sasaran", S2, null, null, "Nilai AKIP Pemerintah Daerah", null, "Nilai", "Kabid PEP"],
    [
      "Program",
      "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
      null,
      null,
      "Persentase dokumen perencanaan tepat waktu",
      null,
      "%",
      "Kabid PEP",
    ],
    ["Kegiatan", "- Koordinasi Perencanaan Pembangunan Daerah", null, null, "Jumlah dokumen RKPD", null, "Dokumen", "Kasubbid Perencanaan"],
    ["Kegiatan", "- Pengendalian dan Evaluasi Perencanaan Pembangunan Daerah", null, null, "Jumlah laporan evaluasi", null, "Laporan", "Kasubbid Evaluasi"],
    [
      "Sub Kegiatan",
      "- - Penyusunan Laporan Kinerja (LKjIP) 1 dokumen per tahun",
      null,
      null,
      "Jumlah LKjIP yang disusun",
      null,
      "Dokumen",
      "Kasubbid Evaluasi",
    ],
  ]);
  for (let r = 2; r <= 9; r++) {
    pohon.merge(r, 1, r, 3);
    pohon.merge(r, 4, r, 5);
  }

  // Chart data and a dashboard with cached errors.
  const chart = b.sheet("Data Grafik");
  writeRows(chart, [
    ["DATA GRAFIK CAPAIAN KINERJA"],
    [],
    ["Indikator", "Satuan", "Tahun", "Target", "Realisasi", "Capaian"],
    [IND[2]![1], "Nilai", 2021, 62, 62.1, 100.16],
    [IND[2]![1], "Nilai", 2022, 64, 64.5, 100.78],
    [IND[2]![1], "Nilai", 2023, 66, 66.02, 100.03],
    [IND[2]![1], "Nilai", 2024, 68, 68.4, 100.59],
    [IND[2]![1], "Nilai", 2025, 70, 71.35, 101.93],
  ]);
  const dash = b.sheet("Dashboard");
  writeRows(dash, [
    ["DASHBOARD KINERJA 2025"],
    [],
    ["Indikator", "Target", "Realisasi", "Capaian (%)", "Status"],
    [IND[0]![1], { f: "VLOOKUP(A4,'PK 2025'!D:F,3,0)", v: 95 }, { f: "VLOOKUP(A4,'Capaian IKU'!C:F,4,0)", v: 96.5 }, { f: "C4/B4*100", v: 101.58 }, "Tercapai"],
    [
      "Indeks kepuasan layanan perencanaan",
      { f: "VLOOKUP(A5,'PK 2025'!D:F,3,0)", v: "#N/A" },
      { f: "VLOOKUP(A5,'Capaian IKU'!C:F,4,0)", v: "#N/A" },
      { f: "C5/B5*100", v: "#N/A" },
      { f: 'IF(D5>=100,"Tercapai","Belum")', v: "#N/A" },
    ],
    [IND[2]![1], { f: "#REF!", v: "#REF!" }, { f: "VLOOKUP(A6,'Capaian IKU'!C:F,4,0)", v: 71.35 }, { f: "C6/B6*100", v: "#REF!" }, "-"],
    ["Rata-rata capaian", null, null, { f: "AVERAGE(D4:D6)", v: "#N/A" }, null],
  ]);
  return b;
}

// --- 42: finance and staffing sheets around a PK with last year's beside it and a Capaian -----------
function b42(): Book {
  const b = new SimpleBook(
    "42-bappeda-rka-pegawai-spj",
    "PK 2025 dengan PK 2024 di sebelahnya dan Capaian IKU di antara lembar keuangan dan kepegawaian: RKA/DPA rincian belanja (koefisien 2 Orang x 12 Bulan, satuan, harga, jumlah, subtotal per rekening), Daftar Pegawai (NIP, pangkat, golongan, jabatan), SKP pejabat dengan Indikator Kinerja Individu bertarget sendiri, rekap SPJ per bulan (GU, LS, TU), ringkasan seperti pivot (Row Labels, Sum of, Grand Total)",
  );
  // PK 2025 and, to its right, last year's PK kept for comparison: one table, read by its 2025 column.
  const pk = b.sheet("PK", ["pk"]);
  writeRows(pk, [
    ["PERJANJIAN KINERJA TAHUN 2025", null, null, null, null, null, null, "PERJANJIAN KINERJA TAHUN 2024"],
    [],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025", null, null, "No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2024"],
  ]);
  const last = [94, 38, 68, 75];
  IND.forEach(([sas, ind, sat, t], i) =>
    pk.line(3 + i, 0, [i + 1, i % 2 === 0 ? sas : null, ind, sat, t, null, null, i + 1, i % 2 === 0 ? sas : null, ind, sat, last[i]!]),
  );

  const cap = b.sheet("Capaian 2025", ["capaian"]);
  writeRows(cap, [["CAPAIAN KINERJA TAHUN 2025"], ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"]]);
  IND.forEach(([, ind, sat, t, r], i) => {
    const c = pct(r, t);
    cap.line(2 + i, 0, [i + 1, ind, sat, t, r, c, kat(c)]);
  });
  // Planted: the AKIP target written 72 where the PK 2025 says 70 (last year's PK says 68).
  cap.put(4, 3, 72);
  cap.put(4, 5, pct(71.35, 72));
  cap.put(4, 6, kat(pct(71.35, 72)));
  b.plant(cap, 4, 3, "target-tahunan", "error", "target 72, PK 2025 menyatakan 70");

  // RKA / DPA: rincian belanja with koefisien, satuan, harga and jumlah, subtotals per account.
  const rka = b.sheet("RKA 2.2.1");
  writeRows(rka, [
    ["RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH"],
    ["Rincian Belanja Sub Kegiatan"],
    ["Sub Kegiatan", ": 5.01.01.2.01.0004 Koordinasi dan Penyusunan Dokumen RKA-SKPD"],
    ["Lokasi", ": Kabupaten Sukamaju"],
    [],
    ["Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"],
    ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", null, null, null, null, { f: "SUM(G8:G9)", v: 4_150_000 }],
    [null, "Kertas HVS A4 70 gr", "50 Rim", "Rim", 55_000, 0, { f: "50*E8", v: 2_750_000 }],
    [null, "Tinta printer", "20 Botol", "Botol", 70_000, 0, { f: "20*E9", v: 1_400_000 }],
    ["5.1.02.02.01.0003", "Belanja Jasa Tenaga Administrasi", null, null, null, null, { f: "SUM(G11)", v: 57_600_000 }],
    [null, "Honorarium tenaga administrasi", "2 Orang x 12 Bulan", "OB", 2_400_000, 0, { f: "24*E11", v: 57_600_000 }],
    ["5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", null, null, null, null, { f: "SUM(G13)", v: 8_400_000 }],
    [null, "Makan minum rapat koordinasi", "4 Kali x 60 Orang", "Kotak", 35_000, 0, { f: "240*E13", v: 8_400_000 }],
    [null, "JUMLAH", null, null, null, null, { f: "G7+G10+G12", v: 70_150_000 }],
  ]);

  // Daftar Pegawai: numbers that are NIPs, golongan and years.
  const peg = b.sheet("Daftar Pegawai");
  writeRows(peg, [
    ["DAFTAR PEGAWAI BAPPEDA KABUPATEN SUKAMAJU KEADAAN 31 DESEMBER 2025"],
    [],
    ["No", "Nama", "NIP", "Pangkat / Golongan", "Jabatan", "Pendidikan", "Masa Kerja (Tahun)", "Keterangan"],
    [1, "Ir. SITI AMINAH, M.T.", "19720315 199803 2 004", "Pembina Utama Muda / IV.c", "Kepala Badan", "S2", 27, null],
    [2, "Drs. AHMAD YANI", "19680812 199303 1 007", "Pembina Tk. I / IV.b", "Sekretaris", "S1", 32, null],
    [3, "RINA MARLINA, S.E.", "19850101 201001 2 015", "Penata / III.c", "Analis Perencanaan", "S1", 15, "Tugas belajar"],
    [4, "DEDI KURNIAWAN, A.Md.", "19900505 201503 1 002", "Pengatur Tk. I / II.d", "Pengadministrasi Umum", "D3", 10, null],
    ["Jumlah", null, null, null, null, null, 84, "4 orang"],
  ]);

  // The heads' SKP: their own indicators (IKI), some named as the IKU, with their own targets.
  const skp = b.sheet("SKP Pejabat");
  writeRows(skp, [
    ["SASARAN KINERJA PEGAWAI TAHUN 2025"],
    [],
    ["No", "Nama", "NIP", "Jabatan", "Indikator Kinerja Individu", "Satuan", "Target", "Realisasi", "Capaian (%)"],
    [1, "Ir. SITI AMINAH, M.T.", "19720315 199803 2 004", "Kepala Badan", IND[2]![1], "Nilai", 75, 71.35, pct(71.35, 75)],
    [2, "Drs. AHMAD YANI", "19680812 199303 1 007", "Sekretaris", IND[1]![1], "%", 45, 36.2, pct(36.2, 45)],
    [3, "RINA MARLINA, S.E.", "19850101 201001 2 015", "Analis Perencanaan", "Jumlah dokumen perencanaan yang disusun", "Dokumen", 4, 4, 100],
  ]);

  // Rekap SPJ: monthly GU, LS, TU with the year's anggaran repeated on every month and the running
  // realisasi: no code and no level sign, a flat list, no month the program of the others.
  const spj = b.sheet("Rekap SPJ", ["anggaran"]);
  writeRows(spj, [
    ["REKAPITULASI SPJ BELANJA BULAN JANUARI S.D. MARET 2025"],
    [],
    ["No", "Bulan", "Nomor SPJ", "Uraian", "GU", "LS", "TU", "Anggaran", "Realisasi s.d. Bulan Ini", "Sisa Anggaran", "%"],
    [1, "Januari", "001/SPJ/I/2025", "ATK dan honor Januari", 2_750_000, 4_800_000, 0, 70_150_000, 7_550_000, 62_600_000, 10.76],
    [2, "Februari", "002/SPJ/II/2025", "Honor Februari", 0, 4_800_000, 0, 70_150_000, 12_350_000, 57_800_000, 17.61],
    [3, "Maret", "003/SPJ/III/2025", "Rapat koordinasi Renja", 2_100_000, 4_800_000, 1_400_000, 70_150_000, 20_650_000, 49_500_000, 29.44],
    [null, "JUMLAH", null, null, 4_850_000, 14_400_000, 1_400_000, 70_150_000, 20_650_000, 49_500_000, 29.44],
  ]);

  // A pivot-like summary pasted as values: a realisasi anggaran by program, read as one.
  const piv = b.sheet("Ringkasan", ["anggaran"]);
  writeRows(piv, [
    ["Row Labels", "Sum of Pagu", "Sum of Realisasi", "Average of Capaian"],
    ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 1_250_000_000, 1_180_500_000, 94.44],
    ["PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH", 850_000_000, 801_250_000, 94.26],
    ["Grand Total", 2_100_000_000, 1_981_750_000, 94.35],
  ]);
  return b;
}

export function lainBooks(): Book[] {
  return [b41(), b42()];
}
