/**
 * The unit a table writes its rupiah figures in: rupiah, thousands ("dalam ribuan rupiah",
 * "(Rp 000)", "Ribuan Rupiah", "x Rp 1.000") or millions, as stated in the title above the table,
 * a header cell, or a note under the table ("Keterangan: dalam ribuan rupiah", "*) angka dalam
 * ribuan rupiah"). Budget tables, PKPK and Evaluasi Renja (its Rp columns) share it, so figures
 * of different documents are compared in rupiah. Cells keep the written figures; `rupiahOf`
 * converts.
 */
import { cellAt, rowLength, textOf, type Sheet } from "../grid";
import { roundTo } from "../numbers";
import { isSignatureRow } from "./ends";
import type { Header } from "./header";
import type { NumCell } from "./types";

const THOUSANDS = [
  /\bdalam\s+ribu(an)?\b/,
  /\bribuan\s+rupiah\b/,
  /\brp\.?\s*ribu(an)?\b/,
  /\brp\.?\s*\(?\s*000\b(?![.,]\d)/,
  /\(\s*000\s*\)/,
  /(^|[\s(])x\s*rp\.?\s*1[.,]?000\b(?![.,]?\d)/,
];
const MILLIONS = [/\bdalam\s+juta(an)?\b/, /\bjutaan\s+rupiah\b/, /\brp\.?\s*juta(an)?\b/, /(^|[\s(])x\s*rp\.?\s*1[.,]?000[.,]?000\b(?![.,]?\d)/];

/** The unit a text states for rupiah figures: 1000 (ribuan), 1000000 (jutaan), or null when it states none. */
export function unitScaleOfText(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, " ");
  if (MILLIONS.some((re) => re.test(t))) return 1_000_000;
  if (THOUSANDS.some((re) => re.test(t))) return 1000;
  return null;
}

/** A note stating the unit ("*) angka dalam ribuan rupiah", "(dalam ribuan rupiah)"): a line of text, never a data row's name. */
export function isUnitNote(text: string): boolean {
  return text.length <= 200 && unitScaleOfText(text) !== null;
}

/** How many rows under a table's last row are searched for its unit note. */
const NOTE_ROWS = 6;

/** The text of a row that holds no number (a note), or null for a row with a number or no text. */
function noteText(sheet: Sheet, r: number): string | null {
  const parts: string[] = [];
  for (let c = 0; c < rowLength(sheet, r); c++) {
    const v = cellAt(sheet, r, c);
    if (typeof v === "number") return null;
    const t = textOf(v);
    if (t !== "") parts.push(t);
  }
  const s = parts.join(" ");
  return s === "" || s.length > 200 ? null : s;
}

/**
 * The unit of a table's rupiah figures: stated in the title above it (or its sheet's name), else
 * in a header cell ("Anggaran (Rp 000)", a band "Dalam Ribuan Rupiah"), else in a note row (a row
 * without numbers) inside the table or up to six rows under its last row `r1`, before the next
 * table: a caption ("Tabel 3.3"), a header (`isHeaderAt`) or a signature block ends the search, and
 * a note with a header right under it is that next table's title, not this one's. 1 otherwise.
 */
export function unitScaleOf(sheet: Sheet, header: Header, title: string, r1: number, isHeaderAt: (r: number) => boolean): number {
  const byTitle = unitScaleOfText(title);
  if (byTitle !== null) return byTitle;
  for (let r = header.r0; r < header.dataStart; r++) {
    for (let c = 0; c < rowLength(sheet, r); c++) {
      const t = textOf(cellAt(sheet, r, c));
      const s = t ? unitScaleOfText(t) : null;
      if (s !== null) return s;
    }
  }
  const last = Math.min(sheet.rows.length - 1, r1 + NOTE_ROWS);
  for (let r = header.dataStart; r <= last; r++) {
    if (r > r1 && (isHeaderAt(r) || isSignatureRow(sheet, r))) break;
    const t = noteText(sheet, r);
    if (t === null) continue;
    if (r > r1 && /^\s*tabel\s+\d/i.test(t)) break;
    const s = unitScaleOfText(t);
    if (s === null) continue;
    for (let rr = r + 1; rr <= Math.min(sheet.rows.length - 1, r + NOTE_ROWS); rr++) if (rr > header.dataStart && isHeaderAt(rr)) return 1;
    return s;
  }
  return 1;
}

/** A figure in rupiah: the written figure times its table's unit (ribuan rupiah → × 1000). */
export function rupiahOf(table: { readonly unitScale?: number }, n: NumCell): number {
  const scale = table.unitScale ?? 1;
  // Rounded to clear the binary noise of the product (1,1 × 1000 = 1100.0000000000002).
  return scale === 1 ? n.value : roundTo(n.value * scale, 4);
}
