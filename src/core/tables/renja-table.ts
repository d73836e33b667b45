/**
 * Reading an Evaluasi terhadap Hasil Renja Perangkat Daerah (Permendagri 86/2017, form E.81; the
 * Evaluasi RKPD has the same shape): its indicator rows as any indicator table's (the Renja's
 * target is column 8 K, its realisation column 13 K), and every data row, with or without an
 * indicator (urusan, bidang, the perangkat daerah's own row, the total), with the numbers of the
 * form's columns (kinds.ts RENJA_FIELDS) by sheet column, for the Renja rules.
 */
import { cellAt, rowLength, textOf, type Sheet } from "../grid";
import type { NumberKind } from "../numbers";
import { CellReader, codeAcross, codeSpan, kindForSatuan } from "./cells";
import type { Header } from "./header";
import { isRevisedLabel, readIndicatorTable, roleColumn } from "./indicator-table";
import { RENJA_FIELDS, RENJA_RELATIONS, type Unit } from "./kinds";
import { columnsOf, parseNumberCell, showExpr, type Expr } from "./numbering";
import { budgetLevelOfCode, cleanItemName, levelOfText, normalizeCode, splitLeadingCode, splitUrusanCode, SUBTOTAL, UNIT_NAME, URUSAN_NAME } from "./levels";
import { scalePercentFractions } from "./percent-fractions";
import { isUnitNote, unitScaleOf } from "./unit";
import type { IndicatorRow, NumCell, ReadProblem, RenjaColumn, RenjaData, RenjaField, RenjaLevel, RenjaLine, RenjaTable } from "./types";

const BUDGET_WORD = /anggaran|\brp\b|pagu|keuangan|rupiah/;
const PERCENT_FIELDS: readonly RenjaField[] = ["tingkat", "renstraTingkat"];

/** The Renja columns of a header: each labelled column whose heading names a field of the form. */
export function renjaColumns(header: Header): RenjaColumn[] {
  const out: RenjaColumn[] = [];
  const revised = new Set<number>();
  const yearOf = new Map<number, number>();
  for (const l of header.labels ?? []) {
    const decl = RENJA_FIELDS.find((d) => !(d.none && d.none.test(l.label)) && d.all.every((re) => re.test(l.label)));
    if (!decl) continue;
    const unit = l.unit ?? (BUDGET_WORD.test(l.label) ? "Rp" : "K");
    const n = header.numbers.find((x) => x.c0 <= l.c && l.c <= x.c1)?.n ?? null;
    const years = [...l.label.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1]));
    const year = years.length ? Math.max(...years) : null;
    if (year !== null) yearOf.set(l.c, year);
    // A field written twice: before and after the Renja's revision ("Murni", "Perubahan"), the revised one is in
    // force; for two years (last year's Renja kept, often hidden, beside this year's), the later one.
    const i = out.findIndex((x) => x.field === decl.field && x.unit === unit);
    if (i >= 0) {
      const before = out[i]!.c;
      const later = year !== null && yearOf.has(before) && year > yearOf.get(before)!;
      if ((isRevisedLabel(l.label) && !revised.has(before)) || (later && !revised.has(before))) {
        out[i] = { field: decl.field, unit, c: l.c, n };
        if (isRevisedLabel(l.label)) revised.add(l.c);
      }
      continue;
    }
    if (isRevisedLabel(l.label)) revised.add(l.c);
    out.push({ field: decl.field, unit, c: l.c, n });
  }
  return out;
}

/** A perangkat daerah's own row: its name ("DINAS KESEHATAN", "Kecamatan Sukamaju") or an organisation code of 7+ segments. */
const PD_NAME = /^(dinas|badan|kantor|kecamatan|sekretariat|inspektorat|satuan polisi|rumah sakit|rsud|kelurahan|perangkat daerah)\b/i;

