/**
 * Corpus workbooks 35–37: the performance documents (PK and PK Perubahan, Rencana Aksi, PPS,
 * PKPK, Capaian IKU) and SKM as staff lay them out by hand and as survey forms export them, in
 * the shapes the generic table writer does not make: qualitative targets (predikat, ranges,
 * bounds), a "Target" band over "Tahunan | TW I … TW IV", a name wrapped onto a second row, a
 * per-quarter sheet whose capaian column names no quarter, percents as fractions, the Renstra's
 * accumulated realisation before the year's, a Google Forms export with the questions as headers
 * and the option words as answers. Cells are written row by row, so every planted cell is known.
 */
import { mutuOf, nrrOf, UNSUR } from "./documents";
import { lcg, round, SheetB, writeRows, writeTtd, type Book, type Cell, SimpleBook } from "./layout";

const TTD = {
  place: "Harapan Jaya",
  role: "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA",
  name: "Drs. BUDI SANTOSO, M.Si.",
  pangkat: "Pembina Utama Muda",
  nip: "19700101 199503 1 002",
};
const pct = (real: number, target: number) => round((real / target) * 100);
/** Merges each of the columns down over rows r0..r1. */
const mergeDown = (s: SheetB, r0: number, r1: number, cols: number[]) => cols.forEach((c) => s.merge(r0, c, r1, c));

// The Dinas Kominfo's indicators. SPBE and informasi publik are revised in the PK Perubahan.
const SPBE = "Indeks SPBE";
const JIP = "Persentase perangkat daerah yang terhubung jaringan intra pemerintah";
const SAKIP = "Nilai SAKIP Dinas";
const INFO = "Persentase informasi publik yang dipublikasikan";
const ADUAN = "Jumlah aduan masyarakat yang ditindaklanjuti";
const S1 = "Meningkatnya kualitas tata kelola pemerintahan berbasis elektronik";
const S2 = "Meningkatnya keterbukaan informasi publik";

