/**
 * Finding every SAKIP table in a workbook by its header words, in any sheet, at any position,
 * several to a sheet; each is read into plain records. Kinds are told apart by the declarations
 * of kinds.ts: the roles their columns take, and the title above the header (or the sheet's
 * name) where the columns alone do not say. A row is a header only where the rows below fit it;
 * every reading is checked (doubt.ts) before rules see it.
 */
import { cellAt, MergeIndex, rowLength, sheetWidth, textOf, type Sheet, type Workbook } from "../grid";
import { readBudgetTable } from "./budget-table";
import { assess } from "./doubt";
import { fitsBelow, headerMatches, normalizeLabel, quarterOf, readHeader, type Header } from "./header";
import { readIndicatorTable } from "./indicator-table";
import { KINDS, targetYears, TITLE_ORDER } from "./kinds";
import { readRenjaTable } from "./renja-table";
import { answerColumns, readSkmAnswers, readSkmUnsurTable } from "./skm-tables";
import type { IndicatorTable, Table, TableKind } from "./types";

/** The kind a title (and sheet name) names, by the declared title words, in TITLE_ORDER. */
export function titleKind(title: string): TableKind | null {
  const t = normalizeLabel(title);
  for (const kind of TITLE_ORDER) {
    for (const k of KINDS) if (k.kind === kind && k.title.test(t)) return kind;
  }
  return null;
}

/**
 * Decides a header's table kind with the declarations of kinds.ts: tier by tier, the kinds with a
 * shape the header's columns meet are the candidates; the one the title names wins, else the first.
 */
export function classify(header: Header, title: string): TableKind | null {
  const byTitle = titleKind(title);
  const normalizedTitle = normalizeLabel(title);
  const titleQuarter = quarterOf(normalizedTitle) !== null;
  const tiers = [...new Set(KINDS.map((k) => k.tier))].sort((a, b) => a - b);
  for (const tier of tiers) {
    const candidates: TableKind[] = [];
    for (const k of KINDS) {
      if (k.tier !== tier) continue;
      const ok = k.shapes.some(
        (shape) =>
          headerMatches(header, shape.want) &&
          !(shape.forbid ?? []).some((role) => header.columns.some((c) => c.role === role)) &&
          (!shape.titleQuarter || (titleQuarter && byTitle === k.kind)) &&
          (!shape.byTitle || byTitle === k.kind) &&
          (!k.needsSatuan || byTitle === k.kind || header.columns.some((c) => c.role === "satuan")) &&
          (!k.oneYear || targetYears(header.columns) < 3) &&
          (!k.notWithLabels || byTitle === k.kind || !k.notWithLabels((header.labels ?? []).map((l) => l.label))) &&
          (!k.notWithTitle || k.title.test(normalizedTitle) || !k.notWithTitle.test(normalizedTitle)),
      );
      if (ok && !candidates.includes(k.kind)) candidates.push(k.kind);
    }
    if (candidates.length === 0) continue;
    return byTitle !== null && candidates.includes(byTitle) ? byTitle : (candidates[0] as TableKind);
  }
  return null;
}

/** Text of up to six rows above a header (down from the previous table's end), as its title. */
function titleAbove(sheet: Sheet, r: number, floor: number): string {
  const width = Math.min(sheetWidth(sheet), 30);
  const parts: string[] = [];
  for (let rr = Math.max(floor, r - 6); rr < r; rr++) {
    for (let c = 0; c < Math.min(width, rowLength(sheet, rr)); c++) {
      const t = textOf(cellAt(sheet, rr, c));
      if (t !== "" && t.length < 200) parts.push(t);
    }
  }
  return parts.join(" ");
}

/**
 * Whether a "Tahun" (or "Periode") column gives each row its own year: a chart's data or a
 * multi-year series (2023, 2024, 2025 down the rows), not one year's document.
 */
function isYearSeries(sheet: Sheet, header: Header): boolean {
  for (const l of header.labels ?? []) {
    if (!/^(tahun|periode|thn)$/.test(l.label)) continue;
    const years = new Set<number>();
    for (let r = header.dataStart; r < Math.min(sheet.rows.length, header.dataStart + 50); r++) {
      const m = /^(19|20)\d\d$/.exec(textOf(cellAt(sheet, r, l.c)));
      if (m) years.add(Number(m[0]));
    }
    if (years.size >= 2) return true;
  }
  return false;
}

export function readSheet(sheet: Sheet): Table[] {
  const merges = new MergeIndex(sheet.merges);
  const tables: Table[] = [];
  const headerCache = new Map<number, Header | null>();
  const headerAt = (r: number): Header | null => {
    if (!headerCache.has(r)) {
      // A row is a header only where the rows below fit it (numbers under number columns, names under name columns).
      const h = readHeader(sheet, r, merges);
      headerCache.set(r, h && fitsBelow(sheet, h) ? h : null);
    }
    return headerCache.get(r) ?? null;
  };
  const answersCache = new Map<number, number[] | null>();
  const answersAt = (r: number): number[] | null => {
    if (!answersCache.has(r)) answersCache.set(r, answerColumns(sheet, r));
    return answersCache.get(r) ?? null;
  };
  const isHeaderAt = (r: number) => headerAt(r) !== null || answersAt(r) !== null;
  let floor = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    // A row without cells is no header (and costs nothing, however many there are).
    if (rowLength(sheet, r) === 0) continue;
    const answers = answersAt(r);
    if (answers) {
      const t = readSkmAnswers(sheet, r, answers, titleAbove(sheet, r, floor));
      tables.push(t);
      r = floor = t.area.r1 + 1;
      continue;
    }
    const header = headerAt(r);
    if (!header) continue;
    const title = `${titleAbove(sheet, r, floor)} ${sheet.name}`;
    const kind = classify(header, title);
    if (!kind) continue;
    if (kind !== "anggaran" && kind !== "skm-unsur" && isYearSeries(sheet, header)) continue;
    let table: Table;
    if (kind === "anggaran") table = readBudgetTable(sheet, header, title, isHeaderAt);
    else if (kind === "skm-unsur") table = readSkmUnsurTable(sheet, header, title);
    else if (kind === "renja") table = readRenjaTable(sheet, header, title, isHeaderAt);
    else {
      const quarter = kind === "pps" || kind === "pkpk" ? quarterOf(normalizeLabel(title)) : null;
      const hasQuarterColumns = header.columns.some((c) => c.quarter !== null);
      table = readIndicatorTable(sheet, header, kind as IndicatorTable["kind"], title, hasQuarterColumns ? null : quarter, isHeaderAt);
    }
    const { doubt, problems } = assess(sheet, header, table);
    // The table spans the columns its column-number row numbers, not only the columns it reads.
    const c1 = Math.max(table.area.c1, ...header.numbers.map((n) => n.c1));
    table = { ...table, area: { ...table.area, c1 }, problems, doubt, columnNumbers: header.numbers, relations: header.relations };
    if (sheet.hiddenRows?.size) table = { ...table, hiddenRows: sheet.hiddenRows };
    tables.push(table);
    r = table.area.r1;
    floor = r + 1;
  }
  return tables;
}

/** Every table of every sheet, in sheet order. */
export function readWorkbook(workbook: Workbook): Table[] {
  return workbook.sheets.flatMap((s) => readSheet(s));
}