function levelOf(code: string | null, name: string, seenProgram: boolean): RenjaLevel {
  const t = name.trim();
  // A block's subtotal is no item and no grand total: outside the sums, as a note is.
  if (SUBTOTAL.test(t)) return "catatan";
  if (/^(jumlah|total)\b/i.test(t)) return "total";
  if (/^(rata\s*-?\s*rata|predikat|faktor|tindak lanjut)\b/i.test(t)) return "catatan";
  if (code) {
    const segments = code.split(/[.\s]+/).filter((p) => p !== "");
    if (segments.length > 6) return "pd";
    const l = budgetLevelOfCode(code, name);
    if (l && l !== "rekening") return l;
  }
  if (/^urusan\b/i.test(t)) return "urusan";
  if (/^bidang\b/i.test(t)) return "bidang";
  if (PD_NAME.test(t)) return "pd";
  return levelOfText(t) ?? (seenProgram ? "kegiatan" : "program");
}

/**
 * Codes the budget codes' pattern leaves out: an organisation code of 7–10 segments before a
 * perangkat daerah's name ("2.13.0.00.0.00.01.0000 DINAS …"), an urusan's one digit before its
 * name ("2 URUSAN …", "7 UNSUR KEWILAYAHAN"; any name when the next code below extends the digit,
 * a list number "1 Penyusunan Renja" otherwise).
 */
function splitOrganisationCode(text: string, nextCode: () => string | null): { code: string; rest: string } | null {
  const m = /^\s*(\d{1,2}(?:\.\d{1,4}){6,9})\.?\s+(.*)$/.exec(text);
  if (m) return { code: m[1]!, rest: m[2]!.trim() };
  const u = splitUrusanCode(text);
  if (!u) return null;
  if (URUSAN_NAME.test(u.rest)) return u;
  const next = nextCode();
  return next !== null && normalizeCode(next).startsWith(`${u.code}.`) ? u : null;
}

function firstText(sheet: Sheet, r: number): string {
  for (let c = 0; c < rowLength(sheet, r); c++) {
    const t = textOf(cellAt(sheet, r, c));
    if (t !== "") return t;
  }
  return "";
}