// --- 35: PK with qualitative targets, PK Perubahan, Renaksi under a Target band, PPS, Capaian --------
function b35(): Book {
  const b = new SimpleBook(
    "35-diskominfo-pk-predikat-renaksi-pita",
    "PK judul digabung, sasaran digabung ke bawah, kolom Formulasi, target predikat (BB), rentang (75-80), batas (≥ 3,5), n/a, nama indikator terbungkus ke baris berikut; PK Perubahan Target Awal | Target Perubahan; Renaksi pita Target di atas Tahunan | TW I–IV dengan kolom kosong tersembunyi; PPS Realisasi K | % dengan Kendala/Tindak Lanjut; Capaian IKU kolom Renstra (Realisasi s.d. 2025) sebelum tahun berjalan, persen sebagai pecahan",
  );
  // PK: merged title, No and Sasaran merged down, a Formulasi column, qualitative targets.
  const pk = b.sheet("PK 2025", ["pk"]);
  writeRows(pk, [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN HARAPAN JAYA"],
    [],
    ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Formulasi / Cara Pengukuran", "Sumber Data"],
    ["1", "2", "3", "4", "5", "6", "7"],
  ]);
  pk.merge(0, 0, 0, 6);
  pk.merge(1, 0, 1, 6);
  const pkRows: Cell[][] = [
    [1, S1, SPBE, "Indeks", "≥ 3,5", "Nilai hasil evaluasi SPBE oleh KemenPANRB, skala 1-5", "LHE SPBE 2025"],
    [null, null, "Persentase perangkat daerah yang terhubung", "%", "80 %", "Jumlah PD terhubung / 45 PD x 100%", "Bidang Aptika"],
    [null, null, "jaringan intra pemerintah", null, null, null, null],
    [null, null, SAKIP, "Predikat", "BB", "Predikat hasil evaluasi AKIP oleh Inspektorat (AA, A, BB, B, CC)", "LHE AKIP"],
    [2, S2, INFO, "persen", "75-80", "Informasi terpublikasi / informasi yang wajib diumumkan x 100, minimal 120 informasi", "PPID"],
    [null, null, ADUAN, "Aduan", 120, "Aduan SP4N-LAPOR yang ditindaklanjuti dalam 5 hari kerja", "Bidang IKP"],
    [
      null,
      null,
      "Indeks Keterbukaan Informasi Publik",
      "Indeks",
      "n/a",
      "Hasil monitoring Komisi Informasi Provinsi (jadwal 2025 belum ada)",
      "Komisi Informasi",
    ],
  ];
  pkRows.forEach((x, i) => pk.line(5 + i, 0, x));
  mergeDown(pk, 5, 8, [0, 1]);
  mergeDown(pk, 9, 11, [0, 1]);
  writeTtd(pk, TTD, 14, 4);

  // PK Perubahan: the revision states both the first and the revised target.
  const pkp = b.sheet("PK Perubahan", ["pk"]);
  writeRows(pkp, [
    ["PERJANJIAN KINERJA PERUBAHAN TAHUN 2025"],
    [],
    ["No", "Sasaran", "Indikator Kinerja Utama", "Satuan", "Target Awal", "Target Perubahan", "Alasan Perubahan"],
  ]);
  const pkpRows: Cell[][] = [
    [1, S1, SPBE, "Indeks", "≥ 3,5", 3.6, "Hasil evaluasi 2024 sudah 3,42"],
    [null, null, JIP, "%", "80 %", 85, "Tambahan 3 PD pada APBD Perubahan"],
    [null, null, SAKIP, "Predikat", "BB", "BB", "-"],
    [2, S2, INFO, "persen", "75-80", 80, "Target tunggal"],
    [null, null, ADUAN, "Aduan", 120, 120, null],
  ];
  pkpRows.forEach((x, i) => pkp.line(3 + i, 0, x));
  mergeDown(pkp, 3, 5, [0, 1]);
  mergeDown(pkp, 6, 7, [0, 1]);

  // Renaksi: "Target" merged over "Tahunan | TW I … TW IV", a hidden blank spacer column, text columns.
  const rk = b.sheet("Renaksi", ["renaksi"]);
  writeRows(rk, [
    ["RENCANA AKSI KINERJA TAHUN 2025"],
    ["DINAS KOMUNIKASI DAN INFORMATIKA"],
    [],
    ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target", null, null, null, null, null, "Rencana Aksi", "Penanggung Jawab", "Anggaran (Rp)"],
    [null, null, null, null, "Tahunan", "TW I", "TW II", "TW III", "TW IV", null, null, null, null],
  ]);
  rk.merge(0, 0, 0, 12);
  rk.merge(1, 0, 1, 12);
  rk.merge(3, 4, 3, 8);
  mergeDown(rk, 3, 4, [0, 1, 2, 3, 10, 11, 12]);
  rk.hiddenCols.add(9);
  const rkRows: Cell[][] = [
    [1, S1, SPBE, "Indeks", 3.6, "-", "-", "-", 3.6, null, "Evaluasi mandiri SPBE, 47 indikator", "Kabid Aptika", "150.000.000"],
    [null, null, JIP, "%", 85, 20, 45, 65, 85, null, "Penarikan FO ke 12 PD (TW II) dan 9 PD (TW III)", "Kabid Aptika", "1.250.000.000"],
    [null, null, SAKIP, "Predikat", "BB", "-", "-", "BB", "BB", null, "Penyusunan LKjIP, PK dan Renaksi", "Sekretaris", "25.000.000"],
    [2, S2, INFO, "persen", 80, 20, 40, 60, 80, null, "Publikasi 120 informasi dalam 4 triwulan", "Kabid IKP", "80.000.000"],
    [null, null, ADUAN, "Aduan", 120, 30, 60, 90, 120, null, "Tindak lanjut aduan SP4N-LAPOR", "Kabid IKP", "40.000.000"],
  ];
  rkRows.forEach((x, i) => rk.line(5 + i, 0, x));
  mergeDown(rk, 5, 7, [0, 1]);
  mergeDown(rk, 8, 9, [0, 1]);

  // PPS: quarters side by side, "Realisasi" over "K | %", long Kendala and Tindak Lanjut with numbers.
  const pps = b.sheet("PPS", ["pps"]);
  writeRows(pps, [
    ["PENGUKURAN PENCAPAIAN SASARAN (PPS) TAHUN 2025"],
    ["Perangkat Daerah : Dinas Komunikasi dan Informatika"],
    [],
    [
      "Sasaran",
      "Indikator",
      "Satuan",
      "Target Tahunan",
      "Triwulan I",
      null,
      null,
      "Triwulan II",
      null,
      null,
      "Triwulan III",
      null,
      null,
      "Triwulan IV",
      null,
      null,
      "Kendala",
      "Tindak Lanjut",
    ],
    [null, null, null, null, "Target", "Realisasi", null, "Target", "Realisasi", null, "Target", "Realisasi", null, "Target", "Realisasi", null, null, null],
    [null, null, null, null, null, "K", "%", null, "K", "%", null, "K", "%", null, "K", "%", null, null],
  ]);
  mergeDown(pps, 3, 5, [0, 1, 2, 3, 16, 17]);
  for (let q = 0; q < 4; q++) {
    const c = 4 + q * 3;
    pps.merge(3, c, 3, c + 2);
    pps.merge(4, c, 5, c);
    pps.merge(4, c + 1, 4, c + 2);
  }
  const ppsData: [string | null, string, string, number | string, (number | string | null)[], (number | string | null)[], string | null, string | null][] = [
    [S1, SPBE, "Indeks", 3.6, [null, null, null, 3.6], [null, null, null, 3.61], "Diukur sekali di akhir tahun", null],
    [
      null,
      JIP,
      "%",
      85,
      [20, 45, 65, 85],
      [22, 43, 65, 83],
      "Anggaran FO 2 PD dipotong 35%, 8 dari 45 PD belum terhubung",
      "Diusulkan APBD 2026 Rp 450.000.000",
    ],
    [null, SAKIP, "Predikat", "BB", [null, null, "BB", "BB"], [null, null, "BB", "BB"], "LHE AKIP terbit TW III", null],
    [S2, INFO, "persen", 80, [20, 40, 60, 80], [18, 41, 55, 76], "24 informasi dari 5 PD terlambat", "Surat Edaran Sekda No. 555/12/2025"],
    [null, ADUAN, "Aduan", 120, [30, 60, 90, 120], [28, 61, 92, 131], null, null],
  ];
  ppsData.forEach(([sas, ind, sat, target, t, r, kendala, tl], i) => {
    const row: Cell[] = [sas, ind, sat, target];
    for (let q = 0; q < 4; q++) {
      const tq = t[q] ?? null;
      const rq = r[q] ?? null;
      row.push(tq ?? "-", rq ?? "-", typeof tq === "number" && typeof rq === "number" ? pct(rq, tq) : tq === rq && tq !== null ? 100 : "-");
    }
    row.push(kendala, tl);
    pps.line(6 + i, 0, row);
  });
  mergeDown(pps, 6, 8, [0]);
  mergeDown(pps, 9, 10, [0]);
  // Planted: the TW III target of the informasi publik is 65 where the Renaksi says 60.
  pps.put(9, 10, 65);
  pps.put(9, 12, pct(55, 65));
  b.plant(pps, 9, 10, "target-triwulan", "error", "target TW III informasi publik 65, Renaksi 60");
  // Planted: the TW IV capaian of the jaringan intra pemerintah typed 79,5 (83 / 85 × 100 = 97,65).
  pps.put(7, 15, 79.5);
  b.plant(pps, 7, 15, "capaian", "error", "capaian TW IV = 83 / 85 × 100 = 97,65; ditulis 79,5");

  // Capaian IKU: the Renstra's columns first, then the year's; percents as fractions (cells formatted %).
  const cap = b.sheet("Capaian IKU", ["capaian"]);
  writeRows(cap, [
    ["TABEL 3.2 CAPAIAN INDIKATOR KINERJA UTAMA TAHUN 2025"],
    [],
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target Akhir Renstra 2026",
      "Realisasi s.d. 2025",
      "Capaian thd Renstra (%)",
      "Target 2025",
      "Realisasi 2025",
      "Capaian (%)",
      "Kategori",
      "Penjelasan",
    ],
  ]);
  const capRows: Cell[][] = [
    [1, SPBE, "Indeks", 4, 3.61, 0.9025, 3.6, 3.61, round(3.61 / 3.6, 4), "Sangat Tinggi", "Naik dari 3,42 (2024): 12 aplikasi terintegrasi"],
    [2, JIP, "%", 1, 0.83, 0.83, 0.85, 0.83, round(0.83 / 0.85, 4), "Sangat Tinggi", "8 dari 45 PD belum terhubung"],
    [3, SAKIP, "Predikat", "A", "BB", "-", "BB", "BB", 1, "Sangat Tinggi", "Predikat tetap BB"],
    [4, INFO, "persen", 0.9, 0.76, 0.8444, 0.8, 0.76, 0.95, "Sangat Tinggi", "96 dari 120 informasi wajib terpublikasi"],
    [5, ADUAN, "Aduan", 600, 480, 0.8, 120, 131, round(131 / 120, 4), "Sangat Tinggi", "Aduan SP4N-LAPOR naik 9%"],
  ];
  capRows.forEach((x, i) => cap.line(3 + i, 0, x));
  // Planted: the kategori of the jaringan intra pemerintah written "Tinggi" (97,65% is Sangat Tinggi).
  cap.put(4, 9, "Tinggi");
  b.plant(cap, 4, 9, "kategori", "error", "capaian 97,65% termasuk Sangat Tinggi; ditulis Tinggi");
  writeRows(cap, [[], [null, "Sumber : Bidang Aptika dan Bidang IKP, diolah"]]);
  return b;
}

