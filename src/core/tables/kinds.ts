/**
 * The table kinds the engine reads, described as data: the column roles and the header words
 * (with the spellings and typos met in real workbooks) that name them, what each role holds (text
 * or a number), the roles a kind needs, the title and sheet-name words that name a kind, the unit
 * sub-headers (K, Rp., %) and the quarter headings. One generic header reader (header.ts) and
 * `classify` (find.ts) use these declarations; adding a kind or a spelling is a change here and
 * a test.
 */
import type { RenjaField, TableKind } from "./types";

export type Role =
  | "no"
  | "kode"
  | "tujuan"
  | "sasaran"
  | "uraian"
  | "indikator"
  | "satuan"
  | "target"
  | "targetTahunan"
  | "targetAkhir"
  | "realisasi"
  | "capaian"
  | "kategori"
  | "pagu"
  | "realisasiAnggaran"
  | "persenAnggaran"
  | "sifat"
  | "unsur"
  | "nrr"
  | "konversi"
  | "mutu"
  | "kinerja";

/** What a role's cells hold: text (names), a number of some kind, or a code. */
export type Content = "text" | "code" | "number";

export const ROLE_CONTENT: Record<Role, Content> = {
  no: "code",
  kode: "code",
  tujuan: "text",
  sasaran: "text",
  uraian: "text",
  indikator: "text",
  satuan: "text",
  target: "number",
  targetTahunan: "number",
  targetAkhir: "number",
  realisasi: "number",
  capaian: "number",
  kategori: "text",
  pagu: "number",
  realisasiAnggaran: "number",
  persenAnggaran: "number",
  sifat: "text",
  unsur: "text",
  nrr: "number",
  konversi: "number",
  mutu: "text",
  kinerja: "text",
};

/** Words naming what a column measures in rupiah. */
const BUDGET = /anggaran|pagu|\brp\b|dana|belanja/;

/**
 * A spelling of a role in a (normalised, combined) header label: every pattern of `all` matches
 * and `none` does not. The first spelling that fits decides; `role: null` marks a column the
 * engine knows and does not read (Keterangan, Rencana aksi, a Renstra realisation).
 */
export interface Spelling {
  readonly role: Role | null;
  readonly all: readonly RegExp[];
  readonly none?: RegExp;
}

