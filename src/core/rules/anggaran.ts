/**
 * Rule 8: budget arithmetic. Serapan = realisasi / pagu × 100 within its written decimals;
 * realisasi ≤ pagu; a program's pagu and realisasi are the sums of its kegiatan, a kegiatan's of
 * its sub kegiatan; a JUMLAH/TOTAL row is the sum of the programs.
 */
import type { Finding } from "../findings";
import { matchesStated, roundTo } from "../numbers";
import type { BudgetRow, BudgetTable } from "../tables/types";
import { finding, label, quoted, shown, where, type CheckContext, type Rule } from "./context";

const CHILD: Record<string, BudgetRow["level"] | undefined> = { program: "kegiatan", kegiatan: "subkegiatan" };

export const anggaran: Rule = {
  id: "anggaran",
  title: "Aritmetika anggaran",
  description: "Aritmetika anggaran: persentase serapan, realisasi tidak melebihi pagu, jumlah induk sama dengan jumlah rinciannya.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const table of ctx.tables.filter((t): t is BudgetTable => t.kind === "anggaran")) {
      const rows = table.rows;
      for (const row of rows) {
        const { pagu, realisasi, persen } = row;
        if (pagu && realisasi && realisasi.value > pagu.value) {
          out.push(finding(this, where(table, realisasi), `Realisasi ${quoted(row.name)} (${shown(realisasi)}) melebihi pagunya (${shown(pagu)}). Periksa angka realisasi atau pagu.`, { related: [where(table, pagu)], expected: `≤ ${shown(pagu)}`, found: shown(realisasi) }));
        }
        if (pagu && realisasi && persen && pagu.value !== 0) {
          const computed = (realisasi.value / pagu.value) * 100;
          if (!matchesStated(persen.value, persen.decimals, computed)) {
            const d = Math.max(2, persen.decimals);
            out.push(finding(this, where(table, persen), `Persentase serapan ${quoted(row.name)} tertulis ${shown(persen)}, padahal ${shown(realisasi)} / ${shown(pagu)} × 100 = ${shown(roundTo(computed, d), d)}.`, { related: [where(table, pagu), where(table, realisasi)], expected: shown(roundTo(computed, d), d), found: shown(persen) }));
          }
        }
      }
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
        if (children.length) out.push(...sumCheck(this, table, parent, children, parent.level === "program" ? "kegiatannya" : "sub kegiatannya"));
      }
      const programs = rows.filter((r) => r.level === "program");
      for (const total of rows.filter((r) => r.level === "total")) {
        if (programs.length) out.push(...sumCheck(this, table, total, programs, "programnya"));
      }
    }
    return out;
  },
};

function sumCheck(rule: Rule, table: BudgetTable, parent: BudgetRow, children: BudgetRow[], what: string): Finding[] {
  const out: Finding[] = [];
  for (const field of ["pagu", "realisasi"] as const) {
    const p = parent[field];
    if (!p || children.some((c) => !c[field])) continue;
    const sum = children.reduce((s, c) => s + c[field]!.value, 0);
    if (Math.abs(sum - p.value) < 0.5) continue;
    out.push(
      finding(rule, where(table, p), `${field === "pagu" ? "Pagu" : "Realisasi"} ${quoted(parent.name)} di ${label(table)} adalah ${shown(p)}, padahal jumlah ${what} ${shown(sum, 2)} (selisih ${shown(p.value - sum, 2)}).`, {
        related: children.map((c) => where(table, c[field]!)),
        expected: shown(sum, 2),
        found: shown(p),
      }),
    );
  }
  return out;
}
