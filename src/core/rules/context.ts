/** What every rule gets: the workbook's tables, indicators matched across them, and helpers. */
import type { CellRef, Severity } from "../findings";
import { a1 } from "../grid";
import { normalizeIndicator, resolveKeys } from "../match";
import { formatId } from "../messages";
import type { JenisPemda, Nomenklatur } from "../nomenklatur/lookup";
import { kindForSatuan } from "../tables/cells";
import { titleKind } from "../tables/find";
import { normalizeCode } from "../tables/levels";
import { rupiahOf } from "../tables/unit";
import {
  hiddenRow,
  isIndicatorTable,
  TABLE_LABEL,
  type IndicatorRow,
  type IndicatorTable,
  type NumCell,
  type Table,
  type TableKind,
  type TextCell,
} from "../tables/types";

/**
 * What a rule can say, declared up front as ESLint declares `meta.messages`: each message has an id,
 * a severity and an Indonesian template with `{placeholders}` filled from the report's `data`.
 */
export interface MessageSpec {
  readonly severity: Severity;
  /** Bahasa Indonesia; `{name}` is replaced by `data.name`. Says what to fix. */
  readonly template: string;
}

export interface RuleMeta<M extends string = string> {
  /** Equals the rule's file name (src/core/rules/<id>.ts). */
  readonly id: string;
  /** A short heading, in Bahasa Indonesia. */
  readonly title: string;
  /** What it checks, in Bahasa Indonesia. */
  readonly description: string;
  readonly messages: { readonly [K in M]: MessageSpec };
}

/** Values for a template's placeholders, already formatted for the reader (shown(), quoted()). */
export type MessageData = Readonly<Record<string, string | number>>;

/** One problem as a rule reports it; the engine (engine.ts) turns it into a Finding. */
export interface Report<M extends string = string> {
  readonly at: CellRef;
  readonly messageId: M;
  readonly data?: MessageData;
  /** Cells it disagrees with. */
  readonly related?: readonly CellRef[];
  readonly expected?: string | null;
  readonly found?: string | null;
}

export type Reporter<M extends string = string> = (report: Report<M>) => void;

export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  /** Reads the shared index and reports each problem; returns nothing. */
  check(ctx: CheckContext, report: Reporter<M>): void;
}

/** Declares a rule, typing its reports' message ids by its meta. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export interface Entry {
  readonly table: IndicatorTable;
  readonly row: IndicatorRow;
  /** Canonical matching key of the indicator's name. */
  readonly key: string;
}

/** What a check is given besides the tables: the official list, for the nomenklatur rules. */
export interface ContextOptions {
  /**
   * The official sub kegiatan list (`await loadNomenklatur()` before the synchronous check). Without
   * it the rules that compare with the list report nothing.
   */
  readonly nomenklatur?: Nomenklatur;
  /** The workbook's level of government, when known (from its text); else the rules infer it from its codes. */
  readonly jenisPemda?: JenisPemda;
}

export class CheckContext {
  readonly indicatorTables: IndicatorTable[];
  /** The official sub kegiatan list, when the caller loaded it; see ContextOptions. */
  readonly nomenklatur: Nomenklatur | undefined;
  /** The level of government the caller gave; see ContextOptions. */
  readonly jenisPemda: JenisPemda | undefined;
  /** Entries by canonical key, in table order. */
  readonly byKey = new Map<string, Entry[]>();
  readonly near: { a: Entry; b: Entry }[] = [];
  /** Each indicator row's entry (its table and matching key). */
  readonly entryOf = new Map<IndicatorRow, Entry>();