export const SPELLINGS: readonly Spelling[] = [
  { role: "no", all: [/^(no|nomor|no urut)$/] },
  // Code and name in one column ("Kode/Urusan/Bidang Urusan/Program/Kegiatan", "Kode dan Nama Sub Kegiatan"): names with their codes.
  { role: "uraian", all: [/^kode ?(\/|dan )\s*(nama|uraian|urusan|bidang|program|kegiatan|sub)/] },
  { role: "kode", all: [/^kode\b|kode rekening|kode program/] },
  // An employee's own indicators (SKP: "Indikator Kinerja Individu", IKI) are no perangkat daerah's.
  { role: null, all: [/indikator kinerja individu|\biki\b/] },
  // A pivot table's summaries other than the sum ("Average of Capaian", "Count of Realisasi"):
  // an average of percents is no row's percent; known, not read. "Sum of Pagu" is the pagu.
  { role: null, all: [/^(average|count|min|max|stddev|var|product) of\b/] },
  // Leading columns of some Evaluasi Renja versions (Visi, Misi, Sasaran RPJMD): known, not read.
  { role: null, all: [/^(visi|misi)$|\brpjmd\b/], none: /indikator|target|realisasi|capaian/ },
  {
    role: null,
    all: [/rencana aksi|penanggung ?jawab|keterangan|sumber|waktu pelaksanaan|bukti|^ket$|analisis|permasalahan|kendala|\bsaran\b|tindak lanjut/],
    none: /indikator/,
  },
  // The figure a revision supersedes (PK Perubahan: "Target Awal" beside "Target Perubahan") or a
  // baseline ("Kondisi Awal"): known, not read; the target that counts is the other column.
  { role: null, all: [/\b(target|kondisi) (awal|semula|murni)\b|sebelum perubahan|^kondisi awal/], none: /indikator|realisasi|capaian/ },
  // "NRR per Unsur", "Nilai Rata-rata per Unsur" name the NRR column, not the unsur's.
  { role: "unsur", all: [/\bunsur\b/], none: /indikator|\bnrr\b|nilai|rata|konversi|mutu|tertimbang|ikm/ },
  { role: "konversi", all: [/konversi/] },
  { role: "mutu", all: [/\bmutu\b/] },
  { role: "nrr", all: [/\bnrr\b|nilai ikm|nilai rata|nilai persepsi|nilai unsur/] },
  { role: "kinerja", all: [/kinerja unit|\bukuran kinerja|kinerja pelayanan/] },
  { role: "indikator", all: [/indikator/] },
  { role: "satuan", all: [/\bsatuan\b/] },
  { role: "sifat", all: [/sifat|akumulasi|jenis target|cara (pengukuran|perhitungan)|metode/] },
  // A realisation accumulated over the Renstra years up to one ("Realisasi s.d. 2025", "Realisasi
  // Kumulatif s/d Tahun 2025"): not the year's; a quarter's "Realisasi s.d. TW III" is read.
  // The year directly after "s.d." ("s.d. Desember 2025" and "Realisasi Kumulatif 2025" are the year's own).
  { role: null, all: [/realisasi|capaian/, /\b(s d|s\/d|sd|sampai dengan)( tahun)? 20\d\d\b/], none: /\b(tw|triwulan|trw)\b|^target/ },
  // A Renstra-wide realisation or achievement (Evaluasi Renja columns 7, 15, 16): not read.
  { role: null, all: [/renstra|akhir periode/, /realisasi|tingkat capaian|capaian kinerja/], none: /^target/ },
  { role: null, all: [/renstra|akhir periode/, /\brp\b|anggaran/] },
  // "Capaian Keuangan (%)", "% Keuangan", "Realisasi Keuangan" beside the kinerja's ("Fisik"): the budget's.
  { role: "persenAnggaran", all: [/keuangan/, /capaian|%|persen|persentase/], none: /kinerja|fisik/ },
  { role: "realisasiAnggaran", all: [/keuangan/, /realisasi/], none: /kinerja|fisik/ },
  { role: "persenAnggaran", all: [/serapan/] },
  { role: "persenAnggaran", all: [BUDGET, /%|persen|serapan|persentase|tingkat capaian|capaian (anggaran|keuangan)/] },
  // "Realisasi Capaian Kinerja dan Anggaran" (Evaluasi Renja column 13, Rp) is spending, not a percentage.
  { role: "persenAnggaran", all: [BUDGET, /capaian/], none: /realisasi/ },
  { role: "realisasiAnggaran", all: [BUDGET, /realisasi/] },
  { role: "pagu", all: [BUDGET] },
  { role: "uraian", all: [/program|kegiatan|uraian|nomenklatur/] },
  { role: "tujuan", all: [/tujuan/], none: /sasaran/ },
  { role: "sasaran", all: [/sasaran/] },
  { role: "capaian", all: [/tingkat capaian/, /%/] },
  { role: "kategori", all: [/kategori|predikat|kriteria|status capaian|tingkat capaian/] },
  { role: "targetAkhir", all: [/target akhir|akhir renstra|renstra|kondisi akhir|akhir periode/] },
  { role: "realisasi", all: [/realisasi|capaian nyata/] },
  { role: "capaian", all: [/capaian|persentase|%|persen/] },
  { role: "targetTahunan", all: [/target/, /tahunan|setahun|tahun\b/] },
  { role: "target", all: [/target/] },
  // A bare "TW I" / "Triwulan II" column (a Renaksi's quarters) holds targets.
  { role: "target", all: [/^(tw|triwulan|trw)\s*(iv|iii|ii|i|[1-4])$/] },
];

