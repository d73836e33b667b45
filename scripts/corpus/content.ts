/**
 * Content of the corpus: fictional perangkat daerah with indicators, satuan and figures of the
 * kind real LKjIP use (seed 003: IKM 88 / 93,85, Nilai SAKIP 66 / 64,86, budgets of the penunjang
 * program). Quarter targets follow each indicator's accumulation; realisasi are plausible.
 */
import type { Ind, Prog, Q4 } from "./documents";
import type { Ttd } from "./layout";

const q = (a: number, b: number, c: number, d: number): Q4 => [a, b, c, d];

export interface Opd {
  nama: string;
  singkat: string;
  kab: string;
  ttd: Ttd;
  /** Sasaran-level indicators (PK, PPS, Capaian). */
  sasaran: Ind[];
  /** Program and kegiatan indicators (Renaksi, PKPK). */
  program: Ind[];
  budget: Prog[];
}

export const KECAMATAN: Opd = {
  nama: "Kecamatan Sukamaju",
  singkat: "Kec. Sukamaju",
  kab: "Kabupaten Harapan Jaya",
  ttd: { place: "Sukamaju", role: "CAMAT SUKAMAJU", name: "Drs. HARYANTO WIBOWO, M.Si", pangkat: "Pembina Tingkat I", nip: "19700512 199803 1 007" },
  sasaran: [
    { tujuan: "Meningkatnya kualitas pelayanan publik di kecamatan", sasaran: "Meningkatnya kualitas pelayanan kecamatan", nama: "Indeks Kepuasan Masyarakat (IKM)", satuan: "Indeks", target: 88, tw: q(85, 86, 87, 88), real: q(85.6, 86.4, 87.2, 93.85), sifat: "Nilai akhir", pj: "Sekretaris Camat" },
    { tujuan: "Meningkatnya kualitas pelayanan publik di kecamatan", sasaran: "Meningkatnya kualitas pelayanan kecamatan", nama: "Persentase layanan PATEN yang selesai tepat waktu", satuan: "%", target: 95, tw: q(95, 95, 95, 95), real: q(96, 95.5, 96.2, 97.1), sifat: "Rata-rata", pj: "Kasi Pelayanan" },
    { tujuan: "Meningkatnya akuntabilitas kinerja kecamatan", sasaran: "Meningkatnya implementasi SAKIP kecamatan", nama: "Nilai SAKIP Kecamatan", satuan: "Nilai", target: 66, tw: q(60, 62, 64, 66), real: q(60, 62.5, 63.9, 64.86), sifat: "Nilai akhir", pj: "Sekretaris Camat" },
    { tujuan: "Meningkatnya akuntabilitas kinerja kecamatan", sasaran: "Meningkatnya implementasi SAKIP kecamatan", nama: "Nilai Kematangan Perangkat Daerah", satuan: "Angka", target: 34, tw: q(30, 31, 33, 34), real: q(30, 31, 32, 33), sifat: "Nilai akhir", pj: "Sekretaris Camat" },
  ],
  program: [
    { sasaran: "Meningkatnya kualitas pelayanan kecamatan", unit: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", level: "program", kode: "7.01.02", nama: "Persentase layanan administrasi kependudukan yang difasilitasi kecamatan", satuan: "%", target: 100, tw: q(25, 50, 75, 100), real: q(25, 50, 75, 100), sifat: "Kumulatif", pj: "Kasi Pelayanan", pagu: 182651000, belanja: q(40120000, 88300500, 136988250, 176405694) },
    { sasaran: "Meningkatnya kualitas pelayanan kecamatan", unit: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", level: "kegiatan", kode: "7.01.02.2.01", nama: "Jumlah dokumen laporan koordinasi pemerintahan", satuan: "Dokumen", target: 12, tw: q(3, 6, 9, 12), real: q(3, 6, 9, 12), sifat: "Kumulatif", pj: "Kasi Pemerintahan", pagu: 180411000, belanja: q(39880000, 87200000, 135308250, 174165694) },
    { sasaran: "Meningkatnya implementasi SAKIP kecamatan", unit: "Program Pemberdayaan Masyarakat Desa dan Kelurahan", level: "program", kode: "7.01.05", nama: "Persentase desa dan kelurahan yang difasilitasi pemberdayaan", satuan: "%", target: 100, tw: q(25, 50, 75, 100), real: q(23.08, 53.85, 76.92, 100), sifat: "Kumulatif", pj: "Kasi PMD", pagu: 63838000, belanja: q(12500000, 30100000, 47878500, 60608000) },
    { sasaran: "Meningkatnya implementasi SAKIP kecamatan", unit: "Koordinasi Kegiatan Pemberdayaan Desa", level: "kegiatan", kode: "7.01.05.2.01", nama: "Jumlah desa yang dibina", satuan: "Desa", target: 13, tw: q(3, 7, 10, 13), real: q(3, 7, 10, 13), sifat: "Kumulatif", pj: "Kasi PMD", pagu: 63838000, belanja: q(12500000, 30100000, 47878500, 60608000) },
  ],
  budget: [
    {
      kode: "7.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      kegiatan: [
        { kode: "7.01.01.2.01", nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", subs: [
          { kode: "7.01.01.2.01.0001", nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah", pagu: 1288000, real: 771500 },
          { kode: "7.01.01.2.01.0006", nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", pagu: 2450000, real: 2450000 },
        ] },
        { kode: "7.01.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", subs: [
          { kode: "7.01.01.2.02.0001", nama: "Penyediaan Gaji dan Tunjangan ASN", pagu: 10241822000, real: 9473608207 },
        ] },
        { kode: "7.01.01.2.06", nama: "Administrasi Umum Perangkat Daerah", subs: [
          { kode: "7.01.01.2.06.0001", nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", pagu: 7789000, real: 7439000 },
          { kode: "7.01.01.2.06.0002", nama: "Penyediaan Peralatan dan Perlengkapan Kantor", pagu: 20524000, real: 18539900 },
        ] },
      ],
    },
    {
      kode: "7.01.02",
      nama: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
      kegiatan: [
        { kode: "7.01.02.2.01", nama: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", subs: [
          { kode: "7.01.02.2.01.0001", nama: "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait", pagu: 100411000, real: 96165694 },
          { kode: "7.01.02.2.01.0002", nama: "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan", pagu: 80000000, real: 78000000 },
        ] },
        { kode: "7.01.02.2.02", nama: "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", subs: [
          { kode: "7.01.02.2.02.0001", nama: "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", pagu: 2240000, real: 2240000 },
        ] },
      ],
    },
    {
      kode: "7.01.05",
      nama: "Program Pemberdayaan Masyarakat Desa dan Kelurahan",
      kegiatan: [
        { kode: "7.01.05.2.01", nama: "Koordinasi Kegiatan Pemberdayaan Desa", subs: [
          { kode: "7.01.05.2.01.0001", nama: "Fasilitasi Pembangunan Desa dan Kelurahan", pagu: 63838000, real: 60608000 },
        ] },
      ],
    },
  ],
};

export const DINKES: Opd = {
  nama: "Dinas Kesehatan",
  singkat: "Dinkes",
  kab: "Kabupaten Harapan Jaya",
  ttd: { place: "Harapan Jaya", role: "KEPALA DINAS KESEHATAN", name: "dr. SRI MULYANI RAHAYU, M.Kes", pangkat: "Pembina Utama Muda", nip: "19720304 200212 2 004" },
  sasaran: [
    { tujuan: "Meningkatnya derajat kesehatan masyarakat", sasaran: "Meningkatnya kualitas kesehatan ibu dan anak", nama: "Persentase balita stunting", satuan: "%", target: 14.5, tw: q(14.5, 14.5, 14.5, 14.5), real: q(15.1, 14.8, 14.2, 13.9), sifat: "Nilai akhir", lower: true, pj: "Kabid Kesmas" },
    { tujuan: "Meningkatnya derajat kesehatan masyarakat", sasaran: "Meningkatnya kualitas kesehatan ibu dan anak", nama: "Cakupan pelayanan kesehatan ibu hamil (K6)", satuan: "%", target: 92, tw: q(23, 46, 69, 92), real: q(22.4, 47.1, 70.2, 93.6), sifat: "Kumulatif", pj: "Kabid Kesmas" },
    { tujuan: "Meningkatnya derajat kesehatan masyarakat", sasaran: "Meningkatnya akses dan mutu pelayanan kesehatan", nama: "Persentase puskesmas terakreditasi paripurna", satuan: "%", target: 60, tw: q(40, 45, 55, 60), real: q(40, 45, 55, 65), sifat: "Nilai akhir", pj: "Kabid Yankes" },
    { tujuan: "Meningkatnya derajat kesehatan masyarakat", sasaran: "Meningkatnya akses dan mutu pelayanan kesehatan", nama: "Cakupan kepesertaan Jaminan Kesehatan Nasional (UHC)", satuan: "%", target: 98, tw: q(95, 96, 97, 98), real: q(95.4, 96.8, 97.6, 98.73), sifat: "Nilai akhir", pj: "Kabid Yankes" },
  ],
  program: [
    { sasaran: "Meningkatnya kualitas kesehatan ibu dan anak", unit: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", level: "program", kode: "1.02.02", nama: "Persentase fasilitas pelayanan kesehatan yang memenuhi standar", satuan: "%", target: 80, tw: q(20, 40, 60, 80), real: q(20, 41, 62, 81), sifat: "Kumulatif", pj: "Kabid Yankes", pagu: 8945600000, belanja: q(1850000000, 4120500000, 6410250000, 8512340500) },
    { sasaran: "Meningkatnya kualitas kesehatan ibu dan anak", unit: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", level: "kegiatan", kode: "1.02.02.2.02", nama: "Jumlah dokumen hasil penyediaan layanan kesehatan", satuan: "Dokumen", target: 24, tw: q(6, 12, 18, 24), real: q(6, 12, 18, 24), sifat: "Kumulatif", pj: "Kabid Kesmas", pagu: 6120400000, belanja: q(1240000000, 2950000000, 4425600000, 5871230000) },
    { sasaran: "Meningkatnya akses dan mutu pelayanan kesehatan", unit: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", level: "program", kode: "1.02.03", nama: "Persentase tenaga kesehatan yang memenuhi kompetensi", satuan: "%", target: 85, tw: q(20, 45, 65, 85), real: q(20, 45, 66, 86.2), sifat: "Kumulatif", pj: "Kabid SDK", pagu: 412500000, belanja: q(80000000, 190400000, 301250000, 398760000) },
    { sasaran: "Meningkatnya akses dan mutu pelayanan kesehatan", unit: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota", level: "kegiatan", kode: "1.02.03.2.02", nama: "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya", satuan: "Orang", target: 240, tw: q(60, 120, 180, 240), real: q(58, 121, 180, 244), sifat: "Kumulatif", pj: "Kabid SDK", pagu: 412500000, belanja: q(80000000, 190400000, 301250000, 398760000) },
  ],
  budget: [
    {
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      kegiatan: [
        { kode: "1.02.02.2.01", nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota", subs: [
          { kode: "1.02.02.2.01.0014", nama: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", pagu: 2825200000, real: 2641110500 },
        ] },
        { kode: "1.02.02.2.02", nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota", subs: [
          { kode: "1.02.02.2.02.0001", nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil", pagu: 412300000, real: 398450000 },
          { kode: "1.02.02.2.02.0003", nama: "Pengelolaan Pelayanan Kesehatan Balita", pagu: 356800000, real: 341200000 },
          { kode: "1.02.02.2.02.0024", nama: "Pengelolaan Jaminan Kesehatan Masyarakat", pagu: 5351300000, real: 5131580000 },
        ] },
      ],
    },
    {
      kode: "1.02.03",
      nama: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      kegiatan: [
        { kode: "1.02.03.2.02", nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota", subs: [
          { kode: "1.02.03.2.02.0001", nama: "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar", pagu: 412500000, real: 398760000 },
        ] },
      ],
    },
  ],
};

export const BAPPEDA: Opd = {
  nama: "Badan Perencanaan Pembangunan Daerah",
  singkat: "Bappeda",
  kab: "Kabupaten Lembah Hijau",
  ttd: { place: "Lembah Hijau", role: "KEPALA BAPPEDA", name: "Ir. BAMBANG SETIADI, M.T.", pangkat: "Pembina Utama Muda", nip: "19680921 199403 1 005" },
  sasaran: [
    { tujuan: "Meningkatnya kualitas perencanaan dan evaluasi pembangunan daerah", sasaran: "Meningkatnya kualitas dokumen perencanaan pembangunan daerah", nama: "Persentase keselarasan program RPJMD dalam RKPD", satuan: "%", target: 100, tw: q(100, 100, 100, 100), real: q(100, 100, 100, 100), sifat: "Nilai akhir", pj: "Kabid PPE" },
    { tujuan: "Meningkatnya kualitas perencanaan dan evaluasi pembangunan daerah", sasaran: "Meningkatnya kualitas dokumen perencanaan pembangunan daerah", nama: "Persentase dokumen perencanaan yang ditetapkan tepat waktu", satuan: "%", target: 100, tw: q(25, 50, 75, 100), real: q(25, 50, 75, 100), sifat: "Kumulatif", pj: "Sekretaris" },
    { tujuan: "Meningkatnya kualitas perencanaan dan evaluasi pembangunan daerah", sasaran: "Meningkatnya kualitas pengendalian dan evaluasi pembangunan", nama: "Persentase rekomendasi hasil evaluasi RKPD yang ditindaklanjuti", satuan: "%", target: 85, tw: q(20, 40, 65, 85), real: q(18.5, 41.2, 63.8, 86.4), sifat: "Kumulatif", pj: "Kabid PPE" },
    { tujuan: "Meningkatnya kualitas perencanaan dan evaluasi pembangunan daerah", sasaran: "Meningkatnya kualitas pengendalian dan evaluasi pembangunan", nama: "Nilai SAKIP Pemerintah Kabupaten", satuan: "Nilai", target: 70, tw: q(0, 0, 0, 70), real: q(0, 0, 0, 68.42), sifat: "Nilai akhir", pj: "Kabid PPE" },
  ],
  program: [
    { sasaran: "Meningkatnya kualitas dokumen perencanaan pembangunan daerah", unit: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", level: "program", kode: "5.01.02", nama: "Persentase dokumen perencanaan dan evaluasi yang tersusun", satuan: "%", target: 100, tw: q(25, 50, 75, 100), real: q(25, 50, 75, 100), sifat: "Kumulatif", pj: "Kabid PPE", pagu: 1245600000, belanja: q(210000000, 545300000, 880150000, 1187420000) },
    { sasaran: "Meningkatnya kualitas dokumen perencanaan pembangunan daerah", unit: "Penyusunan Perencanaan dan Pendanaan", level: "kegiatan", kode: "5.01.02.2.01", nama: "Jumlah dokumen perencanaan pembangunan daerah", satuan: "Dokumen", target: 6, tw: q(1, 3, 5, 6), real: q(1, 3, 5, 6), sifat: "Kumulatif", pj: "Kabid PPE", pagu: 845600000, belanja: q(150000000, 380300000, 600150000, 812420000) },
    { sasaran: "Meningkatnya kualitas pengendalian dan evaluasi pembangunan", unit: "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah", level: "kegiatan", kode: "5.01.02.2.03", nama: "Jumlah laporan pengendalian dan evaluasi pembangunan daerah", satuan: "Laporan", target: 8, tw: q(2, 4, 6, 8), real: q(2, 4, 6, 8), sifat: "Kumulatif", pj: "Kabid PPE", pagu: 400000000, belanja: q(60000000, 165000000, 280000000, 375000000) },
  ],
  budget: [
    {
      kode: "5.01.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      kegiatan: [
        { kode: "5.01.01.2.01", nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", subs: [
          { kode: "5.01.01.2.01.0001", nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah", pagu: 45250000, real: 43120000 },
          { kode: "5.01.01.2.01.0007", nama: "Evaluasi Kinerja Perangkat Daerah", pagu: 28600000, real: 27950000 },
        ] },
        { kode: "5.01.01.2.02", nama: "Administrasi Keuangan Perangkat Daerah", subs: [
          { kode: "5.01.01.2.02.0001", nama: "Penyediaan Gaji dan Tunjangan ASN", pagu: 6845120000, real: 6512448300 },
        ] },
      ],
    },
    {
      kode: "5.01.02",
      nama: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
      kegiatan: [
        { kode: "5.01.02.2.01", nama: "Penyusunan Perencanaan dan Pendanaan", subs: [
          { kode: "5.01.02.2.01.0002", nama: "Penyusunan Dokumen Perencanaan Pembangunan Daerah (RKPD)", pagu: 545600000, real: 528120000 },
          { kode: "5.01.02.2.01.0004", nama: "Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah", pagu: 300000000, real: 284300000 },
        ] },
        { kode: "5.01.02.2.03", nama: "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah", subs: [
          { kode: "5.01.02.2.03.0001", nama: "Pengendalian, Evaluasi dan Pelaporan Pelaksanaan RPJPD, RPJMD dan RKPD", pagu: 400000000, real: 375000000 },
        ] },
      ],
    },
  ],
};

/** Smaller perangkat daerah: sasaran indicators only, for PK / PPS / Capaian workbooks. */
export const DPUPR: Ind[] = [
  { tujuan: "Meningkatnya kualitas infrastruktur wilayah", sasaran: "Meningkatnya kemantapan jalan kabupaten", nama: "Persentase jalan kabupaten dalam kondisi mantap", satuan: "%", target: 78.5, tw: q(75, 76, 77, 78.5), real: q(75, 76.2, 77.4, 79.1), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya kualitas infrastruktur wilayah", sasaran: "Meningkatnya kemantapan jalan kabupaten", nama: "Panjang jalan kabupaten yang ditingkatkan", satuan: "Km", target: 12.4, tw: q(0, 2.5, 7.8, 12.4), real: q(0, 2.1, 8, 12.6), sifat: "Kumulatif" },
  { tujuan: "Meningkatnya kualitas infrastruktur wilayah", sasaran: "Meningkatnya layanan air minum dan sanitasi", nama: "Persentase rumah tangga dengan akses air minum layak", satuan: "%", target: 92, tw: q(90, 90.5, 91, 92), real: q(90.1, 90.6, 91.4, 92.35), sifat: "Nilai akhir" },
];

export const DISDIK: Ind[] = [
  { tujuan: "Meningkatnya akses dan mutu pendidikan", sasaran: "Meningkatnya akses pendidikan dasar", nama: "Angka Partisipasi Murni (APM) SD/MI", satuan: "%", target: 97.8, tw: q(97.8, 97.8, 97.8, 97.8), real: q(97.5, 97.6, 97.9, 98.02), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya akses dan mutu pendidikan", sasaran: "Meningkatnya akses pendidikan dasar", nama: "Angka Partisipasi Murni (APM) SMP/MTs", satuan: "%", target: 82.4, tw: q(82.4, 82.4, 82.4, 82.4), real: q(80.1, 80.9, 81.3, 81.76), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya akses dan mutu pendidikan", sasaran: "Meningkatnya mutu pendidik", nama: "Persentase guru bersertifikat pendidik", satuan: "%", target: 74, tw: q(70, 71, 72, 74), real: q(70, 71.5, 72.8, 75.2), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya akses dan mutu pendidikan", sasaran: "Meningkatnya mutu pendidik", nama: "Rata-rata lama sekolah", satuan: "Tahun", target: 8.12, tw: q(8.12, 8.12, 8.12, 8.12), real: q(8.05, 8.05, 8.05, 8.14), sifat: "Nilai akhir" },
];

export const DINSOS: Ind[] = [
  { tujuan: "Meningkatnya kesejahteraan sosial masyarakat", sasaran: "Meningkatnya pemenuhan kebutuhan dasar PPKS", nama: "Persentase PPKS yang memperoleh bantuan sosial untuk pemenuhan kebutuhan dasar", satuan: "%", target: 85, tw: q(20, 45, 65, 85), real: q(21.4, 44.3, 66.1, 84.2), sifat: "Kumulatif" },
  { tujuan: "Meningkatnya kesejahteraan sosial masyarakat", sasaran: "Meningkatnya pemenuhan kebutuhan dasar PPKS", nama: "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya", satuan: "%", target: 100, tw: q(25, 50, 75, 100), real: q(25, 50, 75, 100), sifat: "Kumulatif" },
  { tujuan: "Meningkatnya kesejahteraan sosial masyarakat", sasaran: "Meningkatnya kualitas data terpadu kesejahteraan sosial", nama: "Jumlah keluarga yang dimutakhirkan datanya dalam DTKS", satuan: "KK", target: 12450, tw: q(3000, 6200, 9300, 12450), real: q(3105, 6410, 9288, 12501), sifat: "Kumulatif" },
];

export const RSUD: Ind[] = [
  { tujuan: "Meningkatnya mutu pelayanan kesehatan rujukan", sasaran: "Meningkatnya mutu pelayanan rumah sakit", nama: "Bed Occupancy Rate (BOR)", satuan: "%", target: 75, tw: q(75, 75, 75, 75), real: q(68.2, 71.5, 74.8, 72.6), sifat: "Rata-rata" },
  { tujuan: "Meningkatnya mutu pelayanan kesehatan rujukan", sasaran: "Meningkatnya mutu pelayanan rumah sakit", nama: "Net Death Rate (NDR)", satuan: "‰", target: 25, tw: q(25, 25, 25, 25), real: q(27.1, 24.6, 23.8, 22.4), sifat: "Nilai akhir", lower: true },
  { tujuan: "Meningkatnya mutu pelayanan kesehatan rujukan", sasaran: "Meningkatnya kepuasan pasien", nama: "Indeks Kepuasan Masyarakat RSUD", satuan: "Indeks", target: 82, tw: q(80, 80, 81, 82), real: q(80.4, 81.2, 81.9, 83.27), sifat: "Nilai akhir" },
];

export const SATPOL: Ind[] = [
  { tujuan: "Terwujudnya ketenteraman dan ketertiban umum", sasaran: "Meningkatnya penegakan Perda dan Perkada", nama: "Persentase penegakan Perda dan Perkada", satuan: "%", target: 100, tw: q(25, 50, 75, 100), real: q(25, 50, 75, 100), sifat: "Kumulatif" },
  { tujuan: "Terwujudnya ketenteraman dan ketertiban umum", sasaran: "Meningkatnya penegakan Perda dan Perkada", nama: "Persentase gangguan ketenteraman dan ketertiban umum yang tertangani", satuan: "%", target: 95, tw: q(95, 95, 95, 95), real: q(96.2, 94.8, 97.1, 96.4), sifat: "Nilai akhir" },
  { tujuan: "Terwujudnya ketenteraman dan ketertiban umum", sasaran: "Meningkatnya perlindungan masyarakat", nama: "Jumlah anggota Satlinmas yang terlatih", satuan: "Orang", target: 240, tw: q(0, 80, 160, 240), real: q(0, 80, 165, 238), sifat: "Kumulatif" },
];

export const DLH: Ind[] = [
  { tujuan: "Meningkatnya kualitas lingkungan hidup", sasaran: "Meningkatnya kualitas lingkungan hidup daerah", nama: "Indeks Kualitas Lingkungan Hidup (IKLH)", satuan: "Indeks", target: 62.35, tw: q(62.35, 62.35, 62.35, 62.35), real: q(61.2, 61.2, 61.9, 63.08), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya kualitas lingkungan hidup", sasaran: "Meningkatnya pengelolaan persampahan", nama: "Persentase sampah yang tertangani", satuan: "%", target: 68, tw: q(65, 66, 67, 68), real: q(64.1, 65.8, 67.2, 66.9), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya kualitas lingkungan hidup", sasaran: "Meningkatnya pengelolaan persampahan", nama: "Persentase sampah yang terkurangi", satuan: "%", target: 25, tw: q(22, 23, 24, 25), real: q(21.5, 22.8, 23.1, 24.2), sifat: "Nilai akhir" },
];

export const INSPEKTORAT: Ind[] = [
  { tujuan: "Meningkatnya akuntabilitas penyelenggaraan pemerintahan daerah", sasaran: "Meningkatnya kualitas pengawasan internal", nama: "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", satuan: "%", target: 90, tw: q(60, 70, 80, 90), real: q(58.3, 71.4, 82.6, 91.2), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya akuntabilitas penyelenggaraan pemerintahan daerah", sasaran: "Meningkatnya kualitas pengawasan internal", nama: "Level Maturitas SPIP", satuan: "Level", target: 3, tw: q(3, 3, 3, 3), real: q(3, 3, 3, 3), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya akuntabilitas penyelenggaraan pemerintahan daerah", sasaran: "Meningkatnya kapabilitas APIP", nama: "Level Kapabilitas APIP", satuan: "Level", target: 3, tw: q(3, 3, 3, 3), real: q(3, 3, 3, 3), sifat: "Nilai akhir" },
];

export const DISTAN: Ind[] = [
  { tujuan: "Meningkatnya ketahanan pangan daerah", sasaran: "Meningkatnya produksi dan produktivitas pertanian", nama: "Produktivitas padi", satuan: "Ton/Ha", target: 5.82, tw: q(5.82, 5.82, 5.82, 5.82), real: q(5.61, 5.7, 5.79, 5.88), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya ketahanan pangan daerah", sasaran: "Meningkatnya produksi dan produktivitas pertanian", nama: "Persentase kelompok tani yang meningkat kelasnya", satuan: "%", target: 12, tw: q(3, 6, 9, 12), real: q(2.5, 6.1, 9.4, 12.8), sifat: "Kumulatif" },
  { tujuan: "Meningkatnya ketahanan pangan daerah", sasaran: "Meningkatnya ketersediaan pangan", nama: "Skor Pola Pangan Harapan (PPH)", satuan: "Skor", target: 88.5, tw: q(88.5, 88.5, 88.5, 88.5), real: q(86.4, 86.4, 87.9, 89.12), sifat: "Nilai akhir" },
];

export const DUKCAPIL: Ind[] = [
  { tujuan: "Meningkatnya kualitas pelayanan administrasi kependudukan", sasaran: "Meningkatnya kepemilikan dokumen kependudukan", nama: "Persentase penduduk wajib KTP yang memiliki KTP-el", satuan: "%", target: 98.5, tw: q(97.5, 98, 98.2, 98.5), real: q(97.61, 98.02, 98.3, 98.71), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya kualitas pelayanan administrasi kependudukan", sasaran: "Meningkatnya kepemilikan dokumen kependudukan", nama: "Persentase anak yang memiliki akta kelahiran", satuan: "%", target: 96, tw: q(94, 94.5, 95, 96), real: q(94.2, 94.9, 95.3, 96.4), sifat: "Nilai akhir" },
  { tujuan: "Meningkatnya kualitas pelayanan administrasi kependudukan", sasaran: "Meningkatnya kepemilikan dokumen kependudukan", nama: "Persentase anak yang memiliki Kartu Identitas Anak (KIA)", satuan: "%", target: 45, tw: q(30, 35, 40, 45), real: q(31.2, 36.4, 39.1, 44.6), sifat: "Nilai akhir" },
];