// --- 36: PPS one sheet a quarter with a capaian column naming no quarter, PKPK R | % per quarter ---
function b36(): Book {
  const b = new SimpleBook(
    "36-diskominfo-pps-lembar-triwulan-pkpk",
    "PPS satu sheet per triwulan (TARGET TW x | REALISASI TW x | CAPAIAN (%) tanpa triwulan, baris nomor kolom dengan rumus), angka sebagai teks berkoma, - untuk belum diukur; PKPK TW IV header 3 baris Realisasi Kinerja > Triwulan > R | %, anggaran Pagu | Realisasi | %",
  );
  const real = [22, 43, 65, 83];
  const target = [20, 45, 65, 85];
  const info = [18, 41, 55, 76];
  const infoT = [20, 40, 60, 80];
  const TWS = ["I", "II", "III", "IV"];
  TWS.forEach((tw, q) => {
    const s = b.sheet(`PPS TW ${tw}`, ["pps"]);
    writeRows(s, [
      ["PENGUKURAN PENCAPAIAN SASARAN"],
      [`TRIWULAN ${tw} TAHUN 2025`],
      [],
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET TAHUNAN", `TARGET TW ${tw}`, `REALISASI TW ${tw}`, "CAPAIAN (%)", "KETERANGAN"],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8) = (7)/(6) x 100", "(9)"],
    ]);
    s.line(5, 0, [1, S1, JIP, "%", 85, target[q]!, real[q]!, pct(real[q]!, target[q]!), `Terhubung ${Math.round((real[q]! * 45) / 100)} dari 45 PD`]);
    s.line(6, 0, [
      null,
      null,
      SPBE,
      "Indeks",
      "3,6",
      q < 3 ? "-" : "3,6",
      q < 3 ? "-" : "3,61",
      q < 3 ? "-" : "100,28",
      q < 3 ? "Diukur akhir tahun" : "Hasil evaluasi 2025",
    ]);
    s.line(7, 0, [2, S2, INFO, "persen", "80", String(infoT[q]), String(info[q]), String(pct(info[q]!, infoT[q]!)).replace(".", ","), null]);
    mergeDown(s, 5, 6, [0, 1]);
    writeTtd(s, TTD, 10, 5);
    if (q === 1) {
      // Planted: the TW II capaian typed 59,5 (43 / 45 × 100 = 95,56).
      s.put(5, 7, 59.5);
      b.plant(s, 5, 7, "capaian", "error", "capaian TW II = 43 / 45 × 100 = 95,56; ditulis 59,5");
    }
  });

  const s = b.sheet("PKPK TW IV", ["pkpk"]);
  writeRows(s, [
    ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK)"],
    ["TRIWULAN IV TAHUN 2025"],
    [],
    [
      "Kode",
      "Program / Kegiatan / Sub Kegiatan",
      "Indikator",
      "Satuan",
      "Target",
      "Realisasi Kinerja",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "Anggaran",
      null,
      null,
    ],
    [null, null, null, null, null, "Triwulan I", null, "Triwulan II", null, "Triwulan III", null, "Triwulan IV", null, "Pagu (Rp)", "Realisasi (Rp)", "%"],
    [null, null, null, null, null, "R", "%", "R", "%", "R", "%", "R", "%", null, null, null],
  ]);
  s.merge(3, 5, 3, 12);
  s.merge(3, 13, 3, 15);
  for (let q = 0; q < 4; q++) s.merge(4, 5 + q * 2, 4, 6 + q * 2);
  mergeDown(s, 3, 5, [0, 1, 2, 3, 4]);
  mergeDown(s, 4, 5, [13, 14, 15]);
  const line = (code: string, name: string, ind: string, sat: string, t: number, r: number[], pagu: number, ra: number): Cell[] => [
    code,
    name,
    ind,
    sat,
    t,
    ...r.flatMap((x) => [x, pct(x, t)]),
    pagu,
    ra,
    pct(ra, pagu),
  ];
  const rows: Cell[][] = [
    line("2.16.03", "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA", JIP, "%", 85, real, 1500000000, 1380000000),
    line(
      "2.16.03.2.02",
      "- Pengelolaan E-government di Lingkup Pemerintah Daerah Kabupaten/Kota",
      "Jumlah perangkat daerah yang terhubung",
      "Perangkat Daerah",
      38,
      [10, 19, 29, 37],
      1500000000,
      1380000000,
    ),
    line(
      "2.16.03.2.02.0043",
      "Penyelenggaraan Jaringan Intra Pemerintah Daerah Kab/Kota",
      "Jumlah perangkat daerah di pemerintah Kab/Kota yang terhubung dengan Jaringan Intra Pemerintah Daerah Kab/Kota",
      "Titik",
      38,
      [10, 19, 29, 37],
      1500000000,
      1380000000,
    ),
  ];
  rows.forEach((x, i) => s.line(6 + i, 0, x));
  // Planted: the sub kegiatan's serapan typed 82 (1.380.000.000 / 1.500.000.000 × 100 = 92).
  s.put(8, 15, 82);
  b.plant(s, 8, 15, "anggaran-pkpk", "error", "serapan = 1.380.000.000 / 1.500.000.000 × 100 = 92; ditulis 82");
  return b;
}