export function readRenjaTable(sheet: Sheet, header: Header, title: string, isHeaderAt: (r: number) => boolean): RenjaTable {
  const base = readIndicatorTable(sheet, header, "renja", title, null, isHeaderAt);
  const columns = renjaColumns(header);
  const cells = new CellReader(sheet);
  const uraianCol = roleColumn(header.columns, "uraian");
  const kodeCol = roleColumn(header.columns, "kode");
  const kodeSpan = codeSpan(sheet, header, kodeCol);
  const kodeAt = (r: number) => codeAcross(sheet, r, kodeSpan)?.text ?? "";
  const rowsByR = new Map<number, IndicatorRow>(base.rows.map((row) => [row.r, row]));

  // The first code written below row r (in the code column or before a name), for a one-digit urusan code.
  const nextCodeBelow = (r: number): string | null => {
    for (let rr = r + 1; rr <= base.area.r1; rr++) {
      const k = kodeAt(rr);
      if (k) return k;
      const u = uraianCol === undefined ? "" : textOf(cellAt(sheet, rr, uraianCol));
      if (u) return splitLeadingCode(u).code;
    }
    return null;
  };
  const lines: (RenjaLine & { cells: Map<number, NumCell> })[] = [];
  let seenProgram = false;
  for (let r = header.dataStart; r <= base.area.r1; r++) {
    if (rowLength(sheet, r) === 0) continue;
    const written = uraianCol === undefined ? "" : textOf(cellAt(sheet, r, uraianCol));
    // A name written in the code column, merged over the name column ("PROGRAM …", "2.15.02 PROGRAM …", "JUMLAH").
    const inKode = written === "" && /\p{L}{3}/u.test(kodeAt(r));
    const uraian = inKode ? kodeAt(r) : written;
    const split = splitOrganisationCode(uraian, () => nextCodeBelow(r)) ?? splitLeadingCode(uraian);
    const code = (inKode ? "" : kodeAt(r)) || split.code;
    const name = uraian ? cleanItemName(split.rest) : "";
    const row = rowsByR.get(r);
    const first = firstText(sheet, r);
    let level: RenjaLevel | null = null;
    if (code || name) level = levelOf(code || null, name, seenProgram);
    else if (/^(jumlah|total|sub\s*-?\s*total|rata|predikat|faktor|tindak lanjut)/i.test(first)) level = levelOf(null, first, seenProgram);
    if (level === "program") seenProgram = true;
    const kind = kindForSatuan(row?.satuan?.text);
    const values = new Map<number, NumCell>();
    // A note under the table ("Predikat Kinerja: Sangat Tinggi") may hold words in a number column.
    const reader = level === "catatan" ? new CellReader(sheet) : cells;
    for (const col of columns) {
      const k: NumberKind = col.unit === "%" || PERCENT_FIELDS.includes(col.field) ? "percent" : col.unit === "Rp" ? "rupiah" : kind;
      const n = reader.num(r, col.c, k);
      if (n) values.set(col.c, n);
    }
    if (!row && values.size === 0 && (level === null || isUnitNote(first))) continue;
    // A unit's name heading the rows it answers for ("SEKRETARIAT", "BIDANG LALU LINTAS") is no item.
    if (!row && values.size === 0 && !code && UNIT_NAME.test(name)) continue;
    lines.push({
      r,
      level,
      code: code || null,
      name: name || (level === "total" || level === "catatan" ? first : ""),
      indikator: row?.indikator ?? null,
      cells: values,
    });
  }

  // Percentage columns formatted as % in Excel hold fractions (0,9658 for 96,58 %).
  const percentCols = new Set(columns.filter((c) => c.unit === "%" || PERCENT_FIELDS.includes(c.field)).map((c) => c.c));
  scalePercentFractions(
    lines.flatMap((line) => [...percentCols].map((c) => ({ cell: line.cells.get(c) ?? null, set: (n: NumCell) => void line.cells.set(c, n) }))),
  );

  // The indicator rows take their numbers from the form's columns: the Renja's target (8) and
  // realisation (13), the quarters' realisation (9–12), the Renstra's target (6), anggaran (8 Rp, 13 Rp).
  const cellOf = (line: RenjaLine | undefined, field: RenjaField, unit: RenjaColumn["unit"]) => {
    const col = columns.find((c) => c.field === field && c.unit === unit);
    return (col && line?.cells.get(col.c)) ?? null;
  };
  const lineAt = new Map(lines.map((l) => [l.r, l]));
  for (const row of base.rows) {
    const line = lineAt.get(row.r);
    row.target = cellOf(line, "target", "K");
    row.realisasi = cellOf(line, "realisasi", "K");
    row.capaian = null;
    row.kategori = null;
    row.targetAkhir = cellOf(line, "renstra", "K");
    row.pagu = cellOf(line, "target", "Rp");
    row.realisasiAnggaran = cellOf(line, "realisasi", "Rp");
    (["tw1", "tw2", "tw3", "tw4"] as const).forEach((f, q) => {
      row.tw[q] = { target: null, realisasi: cellOf(line, f, "K"), capaian: null };
    });
  }

  // Urusan, bidang, the perangkat daerah's row and the total carry budget figures, no indicator: not a blank indicator name.
  const noIndicatorExpected = new Set(lines.filter((l) => l.level !== null && !["program", "kegiatan", "subkegiatan"].includes(l.level)).map((l) => l.r));
  const problems: ReadProblem[] = [];
  const seen = new Set<string>();
  for (const p of [...base.problems, ...cells.problems]) {
    if (p.message === "indikator-kosong" && noIndicatorExpected.has(p.r)) continue;
    const k = `${p.r}:${p.c}`;
    if (seen.has(k)) continue;
    seen.add(k);
    problems.push(p);
  }
  const c1 = Math.max(base.area.c1, ...columns.map((c) => c.c));
  return {
    ...base,
    kind: "renja",
    area: { ...base.area, c1 },
    problems,
    // The unit of the Rp columns (K values are the indicators' own units).
    unitScale: columns.some((c) => c.unit === "Rp") ? unitScaleOf(sheet, header, title, base.area.r1, isHeaderAt) : 1,
    renja: { columns, withTingkat: columns.some((c) => c.field === "tingkat"), lines },
  };
}

/** What a Renja column holds, in Bahasa Indonesia ("realisasi Renja tahun ini"). */
export function renjaFieldName(field: RenjaField): string {
  return RENJA_FIELDS.find((d) => d.field === field)?.name ?? field;
}