/**
 * Unit sub-headers under a quarter or document heading. `K` (kinerja) reads the heading without
 * its budget words ("Target Kinerja dan Anggaran" → the kinerja target), `Rp` as a budget column,
 * `%` as the percentage of the heading's measure.
 */
export type Unit = "K" | "Rp" | "%";

export const UNITS: readonly { readonly unit: Unit; readonly words: RegExp }[] = [
  { unit: "K", words: /^(k|kinerja|fisik|volume|vol|target kinerja|realisasi kinerja)$/ },
  { unit: "Rp", words: /^(rp|rupiah|keuangan|anggaran|rp 000|dalam rp|rp ribu)$/ },
  { unit: "%", words: /^(%|persen|persentase)$/ },
];

/** Budget words taken off a heading whose sub-column is a kinerja (K) value. */
export const BUDGET_WORDS_OF_K = /\b(dan )?(realisasi )?(anggaran|keuangan|pagu)\b/g;

/** The role a percentage sub-column (%) takes under a heading of the given role. */
export const PERCENT_OF: Partial<Record<Role, Role | null>> = {
  realisasi: "capaian",
  realisasiAnggaran: "persenAnggaran",
  pagu: "persenAnggaran",
  target: null,
  targetTahunan: null,
};

/** Quarter headings: TW I, Triwulan II, Trw 3, Q4; a bare roman numeral under a quarter heading. */
export const QUARTER = /\b(?:tw|triwulan|trw|tri wulan|q)\s*(iv|iii|ii|i|4|3|2|1)\b/;
export const QUARTER_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
export const BARE_QUARTER = /^(iv|iii|ii|i)$/;

/** Words that make a row worth examining as a header. */
export const HEADER_HINT = /indikator|satuan|target|realisasi|pagu|anggaran|unsur|sasaran|program|kegiatan|capaian|tujuan|nrr|konversi|mutu/;

/**
 * Other words a header band's lower rows hold (besides role words, units, quarters and years). The
 * words that also begin indicator names ("Jumlah penduduk …", "Total PAD", "Perubahan perilaku …")
 * count only as the whole label, with at most a unit after them.
 */
export const SUB_HEADER_WORD =
  /^(target|realisasi|capaian|pagu|persentase|%|persen|rp|realisasi rp|pagu rp|capaian %|serapan|kategori|k|r|t|fisik|keuangan|kinerja|anggaran|tahun|s d|sd|semester|kumulatif)\b|^(tahunan|setahun|awal|semula|murni|perubahan|setelah perubahan|sebelum perubahan|jumlah|total)( rp| %| k)?$/;

/** A role wanted in a header, in any quarter or only in a quarter column or only outside one. */
export interface Want {
  readonly roles: readonly Role[];
  readonly quarter?: "any" | "none" | "some";
  /** The unit sub-header the column must have (K under a quarter: an Evaluasi Renja). */
  readonly unit?: Unit;
}

/**
 * One header shape that makes a kind: every `want` met, no `forbid` role present. A shape with
 * `titleQuarter` also needs a quarter named in the title and this kind named by the title (a
 * per-quarter PPS or PKPK sheet).
 */
export interface Shape {
  readonly want: readonly Want[];
  readonly forbid?: readonly Role[];
  readonly titleQuarter?: boolean;
  /** The shape makes this kind only where the title (or sheet name) names the kind. */
  readonly byTitle?: boolean;
}