// --- 37: SKM from a Google Form, the yearly unsur table with NRR per Unsur and NRR x 25 ----------
const QUESTIONS: [string, string[]][] = [
  [
    "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  ],
  ["2. Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?", ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]],
  ["3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?", ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]],
  ["4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?", ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]],
  [
    "5. Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
  ],
  ["6. Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?", ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"]],
  [
    "7. Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
  ],
  [
    "8. Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
    ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
  ],
  ["9. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", ["Buruk", "Cukup", "Baik", "Sangat Baik"]],
];

function b37(): Book {
  const b = new SimpleBook(
    "37-diskominfo-skm-google-form",
    'SKM ekspor Google Form: Timestamp, Email, demografi berupa teks, 9 pertanyaan panjang sebagai judul kolom, jawaban berupa kata pilihan (Sangat sesuai, Gratis, Dikelola dengan baik) dan "4 - Sangat sesuai"; tabel unsur tahunan NRR per Unsur | NRR x 25 | Mutu | Kinerja dengan baris IKM (NRR Tertimbang x 25)',
  );
  const rnd = lcg(37);
  const people = (n: number) => Array.from({ length: n }, () => UNSUR.map(() => (rnd() < 0.55 ? 4 : rnd() < 0.85 ? 3 : 2)));
  const semesters: [string, number, (q: number, v: number) => string][] = [
    ["Form Responses 1", 24, (q, v) => QUESTIONS[q]![1][v - 1]!],
    ["Form Responses 2", 20, (q, v) => `${v} - ${QUESTIONS[q]![1][v - 1]!}`],
  ];
  const all: (number | null)[][] = [];
  for (const [name, n, write] of semesters) {
    const s = b.sheet(name, ["skm-jawaban"]);
    const answers = people(n);
    all.push(...answers);
    s.line(0, 0, [
      "Timestamp",
      "Email Address",
      "Nama (boleh dikosongkan)",
      "Jenis Kelamin",
      "Usia",
      "Pendidikan Terakhir",
      "Pekerjaan",
      "Jenis Layanan yang Diterima",
      ...QUESTIONS.map((q) => q[0]),
      "Saran dan masukan untuk perbaikan pelayanan",
    ]);
    answers.forEach((a, i) =>
      s.line(1 + i, 0, [
        `${1 + (i % 28)}/${name.endsWith("1") ? 3 : 9}/2025 ${8 + (i % 8)}:${10 + i}:05`,
        i % 3 ? `warga${i}@gmail.com` : null,
        i % 4 ? `Warga ${i + 1}` : null,
        i % 2 ? "Laki-laki" : "Perempuan",
        `${20 + i}`,
        ["SD", "SMP", "SMA/SMK", "D3", "S1", "S2"][i % 6]!,
        ["PNS", "Swasta", "Wiraswasta", "Pelajar/Mahasiswa", "Lainnya"][i % 5]!,
        i % 2 ? "Layanan pengaduan" : "Permohonan informasi publik",
        ...a.map((v, q) => write(q, v)),
        i % 5 === 0 ? "Sudah baik, respon aduan 1x24 jam dipertahankan" : null,
      ]),
    );
  }
  // The yearly unsur table from both semesters together; weights 0,111 (stated and accepted).
  const u = b.sheet("IKM 2025", ["skm-unsur"]);
  const nrr = nrrOf(all);
  writeRows(u, [
    ["HASIL SURVEI KEPUASAN MASYARAKAT TAHUN 2025"],
    ["DINAS KOMUNIKASI DAN INFORMATIKA"],
    [],
    ["No", "Unsur Pelayanan", "NRR per Unsur", "NRR x 25", "Mutu Pelayanan", "Kinerja Unit Pelayanan"],
  ]);
  // Planted: the NRR of unsur 3 typed 0,3 below what both semesters' answers give; the konversi,
  // mutu, NRR tertimbang and IKM follow the typed figure, as the sheet's formulas would.
  const typed = nrr.map((n, j) => (j === 2 ? round(n - 0.3, 3) : n));
  typed.forEach((n, j) => {
    const k = round(n * 25, 2);
    const [letter, words] = mutuOf(k);
    u.line(4 + j, 0, [`U${j + 1}`, UNSUR[j]!, n, k, letter, words]);
  });
  const weighted = round(
    typed.reduce((a, n) => a + round(n * 0.111, 3), 0),
    3,
  );
  const ikm = round(weighted * 25, 2);
  u.line(13, 0, [null, "Jumlah NRR Tertimbang", null, weighted]);
  u.line(14, 0, [null, "IKM Unit Pelayanan (NRR Tertimbang x 25)", null, ikm, mutuOf(ikm)[0], mutuOf(ikm)[1]]);
  b.plant(u, 6, 2, "skm", "error", `NRR U3 dari jawaban kedua semester = ${nrr[2]}; ditulis ${typed[2]}`);
  return b;
}

