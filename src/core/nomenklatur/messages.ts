/**
 * The sentences about the nomenclature a user reads, in Bahasa Indonesia. Kept here rather than
 * in core/messages.ts so that the nomenclature stays one module.
 */
import { clip } from "../messages";
import type { JenisPemda } from "./lookup";

const LIST = "daftar nomenklatur sub kegiatan (Kepmendagri 050-5889/2021 dan pemutakhirannya)";
export const pemdaWords = (j: JenisPemda) => (j === "PROV" ? "provinsi" : "kabupaten/kota");

export const nomenklaturMsg = {
  notACode: (text: string) =>
    text.trim() === ""
      ? 'Argumen "kode" kosong. Isi kode sub kegiatan, mis. 1.02.02.2.01.0001.'
      : `"${clip(text)}" bukan kode nomenklatur. Tulis kode sub kegiatan seperti 1.02.02.2.01.0001 (atau kode bidang, program, kegiatan).`,
  notFound: (kode: string) => `Kode ${kode} tidak ada dalam ${LIST}.`,
  otherJenis: (kode: string, asked: JenisPemda) =>
    `Kode ${kode} hanya tercantum untuk ${pemdaWords(asked === "PROV" ? "KABKOT" : "PROV")}, tidak untuk ${pemdaWords(asked)}.`,
  ambiguous: (kode: string, kolom: string, prov: string, kabkot: string) =>
    `Kode ${kode} berbeda untuk provinsi dan kabupaten/kota (${kolom}: "${clip(prov)}" dan "${clip(kabkot)}"). ` +
    `Isi argumen jenis_pemda dengan "provinsi" atau "kabupaten/kota".`,
  noSatuan: (kode: string) => `${LIST[0]!.toUpperCase()}${LIST.slice(1)} tidak mencantumkan satuan untuk kode ${kode}.`,
  subOnly: (kode: string, kolom: string) => `Kode ${kode} adalah kode bidang, program atau kegiatan; ${kolom} hanya ada untuk kode sub kegiatan.`,
  renumbered: (lama: string, baru: string) => `Kode ${lama} sudah diganti menjadi ${baru}; nilai yang ditampilkan adalah untuk ${baru}.`,
  current: (kode: string) => `Kode ${kode} berlaku.`,
  penunjang: (kode: string, resmi: string) => `Kode ${kode} adalah kode program penunjang; dalam daftar tertulis ${resmi}.`,
  notLoaded: (detail: string) => `Daftar nomenklatur tidak dapat dimuat (${clip(detail)}). Muat ulang add-in lalu coba lagi.`,
};
