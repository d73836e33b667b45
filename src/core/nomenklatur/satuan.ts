/**
 * Comparing a satuan written in a file with the official one. Files write units loosely: "Dok",
 * "Dok.", "dokumen", "Lap.", "Orang / Bulan", "UNIT". An abbreviation or a difference of case,
 * spacing or punctuation is the same unit ("sama-ejaan"); a different word is a different unit
 * ("beda"). The abbreviations below come from the satuan the official list itself uses (its 210
 * spellings hold "Ha" and "Hektar", "KK" and "Kepala Keluarga", "Kab/Kota" and "Kabupaten/Kota",
 * "SR" and "Sambungan Rumah (SR)", the typo "Doumen") and the usual short forms of reports.
 */

/** Short forms and variant spellings → the word(s) they stand for. Keys are lower case. */
export const SATUAN_ABBREVIATIONS: Readonly<Record<string, string>> = {
  // common short forms in reports
  dok: "dokumen",
  dokumn: "dokumen",
  doc: "dokumen",
  lap: "laporan",
  lapor: "laporan",
  keg: "kegiatan",
  kgt: "kegiatan",
  org: "orang",
  bln: "bulan",
  thn: "tahun",
  th: "tahun",
  pkt: "paket",
  bh: "buah",
  eks: "eksemplar",
  eksp: "eksemplar",
  expl: "eksemplar",
  lbr: "lembar",
  lmbr: "lembar",
  klp: "kelompok",
  lbg: "lembaga",
  bks: "berkas",
  "%": "persen",
  persentase: "persen",
  prosen: "persen",
  // forms the official list itself uses for one unit
  doumen: "dokumen",
  organiasasi: "organisasi",
  obyek: "objek",
  managemen: "manajemen",
  ha: "hektar",
  hektare: "hektar",
  km: "kilometer",
  m: "meter",
  m2: "meter persegi",
  m3: "meter kubik",
  kg: "kilogram",
  kap: "kapita",
  ltr: "liter",
  dtk: "detik",
  kk: "kepala keluarga",
  kab: "kabupaten",
  kec: "kecamatan",
  prov: "provinsi",
  opd: "perangkat daerah",
  pd: "perangkat daerah",
  sr: "sambungan rumah",
  vub: "varietas unggul baru",
};

/** A unit's comparison key: lower case, punctuation as spaces, "/" kept, short forms expanded. */
export function satuanKey(text: string): string {
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/%/g, " % ")
    .replace(/\//g, " / ")
    .replace(/[^\p{L}\p{N}%/]+/gu, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  return words.map((w) => SATUAN_ABBREVIATIONS[w] ?? w).join(" ");
}

/**
 * The keys a spelling stands for: the whole, and when it holds a bracket ("Sambungan Rumah (SR)")
 * also the text outside the bracket and the text inside it, each alone.
 */
function satuanKeys(text: string): Set<string> {
  const keys = new Set([satuanKey(text)]);
  const inside = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
  if (inside.length > 0) {
    keys.add(satuanKey(text.replace(/\([^)]*\)/g, " ")));
    for (const i of inside) keys.add(satuanKey(i));
  }
  keys.delete("");
  return keys;
}

export type SatuanVerdict = "sama" | "sama-ejaan" | "beda" | "tanpa-resmi";

export interface SatuanComparison {
  /**
   * "sama": written exactly as the list writes it; "sama-ejaan": the same unit written otherwise
   * (case, spacing, punctuation, a short form); "beda": another unit; "tanpa-resmi": the list
   * gives no satuan for this sub kegiatan, so nothing can be compared.
   */
  readonly result: SatuanVerdict;
  readonly found: string;
  /** The official spelling, as the list writes it. */
  readonly official: string;
}

/** Compares the satuan found in a file with the official one of its sub kegiatan. */
export function compareSatuan(found: string, official: string): SatuanComparison {
  const f = found.trim();
  const o = official.trim();
  if (o === "") return { result: "tanpa-resmi", found, official };
  if (f === o) return { result: "sama", found, official };
  const fk = satuanKeys(f);
  for (const k of satuanKeys(o)) if (fk.has(k)) return { result: "sama-ejaan", found, official };
  return { result: "beda", found, official };
}
