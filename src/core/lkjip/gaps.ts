/**
 * What the workbook lacks for the LKjIP tables, said once per table: the rows' notes of the form
 * "Tidak ada …: tambahkan/isi …" (a missing figure and which table of the workbook would supply
 * it), each with the number of rows it stands in. The pane and the command line list these after
 * writing or printing the tables, so a user learns which table to add without reading every row.
 * Notes of another kind (a figure written otherwise, a quarter not yet measured) are not gaps.
 */
import type { LkjipTableId, LkjipTables } from "./types";

export interface LkjipGap {
  readonly table: LkjipTableId;
  /** 1-based number of the table, as the sheet and the command line number them. */
  readonly number: number;
  /** The sentence: what is missing and where to add it. */
  readonly note: string;
  /** How many rows of the table say it; 0 when the table's own note says it. */
  readonly rows: number;
}

/** A row's note is one or more sentences joined by spaces; a sentence ends with a full stop. */
function sentences(note: string): string[] {
  return note
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Tidak ada X: tambahkan …", "X tidak dapat …: tambahkan …"; not "Belum ada realisasi TW II: isi …" (a quarter still to come). */
const GAP = /^(Tidak ada [^:]+|[^:]+ tidak dapat [^:]+): (tambahkan|isi) /;

export function gapsOf(l: LkjipTables): LkjipGap[] {
  const out: LkjipGap[] = [];
  l.tables.forEach((t, i) => {
    const counts = new Map<string, number>();
    for (const r of t.rows) for (const s of new Set(sentences(r.note ?? ""))) if (GAP.test(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const note of t.notes) for (const s of sentences(note)) if (GAP.test(s) && !counts.has(s)) counts.set(s, 0);
    for (const [note, rows] of counts) out.push({ table: t.id, number: i + 1, note, rows });
  });
  return out;
}

/** The gaps as one paragraph in Bahasa Indonesia, or "" when there are none. */
export function gapsText(gaps: readonly LkjipGap[]): string {
  if (!gaps.length) return "";
  return `Data yang belum ada di buku kerja: ${gaps.map((g) => `Tabel ${g.number}${g.rows > 1 ? ` (${g.rows} baris)` : ""}: ${g.note}`).join(" ")}`;
}
