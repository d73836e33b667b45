/**
 * A corpus workbook's check result against what was planted in it: tables found vs declared,
 * planted findings found (same sheet, cell and rule), error and warning findings not planted.
 * Shared by `npm run corpus` and test/corpus/corpus.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import type { Workbook } from "../../src/core/grid";
import type { Planted } from "./layout";

export interface Expected {
  covers: string;
  tables: { sheet: string; kind: string }[];
  planted: Planted[];
}

export interface Comparison {
  tablesFound: { sheet: string; kind: string }[];
  tablesMissing: { sheet: string; kind: string }[];
  tablesExtra: { sheet: string; kind: string }[];
  found: Planted[];
  missed: Planted[];
  falseErrors: Finding[];
  falseWarnings: Finding[];
}

const tableKey = (t: { sheet: string; kind: string }) => `${t.sheet}\u0000${t.kind}`;
const at = (x: { sheet: string; cell: string; rule: string }) => `${x.sheet}\u0000${x.cell}\u0000${x.rule}`;

/** Multiset difference of tables: several tables of one kind on one sheet count one by one. */
function minus(a: { sheet: string; kind: string }[], b: { sheet: string; kind: string }[]) {
  const left = new Map<string, number>();
  for (const t of b) left.set(tableKey(t), (left.get(tableKey(t)) ?? 0) + 1);
  return a.filter((t) => {
    const n = left.get(tableKey(t)) ?? 0;
    if (n > 0) {
      left.set(tableKey(t), n - 1);
      return false;
    }
    return true;
  });
}

export function compare(workbook: Workbook, expected: Expected): Comparison {
  const result = checkWorkbook(workbook);
  const tablesFound = result.tables.map((t) => ({ sheet: t.sheet, kind: t.kind as string }));
  const byPlace = new Set(result.findings.map(at));
  const planted = new Set(expected.planted.map(at));
  return {
    tablesFound,
    tablesMissing: minus(expected.tables, tablesFound),
    tablesExtra: minus(tablesFound, expected.tables),
    found: expected.planted.filter((p) => byPlace.has(at(p))),
    missed: expected.planted.filter((p) => !byPlace.has(at(p))),
    falseErrors: result.findings.filter((f) => f.severity === "error" && !planted.has(at(f))),
    falseWarnings: result.findings.filter((f) => f.severity === "warning" && !planted.has(at(f))),
  };
}

export function corpusNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d\d-.+\.xlsx$/.test(f))
    .map((f) => f.replace(/\.xlsx$/, ""))
    .sort();
}

export function readExpected(dir: string, name: string): Expected {
  return JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as Expected;
}

/** known-failing.json: name → the reason today's engine fails on that workbook. */
export function knownFailing(dir: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(dir, "known-failing.json"), "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}
