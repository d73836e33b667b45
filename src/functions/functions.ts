/**
 * The SAKIP custom functions. Each is a thin wrapper: it reads Excel's arguments, calls the core
 * and turns failures into Excel errors with a message in Bahasa Indonesia. The JSDoc below is the
 * help text Excel shows; custom-functions-metadata-plugin turns it into functions.json and
 * registers the functions (do not call CustomFunctions.associate by hand).
 */
import "./outside-excel";
import { parseAnswers, parseNrrList } from "../core/answers";
import {
  ACCUMULATION_ALIASES,
  KATEGORI_ALIASES,
  POLARITY_ALIASES,
  accumulate,
  capaian as capaianCore,
  efisiensi as efisiensiCore,
  ikmFromAnswers,
  ikmFromNrr,
  kategori as kategoriCore,
  mutuSkm,
  nrrPerUnsur,
  predikatSakip,
  serapan as serapanCore,
  statusEfisiensi,
  type Grade,
  type Weight,
} from "../core/formulas";
import { msg } from "../core/messages";
import { loadNomenklatur, type JenisPemda, type Nomenklatur } from "../core/nomenklatur";
import { nomenklaturMsg } from "../core/nomenklatur/messages";
import { nomenklaturValue, type Kolom } from "../core/nomenklatur/value";
import { parseNumber } from "../core/numbers";
import type { Result } from "../core/result";
import { ArgumentError, amount, cell, excel, excelAsync, isExcelError, matrix, num, omitted, option, raise } from "./args";

/*
 * The option arguments' custom enums: an Excel that supports custom enums lists their members in
 * the formula AutoComplete menu. The metadata is custom-functions-metadata's own output and
 * validates against Microsoft's schema (test/addin/functions-metadata.test.ts); how a real Excel,
 * with or without custom enums, shows it is not verified here, as no Excel runs in these tests.
 *
 * An enum only suggests (Microsoft documents the members as AutoComplete suggestions): whatever
 * the user typed still reaches the function, and option() below still
 * matches it against every alias ("Negatif", "kab/kota", "rata rata", "+", ...), so existing
 * formulas keep their results. A parameter typed by an enum is declared "string" in
 * functions.json instead of "any". For these text options nothing that worked before depends on
 * that: every accepted value is text, a blank (null or "") still means the default, and a number
 * or TRUE, refused before, is refused whichever way it arrives.
 *
 * IKM's and IKM_NRR's bobot has no enum on purpose: users give it as a number (0,111 or 0,11) or
 * as the text "1/n". A number enum cannot hold "1/n", and a "string" parameter could have Excel
 * hand the numbers over as text; bobot stays "any" so they arrive as numbers, as before.
 *
 * The enums are not exported: functions.ts exports exactly the custom functions.
 */

/**
 * Polaritas indikator untuk CAPAIAN.
 * @customenum {string}
 */
enum POLARITAS {
  /** Bawaan. Makin tinggi makin baik: realisasi/target×100. */
  positif = "positif",
  /** Makin rendah makin baik: (2×target−realisasi)/target×100. */
  negatif = "negatif",
  /** Makin rendah makin baik, dihitung target/realisasi×100. */
  target_realisasi = "target/realisasi",
}

/**
 * Skala kategori capaian untuk KATEGORI.
 * @customenum {string}
 */
enum SKALA_KATEGORI {
  /** Bawaan. Permendagri 86/2017, batas bawah ikut: ≥91, ≥76, ≥66, ≥51. */
  permendagri = "permendagri",
  /** Batas bawah tidak ikut: >90, >75, >65, >50, seperti sebagian aplikasi e-monev. */
  lebih_dari = "lebih-dari",
}

/**
 * Bentuk hasil MUTU dan PREDIKAT.
 * @customenum {string}
 */
enum TAMPILAN {
  /** Bawaan. Hurufnya saja, mis. A atau BB. */
  huruf = "huruf",
  /** Keterangannya saja, mis. Sangat Baik. */
  kata = "kata",
  /** Huruf dan keterangan, mis. A (Sangat Baik). */
  lengkap = "lengkap",
}

/**
 * Cara mengakumulasi nilai triwulan untuk AKUMULASI.
 * @customenum {string}
 */
enum METODE_AKUMULASI {
  /** Jumlah nilai triwulan yang terisi. */
  kumulatif = "kumulatif",
  /** Nilai triwulan terakhir yang terisi. */
  akhir = "akhir",
  /** Rata-rata nilai triwulan yang terisi. */
  rata_rata = "rata-rata",
}

/**
 * Kolom daftar nomenklatur yang diambil NOMENKLATUR.
 * @customenum {string}
 */
