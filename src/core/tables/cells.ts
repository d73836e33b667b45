/** Reading one cell as a number or text for a table, noting problems with their position. */
import { a1, cellAt, textOf, type Sheet } from "../grid";
import { msg } from "../messages";
import { isExcelErrorText, parseNumber, type NumberKind } from "../numbers";
import type { NumCell, ReadProblem, TextCell } from "./types";

export class CellReader {
  readonly problems: ReadProblem[] = [];
  constructor(readonly sheet: Sheet) {}

  text(r: number, c: number | undefined): TextCell | null {
    if (c === undefined) return null;
    const t = textOf(cellAt(this.sheet, r, c));
    return t === "" ? null : { text: t, r, c };
  }

  /** A number, or null when blank; text that is not a number is noted as a problem. */
  num(r: number, c: number | undefined, kind: NumberKind): NumCell | null {
    if (c === undefined) return null;
    const v = cellAt(this.sheet, r, c);
    if (v === null) return null;
    let input: unknown = v;
    let bounded = false;
    if (typeof v === "string") {
      const t = v.trim();
      if (t === "" || /^[-–—]$/.test(t) || /^(na|n\/a|n a|tidak ada|belum ada)$/i.test(t) || isQualitative(t) || isMark(t)) return null;
      // "≥ 80", "min. 3,5": the figure is the bound; "3 Dokumen", "80 persen", "3,6 (Baik)": the
      // figure with its unit or predikat. The text is meant so, not a number stored as text.
      const inner = figureWithin(t, kind);
      if (inner !== null) {
        input = inner;
        bounded = true;
      }
    }
    const p = parseNumber(input, kind, `${this.sheet.name}!${a1(r, c)}`);
    // "25%" where the indicator counts documents or people (a Renaksi's quarters as shares of the
    // year's target): a share, not a figure in the indicator's unit; nothing to compare.
    if (p.ok && p.percentSign && (kind === "count" || kind === "rupiah")) return null;
    if (p.ok && bounded) return { value: p.value, decimals: p.decimals, fromText: false, r, c };
    if (p.ok) return { value: p.value, decimals: p.decimals, fromText: p.fromText, r, c };
    if (!p.blank) {
      const found = String(v);
      this.problems.push({
        r,
        c,
        found,
        message: isExcelErrorText(found) ? msg.cellError(found) : msg.cellNotNumber(found),
      });
    }
    return null;
  }
}

/**
 * A value where a number belongs that is meant as words, not a figure: a predikat (SAKIP "BB",
 * "A"; an opini "WTP"), a range ("75-80", "75 s.d. 80") or a state ("Tersedia", "Terlaksana"). Targets and realisations of such
 * indicators are written so on purpose: there is no figure to compare, and nothing to fix.
 */
export function isQualitative(text: string): boolean {
  const t = text.trim();
  return QUALITATIVE.test(t) || RANGE.test(t) || STATE.test(t);
}
/** A state as a target or realisation: "Tersedia", "Terlaksana", "Ada", "Baik", "Wajar Tanpa Pengecualian". */
const STATE =
  /^(tersedia|tidak tersedia|ada|ya|tidak|terlaksana|tercapai|terpenuhi|selesai|ditetapkan|lengkap|sesuai|baik|sangat baik|cukup|memuaskan|sangat memuaskan|wajar tanpa pengecualian|wajar dengan pengecualian)$/i;
/**
 * The figure inside a text meant as written: after a bound ("≥ 80", "min. 3,5"), before its unit
 * or predikat ("3 Dokumen", "80 persen", "3,6 (Baik)"); null when the text is no such thing.
 */
export function figureWithin(text: string, kind: NumberKind): string | null {
  let t = text.trim();
  let found = false;
  const b = BOUND.exec(t);
  if (b) {
    t = t.slice(b[0].length);
    found = true;
  }
  const u = WITH_UNIT.exec(t);
  // "1.500 juta", "250 ribu": a multiplier, not a unit; never read as the bare figure.
  if (u && !MULTIPLIER.test(t.slice((u[1] as string).length))) {
    t = u[1] as string;
    found = true;
  }
  return found && parseNumber(t, kind).ok ? t : null;
}

const MULTIPLIER = /^\s*(ribu|rb|juta|jt|miliar|milyar|m|triliun|t)\b/i;

/** A schedule mark where a Rencana Aksi's quarter holds no figure: √, ✓, ✔, ☑, v, x. */
export function isMark(text: string): boolean {
  return /^[√✓✔☑✗✘vVxX]$/.test(text.trim());
}
/** A figure followed by its unit word(s) or a predikat in brackets: "3 Dokumen", "80 persen", "3,6 (Baik)". */
const WITH_UNIT = /^(\d+(?:[.,]\d+)*\s*%?)\s*(?:\p{L}[\p{L} ./-]{0,24}|\([\p{L} ]{1,24}\))$/u;
const QUALITATIVE = /^(predikat\s+)?["“']?(aa|a|bb|b|cc|c|d|wtp|wdp|tmp)["”']?(\s*\([\p{L} ]+\))?$/iu;
const FIGURE = String.raw`\d+(?:[.,]\d+)*\s*%?`;
const RANGE = new RegExp(String.raw`^${FIGURE}\s*(?:-|–|—|s\.?\s*d\.?|s\/d|sampai(?: dengan)?)\s*${FIGURE}$`, "i");
/** A bound written before a figure: ≥, >=, >, ≤, <=, <, min., minimal, maks., maksimal. */
const BOUND = /^(?:≥|>=|≤|<=|>|<|min(?:imal)?\.?|maks(?:imal)?\.?|max\.?)\s*(?=\d)/i;

/** Number kind of an indicator's values from its satuan: decides how "1.288" is read. */
export function kindForSatuan(satuan: string | undefined): NumberKind {
  const s = (satuan ?? "").toLowerCase().trim();
  if (s === "") return "value";
  if (/%|persen/.test(s)) return "percent";
  if (/indeks|index|nilai|angka|poin|skor|predikat|level|tingkat/.test(s)) return "index";
  if (/rp|rupiah/.test(s)) return "rupiah";
  if (
    /orang|jiwa|dokumen|unit|buah|kegiatan|laporan|desa|kelurahan|paket|kali|bulan|hari|kk|rumah|lembaga|sekolah|jenis|berkas|naskah|surat|perda|perbup|ha|meter|km|titik|lokasi|ruas|usaha|kelompok|pelaku|peserta|siswa|pasien|kasus|pengaduan/.test(
      s,
    )
  )
    return "count";
  return "value";
}