// --- 38: an e-SKM app export with its block, an old 1–5 survey, a Renstra matrix of Capaian ------------
function b38(): Book {
  const b = new SimpleBook(
    "38-dpmptsp-eskm-matriks-renstra",
    "SKM ekspor aplikasi e-SKM (Tanggal, Jam, demografi, U1–U9, Rata-rata dan Kategori per responden) dengan blok Jumlah Nilai | NRR | NRR x Bobot | Total NRR x Bobot | IKM (Total x 25); survei lama berskala 1–5 (satu peringatan untuk wilayahnya); Capaian IKU matriks Renstra Target/Realisasi 2021–2025 dengan tahun laporan 2024",
  );
  const rnd = lcg(38);
  const U = UNSUR.map((_, j) => `U${j + 1}`);
  const s = b.sheet("Data SKM", ["skm-jawaban"]);
  writeRows(s, [
    ["DATA SURVEI KEPUASAN MASYARAKAT - APLIKASI E-SKM"],
    ["DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"],
    ["Periode: Januari - Juni 2025"],
    ["No", "Tanggal", "Jam", "Jenis Layanan", "Jenis Kelamin", "Umur", "Pendidikan", "Pekerjaan", ...U, "Rata-rata", "Kategori", "Saran / Masukan"],
  ]);
  const n = 120;
  const answers = Array.from({ length: n }, () => UNSUR.map(() => (rnd() < 0.5 ? 4 : rnd() < 0.9 ? 3 : 2)));
  answers.forEach((a, i) => {
    const avg = round(a.reduce((x, y) => x + y, 0) / a.length, 2);
    s.line(4 + i, 0, [
      i + 1,
      `2025-0${1 + (i % 6)}-1${i % 9}`,
      `0${8 + (i % 2)}:1${i % 10}`,
      ["Izin Usaha", "PBG", "Izin Reklame"][i % 3]!,
      i % 2 ? "L" : "P",
      18 + (i % 50),
      ["SD", "SMP", "SMA", "S1"][i % 4]!,
      ["PNS", "Swasta", "Petani"][i % 3]!,
      ...a,
      avg,
      avg >= 3.5324 ? "Sangat Baik" : "Baik",
      i % 7 ? null : "Antrian PBG mohon dipercepat",
    ]);
  });
  const r0 = 4 + n;
  const sums = UNSUR.map((_, j) => answers.reduce((t, a) => t + a[j]!, 0));
  const nrr = nrrOf(answers);
  const weighted = nrr.map((x) => round(x * 0.111, 3));
  const total = round(
    weighted.reduce((a, x) => a + x, 0),
    3,
  );
  // Planted: the Σ of U5 typed 10 above the answers' sum (its NRR row follows the answers).
  s.line(r0, 0, ["Jumlah Nilai", null, null, null, null, null, null, null, ...sums.map((x, j) => (j === 4 ? x + 10 : x))]);
  s.line(r0 + 1, 0, ["NRR", null, null, null, null, null, null, null, ...nrr]);
  s.line(r0 + 2, 0, ["NRR x Bobot", null, null, null, null, null, null, null, ...weighted]);
  s.line(r0 + 3, 0, ["Total NRR x Bobot", null, null, null, null, null, null, null, total]);
  s.line(r0 + 4, 0, ["IKM (Total x 25)", null, null, null, null, null, null, null, round(total * 25, 2)]);
  s.line(r0 + 5, 0, ["Mutu Pelayanan", null, null, null, null, null, null, null, mutuOf(total * 25)[0], mutuOf(total * 25)[1]]);
  b.plant(s, r0, 8 + 4, "skm", "error", `Σ U5 dari ${n} jawaban = ${sums[4]}; ditulis ${sums[4]! + 10}`);

  // An older survey on a five-step scale (1–5): not PermenPANRB 14/2017's; said once for the region.
  const old = b.sheet("Survei 2024 (skala 5)", ["skm-jawaban"]);
  writeRows(old, [["SURVEI KEPUASAN 2024 (SKALA 1-5)"], ["No", ...U]]);
  Array.from({ length: 30 }, () => UNSUR.map(() => (rnd() < 0.4 ? 5 : rnd() < 0.8 ? 4 : 3))).forEach((a, i) => old.line(2 + i, 0, [i + 1, ...a]));
  // The first respondent answered within 1–4 (the table is read), the rest run up to 5.
  old.line(2, 0, [1, 4, 4, 3, 4, 4, 4, 3, 4, 4]);
  b.plant(old, 1, 1, "tabel-tidak-dipahami", "warning", "jawaban berskala 1–5, bukan 1–4: satu peringatan untuk wilayahnya, bukan galat per sel");

  // Capaian IKU as a Renstra matrix: every year's target and realisation; the report is on 2024.
  const cap = b.sheet("Capaian IKU", ["capaian"]);
  writeRows(cap, [
    ["CAPAIAN INDIKATOR KINERJA UTAMA"],
    ["TAHUN 2024"],
    [],
    ["No", "Indikator", "Satuan", "Target", null, null, null, null, "Realisasi", null, null, null, null, "Capaian (%)", "Kategori"],
    [null, null, null, "2021", "2022", "2023", "2024", "2025", "2021", "2022", "2023", "2024", "2025", null, null],
  ]);
  cap.merge(3, 3, 3, 7);
  cap.merge(3, 8, 3, 12);
  mergeDown(cap, 3, 4, [0, 1, 2, 13, 14]);
  const rows: [string, string, number[], (number | null)[]][] = [
    ["Nilai realisasi investasi PMDN dan PMA (miliar rupiah)", "Miliar Rupiah", [850, 900, 950, 1000, 1050], [870, 915, 990, 1032, null]],
    ["Persentase perizinan terbit tepat waktu", "%", [85, 88, 90, 92, 95], [86, 88, 91, 90, null]],
    ["Indeks Kepuasan Masyarakat DPMPTSP", "Indeks", [80, 82, 84, 86, 88], [81.5, 83.2, 84.9, 86.45, null]],
  ];
  rows.forEach(([ind, sat, t, r], i) => {
    const c = pct(r[3]!, t[3]!);
    const kat = c >= 91 ? "Sangat Tinggi" : c >= 76 ? "Tinggi" : "Sedang";
    cap.line(5 + i, 0, [i + 1, ind, sat, ...t, ...r, c, kat]);
  });
  // Planted: 2024's capaian of the perizinan typed 89,5 (90 / 92 × 100 = 97,83).
  cap.put(6, 13, 89.5);
  b.plant(cap, 6, 13, "capaian", "error", "capaian 2024 = 90 / 92 × 100 = 97,83; ditulis 89,5");
  return b;
}