export interface KindDecl {
  readonly kind: TableKind;
  /** Words in the title above the table or in the sheet's name that name this kind. */
  readonly title: RegExp;
  /** Shapes are tried tier by tier; within a tier the title chooses, else the first listed. */
  readonly tier: number;
  readonly shapes: readonly Shape[];
  /** Roles a row of this kind must fill (blank ones are reported). */
  readonly required: readonly Role[];
  /**
   * The header must have a Satuan column, unless the title (or sheet name) names this kind: every
   * PK, Renaksi, PPS, PKPK and Capaian states its units, while "Indikator | Target | Realisasi |
   * Capaian" under no such title is a dashboard or chart block looking the figures up elsewhere.
   */
  readonly needsSatuan?: boolean;
  /**
   * The kind states the targets of one year (a PK, a Renaksi): a header with yearly target columns
   * for three or more years is a Renstra or RPJMD matrix (kondisi awal, five years, kondisi akhir).
   */
  readonly oneYear?: boolean;
  /**
   * Column labels that make the table something else unless the title (or sheet name) names this
   * kind: a PK's rows beside "Alasan", "Formulasi", "Definisi Operasional" are an IKU definition
   * sheet, whose targets (often the Renstra's) are no agreement of the year.
   */
  readonly notWithLabels?: (labels: readonly string[]) => boolean;
  /**
   * Title (or sheet name) words that make the table something else unless the title also holds this
   * kind's own words: a Pohon Kinerja, cascading or IKU definition sheet lists the indicators with
   * Satuan and Target columns like a PK, but agrees nothing of the year.
   */
  readonly notWithTitle?: RegExp;
}

/**
 * The columns of an IKU definition sheet: "Alasan" (why the indicator was chosen) or "Definisi
 * Operasional" alone say so; a PK or Renaksi form often carries one "Formulasi" or "Cara
 * Pengukuran" column of its own, so those say so only two together.
 */
const IKU_REASON = /^(alasan|definisi)\b/;
const IKU_METHOD = /^(formulasi|formula|rumus|cara (pengukuran|perhitungan)|metode (pengukuran|perhitungan))\b/;
function ikuDefinition(labels: readonly string[]): boolean {
  return labels.some((l) => IKU_REASON.test(l)) || labels.filter((l) => IKU_METHOD.test(l)).length >= 2;
}

/**
 * Titles of the documents that list the indicators with their targets but are no PK or Renaksi: a
 * Pohon Kinerja (POKIN), a cascading, a Penetapan Indikator Kinerja Utama, its definisi operasional.
 */
const NOT_AGREEMENT = /\bpohon kinerja\b|\bpokin\b|\bcascading\b|\bdefinisi operasional\b|\bindikator kinerja utama\b/;

/** Distinct years of the target columns outside the quarters: 2022 … 2026 in a Renstra matrix. */
export function targetYears(columns: readonly { role: Role; quarter: unknown; year: number | null }[]): number {
  const years = new Set<number>();
  for (const c of columns) if ((c.role === "target" || c.role === "targetTahunan") && c.quarter === null && c.year !== null) years.add(c.year);
  return years.size;
}

const w = (roles: Role[], quarter?: Want["quarter"], unit?: Unit): Want => ({ roles, quarter, unit });

/**
 * Titles of the Evaluasi terhadap Hasil Renja Perangkat Daerah (Permendagri 86/2017, form E.81)
 * and of the Evaluasi RKPD of the same shape.
 */
const RENJA_TITLE = /evaluasi (terhadap )?(hasil )?(pelaksanaan )?(renja|rkpd)\b|\bform e ?81\b/;

/**
 * The kinds, in the order they are tried. Title words are matched in `TITLE_ORDER`, so a title
 * naming "Pengukuran Kinerja Program" is a PKPK's even though it holds "pengukuran kinerja".
 */
