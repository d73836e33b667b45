/** Runs every rule over a workbook's tables and returns the tables found and the findings. */
import { collapseColumns } from "./collapse";
import type { Finding, Severity } from "./findings";
import { a1, areaA1, type Workbook } from "./grid";
import { jenisPemdaOfWorkbook } from "./nomenklatur/jenis";
import { CheckContext, type ContextOptions, type Rule } from "./rules/context";
import { runRules } from "./rules/engine";
import { RULES } from "./rules";
import { readWorkbook } from "./tables/find";
import { scopeGroups } from "./tables/scope";
import type { Table, TableKind } from "./tables/types";

export interface TableSummary {
  readonly sheet: string;
  readonly range: string;
  readonly kind: TableKind;
}

export interface CheckResult {
  readonly tables: TableSummary[];
  readonly findings: Finding[];
  /** The tables as read, for summaries (Ringkasan) and the adapters. */
  readonly read: Table[];
  /** The index the rules shared, one per perangkat daerah (scope group), built once; Ringkasan reads it. */
  readonly contexts: CheckContext[];
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * What checkWorkbook is given besides the workbook. The check is synchronous: a caller that wants
 * the nomenklatur rules loads the list first (`nomenklatur: await loadNomenklatur()`); without it
 * those rules report nothing.
 */
export interface CheckWorkbookOptions extends ContextOptions {
  /** The rules to run; every rule (RULES) when left out. */
  readonly rules?: readonly Rule[];
}

/** Runs `rules` over the tables: the findings, and the index built once per scope group. */
export function checkIndexed(all: Table[], rules: readonly Rule[] = RULES, options: ContextOptions = {}): { findings: Finding[]; contexts: CheckContext[] } {
  // A table whose reading failed its own check is not given to the rules: one warning names its region.
  const doubted = doubtFindings(all);
  const tables = all.filter((t) => !t.doubt);
  const contexts = scopeGroups(tables).map((group) => new CheckContext(group, options));
  let findings: Finding[];
  if (contexts.length === 1) findings = runRules(rules, contexts[0]!);
  else {
    // Tables shared by several perangkat daerah are checked with each; report each finding once.
    const seen = new Set<string>();
    findings = contexts
      .flatMap((ctx) => runRules(rules, ctx))
      .filter((f) => {
        const k = `${f.rule}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
  }
  return { findings: [...collapseColumns(findings), ...doubted].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]), contexts };
}

/** One warning per table whose reading doubted itself (issue 9). */
function doubtFindings(tables: readonly Table[]): Finding[] {
  return tables.flatMap((t) => {
    if (!t.doubt) return [];
    const range = areaA1(t.area);
    return [
      {
        rule: "tabel-tidak-dipahami",
        severity: "warning" as const,
        sheet: t.sheet,
        cell: a1(t.area.r0, t.area.c0),
        related: [],
        expected: t.doubt.expected,
        found: t.doubt.found,
        message: `Tabel di ${range} tidak dapat dipahami: ${t.doubt.reason}. Periksa judul kolom tabel ini; tidak ada galat yang dilaporkan dari tabel ini.`,
      },
    ];
  });
}

/** Reads and checks a workbook. The second argument is the rules to run, or options (rules, the nomenklatur list). */
export function checkWorkbook(workbook: Workbook, rulesOrOptions: readonly Rule[] | CheckWorkbookOptions = {}): CheckResult {
  const { rules = RULES, ...options }: CheckWorkbookOptions = isRuleList(rulesOrOptions) ? { rules: rulesOrOptions } : rulesOrOptions;
  const read = readWorkbook(workbook);
  // The level of government is read from the workbook's own words (Bupati, Gubernur …) when the caller did not say.
  const jenisPemda = options.jenisPemda ?? (options.nomenklatur ? jenisPemdaOfWorkbook(workbook) : undefined);
  const { findings, contexts } = checkIndexed(read, rules, { ...options, ...(jenisPemda ? { jenisPemda } : {}) });
  return {
    tables: read.map((t) => ({ sheet: t.sheet, range: areaA1(t.area), kind: t.kind })),
    findings,
    read,
    contexts,
  };
}

function isRuleList(x: readonly Rule[] | CheckWorkbookOptions): x is readonly Rule[] {
  return Array.isArray(x);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
