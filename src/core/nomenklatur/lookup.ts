/**
 * Looking up the official list of sub kegiatan (Kepmendagri 050-5889/2021 and its updates) by
 * code or by name. Built once from the compact data (see compact.ts); every lookup after that is
 * a few map reads. No Office, DOM or Node import: the add-in, the command line and the rules use
 * the same code.
 */
import { bidangOf, LEVEL_OF_SEGMENTS, normalizeKode, penunjangForm, type Level } from "./code";
import { JENIS_OF_MASK, type CompactNomenklatur } from "./compact";

export type JenisPemda = "PROV" | "KABKOT";

export interface NamedCode {
  readonly kode: string;
  readonly nama: string;
}

/** One row of the official list: a sub kegiatan for one level of government. */
export interface SubKegiatan {
  readonly jenisPemda: JenisPemda;
  /** As the list writes it (penunjang codes as X.XX.01.…). */
  readonly kode: string;
  readonly nama: string;
  readonly kinerja: string;
  readonly indikator: string;
  /** Official satuan of the indicator; "" for the one row the list gives none. */
  readonly satuan: string;
  /** "SPM" or "NON-SPM". */
  readonly spm: string;
  /** "Layanan" or "Aktifitas", as the list writes it. */
  readonly jenis: string;
  /** The code this sub kegiatan had before it was renumbered, if it was. */
  readonly kodeSebelumnya?: string;
  readonly bidang: NamedCode;
  readonly program: NamedCode;
  readonly kegiatan: NamedCode;
}

export interface LookupOptions {
  /** The level of government of the file; when left out, rows of both levels are returned. */
  readonly jenisPemda?: JenisPemda;
}

/**
 * What a code is in the list.
 * - "ada": listed (for the asked jenis pemda, or for any when none asked). `via` says how: the
 *   code itself, its penunjang form (`7.01.01.2.01.0001` → `X.XX.01.2.01.0001`) or as the former
 *   code of a renumbered sub kegiatan (then `kodeLama` is the code asked and `kodeResmi` the new one).
 *   `rows` has one row per jenis pemda (two when none was asked and both levels list it; they
 *   may differ — the same code is another sub kegiatan for a province than for a kabupaten/kota).
 * - "jenis-lain": listed only for the other level of government; `rows` are those rows.
 * - "tidak-ada": a well-formed code the list does not hold (`kode` is its normalised form).
 * - "bukan-kode": the text is not a sub kegiatan code at all.
 */
export type LookupResult =
  | {
      readonly status: "ada";
      readonly input: string;
      readonly kode: string;
      readonly kodeResmi: string;
      readonly via: "kode" | "penunjang" | "kode-lama";
      readonly kodeLama?: string;
      readonly rows: readonly SubKegiatan[];
    }
  | { readonly status: "jenis-lain"; readonly input: string; readonly kode: string; readonly kodeResmi: string; readonly rows: readonly SubKegiatan[] }
  | { readonly status: "tidak-ada"; readonly input: string; readonly kode: string }
  | { readonly status: "bukan-kode"; readonly input: string };

/** A bidang, program or kegiatan found by its code. */
export type LevelResult =
  | {
      readonly status: "ada";
      readonly level: Level;
      readonly kode: string;
      readonly kodeResmi: string;
      readonly rows: readonly (NamedCode & { jenisPemda: JenisPemda })[];
    }
  | { readonly status: "tidak-ada"; readonly kode: string }
  | { readonly status: "bukan-kode" };

const JENIS: readonly JenisPemda[] = ["PROV", "KABKOT"];