export const KINDS: readonly KindDecl[] = [
  {
    kind: "skm-unsur",
    tier: 1,
    title: /\bskm\b|\bikm\b|kepuasan masyarakat/,
    shapes: [{ want: [w(["unsur"]), w(["nrr", "konversi", "mutu"])] }],
    required: [],
  },
  {
    kind: "anggaran",
    tier: 2,
    title: /realisasi anggaran|serapan anggaran|\blra\b/,
    shapes: [{ want: [w(["pagu"]), w(["realisasiAnggaran", "persenAnggaran", "realisasi"])], forbid: ["indikator"] }],
    required: [],
  },
  {
    // Evaluasi Renja: realisasi per quarter as K (kinerja) and Rp pairs, with the Renstra's target and
    // the Renja's anggaran; or any indicator table with quarterly realisasi under a Renja title.
    kind: "renja",
    tier: 3,
    title: RENJA_TITLE,
    shapes: [
      { want: [w(["indikator"]), w(["realisasi"], "any", "K"), w(["targetAkhir"]), w(["pagu"])] },
      { want: [w(["indikator"]), w(["realisasi"], "any")], byTitle: true },
    ],
    required: ["satuan"],
  },
  {
    kind: "pkpk",
    tier: 3,
    needsSatuan: true,
    title: /\bpkpk\b|pengukuran kinerja program/,
    shapes: [
      { want: [w(["indikator"]), w(["realisasi"], "any"), w(["uraian", "kode", "pagu"])] },
      { want: [w(["indikator"]), w(["realisasi"])], titleQuarter: true },
      { want: [w(["indikator"]), w(["realisasi"], "any")] },
    ],
    required: ["satuan"],
  },
  {
    kind: "pps",
    tier: 3,
    needsSatuan: true,
    title: /\bpps\b|pengukuran pencapaian sasaran/,
    shapes: [{ want: [w(["indikator"]), w(["realisasi"], "any")] }, { want: [w(["indikator"]), w(["realisasi"])], titleQuarter: true }],
    required: ["satuan"],
  },
  {
    kind: "renaksi",
    tier: 4,
    needsSatuan: true,
    oneYear: true,
    notWithLabels: ikuDefinition,
    notWithTitle: NOT_AGREEMENT,
    title: /rencana aksi|\brenaksi\b/,
    shapes: [{ want: [w(["indikator"]), w(["target", "targetTahunan"], "any")] }],
    required: ["satuan", "target"],
  },
  {
    kind: "pk",
    tier: 4,
    needsSatuan: true,
    oneYear: true,
    notWithLabels: ikuDefinition,
    notWithTitle: NOT_AGREEMENT,
    title: /perjanjian kinerja|\bpk\b/,
    shapes: [{ want: [w(["indikator"]), w(["target", "targetTahunan"], "any")] }],
    required: ["satuan", "target"],
  },
  {
    kind: "capaian",
    tier: 5,
    title: /capaian (indikator|iku|kinerja)|\biku\b|pengukuran kinerja/,
    shapes: [{ want: [w(["indikator"]), w(["realisasi"])] }],
    needsSatuan: true,
    required: ["satuan", "target", "realisasi"],
  },
  {
    kind: "pk",
    tier: 6,
    needsSatuan: true,
    oneYear: true,
    notWithLabels: ikuDefinition,
    notWithTitle: NOT_AGREEMENT,
    title: /perjanjian kinerja|\bpk\b/,
    shapes: [{ want: [w(["indikator"]), w(["target", "targetTahunan"])] }],
    required: ["satuan", "target"],
  },
  {
    kind: "renaksi",
    tier: 6,
    needsSatuan: true,
    oneYear: true,
    notWithLabels: ikuDefinition,
    notWithTitle: NOT_AGREEMENT,
    title: /rencana aksi|\brenaksi\b/,
    shapes: [{ want: [w(["indikator"]), w(["target", "targetTahunan"])] }],
    required: ["satuan", "target"],
  },
];

/** The order title words are tried in: the first kind whose words a title holds is the one it names. */
export const TITLE_ORDER: readonly TableKind[] = ["renja", "pkpk", "pps", "renaksi", "pk", "capaian", "anggaran", "skm-unsur"];

/**
 * Role sets that make a row look like a header at all (and so end a table above it), whether or
 * not a kind is decided.
 */
export const ANCHORS: readonly (readonly Want[])[] = [
  [w(["indikator"]), w(["target", "targetTahunan", "satuan", "realisasi"])],
  [w(["pagu"]), w(["realisasiAnggaran", "persenAnggaran", "realisasi"])],
  [w(["unsur"]), w(["nrr", "konversi", "mutu"])],
];

/** Roles a kind must fill on each row, by kind. */
export function requiredRoles(kind: TableKind): readonly Role[] {
  return KINDS.find((k) => k.kind === kind)?.required ?? [];
}

