/**
 * The indicators the LKjIP reports on, as Ringkasan lists them (summary.ts): the PK's (its
 * Perubahan superseding it), or, without a PK, the Capaian IKU's; each with its target, the
 * realisasi from its own row or the same indicator in Capaian IKU, PKPK or PPS, and the polarity
 * the capaian rule recognises in the capaian the workbook writes for it.
 */
import type { Polarity } from "../formulas";
import { normalizeIndicator } from "../match";
import { formulasMatching } from "../rules/capaian";
import { counterpart, otherYear, preferNamed, type CheckContext, type Entry } from "../rules/context";
import type { IndicatorRow, IndicatorTable, NumCell } from "../tables/types";
import { placed, type Placed } from "./cells";

export interface Indicator {
  readonly ctx: CheckContext;
  readonly entry: Entry;
  readonly table: IndicatorTable;
  readonly row: IndicatorRow;
  readonly target: Placed | null;
  readonly realisasi: Placed | null;
  /** The capaian the workbook writes beside that realisasi, if any. */
  readonly statedCapaian: Placed | null;
  readonly polarity: Polarity;
}

/**
 * The polarity of an indicator: the formula every stated capaian of it (yearly and per quarter, in
 * any table) is written with, when none is written with realisasi/target×100; else "positif".
 */
export function polarityOf(ctx: CheckContext, key: string): Polarity {
  let other: Polarity | null = null;
  for (const e of ctx.byKey.get(key) ?? []) {
    const triples: [NumCell | null, NumCell | null, NumCell | null][] = [
      [e.row.target, e.row.realisasi, e.row.capaian],
      ...e.row.tw.map((q): [NumCell | null, NumCell | null, NumCell | null] => [q.target, q.realisasi, q.capaian]),
    ];
    for (const [t, r, c] of triples) {
      if (!t || !r || !c) continue;
      const m = formulasMatching(t.value, r.value, c);
      if (m.includes("positif")) return "positif";
      if (m.length) other ??= m[0]!;
    }
  }
  return other ?? "positif";
}

function indicatorsOf(ctx: CheckContext): Indicator[] {
  const source = ctx.tablesOf("pk").length > 0 ? ctx.tablesOf("pk") : ctx.tablesOf("capaian");
  const out: Indicator[] = [];
  const seen = new Set<string>();
  const keys = new Set<string>();
  for (const table of source) {
    for (const row of table.rows) {
      const entry = ctx.entryOf.get(row);
      if (!entry) continue;
      // The same indicator again (a second Capaian table over the years, without its sasaran) is listed once.
      const id = `${entry.key}\u0000${row.level ?? ""}\u0000${normalizeIndicator(row.context)}`;
      if (seen.has(id) || (keys.has(entry.key) && !row.context)) continue;
      seen.add(id);
      keys.add(entry.key);
      let target = placed(table, row.target);
      let realisasi = placed(table, row.realisasi);
      let stated = realisasi ? placed(table, row.capaian) : null;
      for (const kind of ["capaian", "pkpk", "pps"] as const) {
        if (realisasi) break;
        // This year's, from a table named as what it is before one known by its columns only.
        const other = counterpart(entry, preferNamed(ctx.entries(entry.key, kind).filter((o) => !otherYear(entry, o))));
        if (other?.row.realisasi) {
          realisasi = placed(other.table, other.row.realisasi);
          // A capaian written beside it speaks of its own target: compared only where that target is the same.
          if (other.row.target && row.target && other.row.target.value === row.target.value) stated = placed(other.table, other.row.capaian);
          target ??= placed(other.table, other.row.target);
        }
      }
      out.push({ ctx, entry, table, row, target, realisasi, statedCapaian: stated, polarity: polarityOf(ctx, entry.key) });
    }
  }
  return out;
}

/** Every context's indicators; an indicator row shared by several perangkat daerah is listed once. */
export function reportedIndicators(contexts: readonly CheckContext[]): Indicator[] {
  const seen = new Set<IndicatorRow>();
  return contexts.flatMap(indicatorsOf).filter((i) => (seen.has(i.row) ? false : (seen.add(i.row), true)));
}
