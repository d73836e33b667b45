/**
 * Reading a realisasi anggaran table: the rows of the Kepmendagri 050-5889 hierarchy (urusan,
 * bidang, program, kegiatan, sub kegiatan), the accounts under a sub kegiatan or of an LRA
 * (rekening), an LRA's balance rows (SURPLUS/(DEFISIT), PEMBIAYAAN NETTO) and JUMLAH rows, each
 * with its anggaran (pagu), realisasi, % and, where the table has it, sisa.
 */
import { cellAt, rowLength, sheetWidth, type Sheet } from "../grid";
import { parseNumber } from "../numbers";
import { CellReader, codeAcross, codeSpan, dashAsZero } from "./cells";
import { isHeaderishRow, normalizeLabel, type Column, type Header, type Role } from "./header";
import { isSignatureRow, isTableEnd } from "./ends";
import { paguColumn, roleColumn } from "./indicator-table";
import {
  ACCOUNT_NAME,
  accountGroupOf,
  accountTail,
  budgetLevelOfCode,
  cleanItemName,
  levelOfText,
  normalizeCode,
  splitLeadingCode,
  splitLongCode,
  splitUrusanCode,
  SUBTOTAL,
  UNIT_NAME,
  URUSAN_NAME,
  type AccountGroup,
} from "./levels";
import type { BudgetRow, BudgetTable, Expr, TextCell } from "./types";
import { scalePercentFractions } from "./percent-fractions";
import { isUnitNote, unitScaleOf } from "./unit";

/**
 * A sisa (remaining budget) column: "Sisa", "SISA", "Sisa (Rp)", "Sisa Anggaran", "Selisih", "Anggaran"
 * over "Sisa". Not a remainder of anything else: "Sisa Waktu", "Sisa Target", "Selisih (%)",
 * "Sisa Lebih Pembiayaan" (SILPA, a row's name), a K or % sub-column.
 */
const SISA = /(^|\s)(sisa|selisih)(\s|$)/;
const NOT_MONEY = /waktu|hari|bulan|minggu|target|kinerja|fisik|volume|output|capaian|%|persen|lebih|kurang|silpa|\bk\b/;

export function isSisaLabel(label: string, unit: string | null = null): boolean {
  const l = normalizeLabel(label);
  return SISA.test(l) && !NOT_MONEY.test(l) && unit !== "K" && unit !== "%";
}

/** A row that names its own level ("Program …", "Kegiatan …", "Sub Kegiatan …"). */
const LEVEL_WORD = /^(program|kegiatan|sub\s*-?\s*kegiatan)\b/i;