  constructor(
    readonly tables: readonly Table[],
    options: ContextOptions = {},
  ) {
    this.nomenklatur = options.nomenklatur;
    this.jenisPemda = options.jenisPemda;
    // A PK superseded by a PK Perubahan in the same workbook is not compared.
    const all = tables.filter(isIndicatorTable);
    const hasRevision = all.some((t) => t.kind === "pk" && t.perubahan);
    this.indicatorTables = all.filter((t) => !(hasRevision && t.kind === "pk" && !t.perubahan));
    const keysByTable = this.indicatorTables.map((t) => t.rows.map((r) => normalizeIndicator(r.indikator.text)));
    // The plan's spelling is the reference: PK, then Renaksi, then the measurements.
    const rank: Record<TableKind, number> = { pk: 0, renaksi: 1, pps: 2, pkpk: 2, renja: 2, capaian: 3, anggaran: 4, "skm-unsur": 4, "skm-jawaban": 4 };
    const { canonical, near } = resolveKeys(
      keysByTable,
      this.indicatorTables.map((t) => rank[t.kind]),
    );
    const firstOf = new Map<string, Entry>();
    this.indicatorTables.forEach((table, i) => {
      table.rows.forEach((row, j) => {
        const raw = keysByTable[i]![j]!;
        const key = canonical.get(raw) ?? raw;
        const entry: Entry = { table, row, key };
        const list = this.byKey.get(key) ?? this.byKey.set(key, []).get(key)!;
        list.push(entry);
        this.entryOf.set(row, entry);
        if (raw === key && !firstOf.has(raw)) firstOf.set(raw, entry);
        if (raw !== key && !firstOf.has(`near:${raw}`)) firstOf.set(`near:${raw}`, entry);
      });
    });
    // A row staff hid rather than deleted beside a shown row of the same indicator, level and
    // context in the same table is an old version: it is neither compared nor a reference.
    for (const [key, list] of this.byKey) {
      const shown = list.filter((e) => !hiddenRow(e.table, e.row.r));
      const kept = list.filter(
        (e) =>
          !hiddenRow(e.table, e.row.r) ||
          !shown.some((o) => o.table === e.table && o.row.level === e.row.level && normalizeIndicator(o.row.context) === normalizeIndicator(e.row.context)),
      );
      if (kept.length !== list.length) this.byKey.set(key, kept);
    }
    for (const { key, to } of near) {
      const a = firstOf.get(`near:${key}`);
      const b = firstOf.get(to);
      if (a && b) this.near.push({ a, b });
    }
  }

  tablesOf(...kinds: TableKind[]): IndicatorTable[] {
    return this.indicatorTables.filter((t) => kinds.includes(t.kind));
  }

  has(kind: TableKind): boolean {
    return this.tables.some((t) => t.kind === kind);
  }

  /** Entries of one table kind for a key. */
  entries(key: string, ...kinds: TableKind[]): Entry[] {
    return (this.byKey.get(key) ?? []).filter((e) => kinds.includes(e.table.kind));
  }
}

/**
 * Both tables name their year and the years differ: last year's PK kept in the workbook is no
 * reference for this year's documents, nor a Renja of 2025 held to a PK of 2024.
 */
export const otherYear = (a: Entry, b: Entry): boolean => a.table.year != null && b.table.year != null && a.table.year !== b.table.year;

/**
 * Whether an entry's table is named as its kind by its title or sheet name ("PERJANJIAN KINERJA",
 * sheet "PK 2025", "RENCANA AKSI"), not known only by its columns.
 */
export function namedByTitle(e: Entry): boolean {
  return titleKind(e.table.title) === e.table.kind;
}

/**
 * Reference candidates ranked, for every rule that holds an indicator to another document: the
 * entries whose table is named as its kind by its title or sheet name come first, and where there
 * is any, they alone are the reference. A table known only by its columns (a Pohon Kinerja,
 * cascading or IKU sheet with Satuan and Target columns reads like a PK) agrees nothing, so it is a
 * reference only where no named one holds the indicator.
 */
export function preferNamed(entries: readonly Entry[]): Entry[] {
  const named = entries.filter(namedByTitle);
  return named.length ? named : [...entries];
}

/**
 * Pairs an entry with its counterpart among `others` (same indicator in another table): by code,
 * then by context (sasaran / program name), then by level; a single candidate pairs directly.
 */
export function counterpart(e: Entry, others: readonly Entry[]): Entry | undefined {
  const all = others.filter((o) => o.table !== e.table);
  // A hidden row (an old version kept rather than deleted) is a reference only where no shown one is.
  const shown = all.filter((o) => !hiddenRow(o.table, o.row.r));
  const pool = shown.length ? shown : all;
  if (pool.length <= 1) return pool[0];
  if (e.row.code) {
    const c = normalizeCode(e.row.code);
    const byCode = pool.find((o) => o.row.code && normalizeCode(o.row.code) === c);
    if (byCode) return byCode;
  }
  const ctx = normalizeIndicator(e.row.context);
  const byContext = pool.filter((o) => normalizeIndicator(o.row.context) === ctx);
  if (byContext.length >= 1) return byContext.find((o) => o.row.level === e.row.level) ?? byContext[0];
  return pool.find((o) => o.row.level === e.row.level) ?? pool[0];
}

export function cellName(sheet: string, r: number, c: number): { sheet: string; cell: string } {
  return { sheet, cell: a1(r, c) };
}

export function where(table: Table, cell: { r: number; c: number }): { sheet: string; cell: string } {
  return cellName(table.sheet, cell.r, cell.c);
}

/** A number as written: Indonesian notation with the decimals it was written with. */
export function shown(n: NumCell | number, decimals?: number): string {
  if (typeof n === "number") return formatId(n, decimals ?? 3);
  return formatId(n.value, Math.max(n.decimals, 0));
}

/**
 * A table named for a message: its document, and its sheet where that tells more ("PPS" on sheet
 * "PPS" is just "PPS"; "PKPK" on sheet "PKPK TW III" is "PKPK (sheet PKPK TW III)").
 */
