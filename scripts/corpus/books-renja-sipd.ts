/**
 * Corpus workbooks 30–33: Evaluasi Renja (form E.81) and budget exports laid out as staff make
 * them and as the earlier books do not: the original form's 1–17 numbering without a Satuan column,
 * filled up to TW II, indicators that state their status instead of a sum, a percent column of
 * fractions passing 250 %, unit names and Sub Total rows between the blocks; a SIPD export with the
 * organisation's code row, accounts at every level and numbers as text; an LRA with the anggaran
 * before and after its revision; a code written over five columns under one merged "Kode" heading.
 * Every number is written here from the content; a planted inconsistency is the one cell changed.
 */
import { columnLetters } from "../../src/core/grid";
import { idText, round, writeRows, writeTtd, type Book, type Cell, type Ttd, SimpleBook } from "./layout";

const DISHUB_TTD: Ttd = {
  place: "Harapan Jaya",
  role: "KEPALA DINAS PERHUBUNGAN",
  name: "Ir. BAMBANG SUTRISNO, M.T.",
  pangkat: "Pembina Utama Muda",
  nip: "19700512 199503 1 002",
};

const f = (formula: string, v: number | string): Cell => ({ f: formula, v });
/** A written cell's number (a formula's cached value). */
const num = (c: Cell): number => (c !== null && typeof c === "object" ? Number(c.v) : Number(c));
const L = columnLetters;

/** Rupiah as SIPD prints it when exported as text: "1.234.567,00", a negative in brackets, "-" for nothing spent. */
const sipdText = (n: number, dash = false): string => (n === 0 && dash ? "-" : n < 0 ? `(${idText(-n, 2)})` : idText(n, 2));

// --- 30: Evaluasi Renja, original form numbering, TW II --------------------------------------------

type KRp = [number, number];
interface RenjaItem {
  code?: string;
  name?: string;
  ind?: string;
  /** Target Renstra, realisasi s.d. tahun lalu, target Renja: K and Rp. */
  renstra?: KRp;
  lalu?: KRp;
  target?: KRp;
  /** Realisasi TW I and TW II, K and Rp. */
  tw?: [KRp, KRp];
  /** How the indicator accumulates: "sum" (13 = 9 + 10, 14 = 7 + 13), "last" or "mean" (its status). */
  acc?: "sum" | "last" | "mean";
  pj?: string;
  /** A row with a name only: a unit heading its block, a Sub Total, the JUMLAH. */
  label?: string;
}

