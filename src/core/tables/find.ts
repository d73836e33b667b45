/**
 * Finding every SAKIP table in a workbook by its header words, in any sheet, at any position,
 * several to a sheet; each is read into plain records. Kinds are told apart by their columns
 * and by the title above the header (or the sheet's name) where the columns alone do not say.
 */
import { cellAt, MergeIndex, rowLength, sheetWidth, textOf, type Sheet, type Workbook } from "../grid";
import { readBudgetTable } from "./budget-table";
import { normalizeLabel, quarterOf, readHeader, type Header } from "./header";
import { readIndicatorTable } from "./indicator-table";
import { answerColumns, readSkmAnswers, readSkmUnsurTable } from "./skm-tables";
import type { IndicatorTable, Table, TableKind } from "./types";

function titleKind(t: string): TableKind | null {
  if (/\bpkpk\b|pengukuran kinerja program/.test(t)) return "pkpk";
  if (/\bpps\b|pengukuran pencapaian sasaran/.test(t)) return "pps";
  if (/rencana aksi|\brenaksi\b/.test(t)) return "renaksi";
  if (/perjanjian kinerja|\bpk\b/.test(t)) return "pk";
  if (/capaian (indikator|iku|kinerja)|\biku\b|pengukuran kinerja/.test(t)) return "capaian";
  return null;
}

/** Decides a header's table kind from its columns and title. */
export function classify(header: Header, title: string): TableKind | null {
  const cols = header.columns;
  const has = (role: string, q?: "any" | "none") =>
    cols.some((c) => c.role === role && (q === undefined || (q === "any" ? c.quarter !== null : c.quarter === null)));
  if (has("unsur")) return "skm-unsur";
  if (!has("indikator")) return has("pagu") ? "anggaran" : null;
  const t = normalizeLabel(title);
  const byTitle = titleKind(t);
  const structured = has("uraian") || has("kode") || has("pagu");
  if (has("realisasi", "any") || (has("realisasi") && quarterOf(t) !== null && (byTitle === "pps" || byTitle === "pkpk"))) {
    if (byTitle === "pps" || byTitle === "pkpk") return byTitle;
    return structured ? "pkpk" : "pps";
  }
  if (has("target", "any") || has("targetTahunan", "any")) return byTitle === "pk" ? "pk" : "renaksi";
  if (has("realisasi")) return "capaian";
  if (has("target") || has("targetTahunan")) return byTitle === "renaksi" ? "renaksi" : "pk";
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


export function readSheet(sheet: Sheet): Table[] {
  const merges = new MergeIndex(sheet.merges);
  const tables: Table[] = [];
  const headerCache = new Map<number, Header | null>();
  const headerAt = (r: number): Header | null => {
    if (!headerCache.has(r)) headerCache.set(r, readHeader(sheet, r, merges));
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
    let table: Table;
    if (kind === "anggaran") table = readBudgetTable(sheet, header, title, isHeaderAt);
    else if (kind === "skm-unsur") table = readSkmUnsurTable(sheet, header, title);
    else {
      const quarter = kind === "pps" || kind === "pkpk" ? quarterOf(normalizeLabel(title)) : null;
      const hasQuarterColumns = header.columns.some((c) => c.quarter !== null);
      table = readIndicatorTable(sheet, header, kind as IndicatorTable["kind"], title, hasQuarterColumns ? null : quarter, isHeaderAt);
    }
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