/** Lower case, single spaces, no punctuation: names compared as the list and files write them. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

type ByJenis<T> = Partial<Record<JenisPemda, T>>;

interface Index {
  readonly byCode: Map<string, ByJenis<SubKegiatan>>;
  readonly byFormer: Map<string, ByJenis<SubKegiatan>>;
  readonly byName: Map<string, SubKegiatan[]>;
  readonly levels: Map<string, ByJenis<NamedCode>>;
  readonly bidangCodes: Set<string>;
}

function buildIndex(data: CompactNomenklatur): Index {
  const ix: Index = { byCode: new Map(), byFormer: new Map(), byName: new Map(), levels: new Map(), bidangCodes: new Set() };

  for (const table of [data.bidang, data.program, data.kegiatan]) {
    for (const [mask, kode, nama] of table) {
      const e = ix.levels.get(kode) ?? {};
      for (const j of JENIS_OF_MASK[mask]) e[j] = { kode, nama: data.teks[nama]! };
      ix.levels.set(kode, e);
      if (table === data.bidang) ix.bidangCodes.add(kode);
    }
  }
  for (const [mask, kode, nama, kinerja, indikator, satuan, spm, jenis, lama] of data.sub) {
    const parts = kode.split(".");
    for (const j of JENIS_OF_MASK[mask]) {
      const level = (n: number) => ix.levels.get(parts.slice(0, n).join("."))![j]!;
      const row: SubKegiatan = {
        jenisPemda: j,
        kode,
        nama: data.teks[nama]!,
        kinerja: data.teks[kinerja]!,
        indikator: data.teks[indikator]!,
        satuan: data.satuan[satuan]!,
        spm: data.spm[spm]!,
        jenis: data.jenis[jenis]!,
        ...(lama ? { kodeSebelumnya: lama } : {}),
        bidang: level(2),
        program: level(3),
        kegiatan: level(5),
      };
      put(ix.byCode, kode, j, row);
      if (lama) put(ix.byFormer, normalizeKode(lama) ?? lama, j, row);
      const key = normalizeName(row.nama);
      const list = ix.byName.get(key) ?? [];
      list.push(row);
      ix.byName.set(key, list);
    }
  }
  return ix;
}

export class Nomenklatur {
  /** Built on the first lookup: a check of a workbook without sub kegiatan codes never pays for it. */
  private index: Index | null = null;
  /** Where the list comes from, and how many rows it has. */
  readonly sumber: string;
  readonly size: number;

  constructor(private readonly data: CompactNomenklatur) {
    this.sumber = data.sumber;
    this.size = data.baris;
  }

  private get ix(): Index {
    return (this.index ??= buildIndex(this.data));
  }

  /** A sub kegiatan by its code, written in any of the ways files write it. */
  lookup(code: unknown, options: LookupOptions = {}): LookupResult {
    const input = code === null || code === undefined ? "" : String(code);
    const kode = normalizeKode(input);
    if (kode === null || LEVEL_OF_SEGMENTS[kode.split(".").length] !== "sub kegiatan") return { status: "bukan-kode", input };
    const penunjang = penunjangForm(kode);
    const forms: [string, "kode" | "penunjang"][] = [[kode, "kode"]];
    if (penunjang && this.ix.bidangCodes.has(bidangOf(kode))) forms.push([penunjang, "penunjang"]);
    const asked = options.jenisPemda ? [options.jenisPemda] : JENIS;
    const pick = (e: ByJenis<SubKegiatan> | undefined, jenis: readonly JenisPemda[]) =>
      jenis.map((j) => e?.[j]).filter((r): r is SubKegiatan => r !== undefined);

    for (const [form, via] of forms) {
      const rows = pick(this.ix.byCode.get(form), asked);
      if (rows.length > 0) return { status: "ada", input, kode, kodeResmi: form, via, rows };
    }
    for (const [form] of forms) {
      const rows = pick(this.ix.byFormer.get(form), asked);
      // One former code always leads to one new code per level (checked on the data).
      if (rows.length > 0) return { status: "ada", input, kode, kodeResmi: rows[0]!.kode, via: "kode-lama", kodeLama: form, rows };
    }
    if (options.jenisPemda) {
      const other = JENIS.filter((j) => j !== options.jenisPemda);
      for (const [form] of forms) {
        const rows = pick(this.ix.byCode.get(form), other);
        if (rows.length > 0) return { status: "jenis-lain", input, kode, kodeResmi: form, rows };
      }
      for (const [form] of forms) {
        const rows = pick(this.ix.byFormer.get(form), other);
        if (rows.length > 0) return { status: "jenis-lain", input, kode, kodeResmi: rows[0]!.kode, rows };
      }
    }
    return { status: "tidak-ada", input, kode };
  }

  /** A bidang, program or kegiatan by its code (penunjang program codes of any bidang too). */
  lookupLevel(code: unknown, options: LookupOptions = {}): LevelResult {
    const kode = normalizeKode(code);
    const level = kode ? LEVEL_OF_SEGMENTS[kode.split(".").length] : undefined;
    if (!kode || !level || level === "sub kegiatan") return { status: "bukan-kode" };
    const asked = options.jenisPemda ? [options.jenisPemda] : JENIS;
    const penunjang = level !== "bidang" && this.ix.bidangCodes.has(bidangOf(kode)) ? penunjangForm(kode) : null;
    for (const form of penunjang ? [kode, penunjang] : [kode]) {
      const e = this.ix.levels.get(form);
      const rows = asked.flatMap((j) => (e?.[j] ? [{ ...e[j]!, jenisPemda: j }] : []));
      if (rows.length > 0) return { status: "ada", level, kode, kodeResmi: form, rows };
    }
    return { status: "tidak-ada", kode };
  }

  /** Sub kegiatan whose official name equals `name` once case, spacing and punctuation are set aside. */
  findByName(name: string, options: LookupOptions = {}): readonly SubKegiatan[] {
    const rows = this.ix.byName.get(normalizeName(name)) ?? [];
    return options.jenisPemda ? rows.filter((r) => r.jenisPemda === options.jenisPemda) : rows;
  }
}

function put<T>(map: Map<string, ByJenis<T>>, key: string, jenis: JenisPemda, value: T): void {
  const e = map.get(key) ?? {};
  e[jenis] = value;
  map.set(key, e);
}
