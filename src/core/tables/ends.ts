/**
 * Where a table ends: a "Sumber :" or "Keterangan :" note, a new table's caption, or a signature
 * block (place and date, the head's title, name, pangkat, NIP) under or beside it. None of these
 * is a data row.
 */
import { cellAt, rowLength, textOf, type Sheet } from "../grid";

const MONTHS = "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember";

/** "Kecamatan Contoh, 31 Desember 2024", "Bandung, 2 Januari 2025", "Ditetapkan di …". */
const PLACE_AND_DATE = new RegExp(`^[\\p{L} .'()-]{2,60},\\s*(tanggal\\s+)?\\d{1,2}\\s+(${MONTHS})\\s+\\d{4}\\s*$`, "iu");
const SIGNATURE_LINE =
  /^(mengetahui|menyetujui|disetujui|ditetapkan di|dibuat oleh|diperiksa oleh|pihak (pertama|kedua)|nip\.?\s*[:.]?\s*\d|nip\s*$|(pembina|penata|pengatur|juru)( (utama|muda|tingkat|tk))?\b.*$)/iu;

/** The head's title opening a block after a blank row: "CAMAT CONTOH", "Kepala Dinas …", "a.n. Bupati". */
const HEAD_TITLE = /^(kepala|camat|sekretaris|bupati|wali ?kota|lurah|plt\.?|plh\.?|a\.? ?n\.?|pj\.?)(\s|$)/i;

/** Whether a row's first text closes a table: a source line, a note, a new table's caption. */
export function isTableEnd(text: string): boolean {
  return /^(sumber|keterangan|catatan)\s*:?/i.test(text) || /^tabel\s+\d/i.test(text) || isSignatureText(text);
}

/** A line of a signature block: place and date, "Mengetahui", NIP, pangkat. */
export function isSignatureText(text: string): boolean {
  const t = text.trim();
  // Cheap tests first: this runs on the first text of every row of every table.
  const last = t.charCodeAt(t.length - 1);
  if (last >= 48 && last <= 57 && t.includes(",") && PLACE_AND_DATE.test(t)) return true;
  return /^[mdpnj]/i.test(t) && SIGNATURE_LINE.test(t);
}

/** A line of a signature block or the head's title ("KEPALA DINAS …"), as written beside a header. */
export function isSignatureOrHeadTitle(text: string): boolean {
  return isSignatureText(text) || HEAD_TITLE.test(text.trim());
}

/**
 * Whether row r is a line of a signature block: a place-and-date, "Mengetahui", a NIP or a pangkat,
 * in a row of at most three cells with no numbers; after a blank row also the head's title
 * ("CAMAT CONTOH") alone.
 */
export function isSignatureRow(sheet: Sheet, r: number, afterBlank = false): boolean {
  // A row with a number or more than three texts is no signature line: decided before any pattern runs.
  let filled = 0;
  for (let c = 0; c < rowLength(sheet, r); c++) {
    const v = cellAt(sheet, r, c);
    if (v === null || v === "") continue;
    if (typeof v === "number" || ++filled > 3) return false;
  }
  if (filled === 0) return false;
  let texts = 0;
  let signature = false;
  let title = false;
  for (let c = 0; c < rowLength(sheet, r); c++) {
    const v = cellAt(sheet, r, c);
    if (v === null || v === "") continue;
    if (typeof v === "number") return false;
    texts++;
    const t = textOf(v);
    if (isSignatureText(t)) signature = true;
    if (HEAD_TITLE.test(t)) title = true;
  }
  return (signature && texts <= 3) || (afterBlank && title && texts <= 2);
}
