/**
 * Rule 8: budget arithmetic. Serapan = realisasi / pagu × 100 within its written decimals;
 * realisasi ≤ pagu; a program's pagu and realisasi are the sums of its kegiatan, a kegiatan's of
 * its sub kegiatan; a JUMLAH/TOTAL row is the sum of the programs.
 */
import { matchesStated, roundTo } from "../numbers";
import type { BudgetRow, BudgetTable, IndicatorTable, NumCell } from "../tables/types";
import { defineRule, label, quoted, shown, where, type Reporter } from "./context";

const CHILD: Record<string, BudgetRow["level"] | undefined> = { program: "kegiatan", kegiatan: "subkegiatan" };

/**
 * The budget table's messages. anggaran-pkpk declares the same ids with its own wording, so the
 * arithmetic below (lineChecks, sumChecks) serves both; every call gives all the data either uses.
 */
export const BUDGET_MESSAGES = {
  melebihiPagu: {
    severity: "error",
    template: "Realisasi {nama} ({found}) melebihi pagunya ({pagu}). Periksa angka realisasi atau pagu.",
  },
  serapanSalah: {
    severity: "error",
    template: "Persentase serapan {nama} tertulis {found}, padahal {realisasi} / {pagu} × 100 = {expected}.",
  },
  jumlahSalah: {
    severity: "error",
    template: "{kolom} {nama} di {tabel} adalah {found}, padahal jumlah {rincian} {expected} (selisih {selisih}).",
  },
} as const;

export type BudgetMessage = keyof typeof BUDGET_MESSAGES;

/** One level of the hierarchy as the budget arithmetic sees it, from either table kind. */
export interface BudgetLine {
  readonly name: string;
  readonly pagu: NumCell | null;
  readonly realisasi: NumCell | null;
  readonly persen: NumCell | null;
}

/** Realisasi ≤ pagu and the stated serapan, on one line. */
export function lineChecks(table: BudgetTable | IndicatorTable, line: BudgetLine, report: Reporter<BudgetMessage>): void {
  const { pagu, realisasi, persen } = line;
  const nama = quoted(line.name);
  if (pagu && realisasi && realisasi.value > pagu.value) {
    report({ at: where(table, realisasi), messageId: "melebihiPagu", data: { nama, tabel: label(table), found: shown(realisasi), pagu: shown(pagu) }, related: [where(table, pagu)], expected: `≤ ${shown(pagu)}`, found: shown(realisasi) });
  }
  if (pagu && realisasi && persen && pagu.value !== 0) {
    const computed = (realisasi.value / pagu.value) * 100;
    if (!matchesStated(persen.value, persen.decimals, computed)) {
      const d = Math.max(2, persen.decimals);
      const expected = shown(roundTo(computed, d), d);
      report({
        at: where(table, persen),
        messageId: "serapanSalah",
        data: { nama, tabel: label(table), found: shown(persen), realisasi: shown(realisasi), pagu: shown(pagu), expected },
        related: [where(table, pagu), where(table, realisasi)],
        expected,
        found: shown(persen),
      });
    }
  }
}

/**
 * A parent's pagu and realisasi against the sums of its children (half a rupiah of rounding
 * allowed). With `onlyAbove`, a parent above its children's sum passes (a list known to be partial).
 */
export function sumChecks(
  table: BudgetTable | IndicatorTable,
  parent: BudgetLine,
  children: readonly BudgetLine[],
  rincian: string,
  report: Reporter<BudgetMessage>,
  onlyAbove = false,
): void {
  for (const field of ["pagu", "realisasi"] as const) {
    const p = parent[field];
    if (!p || children.some((c) => !c[field])) continue;
    const sum = children.reduce((s, c) => s + c[field]!.value, 0);
    if (Math.abs(sum - p.value) < 0.5) continue;
    if (onlyAbove && p.value > sum) continue;
    report({
      at: where(table, p),
      messageId: "jumlahSalah",
      data: { kolom: field === "pagu" ? "Pagu" : "Realisasi", nama: quoted(parent.name), tabel: label(table), found: shown(p), rincian, expected: shown(sum, 2), selisih: shown(p.value - sum, 2) },
      related: children.map((c) => where(table, c[field]!)),
      expected: shown(sum, 2),
      found: shown(p),
    });
  }
}

const lineOf = (r: BudgetRow): BudgetLine => ({ name: r.name.text, pagu: r.pagu, realisasi: r.realisasi, persen: r.persen });

export const anggaran = defineRule({
  meta: {
    id: "anggaran",
    title: "Aritmetika anggaran",
    description: "Aritmetika anggaran: persentase serapan, realisasi tidak melebihi pagu, jumlah induk sama dengan jumlah rinciannya.",
    messages: BUDGET_MESSAGES,
  },
  check(ctx, report) {
    for (const table of ctx.tables.filter((t): t is BudgetTable => t.kind === "anggaran")) {
      const rows = table.rows;
      for (const row of rows) lineChecks(table, lineOf(row), report);
      // Parent = sum of children.
      for (let i = 0; i < rows.length; i++) {
        const parent = rows[i]!;
        const childLevel = CHILD[parent.level];
        if (!childLevel) continue;
        const children: BudgetRow[] = [];
        for (let j = i + 1; j < rows.length; j++) {
          const rj = rows[j]!;
          if (rj.level === parent.level || rj.level === "total" || (parent.level === "kegiatan" && rj.level === "program")) break;
          if (rj.level === childLevel) children.push(rj);
        }
        if (children.length) sumChecks(table, lineOf(parent), children.map(lineOf), parent.level === "program" ? "kegiatannya" : "sub kegiatannya", report);
      }
      const programs = rows.filter((r) => r.level === "program");
      for (const total of rows.filter((r) => r.level === "total")) {
        if (programs.length) sumChecks(table, lineOf(total), programs.map(lineOf), "programnya", report);
      }
    }
  },
});
