/** Reading a realisasi anggaran table: program, kegiatan and sub kegiatan rows with pagu and realisasi. */
import { cellAt, rowLength, sheetWidth, textOf, type Sheet } from "../grid";
import { CellReader } from "./cells";
import { isHeaderishRow, type Header, type Role } from "./header";
import { isSignatureRow, isTableEnd } from "./ends";
import { roleColumn } from "./indicator-table";
import { cleanItemName, levelOfCode, levelOfText, splitLeadingCode } from "./levels";
import type { BudgetRow, BudgetTable } from "./types";
import { scalePercentFractions } from "./percent-fractions";

export function readBudgetTable(sheet: Sheet, header: Header, title: string, isHeaderAt: (r: number) => boolean): BudgetTable {
  const cols = header.columns;
  const col = (role: Role) => roleColumn(cols, role);
  const width = sheetWidth(sheet);
  const cells = new CellReader(sheet);
  const paguC = col("pagu");
  // In a budget table a plain "Realisasi" or "Persentase (%)" column is the budget's.
  const realC = col("realisasiAnggaran") ?? col("realisasi");
  const persenC = col("persenAnggaran") ?? col("capaian");
  const kodeC = col("kode");
  // The name column: the one marked program/kegiatan/uraian, else the first text column left of pagu.
  const nameC = col("uraian") ?? col("indikator") ?? firstTextColumn(sheet, header, paguC ?? width);
  const columns: Record<string, number> = {};
  for (const c of cols) if (!(c.role in columns)) columns[c.role] = c.c;

  const rows: BudgetRow[] = [];
  let blankRun = 0;
  let last = header.r1;
  let r = header.dataStart;
  let seenProgram = false;
  for (; r < sheet.rows.length; r++) {
    const name = cells.text(r, nameC);
    const kode = cells.text(r, kodeC);
    const any = name !== null || kode !== null || [paguC, realC].some((c) => c !== undefined && cellAt(sheet, r, c) !== null);
    if (!any) {
      if (++blankRun >= 2) break;
      continue;
    }
    if ((name && isTableEnd(name.text)) || isSignatureRow(sheet, r, blankRun > 0) || (blankRun > 0 && isHeaderishRow(sheet, r))) break;
    blankRun = 0;
    if (r > header.dataStart && isHeaderAt(r)) break;
    last = r;
    const pagu = cells.num(r, paguC, "rupiah");
    const realisasi = cells.num(r, realC, "rupiah");
    const persen = cells.num(r, persenC, "percent");
    if (!name) continue;
    // A program name that runs on to a following row with no numbers continues the row above.
    const prev = rows[rows.length - 1];
    if (!pagu && !realisasi && !persen && !kode && prev?.level === "program" && r - prev.r <= 2 && name.text === name.text.toUpperCase()) {
      rows[rows.length - 1] = { ...prev, name: { ...prev.name, text: `${prev.name.text} ${name.text}` } };
      continue;
    }
    const split = splitLeadingCode(name.text);
    const code = kode?.text ?? split.code;
    let level: BudgetRow["level"];
    if (/^(jumlah|total)\b/i.test(split.rest)) level = "total";
    else level = (code && levelOfCode(code)) || levelOfText(split.rest) || (seenProgram ? "kegiatan" : "program");
    if (level === "program") seenProgram = true;
    rows.push({ r, name: { ...name, text: cleanItemName(split.rest) }, code, level, pagu, realisasi, persen });
  }
  // A serapan column formatted as a percentage holds fractions (0.925 for 92,50 %).
  scalePercentFractions(rows.map((row) => ({ cell: row.persen, set: (n) => void (row.persen = n) })));
  return {
    kind: "anggaran",
    sheet: sheet.name,
    area: { r0: header.r0, c0: Math.min(nameC ?? 0, ...cols.map((c) => c.c)), r1: Math.max(last, header.r1), c1: Math.max(...cols.map((c) => c.c)) },
    title,
    headerRow: header.r0,
    problems: cells.problems,
    columns,
    rows,
  };
}

function firstTextColumn(sheet: Sheet, header: Header, before: number): number | undefined {
  for (let r = header.dataStart; r < Math.min(sheet.rows.length, header.dataStart + 10); r++) {
    for (let c = 0; c < Math.min(before, rowLength(sheet, r)); c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v === "string" && /[A-Za-z]{3}/.test(v)) return c;
    }
  }
  return undefined;
}