function b30(): Book {
  const b = new SimpleBook(
    "30-dishub-evaluasi-renja-triwulan-ii",
    'Evaluasi Renja bentuk asli E.81 diisi s.d. TW II: nomor kolom 1–17 tanpa Satuan, judul digabung selebar tabel dan kalimat RKPD di atas header 3 baris, TW III/IV berisi "-", indikator persentase/indeks yang menulis status (nilai akhir, rata-rata), tingkat capaian Renstra sebagai pecahan berformat % dengan satu nilai 265 %, nama unit dan Sub Total di antara blok, Penanggung Jawab dan Keterangan, faktor pendorong/penghambat, ttd dengan NIP',
  );
  const s = b.sheet("Evaluasi Renja TW II");
  const W = 26;
  [
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN HARAPAN JAYA",
    "RENJA PERANGKAT DAERAH DINAS PERHUBUNGAN",
    "PERIODE PELAKSANAAN : TRIWULAN II TAHUN 2025",
  ].forEach((t, r) => {
    s.put(r, 0, t);
    s.merge(r, 0, r, W);
    s.boldRows.add(r);
  });
  s.put(3, 0, "Indikator dan target kinerja Perangkat Daerah Kabupaten yang mengacu pada sasaran RKPD :");
  s.put(4, 0, "1. Meningkatnya keselamatan dan kualitas layanan transportasi");
  const H = 6;
  const one = (c: number, t: string) => {
    s.put(H, c, t);
    s.merge(H, c, H + 2, c);
  };
  const pair = (c: number, t: string) => {
    s.put(H, c, t);
    s.merge(H, c, H + 1, c + 1);
    s.put(H + 2, c, "K");
    s.put(H + 2, c + 1, "Rp");
  };
  one(0, "No");
  one(1, "Sasaran");
  one(2, "Kode");
  one(3, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan");
  one(4, "Indikator Kinerja Program (outcome)/ Kegiatan (output)");
  pair(5, "Target Kinerja dan Anggaran Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra PD)");
  pair(7, "Realisasi Capaian Kinerja dan Anggaran Renstra PD sampai dengan Renja PD Tahun Lalu (2024)");
  pair(9, "Target Kinerja dan Anggaran Renja PD Tahun Berjalan (2025) yang Dievaluasi");
  s.put(H, 11, "Realisasi Kinerja Pada Triwulan");
  s.merge(H, 11, H, 18);
  ["I", "II", "III", "IV"].forEach((q, i) => {
    s.put(H + 1, 11 + 2 * i, q);
    s.merge(H + 1, 11 + 2 * i, H + 1, 12 + 2 * i);
    s.put(H + 2, 11 + 2 * i, "K");
    s.put(H + 2, 12 + 2 * i, "Rp");
  });
  pair(19, "Realisasi Capaian Kinerja dan Anggaran Renja PD yang Dievaluasi");
  pair(21, "Realisasi Kinerja dan Anggaran Renstra PD s/d Tahun 2025 (Akhir Tahun Pelaksanaan Renja PD)");
  pair(23, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra PD s/d Tahun 2025 (%)");
  one(25, "Unit PD Penanggung Jawab");
  one(26, "Keterangan");
  for (let r = H; r <= H + 2; r++) s.boldRows.add(r);
  const spans: [number, number][] = [
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [5, 6],
    [7, 8],
    [9, 10],
    [11, 12],
    [13, 14],
    [15, 16],
    [17, 18],
    [19, 20],
    [21, 22],
    [23, 24],
    [25, 25],
    [26, 26],
  ];
  spans.forEach(([c0, c1], i) => {
    s.put(H + 3, c0, i + 1);
    s.merge(H + 3, c0, H + 3, c1);
  });

  const items: RenjaItem[] = [
    { code: "2", name: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
    { code: "2.15", name: "URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN" },
    { label: "SEKRETARIAT" },
    {
      code: "2.15.01",
      name: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase capaian kinerja perangkat daerah",
      renstra: [100, 22000000000],
      lalu: [92, 12500000000],
      target: [95, 4300000000],
      tw: [
        [93, 950000000],
        [94, 1050000000],
      ],
      acc: "last",
      pj: "Sekretaris",
    },
    {
      code: "2.15.01.2.01",
      name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Persentase dokumen perencanaan dan evaluasi yang tersusun tepat waktu",
      renstra: [100, 500000000],
      lalu: [100, 280000000],
      target: [100, 100000000],
      tw: [
        [100, 30000000],
        [100, 20000000],
      ],
      acc: "last",
      pj: "Subbag Program dan Keuangan",
    },
    {
      code: "2.15.01.2.01.0001",
      name: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah Dokumen Perencanaan Perangkat Daerah",
      renstra: [15, 250000000],
      lalu: [9, 140000000],
      target: [3, 50000000],
      tw: [
        [1, 15000000],
        [1, 10000000],
      ],
      acc: "sum",
      pj: "Subbag Program dan Keuangan",
    },
    {
      code: "2.15.01.2.01.0006",
      name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      ind: "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      renstra: [20, 250000000],
      lalu: [12, 140000000],
      target: [4, 50000000],
      tw: [
        [1, 15000000],
        [1, 10000000],
      ],
      acc: "sum",
      pj: "Subbag Program dan Keuangan",
    },
    {
      code: "2.15.01.2.02",
      name: "Administrasi Keuangan Perangkat Daerah",
      ind: "Persentase pemenuhan administrasi keuangan perangkat daerah",
      renstra: [100, 21500000000],
      lalu: [100, 12220000000],
      target: [100, 4200000000],
      tw: [
        [100, 920000000],
        [100, 1030000000],
      ],
      acc: "last",
      pj: "Subbag Program dan Keuangan",
    },
    {
      code: "2.15.01.2.02.0001",
      name: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN",
      renstra: [85, 21500000000],
      lalu: [85, 12220000000],
      target: [85, 4200000000],
      tw: [
        [85, 920000000],
        [85, 1030000000],
      ],
      acc: "last",
      pj: "Subbag Program dan Keuangan",
    },
    { label: "Sub Total" },
    { label: "BIDANG LALU LINTAS DAN ANGKUTAN" },
    {
      code: "2.15.02",
      name: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Persentase kendaraan bermotor wajib uji yang lulus uji",
      renstra: [90, 5000000000],
      lalu: [85, 3100000000],
      target: [88, 1000000000],
      tw: [
        [86, 100000000],
        [87, 200000000],
      ],
      acc: "last",
      pj: "Kepala Bidang LLAJ",
    },
    {
      ind: "Indeks kepuasan layanan pengujian kendaraan bermotor",
      renstra: [3.5, 0],
      lalu: [3.2, 0],
      target: [3.3, 0],
      tw: [
        [3.25, 0],
        [3.35, 0],
      ],
      acc: "mean",
    },
    {
      code: "2.15.02.2.01",
      name: "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      ind: "Jumlah dokumen rencana induk jaringan LLAJ yang ditetapkan",
      renstra: [1, 400000000],
      lalu: [0, 150000000],
      target: [1, 150000000],
      tw: [
        [0, 0],
        [0, 25000000],
      ],
      acc: "sum",
      pj: "Seksi Manajemen dan Rekayasa Lalu Lintas",
    },
    {
      code: "2.15.02.2.01.0001",
      name: "Pelaksanaan Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      ind: "Jumlah Dokumen Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      renstra: [1, 400000000],
      lalu: [0, 150000000],
      target: [1, 150000000],
      tw: [
        [0, 0],
        [0, 25000000],
      ],
      acc: "sum",
      pj: "Seksi Manajemen dan Rekayasa Lalu Lintas",
    },
    {
      code: "2.15.02.2.02",
      name: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah perlengkapan jalan yang disediakan",
      renstra: [100, 4600000000],
      lalu: [240, 2950000000],
      target: [40, 850000000],
      tw: [
        [10, 100000000],
        [15, 175000000],
      ],
      acc: "sum",
      pj: "Seksi Prasarana Lalu Lintas",
    },
    {
      code: "2.15.02.2.02.0002",
      name: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah Perlengkapan Jalan di Jalan Kabupaten/Kota yang Tersedia",
      renstra: [100, 4600000000],
      lalu: [240, 2950000000],
      target: [40, 850000000],
      tw: [
        [10, 100000000],
        [15, 175000000],
      ],
      acc: "sum",
      pj: "Seksi Prasarana Lalu Lintas",
    },
    { label: "Sub Total" },
  ];
  let r = H + 4;
  let no = 0;
  const rowOf = new Map<string, number>();
  const programRows: number[] = [];
  let lastProgram = -1;
  for (const x of items) {
    if (x.label) {
      s.put(r, 3, x.label);
      if (x.label === "Sub Total") {
        // The block's program, by formula.
        for (const c of [10, 20]) s.put(r, c, f(`${L(c)}${lastProgram + 1}`, num(s.get(lastProgram, c))));
      }
      r++;
      continue;
    }
    if (x.code) rowOf.set(x.code, r);
    if (x.code?.split(".").length === 3) {
      programRows.push(r);
      lastProgram = r;
      s.put(r, 0, ++no);
      s.put(r, 1, "Meningkatnya keselamatan dan kualitas layanan transportasi");
    }
    if (x.code) s.put(r, 2, x.code);
    if (x.name) s.put(r, 3, x.name);
    if (!x.ind) {
      r++;
      continue;
    }
    s.put(r, 4, x.ind);
    const R = r + 1;
    const [ren, lalu, target, tw] = [x.renstra!, x.lalu!, x.target!, x.tw!];
    // K: the Renstra, last year's and this year's targets; TW I and II; TW III and IV not reported yet.
    s.put(r, 5, ren[0]);
    s.put(r, 7, lalu[0]);
    s.put(r, 9, target[0]);
    s.put(r, 11, tw[0][0]);
    s.put(r, 13, tw[1][0]);
    s.put(r, 15, "-");
    s.put(r, 17, "-");
    if (x.acc === "sum") {
      const k13 = tw[0][0] + tw[1][0];
      s.put(r, 19, f(`L${R}+N${R}+P${R}+R${R}`, k13));
      s.put(r, 21, f(`H${R}+T${R}`, lalu[0] + k13));
      s.put(r, 23, f(`V${R}/F${R}`, (lalu[0] + k13) / ren[0]));
    } else {
      // The indicator's status: the last quarter's value, or the quarters' average.
      const k13 = x.acc === "last" ? tw[1][0] : round((tw[0][0] + tw[1][0]) / 2, 2);
      s.put(r, 19, k13);
      s.put(r, 21, k13);
      s.put(r, 23, f(`V${R}/F${R}`, k13 / ren[0]));
    }
    if (ren[1] > 0) {
      s.put(r, 6, ren[1]);
      s.put(r, 8, lalu[1]);
      s.put(r, 10, target[1]);
      s.put(r, 12, tw[0][1] === 0 ? "-" : tw[0][1]);
      s.put(r, 14, tw[1][1]);
      s.put(r, 16, "-");
      s.put(r, 18, "-");
      const rp13 = tw[0][1] + tw[1][1];
      s.put(r, 20, f(`SUM(M${R},O${R},Q${R},S${R})`, rp13));
      s.put(r, 22, f(`I${R}+U${R}`, lalu[1] + rp13));
      s.put(r, 24, f(`W${R}/G${R}`, (lalu[1] + rp13) / ren[1]));
    }
    if (x.pj) s.put(r, 25, x.pj);
    r++;
  }
  const total = r;
  s.put(total, 3, "JUMLAH");
  for (const c of [10, 20]) {
    s.put(
      total,
      c,
      f(
        programRows.map((pr) => `${L(c)}${pr + 1}`).join("+"),
        programRows.reduce((a, pr) => a + num(s.get(pr, c)), 0),
      ),
    );
  }
  s.put(total + 1, 3, "Rata-rata capaian kinerja (%)");
  s.put(total + 1, 23, 0.9);
  s.put(total + 2, 3, "Predikat kinerja");
  s.put(total + 2, 23, "Sangat Tinggi");
  writeRows(
    s,
    [
      [],
      [null, "Faktor pendorong keberhasilan pencapaian :", null, null, "Dukungan anggaran dan koordinasi lintas sektor"],
      [null, "Faktor penghambat pencapaian kinerja :", null, null, "Pengadaan perlengkapan jalan baru dimulai pada triwulan II"],
      [null, "Tindak lanjut yang diperlukan dalam triwulan berikutnya :", null, null, "Percepatan proses pengadaan"],
    ],
    total + 3,
  );
  writeTtd(s, DISHUB_TTD, s.next + 1, 19);
  b.tables.push({ sheet: s.name, kind: "renja" });

  // Planted 1: a count's 13 K typed 3 where TW I + TW II = 1 + 1 = 2 (neither the last nor the average either);
  // 14 and 15 are formulas and follow the typed figure.
  const r1 = rowOf.get("2.15.01.2.01.0006")!;
  s.put(r1, 19, 3);
  s.put(r1, 21, f(`H${r1 + 1}+T${r1 + 1}`, 15));
  s.put(r1, 23, f(`V${r1 + 1}/F${r1 + 1}`, 15 / 20));
  b.plant(s, r1, 19, "renja-relasi", "error", "realisasi Renja K laporan capaian kinerja ditulis 3, padahal TW I + TW II = 1 + 1 = 2");
  // Planted 2: in the column of fractions (shown as %), the kegiatan's 15 K typed 2,5 (250 %) where (240 + 25) / 100 = 265 %.
  const r2 = rowOf.get("2.15.02.2.02")!;
  s.put(r2, 23, 2.5);
  b.plant(s, r2, 23, "renja-relasi", "error", "tingkat capaian Renstra K perlengkapan jalan ditulis 250 %, padahal (240 + 25) / 100 × 100 = 265 %");
  // Planted 3: a sub kegiatan's 15 Rp typed 0,6 (60 %) where (140 + 25) / 250 juta = 66 %.
  const r3 = rowOf.get("2.15.01.2.01.0001")!;
  s.put(r3, 24, 0.6);
  b.plant(s, r3, 24, "renja-relasi", "error", "tingkat capaian Renstra Rp dokumen perencanaan ditulis 60 %, padahal 165 / 250 juta × 100 = 66 %");
  return b;
}

// --- 31: SIPD export with the organisation's row and accounts at every level ----------------------

interface Line {
  code: string;
  name: string;
  pagu: number;
  real: number;
}

function b31(): Book {
  const b = new SimpleBook(
    "31-dishub-sipd-rekening-teks",
    'ekspor SIPD per sub kegiatan dan rekening: blok identitas (Urusan, Unit Organisasi, Periode), baris organisasi 2.15.0.00.0.00.01.0000, rekening di semua tingkat (5.1, 5.1.02, … 5.1.02.01.01.0024) di bawah sub kegiatan, kode dan uraian di dua kolom, angka teks "1.234.567,00", "-" untuk nol, Sisa negatif dalam kurung, baris relasi 5 = 3 - 4, JUMLAH BELANJA, ttd',
  );
  const s = b.sheet("Realisasi s.d. Desember");
  writeRows(s, [
    ["PEMERINTAH KABUPATEN HARAPAN JAYA"],
    ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN DAN REKENING"],
    ["TAHUN ANGGARAN 2025"],
    [],
    ["Urusan Pemerintahan", null, ": 2.15 - URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN"],
    ["Unit Organisasi", null, ": 2.15.0.00.0.00.01.0000 - DINAS PERHUBUNGAN"],
    ["Periode", null, ": 1 Januari 2025 s.d. 31 Desember 2025"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran", "Realisasi", "Sisa Anggaran", "%"],
    [1, 2, 3, 4, "5 = 3 - 4", "6 = 4 / 3 x 100"],
  ]);
  [0, 1, 2, 8, 9].forEach((r) => s.boldRows.add(r));
  const sub1: Line[] = [
    { code: "5.1", name: "BELANJA OPERASI", pagu: 150000000, real: 140000000 },
    { code: "5.1.02", name: "Belanja Barang dan Jasa", pagu: 150000000, real: 140000000 },
    { code: "5.1.02.01", name: "Belanja Barang", pagu: 50000000, real: 45000000 },
    { code: "5.1.02.01.01", name: "Belanja Barang Pakai Habis", pagu: 50000000, real: 45000000 },
    { code: "5.1.02.01.01.0024", name: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", pagu: 30000000, real: 27000000 },
    { code: "5.1.02.01.01.0026", name: "Belanja Alat/Bahan untuk Kegiatan Kantor- Bahan Cetak", pagu: 20000000, real: 18000000 },
    { code: "5.1.02.02", name: "Belanja Jasa", pagu: 100000000, real: 95000000 },
    { code: "5.1.02.02.01", name: "Belanja Jasa Kantor", pagu: 100000000, real: 95000000 },
    { code: "5.1.02.02.01.0003", name: "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", pagu: 100000000, real: 95000000 },
  ];
  const sub2: Line[] = [
    { code: "5.2", name: "BELANJA MODAL", pagu: 850000000, real: 550000000 },
    { code: "5.2.02", name: "Belanja Modal Peralatan dan Mesin", pagu: 850000000, real: 550000000 },
    { code: "5.2.02.10", name: "Belanja Modal Rambu-Rambu", pagu: 850000000, real: 550000000 },
    { code: "5.2.02.10.01", name: "Belanja Modal Rambu-Rambu Lalu Lintas", pagu: 850000000, real: 550000000 },
    { code: "5.2.02.10.01.0001", name: "Belanja Modal Rambu Lalu Lintas Jalan", pagu: 300000000, real: 310000000 },
    { code: "5.2.02.10.01.0002", name: "Belanja Modal Marka Jalan", pagu: 550000000, real: 240000000 },
  ];
  const lines: Line[] = [
    { code: "2.15.0.00.0.00.01.0000", name: "DINAS PERHUBUNGAN", pagu: 1000000000, real: 690000000 },
    { code: "2.15", name: "URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN", pagu: 1000000000, real: 690000000 },
    { code: "2.15.02", name: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", pagu: 1000000000, real: 690000000 },
    { code: "2.15.02.2.01", name: "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", pagu: 150000000, real: 140000000 },
    { code: "2.15.02.2.01.0001", name: "Pelaksanaan Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota", pagu: 150000000, real: 140000000 },
    ...sub1,
    { code: "2.15.02.2.02", name: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", pagu: 850000000, real: 550000000 },
    { code: "2.15.02.2.02.0002", name: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", pagu: 850000000, real: 550000000 },
    ...sub2,
  ];
  // Planted 2 (typed): the Bahan Cetak account's realisasi 19.000.000 instead of 18.000.000; its own Sisa and % follow it.
  const typed = lines.findIndex((x) => x.code === "5.1.02.01.01.0026");
  lines[typed] = { ...lines[typed]!, real: 19000000 };
  const top = s.next;
  lines.forEach((x, i) => {
    const pct = (x.real / x.pagu) * 100;
    s.line(top + i, 0, [x.code, x.name, sipdText(x.pagu), sipdText(x.real, true), sipdText(x.pagu - x.real), idText(round(pct, 2), 2)]);
  });
  const end = top + lines.length;
  s.line(end, 0, [null, "JUMLAH BELANJA", sipdText(1000000000), sipdText(690000000), sipdText(310000000), "69,00"]);
  writeTtd(s, { ...DISHUB_TTD, role: "PENGGUNA ANGGARAN" }, end + 2, 3);
  b.tables.push({ sheet: s.name, kind: "anggaran" });
  const at = (code: string) => top + lines.findIndex((x) => x.code === code);
  // Planted 1: the rambu account spent 310.000.000 of its 300.000.000 (Sisa "(10.000.000,00)").
  b.plant(s, at("5.2.02.10.01.0001"), 3, "anggaran", "error", "realisasi rekening rambu 310.000.000 melebihi anggarannya 300.000.000");
  b.plant(s, at("5.1.02.01.01"), 3, "anggaran", "error", "realisasi rekening 5.1.02.01.01 45.000.000, padahal rinciannya 27.000.000 + 19.000.000 = 46.000.000");
  // Planted 3: the sub kegiatan's % typed 46,00 where 550 / 850 juta = 64,71.
  const r3 = at("2.15.02.2.02.0002");
  s.put(r3, 5, "46,00");
  b.plant(s, r3, 5, "anggaran", "error", "serapan sub kegiatan perlengkapan jalan ditulis 46,00, padahal 550 / 850 juta × 100 = 64,71");
  return b;
}

// --- 32: LRA with the anggaran before and after its revision --------------------------------------

function b32(): Book {
  const b = new SimpleBook(
    "32-dishub-lra-murni-perubahan",
    'LRA per akun dengan Anggaran Murni dan Anggaran Setelah Perubahan (pagu = setelah perubahan), Bertambah/(Berkurang), angka negatif dalam kurung dengan format, "-" untuk nol, pendapatan di atas target, SURPLUS/(DEFISIT), pembiayaan dan SILPA, catatan dan ttd',
  );
  const s = b.sheet("LRA 2025");
  writeRows(s, [
    ["PEMERINTAH KABUPATEN HARAPAN JAYA"],
    ["DINAS PERHUBUNGAN"],
    ["LAPORAN REALISASI ANGGARAN"],
    ["UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 DESEMBER 2025"],
    ["(Dalam Rupiah)"],
    [],
    ["Kode Rekening", "Uraian", "Anggaran Murni", "Anggaran Setelah Perubahan", "Realisasi", "Bertambah/(Berkurang)", "%", "Ref"],
  ]);
  for (let r = 0; r < 5; r++) s.merge(r, 0, r, 7);
  const rows: [string | null, string, number, number, number][] = [
    ["4", "PENDAPATAN DAERAH", 120000000, 145000000, 151860000],
    ["4.1", "PENDAPATAN ASLI DAERAH (PAD)", 120000000, 145000000, 151860000],
    ["4.1.02", "Retribusi Daerah", 120000000, 145000000, 151860000],
    ["4.1.02.01", "Retribusi Jasa Umum", 120000000, 145000000, 151860000],
    [null, "JUMLAH PENDAPATAN", 120000000, 145000000, 151860000],
    ["5", "BELANJA DAERAH", 10500000000, 10903497000, 10097306301],
    ["5.1", "BELANJA OPERASI", 10347497000, 10750497000, 9967306301],
    ["5.1.01", "Belanja Pegawai", 9400000000, 9584210000, 8871605207],
    ["5.1.02", "Belanja Barang dan Jasa", 947497000, 1166287000, 1095701094],
    ["5.1.05", "Belanja Hibah", 0, 0, 0],
    ["5.2", "BELANJA MODAL", 152503000, 153000000, 130000000],
    ["5.2.02", "Belanja Modal Peralatan dan Mesin", 152503000, 153000000, 130000000],
    [null, "JUMLAH BELANJA", 10500000000, 10903497000, 10097306301],
    [null, "SURPLUS/(DEFISIT)", 120000000 - 10500000000, 145000000 - 10903497000, 151860000 - 10097306301],
    ["6", "PEMBIAYAAN DAERAH", 0, 0, 0],
    ["6.1", "Penerimaan Pembiayaan", 0, 0, 0],
    [null, "PEMBIAYAAN NETTO", 0, 0, 0],
    [null, "SISA LEBIH PEMBIAYAAN ANGGARAN (SILPA)", 120000000 - 10500000000, 145000000 - 10903497000, 151860000 - 10097306301],
  ];
  const top = s.next;
  rows.forEach(([kode, nama, murni, perubahan, real], i) => {
    const r = top + i;
    const R = r + 1;
    s.line(r, 0, [kode, nama, murni === 0 ? "-" : murni, perubahan === 0 ? "-" : perubahan, real === 0 ? "-" : real]);
    s.put(r, 5, real - perubahan === 0 ? "-" : f(`E${R}-D${R}`, real - perubahan));
    s.put(r, 6, perubahan === 0 ? "-" : f(`E${R}/D${R}*100`, round((real / perubahan) * 100, 2)));
  });
  const end = top + rows.length;
  writeRows(s, [[], [null, "Catatan: angka dalam kurung menunjukkan nilai negatif"]], end);
  writeTtd(s, DISHUB_TTD, end + 3, 4);
  b.tables.push({ sheet: s.name, kind: "anggaran" });
  const at = (nama: string) => top + rows.findIndex((x) => x[1] === nama);
  // Planted 1: the serapan of Belanja Barang dan Jasa typed 93,59 where 1.095.701.094 / 1.166.287.000 × 100 = 93,95.
  s.put(at("Belanja Barang dan Jasa"), 6, 93.59);
  b.plant(
    s,
    at("Belanja Barang dan Jasa"),
    6,
    "anggaran",
    "error",
    "serapan belanja barang dan jasa ditulis 93,59, padahal 1.095.701.094 / 1.166.287.000 × 100 = 93,95",
  );
  // Planted 2: Belanja Pegawai's realisasi typed 8.781.605.207 (90 juta less); BELANJA OPERASI keeps 9.967.306.301.
  const rp = at("Belanja Pegawai");
  s.put(rp, 4, 8781605207);
  s.put(rp, 5, f(`E${rp + 1}-D${rp + 1}`, 8781605207 - 9584210000));
  s.put(rp, 6, f(`E${rp + 1}/D${rp + 1}*100`, round((8781605207 / 9584210000) * 100, 2)));
  b.plant(
    s,
    at("BELANJA OPERASI"),
    4,
    "anggaran",
    "error",
    "realisasi BELANJA OPERASI 9.967.306.301, padahal rinciannya 8.781.605.207 + 1.095.701.094 + 0 = 9.877.306.301",
  );
  return b;
}

// --- 33: a Renja revised during the year and a budget table with the code over five columns ------

function b33(): Book {
  const b = new SimpleBook(
    "33-dishub-renja-perubahan-kode-terpisah",
    "Evaluasi Renja dengan target Renja Murni dan Perubahan berdampingan (yang berlaku: Perubahan), Rp per triwulan ditulis kumulatif s.d. triwulan, indikator makin rendah makin baik (kondisi khusus); realisasi anggaran dengan kode terpecah di lima kolom di bawah judul Kode yang digabung dan rincian belanja tanpa kode di bawah sub kegiatan",
  );
  // The realisasi anggaran: program 2.15.02 with its two kegiatan in full.
  const a = b.sheet("Realisasi Anggaran");
  writeRows(a, [["REALISASI ANGGARAN DINAS PERHUBUNGAN TAHUN 2025"], []]);
  const AH = 2;
  a.put(AH, 0, "Kode");
  a.merge(AH, 0, AH, 4);
  ["Uraian", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan (%)"].forEach((t, i) => {
    a.put(AH, 5 + i, t);
    a.merge(AH, 5 + i, AH + 1, 5 + i);
  });
  ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan"].forEach((t, i) => a.put(AH + 1, i, t));
  a.boldRows.add(AH);
  a.boldRows.add(AH + 1);
  const budget: [Cell[], string, number, number][] = [
    [["2", "15", "02"], "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 1000000000, 940000000],
    [["2", "15", "02", "2.01"], "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 140000000],
    [["2", "15", "02", "2.01", "0001"], "Pelaksanaan Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 140000000],
    [[], "Honorarium Narasumber atau Pembahas", 50000000, 45000000],
    [[], "Belanja Jasa Tenaga Ahli", 100000000, 95000000],
    [["2", "15", "02", "2.02"], "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 850000000, 800000000],
    [["2", "15", "02", "2.02", "0001"], "Pembangunan Prasarana Jalan di Jalan Kabupaten/Kota", 350000000, 330000000],
    [["2", "15", "02", "2.02", "0002"], "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 500000000, 470000000],
    [[], "Belanja Modal Rambu Lalu Lintas", 500000000, 470000000],
  ];
  // Planted 2 (typed): sub kegiatan 2.15.02.2.02.0002's realisasi 475.000.000, 5 juta above what its kegiatan holds; its serapan follows it.
  budget[7] = [budget[7]![0], budget[7]![1], 500000000, 475000000];
  const atop = AH + 2;
  budget.forEach(([code, name, pagu, real], i) => {
    const r = atop + i;
    a.line(r, 0, [...code, ...Array(5 - code.length).fill(null), name, pagu, real]);
    a.put(r, 8, f(`H${r + 1}/G${r + 1}*100`, round((real / pagu) * 100, 2)));
  });
  const aend = atop + budget.length;
  a.line(aend, 5, ["JUMLAH", 1000000000, 940000000, f(`H${aend + 1}/G${aend + 1}*100`, 94)]);
  b.tables.push({ sheet: a.name, kind: "anggaran" });
  b.plant(a, atop + 5, 7, "anggaran", "error", "realisasi kegiatan 2.15.02.2.02 800.000.000, padahal sub kegiatannya 330.000.000 + 475.000.000 = 805.000.000");

  // The Evaluasi Renja: the Renja's target before (Murni) and after its revision (Perubahan), both K and Rp.
  const s = b.sheet("Evaluasi Renja 2025");
  writeRows(s, [["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH"], ["DINAS PERHUBUNGAN KABUPATEN HARAPAN JAYA TAHUN 2025"], []]);
  const H = 3;
  const one = (c: number, t: string) => {
    s.put(H, c, t);
    s.merge(H, c, H + 1, c);
  };
  const pair = (c: number, t: string) => {
    s.put(H, c, t);
    s.merge(H, c, H, c + 1);
    s.put(H + 1, c, "K");
    s.put(H + 1, c + 1, "Rp");
  };
  one(0, "No");
  one(1, "Kode");
  one(2, "Program/Kegiatan/Sub Kegiatan");
  one(3, "Indikator Kinerja");
  one(4, "Satuan");
  pair(5, "Target Renstra PD Tahun 2026");
  pair(7, "Realisasi Capaian Kinerja Renstra PD s.d. Tahun Lalu (2024)");
  pair(9, "Target Kinerja dan Anggaran Renja Tahun 2025 (Murni)");
  pair(11, "Target Kinerja dan Anggaran Renja Tahun 2025 (Perubahan)");
  ["I", "II", "III", "IV"].forEach((q, i) => pair(13 + 2 * i, `Realisasi Kinerja Triwulan ${q}`));
  pair(21, "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi");
  pair(23, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)");
  pair(25, "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2025");
  pair(27, "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2025 (%)");
  s.boldRows.add(H);
  s.boldRows.add(H + 1);
  interface Row {
    code: string;
    name: string;
    ind: string;
    sat: string;
    renstra: KRp;
    lalu: KRp;
    murni: KRp;
    target: KRp;
    /** K of each quarter (its own), Rp up to each quarter. */
    twK: number[];
    twRp: number[];
    lower?: boolean;
  }
  const rows: Row[] = [
    {
      code: "2.15.02",
      name: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Jumlah kecelakaan lalu lintas di jalan kabupaten",
      sat: "Kejadian",
      renstra: [500, 5000000000],
      lalu: [300, 3100000000],
      murni: [130, 900000000],
      target: [120, 1000000000],
      twK: [30, 25, 25, 20],
      twRp: [150000000, 420000000, 700000000, 940000000],
      lower: true,
    },
    {
      code: "2.15.02.2.01",
      name: "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      ind: "Jumlah dokumen rencana induk jaringan LLAJ yang ditetapkan",
      sat: "Dokumen",
      renstra: [1, 400000000],
      lalu: [0, 150000000],
      murni: [1, 100000000],
      target: [1, 150000000],
      twK: [0, 0, 0, 1],
      twRp: [20000000, 60000000, 100000000, 140000000],
    },
    {
      code: "2.15.02.2.01.0001",
      name: "Pelaksanaan Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      ind: "Jumlah Dokumen Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      sat: "Dokumen",
      renstra: [1, 400000000],
      lalu: [0, 150000000],
      murni: [1, 100000000],
      target: [1, 150000000],
      twK: [0, 0, 0, 1],
      twRp: [20000000, 60000000, 100000000, 140000000],
    },
    {
      code: "2.15.02.2.02",
      name: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah perlengkapan jalan yang disediakan",
      sat: "Unit",
      renstra: [500, 4600000000],
      lalu: [250, 2950000000],
      murni: [90, 800000000],
      target: [100, 850000000],
      twK: [10, 30, 30, 30],
      twRp: [130000000, 360000000, 600000000, 800000000],
    },
  ];
  const top = H + 2;
  rows.forEach((x, i) => {
    const r = top + i;
    const R = r + 1;
    s.line(r, 0, [i + 1, x.code, x.name, x.ind, x.sat, x.renstra[0], x.renstra[1], x.lalu[0], x.lalu[1], x.murni[0], x.murni[1], x.target[0], x.target[1]]);
    x.twK.forEach((k, q) => s.put(r, 13 + 2 * q, k));
    x.twRp.forEach((v, q) => s.put(r, 14 + 2 * q, v));
    const k13 = x.twK.reduce((p, q) => p + q, 0);
    const rp13 = x.twRp[3]!;
    s.put(r, 21, f(`N${R}+P${R}+R${R}+T${R}`, k13));
    s.put(r, 22, f(`U${R}`, rp13));
    const t = x.target[0];
    s.put(r, 23, x.lower ? f(`(2*L${R}-V${R})/L${R}*100`, round(((2 * t - k13) / t) * 100, 2)) : f(`V${R}/L${R}*100`, round((k13 / t) * 100, 2)));
    s.put(r, 24, f(`W${R}/M${R}*100`, round((rp13 / x.target[1]) * 100, 2)));
    s.put(r, 25, f(`H${R}+V${R}`, x.lalu[0] + k13));
    s.put(r, 26, f(`I${R}+W${R}`, x.lalu[1] + rp13));
    const k15 = x.lalu[0] + k13;
    s.put(
      r,
      27,
      x.lower
        ? f(`(2*F${R}-Z${R})/F${R}*100`, round(((2 * x.renstra[0] - k15) / x.renstra[0]) * 100, 2))
        : f(`Z${R}/F${R}*100`, round((k15 / x.renstra[0]) * 100, 2)),
    );
    s.put(r, 28, f(`AA${R}/G${R}*100`, round(((x.lalu[1] + rp13) / x.renstra[1]) * 100, 2)));
  });
  b.tables.push({ sheet: s.name, kind: "renja" });
  // Planted 1: the program's Renja anggaran (Perubahan) typed 1.010.000.000, 10 juta above its two kegiatan, which the
  // realisasi anggaran lists in full; its tingkat capaian Rp is a formula and follows.
  s.put(top, 12, 1010000000);
  s.put(top, 24, f(`W${top + 1}/M${top + 1}*100`, round((940000000 / 1010000000) * 100, 2)));
  b.plant(
    s,
    top,
    12,
    "renja-anggaran",
    "error",
    "anggaran Renja (Perubahan) program 2.15.02 ditulis 1.010.000.000, padahal kegiatannya 150.000.000 + 850.000.000",
  );
  return b;
}

// --- 34: a monthly realisasi with a column a level, and accounts beside a repeated sub kegiatan code -------

function b34(): Book {
  const b = new SimpleBook(
    "34-dishub-realisasi-bulanan",
    "laporan realisasi bulanan: Program | Kegiatan | Sub Kegiatan satu kolom per tingkat, Realisasi s.d. Bulan Lalu / Bulan Ini / s.d. Bulan Ini, Selisih ditulis realisasi − anggaran, JUMLAH per urusan lalu JUMLAH TOTAL diulang; sheet rekening dengan Kode Sub Kegiatan berulang di samping Kode Rekening",
  );
  const s = b.sheet("Juni 2025");
  writeRows(s, [["LAPORAN REALISASI FISIK DAN KEUANGAN BULAN JUNI 2025"], ["DINAS PERHUBUNGAN KABUPATEN HARAPAN JAYA"], []]);
  s.line(s.next, 0, [
    "No",
    "Program",
    "Kegiatan",
    "Sub Kegiatan",
    "Jumlah Anggaran (Rp)",
    "Realisasi s.d. Bulan Lalu (Rp)",
    "Realisasi Bulan Ini (Rp)",
    "Realisasi s.d. Bulan Ini (Rp)",
    "Selisih (Rp)",
    "%",
  ]);
  s.boldRows.add(3);
  // [level, name, anggaran, s.d. bulan lalu, bulan ini]
  type M = [0 | 1 | 2 | "sum", string, number, number, number];
  const rows: M[] = [
    [0, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 4300000000, 1800000000, 200000000],
    [1, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 100000000, 40000000, 10000000],
    [2, "Penyusunan Dokumen Perencanaan Perangkat Daerah", 50000000, 20000000, 5000000],
    [2, "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", 50000000, 20000000, 5000000],
    [1, "Administrasi Keuangan Perangkat Daerah", 4200000000, 1760000000, 190000000],
    [2, "Penyediaan Gaji dan Tunjangan ASN", 4200000000, 1760000000, 190000000],
    ["sum", "JUMLAH PROGRAM PENUNJANG", 4300000000, 1800000000, 200000000],
    [0, "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)", 1000000000, 250000000, 50000000],
    [1, "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 20000000, 5000000],
    [2, "Pelaksanaan Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota", 150000000, 20000000, 5000000],
    [1, "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 850000000, 230000000, 45000000],
    [2, "Pembangunan Prasarana Jalan di Jalan Kabupaten/Kota", 350000000, 100000000, 20000000],
    [2, "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 500000000, 130000000, 25000000],
    ["sum", "JUMLAH PROGRAM LLAJ", 1000000000, 250000000, 50000000],
    ["sum", "JUMLAH TOTAL", 5300000000, 2050000000, 250000000],
    ["sum", "JUMLAH TOTAL", 5300000000, 2050000000, 250000000],
  ];
  const top = s.next;
  let no = 0;
  rows.forEach(([lv, name, pagu, lalu, ini], i) => {
    const r = top + i;
    const R = r + 1;
    if (lv === 0) s.put(r, 0, ++no);
    s.put(r, lv === "sum" ? 1 : 1 + lv, name);
    s.line(r, 4, [pagu, lalu, ini]);
    s.put(r, 7, f(`F${R}+G${R}`, lalu + ini));
    s.put(r, 8, f(`H${R}-E${R}`, lalu + ini - pagu));
    s.put(r, 9, f(`H${R}/E${R}*100`, round(((lalu + ini) / pagu) * 100, 2)));
  });
  b.tables.push({ sheet: s.name, kind: "anggaran" });
  // Planted 1: the sub kegiatan Pembangunan Prasarana Jalan's realisasi s.d. bulan ini typed 125.000.000 over its
  // formula (its Selisih and % follow it); its kegiatan keeps 275.000.000 where 125 + 155 = 280 juta.
  const sub = top + 11;
  s.put(sub, 7, 125000000);
  s.put(sub, 8, f(`H${sub + 1}-E${sub + 1}`, 125000000 - 350000000));
  s.put(sub, 9, f(`H${sub + 1}/E${sub + 1}*100`, round((125000000 / 350000000) * 100, 2)));
  b.plant(
    s,
    top + 10,
    7,
    "anggaran",
    "error",
    "realisasi s.d. bulan ini kegiatan perlengkapan jalan 275.000.000, padahal sub kegiatannya 125.000.000 + 155.000.000",
  );
  // Planted 2: a sub kegiatan's % typed 30 where 25 / 50 juta × 100 = 50.
  const p = top + 3;
  s.put(p, 9, 30);
  b.plant(s, p, 9, "anggaran", "error", "persentase laporan capaian kinerja ditulis 30, padahal 25.000.000 / 50.000.000 × 100 = 50");

  // The accounts, each row repeating its sub kegiatan's code.
  const a = b.sheet("Rekening");
  writeRows(a, [["REALISASI PER REKENING S.D. JUNI 2025"], []]);
  a.line(2, 0, ["Kode Sub Kegiatan", "Kode Rekening", "Uraian", "Anggaran", "Realisasi", "%"]);
  a.boldRows.add(2);
  const acc: [string, string | null, string, number, number][] = [
    ["2.15.02.2.02.0001", null, "Pembangunan Prasarana Jalan di Jalan Kabupaten/Kota", 350000000, 120000000],
    ["2.15.02.2.02.0001", "5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", 50000000, 20000000],
    ["2.15.02.2.02.0001", "5.2.02.10.01.0001", "Belanja Modal Rambu Lalu Lintas Jalan", 300000000, 100000000],
    ["2.15.02.2.02.0002", null, "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota", 500000000, 155000000],
    ["2.15.02.2.02.0002", "5.2.02.10.01.0002", "Belanja Modal Marka Jalan", 500000000, 165000000],
  ];
  acc.forEach(([ks, kr, name, pagu, real], i) => {
    const r = 3 + i;
    a.line(r, 0, [ks, kr, name, pagu, real, round((real / pagu) * 100, 2)]);
  });
  b.tables.push({ sheet: a.name, kind: "anggaran" });
  // Planted 3: the marka account's realisasi 165.000.000 where its sub kegiatan holds 155.000.000.
  b.plant(a, 6, 4, "anggaran", "error", "realisasi sub kegiatan 2.15.02.2.02.0002 155.000.000, padahal rekeningnya 165.000.000");
  return b;
}

export function renjaSipdBooks(): Book[] {
  return [b30(), b31(), b32(), b33(), b34()];
}