/** The form's own number of a field in the table's version (with or without column 14). */
function standardNumber(field: RenjaField, withTingkat: boolean): number | null {
  const d = RENJA_FIELDS.find((x) => x.field === field);
  return d ? (withTingkat ? d.n : d.nWithout14) : null;
}

/** A column's number as the table writes it, else the form's own. */
export function renjaColumnNumber(data: RenjaData, col: RenjaColumn): number | null {
  return col.n ?? standardNumber(col.field, data.withTingkat);
}

/**
 * A relation to check on every row of a Renja: sheet column `c` (unit K, Rp or the single cell)
 * equals `expr`, whose column numbers stand for the sheet columns of `columnOf`.
 */
export interface RenjaRelation {
  readonly c: number;
  readonly unit: Unit;
  readonly expr: Expr;
  readonly columnOf: ReadonlyMap<number, number>;
  /** The relation in the table's own column numbers ("21 = 13 + 15 + 17 + 19"), else in the form's. */
  readonly text: string;
  /** Whether the column-number row states it (else it is the form's standard arithmetic). */
  readonly stated: boolean;
}

/**
 * The relations of a Renja: those its column-number row states, applied to each cell under the
 * stated number (K and Rp under one number: K with K, Rp with Rp); and, for every K and Rp column
 * no stated relation covers, the form's standard arithmetic of the version (with or without 14).
 */
export function renjaRelations(table: RenjaTable): RenjaRelation[] {
  const data = table.renja;
  const cols = data.columns;
  const numbers = table.columnNumbers ?? [];
  const unitAt = (c: number): Unit | null => cols.find((x) => x.c === c)?.unit ?? null;
  const out: RenjaRelation[] = [];
  const covered = new Set<number>();
  for (const rel of table.relations ?? []) {
    const target = numbers.find((x) => x.n === rel.column);
    if (!target) continue;
    for (let c = target.c0; c <= target.c1; c++) {
      const unit = unitAt(c);
      const columnOf = new Map<number, number>();
      const ok = columnsOf(rel.expr).every((n) => {
        const on = numbers.find((x) => x.n === n);
        if (!on) return false;
        let oc: number | undefined = on.c0 === on.c1 ? on.c0 : undefined;
        for (let cc = on.c0; cc <= on.c1 && oc === undefined; cc++) if (unitAt(cc) === unit) oc = cc;
        if (oc === undefined) return false;
        columnOf.set(n, oc);
        return true;
      });
      if (!ok) continue;
      covered.add(c);
      out.push({ c, unit: unit ?? "K", expr: rel.expr, columnOf, text: rel.text.replace(/\s+/g, " ").trim(), stated: true });
    }
  }
  const fieldOf = (n: number) => RENJA_FIELDS.find((d) => (data.withTingkat ? d.n : d.nWithout14) === n)?.field;
  for (const text of data.withTingkat ? RENJA_RELATIONS.with14 : RENJA_RELATIONS.without14) {
    const p = parseNumberCell(text);
    const targetField = p && fieldOf(p.n);
    if (!p?.expr || !targetField) continue;
    for (const unit of ["K", "Rp"] as const) {
      const target = cols.find((x) => x.field === targetField && x.unit === unit);
      if (!target || covered.has(target.c)) continue;
      const columnOf = new Map<number, number>();
      const leaves = columnsOf(p.expr).map((n) => {
        const f = fieldOf(n);
        const col = f && cols.find((x) => x.field === f && x.unit === unit);
        if (col) columnOf.set(n, col.c);
        return col;
      });
      if (leaves.some((x) => !x)) continue;
      // Written in the table's own numbers where its column-number row numbers every column involved.
      const own = target.n !== null && leaves.every((x) => x!.n !== null);
      const ownText = own ? `${target.n} = ${showExpr(p.expr, (n) => String(cols.find((x) => x.c === columnOf.get(n))!.n))}` : text;
      out.push({ c: target.c, unit, expr: p.expr, columnOf, text: ownText, stated: false });
    }
  }
  return out;
}
