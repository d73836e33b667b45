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
      if (t === "" || /^[-–—]$/.test(t) || /^(na|n\/a|n a|tidak ada|belum ada)$/i.test(t) || isQualitative(t)) return null;
      // "≥ 80", "min. 3,5": the figure is the bound; the text is meant, not a number stored as text.
      const b = BOUND.exec(t);
      if (b) {
        input = t.slice(b[0].length);
        bounded = true;
      }
    }
    const p = parseNumber(input, kind, `${this.sheet.name}!${a1(r, c)}`);
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
 * "A"; an opini "WTP") or a range ("75-80", "75 s.d. 80"). Targets and realisations of such
 * indicators are written so on purpose: there is no figure to compare, and nothing to fix.
 */
export function isQualitative(text: string): boolean {
  const t = text.trim();
  return QUALITATIVE.test(t) || RANGE.test(t);
}
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
