/**
 * What the pane and the report sheet call each rule's findings: the problem, in a few words
 * ("Target tahunan berbeda", "Capaian salah hitung"), not a topic ("Aritmetika anggaran") nor a
 * phrase that reads as an instruction ("Sel wajib kosong" read as "the cell must be empty").
 * A rule without an entry here is shown by its own meta title.
 */
import { RULES } from "./rules";

const PROBLEM_TITLE: Readonly<Record<string, string>> = {
  "target-tahunan": "Target tahunan berbeda",
  "target-triwulan": "Target triwulan berbeda",
  satuan: "Satuan berbeda",
  "indikator-hilang": "Indikator tidak ada di dokumen lain",
  "realisasi-triwulan": "Realisasi triwulan berbeda",
  "renja-realisasi-triwulan": "Realisasi triwulan Renja berbeda dengan PKPK/PPS",
  capaian: "Capaian salah hitung",
  kategori: "Kategori capaian tidak sesuai",
  "triwulan-kumulatif": "Target triwulan tidak sesuai akumulasi",
  anggaran: "Jumlah anggaran tidak cocok",
  "anggaran-pkpk": "Jumlah anggaran PKPK tidak cocok",
  skm: "Perhitungan SKM/IKM salah",
  "tidak-terbaca": "Sel tidak terbaca",
  "sel-kosong": "Isian wajib belum diisi",
  "indikator-ganda": "Indikator tertulis dua kali",
  "indikator-mirip": "Nama indikator berbeda tipis",
  "angka-teks": "Angka tersimpan sebagai teks",
  "renja-anggaran": "Anggaran Evaluasi Renja tidak cocok",
  "renja-relasi": "Kolom Evaluasi Renja salah hitung",
};

const META_TITLE: ReadonlyMap<string, string> = new Map(RULES.map((r) => [r.meta.id, r.meta.title]));

/** The title a reader sees for a rule's findings; the id itself only for a rule nobody knows. */
export function ruleTitle(id: string): string {
  return PROBLEM_TITLE[id] ?? META_TITLE.get(id) ?? id;
}