// --- 39: last year's documents kept beside this year's, quarter amounts against running totals ----
function b39(): Book {
  const b = new SimpleBook(
    "39-bapperida-dua-tahun-sd-triwulan",
    "PK 2024 dan Capaian 2024 tahun lalu tetap di buku kerja di samping PK 2025 (tahun dari judul); Renaksi dengan jumlah per triwulan (30 tiap triwulan), kolom Cara Pengukuran berteks panjang (akhir tahun, merata), baris rencana aksi di bawah indikator yang digabung ke bawah dengan tanda √; PPS dengan Target s.d. TW (kumulatif) dan Kategori per triwulan",
  );
  const PK_HEAD = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target"];
  const DOK = "Jumlah dokumen perencanaan yang ditetapkan tepat waktu";
  const ADU = "Jumlah rekomendasi evaluasi yang ditindaklanjuti";
  const KUAL = "Persentase program yang selaras dengan RPJMD";
  const SAS = "Meningkatnya kualitas perencanaan pembangunan daerah";
  // Last year's PK: other targets and an indicator dropped this year.
  const pk24 = b.sheet("PK 2024", ["pk"]);
  writeRows(pk24, [
    ["PERJANJIAN KINERJA TAHUN 2024"],
    ["BADAN PERENCANAAN, PENELITIAN DAN PENGEMBANGAN DAERAH"],
    [],
    PK_HEAD,
    [1, SAS, DOK, "Dokumen", 5],
    [null, null, ADU, "Rekomendasi", 100],
    [null, null, "Jumlah kajian yang diselesaikan", "Kajian", 6],
    [null, null, KUAL, "%", 90],
  ]);
  mergeDown(pk24, 4, 7, [0, 1]);
  const pk25 = b.sheet("PK 2025", ["pk"]);
  writeRows(pk25, [
    ["PERJANJIAN KINERJA TAHUN 2025"],
    ["BADAN PERENCANAAN, PENELITIAN DAN PENGEMBANGAN DAERAH"],
    [],
    PK_HEAD,
    [1, SAS, DOK, "Dokumen", 6],
    [null, null, ADU, "Rekomendasi", 120],
    [null, null, KUAL, "%", 95],
  ]);
  mergeDown(pk25, 4, 6, [0, 1]);

  // Renaksi: each quarter's own amount for the counts, running totals for the percent; long
  // Cara Pengukuran texts; action rows with schedule marks under an indicator merged down.
  const rk = b.sheet("Renaksi 2025", ["renaksi"]);
  writeRows(rk, [
    ["RENCANA AKSI TAHUN 2025"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV", "Rencana Aksi", "Cara Pengukuran"],
    [1, DOK, "Dokumen", 6, "√", "√", null, "√", "Penyusunan RKPD, KUA-PPAS dan Renja", "Dokumen ditetapkan sampai akhir tahun berjalan"],
    [null, null, null, null, null, "√", "√", null, "Penyusunan RKPD Perubahan", null],
    [
      2,
      ADU,
      "Rekomendasi",
      120,
      30,
      30,
      30,
      30,
      "Tindak lanjut rekomendasi evaluasi",
      "Rekomendasi ditindaklanjuti secara merata setiap triwulan, 30 rekomendasi",
    ],
    [3, KUAL, "%", 95, 25, 50, 75, 95, "Reviu keselarasan program", "Program selaras / seluruh program x 100%"],
  ]);
  mergeDown(rk, 3, 4, [0, 1, 2, 3, 9]);

  // PPS: targets up to each quarter (s.d. TW), the quarter's realisasi up to it, Kategori per quarter.
  const pps = b.sheet("PPS 2025", ["pps"]);
  writeRows(pps, [
    ["PENGUKURAN PENCAPAIAN SASARAN TAHUN 2025"],
    [],
    ["Indikator", "Satuan", "Target Tahunan", "Triwulan I", null, null, null, "Triwulan II", null, null, null, "Triwulan III", null, null, null],
    [
      null,
      null,
      null,
      "Target s.d. TW I",
      "Realisasi",
      "Capaian (%)",
      "Kategori",
      "Target s.d. TW II",
      "Realisasi",
      "Capaian (%)",
      "Kategori",
      "Target s.d. TW III",
      "Realisasi",
      "Capaian (%)",
      "Kategori",
    ],
  ]);
  for (let q = 0; q < 3; q++) pps.merge(2, 3 + q * 4, 2, 6 + q * 4);
  mergeDown(pps, 2, 3, [0, 1, 2]);
  const kat = (c: number) => (c >= 91 ? "Sangat Tinggi" : c >= 76 ? "Tinggi" : c >= 66 ? "Sedang" : c >= 51 ? "Rendah" : "Sangat Rendah");
  const ppsLine = (ind: string, sat: string, yearly: number, t: number[], r: number[]): Cell[] => [
    ind,
    sat,
    yearly,
    ...t.flatMap((tq, q) => [tq, r[q]!, pct(r[q]!, tq), kat(pct(r[q]!, tq))]),
  ];
  pps.line(4, 0, ppsLine(ADU, "Rekomendasi", 120, [30, 60, 90], [28, 55, 62]));
  pps.line(5, 0, ppsLine(KUAL, "%", 95, [25, 50, 75], [25, 48, 74]));
  pps.line(6, 0, ppsLine(DOK, "Dokumen", 6, [2, 4, 5], [2, 4, 5]));
  // Planted: the Kategori of TW III for the rekomendasi left "Sangat Tinggi" (62 / 90 = 68,89: Sedang).
  pps.put(4, 14, "Sangat Tinggi");
  b.plant(pps, 4, 14, "kategori", "error", "capaian TW III = 62 / 90 × 100 = 68,89, Sedang; ditulis Sangat Tinggi");
  // Planted: the percent's target s.d. TW II typed 55 where the Renaksi's running plan says 50.
  pps.put(5, 7, 55);
  pps.put(5, 9, pct(48, 55));
  pps.put(5, 10, kat(pct(48, 55)));
  b.plant(pps, 5, 7, "target-triwulan", "error", "target s.d. TW II 55, Renaksi 50");

  // Last year's Capaian: 2024's targets, never held to the PK 2025.
  const cap = b.sheet("LKjIP 2024", ["capaian"]);
  writeRows(cap, [
    ["TABEL 3.2 CAPAIAN KINERJA TAHUN 2024"],
    [],
    ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Kategori"],
    [1, DOK, "Dokumen", 5, 5, 100, "Sangat Tinggi"],
    [2, ADU, "Rekomendasi", 100, 96, 96, "Sangat Tinggi"],
    [3, "Jumlah kajian yang diselesaikan", "Kajian", 6, 6, 100, "Sangat Tinggi"],
    [4, KUAL, "%", 90, 88, 97.78, "Sangat Tinggi"],
  ]);
  return b;
}

export function kinerjaBooks(): Book[] {
  return [b35(), b36(), b37(), b38(), b39()];
}