/**
 * The columns of the Evaluasi Renja (Permendagri 86/2017), recognised by the words of their
 * heading (the unit sub-header K / Rp / % apart), tried in this order; `n` is the column's number in
 * the form (code and name in column 3), `nWithout14` its number in the versions without column 14.
 */
export interface RenjaFieldDecl {
  readonly field: RenjaField;
  readonly n: number;
  readonly nWithout14: number | null;
  readonly all: readonly RegExp[];
  readonly none?: RegExp;
  /** What the column holds, in Bahasa Indonesia, for messages. */
  readonly name: string;
}

const TINGKAT = /tingkat capaian|%|persen/;
/**
 * A heading of the year's realisation up to a quarter ("Realisasi Capaian Kinerja dan Anggaran Renja
 * yang Dievaluasi s.d. Triwulan II", "Tingkat Capaian … s.d. TW II (%)"): column 13 or 14 of a
 * quarterly evaluation, not the quarter's own realisation.
 */
const UP_TO_QUARTER = /\b(s ?d|sampai dengan|yang dievaluasi|tingkat capaian)\b/;
/** A quarter's heading that is not of the year up to it: no tingkat capaian of the Renja. */
const UP_TO_QUARTER_ONLY = /^(?!.*\b(s ?d|sampai dengan|yang dievaluasi)\b).*\b(tw|triwulan|trw)\b/;

export const RENJA_FIELDS: readonly RenjaFieldDecl[] = [
  { field: "renstraTingkat", n: 16, nWithout14: 15, all: [TINGKAT, /renstra|akhir periode/], name: "tingkat capaian Renstra" },
  { field: "tingkat", n: 14, nWithout14: null, all: [TINGKAT], none: UP_TO_QUARTER_ONLY, name: "tingkat capaian Renja" },
  { field: "lalu", n: 7, nWithout14: 7, all: [/realisasi|capaian/, /tahun lalu|tahun sebelumnya|sebelumnya/], name: "realisasi Renstra s.d. tahun lalu" },
  { field: "tw1", n: 9, nWithout14: 9, all: [/realisasi/, /\b(tw|triwulan|trw) ?(i|1)\b/], none: UP_TO_QUARTER, name: "realisasi triwulan I" },
  { field: "tw2", n: 10, nWithout14: 10, all: [/realisasi/, /\b(tw|triwulan|trw) ?(ii|2)\b/], none: UP_TO_QUARTER, name: "realisasi triwulan II" },
  { field: "tw3", n: 11, nWithout14: 11, all: [/realisasi/, /\b(tw|triwulan|trw) ?(iii|3)\b/], none: UP_TO_QUARTER, name: "realisasi triwulan III" },
  { field: "tw4", n: 12, nWithout14: 12, all: [/realisasi/, /\b(tw|triwulan|trw) ?(iv|4)\b/], none: UP_TO_QUARTER, name: "realisasi triwulan IV" },
  { field: "renstraRealisasi", n: 15, nWithout14: 14, all: [/realisasi|capaian/, /renstra|akhir periode/], name: "realisasi Renstra s.d. tahun ini" },
  { field: "realisasi", n: 13, nWithout14: 13, all: [/realisasi|capaian/], name: "realisasi Renja tahun ini" },
  { field: "renstra", n: 6, nWithout14: 6, all: [/target/, /renstra|akhir periode/], name: "target Renstra" },
  { field: "target", n: 8, nWithout14: 8, all: [/target/], name: "target Renja" },
];

/**
 * The form's arithmetic, in its own column numbers, for the versions with and without column 14;
 * checked on K and on Rp where the column-number row states no relation for a column.
 */
export const RENJA_RELATIONS: { readonly with14: readonly string[]; readonly without14: readonly string[] } = {
  with14: ["13 = 9 + 10 + 11 + 12", "14 = 13 / 8 x 100", "15 = 7 + 13", "16 = 15 / 6 x 100"],
  without14: ["13 = 9 + 10 + 11 + 12", "14 = 7 + 13", "15 = 14 / 6 x 100"],
};