enum KOLOM_NOMENKLATUR {
  /** Bawaan. Nama sub kegiatan (atau nama bidang, program, kegiatan). */
  nama = "nama",
  /** Indikator sub kegiatan. */
  indikator = "indikator",
  /** Satuan indikator. */
  satuan = "satuan",
  /** Kinerja sub kegiatan. */
  kinerja = "kinerja",
  /** Nama program induknya. */
  program = "program",
  /** Nama kegiatan induknya. */
  kegiatan = "kegiatan",
  /** Kode yang berlaku, mis. kode baru dari kode lama. */
  kode = "kode",
  /** Status kode. */
  keterangan = "keterangan",
}

/**
 * Jenis pemerintah daerah untuk NOMENKLATUR dan SATUAN_RESMI.
 * @customenum {string}
 */
enum JENIS_PEMDA {
  /** Pemerintah provinsi. */
  provinsi = "provinsi",
  /** Pemerintah kabupaten atau kota. */
  kabupaten_kota = "kabupaten/kota",
}

function value<T>(r: Result<T>): T {
  return r.ok ? r.value : raise(r);
}

/** Throws the first Excel error found in a range, so errors in input ranges propagate. */
function propagateErrors(cells: unknown[][]): void {
  for (const row of cells) for (const v of row) if (isExcelError(v)) throw v;
}

function weight(arg: unknown): Weight {
  if (omitted(arg)) return "1/n";
  if (typeof arg === "string" && ["1/n", "tepat", "otomatis"].includes(arg.trim().toLowerCase())) return "1/n";
  const p = parseNumber(arg, "index", "bobot");
  if (!p.ok || p.value <= 0 || p.value > 1) throw new ArgumentError("value", msg.weightInvalid(String(arg)));
  return p.value;
}

const DISPLAY_ALIASES: Record<string, "huruf" | "kata" | "lengkap"> = {
  huruf: "huruf",
  kata: "kata",
  keterangan: "kata",
  lengkap: "lengkap",
};

function showGrade(g: Grade, display: unknown): string {
  const d = option(display, "tampilan", DISPLAY_ALIASES, "huruf");
  return d === "huruf" ? g.letter : d === "kata" ? g.words : `${g.letter} (${g.words})`;
}

/**
 * Menghitung persentase capaian kinerja dari realisasi dan target. Tanpa batas atas 100%.
 * @customfunction CAPAIAN
 * @param realisasi Realisasi (capaian nyata) indikator. Boleh angka atau teks seperti "93,85".
 * @param target Target indikator. Target 0 menghasilkan #DIV/0!.
 * @param [polaritas] "positif" (bawaan: makin tinggi makin baik, realisasi/target×100), "negatif" (makin rendah makin baik, (2×target−realisasi)/target×100) atau "target/realisasi".
 * @returns Persentase capaian, mis. 102,57.
 */
export function capaian(realisasi: any, target: any, polaritas?: POLARITAS): number {
  return excel(() => value(capaianCore(num(realisasi, "realisasi"), num(target, "target"), option(polaritas, "polaritas", POLARITY_ALIASES, "positif"))));
}

/**
 * Kategori capaian kinerja menurut skala Permendagri 86/2017: Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah.
 * @customfunction KATEGORI
 * @param capaian Persentase capaian, mis. 102,57.
 * @param [skala] "permendagri" (bawaan: batas bawah ≥91, ≥76, ≥66, ≥51) atau "lebih-dari" (>90, >75, >65, >50 seperti sebagian aplikasi e-monev).
 * @returns Kategori capaian.
 */
export function kategori(capaian: any, skala?: SKALA_KATEGORI): string {
  return excel(() => kategoriCore(num(capaian, "capaian", "percent"), option(skala, "skala", KATEGORI_ALIASES, "permendagri")));
}

/**
 * Mutu pelayanan SKM (PermenPANRB 14/2017) dari nilai IKM 25–100: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik.
 * @customfunction MUTU
 * @param ikm Nilai IKM unit pelayanan (nilai konversi 25–100), dibulatkan 2 desimal sebelum digolongkan.
 * @param [tampilan] "huruf" (bawaan, mis. A), "kata" (mis. Sangat Baik) atau "lengkap" (mis. A (Sangat Baik)).
 * @returns Mutu pelayanan.
 */
export function mutu(ikm: any, tampilan?: TAMPILAN): string {
  return excel(() => showGrade(value(mutuSkm(num(ikm, "ikm", "index"))), tampilan));
}

/**
 * Predikat hasil evaluasi SAKIP (PermenPANRB 88/2021) dari nilai 0–100: AA, A, BB, B, CC, C, D.
 * @customfunction PREDIKAT
 * @param nilai Nilai hasil evaluasi AKIP, 0–100.
 * @param [tampilan] "huruf" (bawaan, mis. BB), "kata" (mis. Sangat Baik) atau "lengkap".
 * @returns Predikat SAKIP.
 */
