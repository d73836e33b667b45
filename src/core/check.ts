/** Runs every rule over a workbook's tables and returns the tables found and the findings. */
import type { Finding, Severity } from "./findings";
import { a1, areaA1, type Workbook } from "./grid";
import { CheckContext, type Rule } from "./rules/context";
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
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkTables(all: Table[], rules: readonly Rule[] = RULES): Finding[] {
  // --- tables: doubted readings (issue 9) ---
  // A table whose reading failed its own check is not given to the rules: one warning names its region.
  const doubted = doubtFindings(all);
  const tables = all.filter((t) => !t.doubt);
  // --- end tables: doubted readings ---
  const groups = scopeGroups(tables);
  const run = (group: Table[]) => {
    const ctx = new CheckContext(group);
    return rules.flatMap((r) => r.check(ctx));
  };
  let findings: Finding[];
  if (groups.length === 1) findings = run(groups[0]!);
  else {
    // Tables shared by several perangkat daerah are checked with each; report each finding once.
    const seen = new Set<string>();
    findings = groups.flatMap(run).filter((f) => {
      const k = `${f.rule}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  return [...findings, ...doubted].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

// --- tables: doubted readings (issue 9) ---
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
// --- end tables: doubted readings ---

export function checkWorkbook(workbook: Workbook, rules: readonly Rule[] = RULES): CheckResult {
  const read = readWorkbook(workbook);
  return {
    tables: read.map((t) => ({ sheet: t.sheet, range: areaA1(t.area), kind: t.kind })),
    findings: checkTables(read, rules),
    read,
  };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