/** Balance rows of an LRA: none is spending, none is a program. */
const SALDO = /^\(?\s*(surplus|defisit)\b|^pembiayaan\s+net|^sisa\s+(lebih|kurang)\b|^silpa\b/i;

export { rupiahOf, unitScaleOfText } from "./unit";

/** The account group a name states: "PENDAPATAN DAERAH", "JUMLAH BELANJA", "Penerimaan Pembiayaan". */
function accountOfName(name: string): AccountGroup | null {
  const t = name
    .replace(/^(jumlah|total)\s+/i, "")
    .trim()
    .toLowerCase();
  if (/^pendapatan\b/.test(t)) return "pendapatan";
  if (/^belanja\b/.test(t)) return "belanja";
  if (/^(pembiayaan|penerimaan pembiayaan|pengeluaran pembiayaan)\b/.test(t)) return "pembiayaan";
  return null;
}

/**
 * The sisa column: a column headed Sisa or Selisih, else the column the column-number row states
 * as anggaran − realisasi ("5 = 3 - 4").
 */
function sisaColumn(header: Header, paguC: number | undefined, realC: number | undefined): number | undefined {
  // Any labelled column: a plain "Sisa" takes no role of its own.
  const byLabel = (header.labels ?? header.columns).find((c) => c.c !== paguC && c.c !== realC && isSisaLabel(c.label, c.unit ?? null));
  if (byLabel) return byLabel.c;
  if (paguC === undefined || realC === undefined) return undefined;
  const colOf = (n: number) => header.numbers.find((x) => x.n === n)?.c0;
  const isCol = (e: Expr, c: number) => "col" in e && colOf(e.col) === c;
  for (const rel of header.relations) {
    const e = rel.expr;
    if ("op" in e && e.op === "-" && isCol(e.left, paguC) && isCol(e.right, realC)) return colOf(rel.column);
  }
  return undefined;
}

export function readBudgetTable(sheet: Sheet, header: Header, title: string, isHeaderAt: (r: number) => boolean): BudgetTable {
  const cols = header.columns;
  const col = (role: Role) => roleColumn(cols, role);
  const width = sheetWidth(sheet);
  const cells = new CellReader(sheet);
  // A "Sisa (Rp)" column reads as a rupiah column too; the pagu is the one in force that is not the sisa.
  const paguC = paguColumn(cols, (c) => !isSisaLabel(c.label));
  // In a budget table a plain "Realisasi" or "Persentase (%)" column is the budget's.
  const realC = realisasiColumn(cols);
  const persenC = col("persenAnggaran") ?? col("capaian");
  const kodeC = col("kode");
  const kodeSpan = codeSpan(sheet, header, kodeC);
  // Further code columns right of the first ("Kode Sub Kegiatan" | "Kode Rekening"): a row's code is the deepest written.
  const moreKode = cols.filter((c) => c.role === "kode" && !kodeSpan.includes(c.c)).map((c) => c.c);
  // The name column: the one marked program/kegiatan/uraian, else the first text column left of pagu.
  const nameC = col("uraian") ?? col("indikator") ?? firstTextColumn(sheet, header, paguC ?? width);
  const sisaC = sisaColumn(header, paguC, realC);
  const columns: Record<string, number> = {};
  for (const c of cols) if (!(c.role in columns)) columns[c.role] = c.c;
  if (paguC !== undefined) columns.pagu = paguC;

  const rows: BudgetRow[] = [];
  let blankRun = 0;
  let last = header.r1;
  let r = header.dataStart;
  let seenProgram = false;
  let seenAccount = false;
  let section: AccountGroup | null = null;
  let codedItems = false;
  const digitInName = new Set<BudgetRow>();
  // Items placed only by their order (no code, level column, "PROGRAM", capitals or "- ") and items with a sign.
  let guessed = 0;
  let signedItems = false;
  // Names written one column a level: "Program | Kegiatan | Sub Kegiatan" headings over the name columns.
  const levelCols = levelColumns(header, nameC);
  for (; r < sheet.rows.length; r++) {
    let name = cells.text(r, nameC);
    let levelByColumn: BudgetRow["level"] | null = null;
    if (levelCols.length > 1) {
      const at = levelCols.find((x) => cells.text(r, x.c) !== null);
      if (at) {
        name = cells.text(r, at.c);
        levelByColumn = at.level;
      }
    }
    let kode = [...moreKode].reverse().reduce<TextCell | null>((k, c) => k ?? cells.text(r, c), null) ?? codeAcross(sheet, r, kodeSpan);
    // A row with figures whose name is written in the code column, merged over the name column ("PROGRAM …",
    // "2.15.02 PROGRAM …", "JUMLAH"); a sub-header row under a merged Kode ("Urusan", "Bidang") has none.
    if (!name && kode && /\p{L}{3}/u.test(kode.text) && [paguC, realC].some((c) => c !== undefined && parseNumber(cellAt(sheet, r, c), "rupiah").ok)) {
      name = kode;
      kode = null;
    }
    const any = name !== null || kode !== null || [paguC, realC].some((c) => c !== undefined && cellAt(sheet, r, c) !== null);
    if (!any) {
      if (++blankRun >= 2) break;
      continue;
    }
    const first = firstTextOf(sheet, r, width);
    if ((first !== null && isTableEnd(first)) || isSignatureRow(sheet, r, blankRun > 0) || (blankRun > 0 && isHeaderishRow(sheet, r))) break;
    // A unit note under the last row ("*) angka dalam ribuan rupiah") closes the table; one above the first row is skipped.
    if (first !== null && isUnitNote(first) && !(sheet.rows[r] ?? []).some((v) => typeof v === "number")) {
      if (rows.length > 0) break;
      continue;
    }
    blankRun = 0;
    if (r > header.dataStart && isHeaderAt(r)) break;
    last = r;
    const pagu = dashAsZero(sheet, r, paguC) ?? cells.num(r, paguC, "rupiah");
    const realisasi = dashAsZero(sheet, r, realC) ?? cells.num(r, realC, "rupiah");
    const persen = cells.num(r, persenC, "percent");
    if (!name) continue;
    // An organisation's code (or a sub kegiatan's joined to an account's) in the code or name column.
    const long = kode ? splitLongCode(kode.text) : splitLongCode(name.text);
    const tail = long && accountTail(long.code);
    // The perangkat daerah and its units (a row of its own or a row naming it between blocks) are no budget item.
    if (long && !tail) continue;
    const numberless = !pagu && !realisasi && !persen;
    // A block's subtotal is neither an item nor the table's total.
    if (SUBTOTAL.test(name.text)) continue;
    if (!kode && !long && UNIT_NAME.test(name.text) && !ACCOUNT_NAME.test(name.text)) continue;
    // A program name that runs on to a following row with no numbers continues the row above.
    const prev = rows[rows.length - 1];
    if (numberless && !kode && prev?.level === "program" && r - prev.r <= 2 && name.text === name.text.toUpperCase()) {
      rows[rows.length - 1] = { ...prev, name: { ...prev.name, text: `${prev.name.text} ${name.text}` } };
      continue;
    }
    // "1.02.01 PROGRAM …" in the name column; else an urusan's one digit ("1 URUSAN PEMERINTAHAN …").
    const leading = tail ? { code: null, rest: kode ? name.text : long.rest } : splitLeadingCode(name.text);
    const urusan = !kode && !leading.code && !tail ? splitUrusanCode(name.text) : null;
    const split = urusan ?? leading;
    const code = tail ?? kode?.text ?? split.code;
    const text = split.rest;
    let level: BudgetRow["level"] | null = null;
    let account: AccountGroup | null = null;
    // "Grand Total" closes a pivot table: the total, not an item of the last program.
    if (/^(grand\s+)?(jumlah|total)\b/i.test(text)) {
      level = "total";
      account = accountOfName(text);
    } else if (SALDO.test(text)) level = "saldo";
    else if (code && (level = budgetLevelOfCode(code, text))) {
      if (level === "rekening") account = accountGroupOf(code) ?? accountOfName(text) ?? section;
    } else if (ACCOUNT_NAME.test(text) || (seenAccount && !seenProgram)) {
      // An LRA without codes: its account heads by name, the rows under them by their section.
      level = "rekening";
      account = accountOfName(text) ?? section;
    } else if (codedItems && (rows[rows.length - 1]?.level === "subkegiatan" || rows[rows.length - 1]?.level === "rekening") && !LEVEL_WORD.test(text)) {
      // Under a sub kegiatan of a table whose items carry codes, a row without one is a detail of its spending
      // ("Honorarium Narasumber", "- Alat Tulis Kantor"), not a kegiatan.
      level = "rekening";
      account = accountOfName(text) ?? section;
    } else {
      const signed = levelByColumn ?? levelOfText(text);
      level = signed ?? (seenProgram ? "kegiatan" : "program");
      if (!signed) guessed++;
      else if (level === "program" || level === "kegiatan" || level === "subkegiatan") signedItems = true;
    }
    if (code && (level === "program" || level === "kegiatan" || level === "subkegiatan")) codedItems = true;
    if (level === "program") seenProgram = true;
    if (level === "rekening") {
      seenAccount = true;
      section = account;
    }
    const sisa = dashAsZero(sheet, r, sisaC) ?? cells.num(r, sisaC, "rupiah");
    const row: BudgetRow = { r, name: { ...name, text: cleanItemName(text) }, code, level, account, pagu, realisasi, persen, sisa };
    if (urusan) digitInName.add(row);
    rows.push(row);
  }
  checkShortCodes(rows, digitInName);
  // Nothing in the table tells a level: a flat list (months of a rekap SPJ, activities of a summary),
  // not a program over the rows that follow it. Its rows are held to no parent's sum.
  if (guessed > 1 && !codedItems && !signedItems) for (const row of rows) if (row.level === "program") row.level = "kegiatan";
  // A serapan column formatted as a percentage holds fractions (0.925 for 92,50 %).
  scalePercentFractions(rows.map((row) => ({ cell: row.persen, set: (n) => void (row.persen = n) })));
  return {
    kind: "anggaran",
    sheet: sheet.name,
    area: { r0: header.r0, c0: Math.min(nameC ?? 0, ...cols.map((c) => c.c)), r1: Math.max(last, header.r1), c1: Math.max(...cols.map((c) => c.c)) },
    title,
    headerRow: header.r0,
    problems: cells.problems,
    columns: sisaC === undefined ? columns : { ...columns, sisa: sisaC },
    rows,
    unitScale: unitScaleOf(sheet, header, title, last, isHeaderAt),
  };
}

/**
 * Codes of one or two segments are checked against the row below. "5 UNSUR PENUNJANG URUSAN
 * PEMERINTAHAN" over "5.01" is an urusan, "5.01" over "5.01.01" a bidang; "5 BELANJA DAERAH" over
 * "5.1 BELANJA OPERASI" an account group; a row named URUSAN … or UNSUR … with one digit is an
 * urusan whatever lies below it. A short code that nothing extends and no account or urusan name
 * backs ("1.1 Penyusunan Renja" numbering a list) is no level of its own: the row is placed by its
 * text, as in a table without codes; a digit read off the name ("1 Penyusunan Renja") is then a
 * list number, not a code.
 */
function checkShortCodes(rows: BudgetRow[], digitInName: ReadonlySet<BudgetRow>): void {
  rows.forEach((row, i) => {
    if (!row.code || (row.level !== "urusan" && row.level !== "bidang" && row.level !== "rekening")) return;
    const head = normalizeCode(row.code);
    if (head.split(".").length > 2) return;
    const next = rows[i + 1];
    const extended = !!next?.code && normalizeCode(next.code).startsWith(`${head}.`);
    if (extended && row.level === "urusan" && next.level === "rekening") {
      row.level = "rekening";
      row.account = accountGroupOf(row.code);
      return;
    }
    if (extended || (row.level === "rekening" && ACCOUNT_NAME.test(row.name.text))) return;
    if (row.level === "urusan" && !head.includes(".") && URUSAN_NAME.test(row.name.text)) return;
    row.level = levelOfText(row.name.text) ?? (rows.slice(0, i).some((r) => r.level === "program") ? "kegiatan" : "program");
    row.account = null;
    if (digitInName.has(row)) row.code = null;
  });
}

/**
 * The realisasi column: the budget's own, else a plain Realisasi; one outside the quarters ("Jumlah"
 * under "Realisasi" over TW I–IV) or the only one there is ("Realisasi s.d. TW IV"). Of several
 * quarters' columns and no total, none: which of them the % and the Sisa follow is not written.
 */
function realisasiColumn(cols: readonly Column[]): number | undefined {
  for (const role of ["realisasiAnggaran", "realisasi"] as const) {
    const all = cols.filter((c) => c.role === role);
    const yearly = all.filter((c) => c.quarter === null);
    if (yearly.length > 1) return toDate(yearly)?.c;
    if (yearly.length === 1) return yearly[0]!.c;
    if (all.length === 1) return all[0]!.c;
    if (all.length > 1) return undefined;
  }
  return undefined;
}

/** Up to now: "Realisasi s.d. Bulan Ini", "s.d. Triwulan Ini", "Kumulatif", "Jumlah Realisasi". */
const TO_DATE = /\b(s ?d|sampai dengan)\b.*\b(ini|sekarang)\b|\bkumulatif\b|\bjumlah\b|\btotal\b/;
/** A part of the period: "s.d. Bulan Lalu", "Bulan Ini", "Triwulan Sebelumnya". */
const PART = /\b(lalu|sebelumnya|ini)\b/;

/**
 * Of several realisasi columns of the year ("s.d. Bulan Lalu", "Bulan Ini", "s.d. Bulan Ini"), the
 * one up to now, which the % and the Sisa follow; else the one that is no part of the period; else
 * the latest year's ("Realisasi 2025" beside "Realisasi 2024"); none where that is not written.
 */
function toDate(cols: readonly Column[]): Column | undefined {
  const label = (c: Column) => normalizeLabel(c.label);
  const upToNow = cols.filter((c) => TO_DATE.test(label(c)));
  if (upToNow.length === 1) return upToNow[0];
  const whole = cols.filter((c) => !PART.test(label(c)));
  if (whole.length === 1) return whole[0];
  // An LRA beside last year's ("Realisasi 2025", "Realisasi 2024"): the later year's.
  const years = cols.map((c) => c.year);
  if (years.every((y) => y !== null) && new Set(years).size === years.length) return cols.reduce((a, b) => (b.year! > a.year! ? b : a));
  return undefined;
}

/**
 * The name columns of a table that writes each level in its own column (No | Program | Kegiatan |
 * Sub Kegiatan | Pagu …), from the name column right: each headed by its level alone. Empty where
 * fewer than two are.
 */
function levelColumns(header: Header, nameC: number | undefined): { c: number; level: "program" | "kegiatan" | "subkegiatan" }[] {
  if (nameC === undefined) return [];
  const out: { c: number; level: "program" | "kegiatan" | "subkegiatan" }[] = [];
  for (const l of header.labels ?? []) {
    if (l.c < nameC) continue;
    const t = normalizeLabel(l.label);
    const level = t === "program" ? "program" : t === "kegiatan" ? "kegiatan" : /^sub ?kegiatan$/.test(t) ? "subkegiatan" : null;
    if (level) out.push({ c: l.c, level });
    else if (out.length) break;
  }
  return out.length > 1 ? out : [];
}

function firstTextOf(sheet: Sheet, r: number, width: number): string | null {
  for (let c = 0; c < Math.min(width, rowLength(sheet, r)); c++) {
    const v = cellAt(sheet, r, c);
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return null;
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
