/**
 * A reading checks itself. When a column the kind reads as numbers holds mostly text, or most
 * rows of a table fail to read, the header was misread: the table is marked with a doubt, rules
 * do not run on it, and one warning names the region. Per-cell "tidak terbaca" problems are kept
 * only in columns that are clearly numeric.
 */
import { cellAt, columnLetters, textOf, type Sheet } from "../grid";
import { cellFit, type Header } from "./header";
import { ROLE_CONTENT } from "./kinds";
import type { Doubt, ReadProblem, Table } from "./types";

/** Fewer unreadable texts than this never make a column doubtful on their own. */
const MIN_TEXTS = 3;

interface ColumnCount {
  readonly c: number;
  readonly title: string;
  numbers: number;
  texts: number;
  rows: number;
}

/** The header's own words over a column, as the user wrote them (the band's lowest non-blank cell up). */
function titleOf(sheet: Sheet, header: Header, c: number, fallback: string): string {
  const parts: string[] = [];
  for (let r = header.r0; r <= header.r1; r++) {
    const t = textOf(cellAt(sheet, r, c));
    if (t !== "" && !parts.includes(t)) parts.push(t);
  }
  const s = parts.join(" ") || fallback;
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Whether the table's reading is sound; the doubt and the problems worth reporting. */
export function assess(sheet: Sheet, header: Header, table: Table): { doubt: Doubt | null; problems: ReadProblem[] } {
  const counts: ColumnCount[] = [];
  const seen = new Set<number>();
  for (const col of header.columns) {
    if (ROLE_CONTENT[col.role] !== "number" || seen.has(col.c)) continue;
    seen.add(col.c);
    counts.push({ c: col.c, title: titleOf(sheet, header, col.c, col.label), numbers: 0, texts: 0, rows: 0 });
  }
  for (let r = header.dataStart; r <= table.area.r1; r++) {
    for (const k of counts) {
      const v = cellAt(sheet, r, k.c);
      const f = cellFit(v, "target");
      if (v !== null && v !== "") k.rows++;
      if (f > 0) k.numbers++;
      else if (f < 0) k.texts++;
    }
  }
  const doubtful = counts.filter((k) => k.texts >= MIN_TEXTS && k.texts > k.numbers);
  let doubt: Doubt | null = null;
  if (doubtful.length > 0) {
    const k = doubtful.reduce((a, b) => (b.texts > a.texts ? b : a));
    doubt = {
      reason: `kolom "${k.title}" (${columnLetters(k.c)}) seharusnya berisi angka, tetapi ${k.texts} dari ${k.rows} barisnya berisi teks`,
      expected: "angka",
      found: "teks",
    };
  }
  const unclear = new Set(counts.filter((k) => k.texts >= MIN_TEXTS && k.numbers < 2 * k.texts).map((k) => k.c));
  const problems = table.problems.filter((p) => !unclear.has(p.c) || p.message === "indikator-kosong" || p.message === "jawaban-tidak-sah");
  if (!doubt) {
    const rowsRead = "rows" in table && Array.isArray(table.rows) ? table.rows.length : 0;
    const badRows = new Set(problems.filter((p) => p.message !== "indikator-kosong").map((p) => p.r)).size;
    if (rowsRead >= 3 && badRows * 2 > rowsRead) {
      doubt = {
        reason: `${badRows} dari ${rowsRead} barisnya tidak terbaca sebagai angka di kolom yang seharusnya berisi angka`,
        expected: "angka",
        found: "teks",
      };
    }
  }
  return { doubt, problems };
}