export function label(t: Table): string {
  const base = t.kind === "pk" && isIndicatorTable(t) && t.perubahan ? "PK Perubahan" : TABLE_LABEL[t.kind];
  const sheet = t.sheet.trim().toLowerCase();
  if (sheet === base.toLowerCase() || sheet === t.kind) return base;
  return `${base} (sheet ${t.sheet})`;
}

export function quoted(t: TextCell | string): string {
  const s = typeof t === "string" ? t : t.text;
  return `"${s.length > 70 ? `${s.slice(0, 69)}…` : s}"`;
}

/** Two stated numbers are the same value (written with any number of decimals). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** An indicator measured in percent: by its satuan, else by its name ("Persentase …", "… (%)"). */
export function inPercent(e: Entry): boolean {
  return kindForSatuan(e.row.satuan?.text) === "percent" || /^(persentase|presentase)\b|%/i.test(e.row.indikator.text.trim());
}

/**
 * Whether two entries' figures of one indicator are the same amount: the same number, a percentage
 * and its fraction of a percent format (0,95 in a cell formatted as % is the 95 another writes), or, for an
 * indicator measured in rupiah whose tables write rupiah in different units (one dalam ribuan
 * rupiah, IndicatorTable.unitScale), the same number of rupiah; for a percent indicator, the
 * same percent written as a fraction (0,8) or a whole (80). A difference of the unit alone is
 * never reported.
 */
export function sameAmount(a: Entry, an: NumCell, b: Entry, bn: NumCell): boolean {
  if (sameNumber(an.value, bn.value)) return true;
  // A percentage one document writes as a fraction of a percent format (0,95 shown as 95 %).
  if (inPercent(a) || inPercent(b)) {
    if (!an.fromText && sameNumber(an.value * 100, bn.value)) return true;
    if (!bn.fromText && sameNumber(an.value, bn.value * 100)) return true;
  }
  const sa = a.table.unitScale ?? 1;
  const sb = b.table.unitScale ?? 1;
  if (sa === sb) return false;
  const rupiah = kindForSatuan(a.row.satuan?.text) === "rupiah" || kindForSatuan(b.row.satuan?.text) === "rupiah";
  return rupiah && sameNumber(rupiahOf(a.table, an), rupiahOf(b.table, bn));
}

/** Quarter labels as the documents write them: TW I … TW IV. */
export const TW = ["I", "II", "III", "IV"] as const;

export interface QuarterDifference {
  readonly entry: Entry;
  readonly ref: Entry;
  /** 0–3. */
  readonly quarter: number;
  readonly found: NumCell;
  readonly expected: NumCell;
}

/**
 * The quarters where an indicator of one of `kinds` states a different `field` than its
 * counterpart in a `refKind` table, in table order. Each quarter is compared with a reference
 * table that holds that quarter: one with the quarters side by side, or the sheet of that quarter
 * where the reference has one sheet per quarter (IndicatorTable.quarter).
 */
export function quarterDifferences(ctx: CheckContext, field: "target" | "realisasi", refKind: TableKind, kinds: readonly TableKind[]): QuarterDifference[] {
  const out: QuarterDifference[] = [];
  for (const entries of ctx.byKey.values()) {
    const base = entries.filter((e) => e.table.kind === refKind);
    if (!base.length) continue;
    for (const entry of entries) {
      if (!kinds.includes(entry.table.kind)) continue;
      entry.row.tw.forEach((q, quarter) => {
        const found = q[field];
        if (!found) return;
        const ref = counterpart(entry, preferNamed(quarterTables(base, quarter + 1).filter((b) => !otherYear(entry, b))));
        const expected = ref?.row.tw[quarter]![field];
        if (!ref || !expected || sameAmount(entry, found, ref, expected)) return;
        // One document writes the quarter's own amount (30 a quarter), the other the running total
        // up to it ("s.d. TW II": 60): the same plan, no difference.
        const upTo = (e: Entry): number | null => {
          const xs = e.row.tw.slice(0, quarter + 1).map((x) => x[field]);
          return xs.every((x) => x) ? xs.reduce((a, x) => a + x!.value, 0) : null;
        };
        const mine = upTo(entry);
        const theirs = upTo(ref);
        if (quarter > 0 && ((theirs !== null && sameNumber(found.value, theirs)) || (mine !== null && sameNumber(expected.value, mine)))) return;
        out.push({ entry, ref, quarter, found, expected });
      });
    }
  }
  return out;
}

/** The entries of tables that hold quarter `q` (1–4): quarters side by side, or that quarter's sheet. */
export function quarterTables(entries: readonly Entry[], q: number): Entry[] {
  return entries.filter((e) => e.table.quarter === null || e.table.quarter === q);
}
