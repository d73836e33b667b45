/**
 * The compact form of the official sub kegiatan list that the product ships (data.json, made by
 * `npm run nomenklatur` from data/nomenklatur-sub-kegiatan.csv). Long texts are stored once in a
 * pool and referred to by index; satuan, SPM and jenis are indexes into their own short lists;
 * each row is marked PROV, KABKOT or both (when the two levels list exactly the same row).
 * Codes of bidang, program and kegiatan are not repeated on the rows: they are the first 2, 3 and
 * 5 segments of the sub kegiatan code, and their names are in their own tables.
 */

/** Which level of government a row belongs to: 1 = PROV, 2 = KABKOT, 3 = both, identical. */
export type Mask = 1 | 2 | 3;
export const PROV: Mask = 1;
export const KABKOT: Mask = 2;

/** A bidang, program or kegiatan: [mask, code, index of its name in `teks`]. */
export type LevelRow = [Mask, string, number];

/**
 * A sub kegiatan: [mask, code, nama, kinerja, indikator (indexes into `teks`), satuan (index into
 * `satuan`), spm (index into `spm`), jenis (index into `jenis`), former code or ""].
 */
export type SubRow = [Mask, string, number, number, number, number, number, number, string];

export interface CompactNomenklatur {
  readonly format: 1;
  /** Where the list comes from (the data README's words, shortened). */
  readonly sumber: string;
  /** The CSV's column names, in order: a newer export must have the same shape. */
  readonly kolom: readonly string[];
  /** Rows of the CSV (a row marked 3 stands for two). */
  readonly baris: number;
  readonly teks: readonly string[];
  readonly satuan: readonly string[];
  readonly spm: readonly string[];
  readonly jenis: readonly string[];
  readonly bidang: readonly LevelRow[];
  readonly program: readonly LevelRow[];
  readonly kegiatan: readonly LevelRow[];
  readonly sub: readonly SubRow[];
}

/** The CSV's columns, in the order SIPD's export (as split in data/) gives them. */
export const COLUMNS = [
  "jenis_pemda",
  "kode_bidang",
  "nama_bidang",
  "kode_program",
  "nama_program",
  "kode_kegiatan",
  "nama_kegiatan",
  "kode_sub_kegiatan",
  "nama_sub_kegiatan",
  "kinerja",
  "indikator",
  "satuan",
  "spm",
  "jenis",
  "kode_sub_kegiatan_sebelumnya",
] as const;

export type CsvRow = Record<(typeof COLUMNS)[number], string>;

export const JENIS_OF_MASK: Record<Mask, readonly ("PROV" | "KABKOT")[]> = {
  1: ["PROV"],
  2: ["KABKOT"],
  3: ["PROV", "KABKOT"],
};

/** The CSV rows the compact form stands for (a row marked both gives two), in no set order. */
export function expandRows(data: CompactNomenklatur): CsvRow[] {
  const names = (table: readonly LevelRow[]) => {
    const m = new Map<string, string>();
    for (const [mask, kode, nama] of table) for (const j of JENIS_OF_MASK[mask]) m.set(`${j} ${kode}`, data.teks[nama]!);
    return m;
  };
  const bidang = names(data.bidang);
  const program = names(data.program);
  const kegiatan = names(data.kegiatan);
  const out: CsvRow[] = [];
  for (const [mask, kode, nama, kinerja, indikator, satuan, spm, jenis, lama] of data.sub) {
    const parts = kode.split(".");
    const kb = parts.slice(0, 2).join(".");
    const kp = parts.slice(0, 3).join(".");
    const kk = parts.slice(0, 5).join(".");
    for (const j of JENIS_OF_MASK[mask]) {
      out.push({
        jenis_pemda: j,
        kode_bidang: kb,
        nama_bidang: bidang.get(`${j} ${kb}`)!,
        kode_program: kp,
        nama_program: program.get(`${j} ${kp}`)!,
        kode_kegiatan: kk,
        nama_kegiatan: kegiatan.get(`${j} ${kk}`)!,
        kode_sub_kegiatan: kode,
        nama_sub_kegiatan: data.teks[nama]!,
        kinerja: data.teks[kinerja]!,
        indikator: data.teks[indikator]!,
        satuan: data.satuan[satuan]!,
        spm: data.spm[spm]!,
        jenis: data.jenis[jenis]!,
        kode_sub_kegiatan_sebelumnya: lama,
      });
    }
  }
  return out;
}