export function predikat(nilai: any, tampilan?: TAMPILAN): string {
  return excel(() => showGrade(value(predikatSakip(num(nilai, "nilai", "index"))), tampilan));
}

/**
 * Indeks Kepuasan Masyarakat unit pelayanan (25–100) dari jawaban mentah SKM (PermenPANRB 14/2017).
 * @customfunction IKM
 * @param jawaban Rentang jawaban: satu baris per responden, satu kolom per unsur, nilai 1–4. Sel kosong tidak ikut dihitung.
 * @param [bobot] "1/n" (bawaan: tepat 1 dibagi jumlah unsur), 0,111 atau 0,11.
 * @returns IKM unit pelayanan, mis. 93,853.
 */
export function ikm(jawaban: any[][], bobot?: any): number {
  return excel(() => {
    const cells = matrix(jawaban);
    propagateErrors(cells);
    return value(ikmFromAnswers(value(parseAnswers(cells)), weight(bobot)));
  });
}

/**
 * Nilai Rata-rata (NRR) tiap unsur dari jawaban mentah SKM, sebagai satu baris (tumpah ke kanan).
 * @customfunction NRR
 * @param jawaban Rentang jawaban: satu baris per responden, satu kolom per unsur, nilai 1–4. Sel kosong tidak ikut dihitung.
 * @returns NRR per unsur.
 */
export function nrr(jawaban: any[][]): number[][] {
  return excel(() => {
    const cells = matrix(jawaban);
    propagateErrors(cells);
    return [value(nrrPerUnsur(value(parseAnswers(cells))))];
  });
}

/**
 * IKM unit pelayanan (25–100) dari NRR per unsur yang sudah dihitung: Σ(NRR × bobot) × 25.
 * @customfunction IKM_NRR
 * @param nrr Rentang NRR per unsur (satu baris atau satu kolom), nilai 1–4.
 * @param [bobot] "1/n" (bawaan), 0,111 atau 0,11.
 * @returns IKM unit pelayanan.
 */
export function ikm_nrr(nrr: any[][], bobot?: any): number {
  return excel(() => {
    const cells = matrix(nrr);
    propagateErrors(cells);
    return ikmFromNrr(value(parseNrrList(cells)), weight(bobot));
  });
}

/**
 * Persentase serapan anggaran: realisasi / pagu × 100.
 * @customfunction SERAPAN
 * @param realisasi Realisasi anggaran (Rp), angka atau teks seperti "Rp 9.804.856.607".
 * @param pagu Pagu anggaran (Rp). Pagu 0 menghasilkan #DIV/0!.
 * @returns Persentase serapan, mis. 92,50.
 */
export function serapan(realisasi: any, pagu: any): number {
  return excel(() => value(serapanCore(amount(realisasi, "realisasi"), amount(pagu, "pagu"))));
}

/**
 * Efisiensi anggaran seperti pada LKjIP: 100 − persentase serapan.
 * @customfunction EFISIENSI
 * @param realisasi Realisasi anggaran (Rp).
 * @param pagu Pagu anggaran (Rp).
 * @returns Persentase efisiensi, mis. 3,85.
 */
export function efisiensi(realisasi: any, pagu: any): number {
  return excel(() => value(efisiensiCore(amount(realisasi, "realisasi"), amount(pagu, "pagu"))));
}

/**
 * Keterangan efisiensi: "Efisien" bila capaian kinerja ≥ capaian (serapan) anggaran, selain itu "Tidak Efisien".
 * @customfunction STATUS_EFISIENSI
 * @param capaian_kinerja Persentase capaian kinerja, mis. 102,57.
 * @param capaian_anggaran Persentase serapan anggaran, mis. 96,15.
 * @returns Efisien atau Tidak Efisien.
 */
export function status_efisiensi(capaian_kinerja: any, capaian_anggaran: any): string {
  return excel(() => statusEfisiensi(num(capaian_kinerja, "capaian_kinerja", "percent"), num(capaian_anggaran, "capaian_anggaran", "percent")));
}

/**
 * Akumulasi nilai triwulan I–IV menurut sifat indikator: kumulatif, nilai akhir atau rata-rata. Sel kosong dilewati.
 * @customfunction AKUMULASI
 * @param nilai Rentang nilai triwulan (mis. TW I sampai TW IV).
 * @param metode Wajib: "kumulatif" (jumlah), "akhir" (nilai triwulan terakhir yang terisi) atau "rata-rata".
 * @returns Nilai akumulasi.
 */
