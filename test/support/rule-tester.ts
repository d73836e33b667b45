/**
 * A RuleTester after ESLint's: `new RuleTester().run(rule, { valid, invalid })` builds a workbook
 * from small grids for each case, runs the check with only that rule, and asserts that a valid
 * case reports nothing and an invalid case reports exactly its `errors` (messageId, sheet, cell,
 * and severity / expected / found / related / message where given). Every case must read at
 * least one table (a grid the reader does not recognise proves nothing), and every message the
 * rule declares must be reported by some invalid case unless listed in `untested`.
 */
import { checkIndexed, checkWorkbook } from "../../src/core/check";
import type { ContextOptions } from "../../src/core/rules/context";
import type { Finding, Severity } from "../../src/core/findings";
import type { Area, CellValue, Sheet } from "../../src/core/grid";
import type { Rule } from "../../src/core/rules/context";
import { placeholders } from "../../src/core/rules/engine";
import type { Table } from "../../src/core/tables/types";

export interface RuleCase {
  readonly name?: string;
  /** Sheets in order, by name: rows of cell values (null for blank). */
  readonly sheets?: Readonly<Record<string, readonly (readonly CellValue[])[]>>;
  /** Merged areas by sheet name. */
  readonly merges?: Readonly<Record<string, readonly Area[]>>;
  /** Hidden rows by sheet name, numbered as Excel shows them (1-based); Sheet.hiddenRows is 0-based. */
  readonly hidden?: Readonly<Record<string, readonly number[]>>;
  /** Tables given directly, for fields the reader does not fill from a grid. */
  readonly tables?: Table[];
  /** What the check is given besides the workbook (the nomenklatur list), for this case; overrides RunOptions.check. */
  readonly check?: () => ContextOptions;
}

export interface ExpectedReport {
  readonly messageId: string;
  readonly sheet: string;
  readonly cell: string;
  readonly severity?: Severity;
  readonly expected?: string | null;
  readonly found?: string | null;
  /** "Sheet!A1" of each related cell, in order. */
  readonly related?: readonly string[];
  /** Text or pattern the rendered message must contain. */
  readonly message?: string | RegExp;
}

export interface InvalidCase extends RuleCase {
  readonly errors: readonly ExpectedReport[];
}

export interface RuleTests {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidCase[];
}

export interface RunOptions {
  /** Message ids no invalid case reports, each with the reason. */
  readonly untested?: Readonly<Record<string, string>>;
  /**
   * What every case's check is given besides the workbook, e.g. `() => ({ nomenklatur })` with the
   * list loaded in a beforeAll; called when a case runs.
   */
  readonly check?: () => ContextOptions;
}

export function workbookOf(c: RuleCase): { sheets: Sheet[] } {
  return {
    sheets: Object.entries(c.sheets ?? {}).map(([name, rows]) => {
      const sheet: Sheet = { name, rows: rows.map((r) => [...r]), merges: [...(c.merges?.[name] ?? [])] };
      const hidden = c.hidden?.[name];
      return hidden?.length ? { ...sheet, hiddenRows: new Set(hidden.map((n) => n - 1)) } : sheet;
    }),
  };
}

/** The rule's findings on a case, and the number of tables read. */
export function runCase(rule: Rule, c: RuleCase, defaults: () => ContextOptions = () => ({})): { findings: Finding[]; tables: number } {
  const options = (c.check ?? defaults)();
  if (c.tables) return { findings: checkIndexed(c.tables, [rule], options).findings, tables: c.tables.length };
  const r = checkWorkbook(workbookOf(c), { ...options, rules: [rule] });
  return { findings: r.findings, tables: r.tables.length };
}

const key = (x: { messageId?: string; sheet: string; cell: string }) => `${x.sheet}!${x.cell} ${x.messageId ?? "?"}`;
const byKey = <T extends { messageId?: string; sheet: string; cell: string }>(xs: readonly T[]) =>
  [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const caseName = (c: RuleCase, i: number) => c.name ?? `#${i + 1} (${Object.keys(c.sheets ?? {}).join(", ") || "tables"})`;

export class RuleTester {
  run(rule: Rule, tests: RuleTests, options: RunOptions = {}): void {
    const { id, messages } = rule.meta;
    describe(id, () => {
      test("meta: every message has a severity and an Indonesian template", () => {
        expect(Object.keys(messages).length).toBeGreaterThan(0);
        for (const [mid, spec] of Object.entries(messages)) {
          expect(["error", "warning", "info"]).toContain(spec.severity);
          expect(spec.template.trim().length).toBeGreaterThan(10);
          expect({ mid, unbalanced: /\{[^}]*$|^[^{]*\}/.test(spec.template) }).toEqual({ mid, unbalanced: false });
        }
      });

      describe("valid", () => {
        tests.valid.forEach((c, i) => {
          test(caseName(c, i), () => {
            const { findings, tables } = runCase(rule, c, options.check);
            expect(tables).toBeGreaterThan(0);
            expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.messageId}: ${f.message}`)).toEqual([]);
          });
        });
      });

      describe("invalid", () => {
        tests.invalid.forEach((c, i) => {
          test(caseName(c, i), () => {
            const { findings, tables } = runCase(rule, c, options.check);
            expect(tables).toBeGreaterThan(0);
            for (const f of findings) {
              expect(f.rule).toBe(id);
              expect(Object.keys(messages)).toContain(f.messageId);
            }
            const got = byKey(findings);
            const want = byKey(c.errors);
            expect(got.map(key)).toEqual(want.map(key));
            want.forEach((w, j) => {
              const f = got[j]!;
              const at = key(w);
              if (w.severity !== undefined) expect({ at, severity: f.severity }).toEqual({ at, severity: w.severity });
              if (w.expected !== undefined) expect({ at, expected: f.expected }).toEqual({ at, expected: w.expected });
              if (w.found !== undefined) expect({ at, found: f.found }).toEqual({ at, found: w.found });
              if (w.related !== undefined) expect({ at, related: f.related.map((r) => `${r.sheet}!${r.cell}`) }).toEqual({ at, related: w.related });
              if (w.message !== undefined) {
                if (typeof w.message === "string") expect(f.message).toContain(w.message);
                else expect(f.message).toMatch(w.message);
              }
              // Every placeholder was filled by the engine: no "{name}" of the template is left.
              for (const p of placeholders(messages[f.messageId!]!.template)) expect(f.message).not.toContain(`{${p}}`);
            });
          });
        });
      });

      test("every message is reported by some invalid case", () => {
        const reported = new Set(tests.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
        const missing = Object.keys(messages).filter((m) => !reported.has(m) && !(m in (options.untested ?? {})));
        expect(missing).toEqual([]);
        expect(tests.valid.length).toBeGreaterThanOrEqual(2);
        expect(tests.invalid.length).toBeGreaterThanOrEqual(2);
      });
    });
  }
}

export const ruleTester = new RuleTester();