export function akumulasi(nilai: any[][], metode: METODE_AKUMULASI): number {
  return excel(() => {
    if (omitted(metode)) throw new ArgumentError("value", msg.accumulationRequired());
    const method = option(metode, "metode", ACCUMULATION_ALIASES, "kumulatif");
    const cells = matrix(nilai);
    propagateErrors(cells);
    const values: (number | null)[] = [];
    let pos = 0;
    for (const row of cells) {
      for (const v of row) {
        pos++;
        const p = parseNumber(v, "value", `nilai ke-${pos}`);
        if (!p.ok && p.blank) values.push(null);
        else if (!p.ok) throw new ArgumentError("value", p.reason);
        else values.push(p.value);
      }
    }
    return value(accumulate(values, method));
  });
}

const KOLOM_ALIASES: Record<string, Kolom> = {
  nama: "nama",
  "nama sub kegiatan": "nama",
  "sub kegiatan": "nama",
  indikator: "indikator",
  satuan: "satuan",
  kinerja: "kinerja",
  program: "program",
  kegiatan: "kegiatan",
  kode: "kode",
  "kode baru": "kode",
  keterangan: "keterangan",
};

const PEMDA_ALIASES: Record<string, "provinsi" | "kabupaten/kota"> = {
  provinsi: "provinsi",
  prov: "provinsi",
  "kabupaten/kota": "kabupaten/kota",
  "kab/kota": "kabupaten/kota",
  kabkot: "kabupaten/kota",
  kabupaten: "kabupaten/kota",
  kota: "kabupaten/kota",
};

function jenisPemda(arg: unknown): JenisPemda | undefined {
  const p = option<"provinsi" | "kabupaten/kota" | undefined>(arg, "jenis_pemda", PEMDA_ALIASES, undefined);
  return p === undefined ? undefined : p === "provinsi" ? "PROV" : "KABKOT";
}

/** The list, loaded (a separate chunk of about 2 MB) the first time a function needs it. */
async function list(): Promise<Nomenklatur> {
  try {
    return await loadNomenklatur();
  } catch (e) {
    throw new ArgumentError("na", nomenklaturMsg.notLoaded(e instanceof Error ? e.message : String(e)));
  }
}

/**
 * Nomenklatur resmi sub kegiatan (Kepmendagri 050-5889/2021 dan pemutakhirannya) dari kodenya: nama, indikator, satuan, kinerja, program atau kegiatannya.
 * @customfunction NOMENKLATUR
 * @param kode Kode sub kegiatan, mis. "1.02.02.2.01.0001". Penulisan nol lain (1.2.2.2.1.1), kode penunjang bidang mana pun (7.01.01.2.01.0001 = X.XX.01.2.01.0001) dan kode lama sebelum penomoran ulang juga dikenali. Kode bidang, program atau kegiatan memberi namanya.
 * @param [kolom] "nama" (bawaan), "indikator", "satuan", "kinerja", "program", "kegiatan", "kode" (kode yang berlaku, mis. kode baru dari kode lama) atau "keterangan" (status kode).
 * @param [jenis_pemda] "provinsi" atau "kabupaten/kota". Perlu bila kode yang sama berarti sub kegiatan yang berbeda untuk keduanya.
 * @returns Nilai dari daftar nomenklatur; #N/A dengan keterangan bila kode tidak ada.
 */
export async function nomenklatur(kode: any, kolom?: KOLOM_NOMENKLATUR, jenis_pemda?: JENIS_PEMDA): Promise<string> {
  return excelAsync(async () => {
    const k = cell(kode, "kode");
    const column = option(kolom, "kolom", KOLOM_ALIASES, "nama");
    const jenis = jenisPemda(jenis_pemda);
    return value(nomenklaturValue(await list(), k, column, jenis));
  });
}

/**
 * Satuan resmi indikator sub kegiatan menurut daftar nomenklatur (Kepmendagri 050-5889/2021 dan pemutakhirannya).
 * @customfunction SATUAN_RESMI
 * @param kode Kode sub kegiatan, mis. "X.XX.01.2.01.0001" atau "7.01.01.2.01.0001"; penulisan nol lain dan kode lama juga dikenali.
 * @param [jenis_pemda] "provinsi" atau "kabupaten/kota". Perlu bila satuan kode itu berbeda untuk keduanya.
 * @returns Satuan resmi, mis. Dokumen.
 */
export async function satuan_resmi(kode: any, jenis_pemda?: JENIS_PEMDA): Promise<string> {
  return excelAsync(async () => {
    const k = cell(kode, "kode");
    const jenis = jenisPemda(jenis_pemda);
    return value(nomenklaturValue(await list(), k, "satuan", jenis));
  });
}
