/**
 * Rule 8b: the budget arithmetic of the PKPK's own budget columns (Pagu, Realisasi anggaran and,
 * where the table has it, %): realisasi ≤ pagu, the stated serapan, and a program's pagu and
 * realisasi against its kegiatan, a kegiatan's against its sub kegiatan (levels from the code or
 * the row's level). A program or kegiatan with several indicators is one budget line: its first
 * row that carries the numbers.
 *
 * A PKPK often lists only the kegiatan that carry the program's indicators, so a parent above the
 * sum of the kegiatan listed is an error only when the workbook's realisasi anggaran table shows
 * that every kegiatan of the program is listed; a parent below the sum of its listed children is
 * always an error.
 */
import { normalizeIndicator } from "../match";
import { normalizeCode } from "../tables/levels";
import type { BudgetTable, IndicatorRow, IndicatorTable, Level, NumCell } from "../tables/types";
import { BUDGET_MESSAGES, lineChecks, sumChecks, type BudgetLine } from "./anggaran";
import { defineRule, type CheckContext } from "./context";

type BudgetLevel = "program" | "kegiatan" | "subkegiatan";
const RANK: Record<BudgetLevel, number> = { program: 0, kegiatan: 1, subkegiatan: 2 };
const CHILD: Partial<Record<BudgetLevel, BudgetLevel>> = { program: "kegiatan", kegiatan: "subkegiatan" };
const isBudgetLevel = (l: Level | null): l is BudgetLevel => l === "program" || l === "kegiatan" || l === "subkegiatan";

/** The serapan column of a PKPK row (`persenAnggaran`), null without one. */
export function persenOf(row: IndicatorRow): NumCell | null {
  return row.persenAnggaran ?? null;
}

interface Item {
  readonly key: string;
  readonly level: BudgetLevel;
  /** Normalised code, or null. */
  readonly code: string | null;
  line: { name: string; pagu: NumCell | null; realisasi: NumCell | null; persen: NumCell | null };
}

/** One budget line per program, kegiatan and sub kegiatan, in row order. */
function itemsOf(table: IndicatorTable): Item[] {
  const items: Item[] = [];
  for (const row of table.rows) {
    if (!isBudgetLevel(row.level)) continue;
    const code = row.code ? normalizeCode(row.code) : null;
    const key = `${row.level}|${code ?? ""}|${normalizeIndicator(row.context)}`;
    const last = items[items.length - 1];
    if (last?.key === key) {
      last.line.pagu ??= row.pagu;
      last.line.realisasi ??= row.realisasiAnggaran;
      last.line.persen ??= persenOf(row);
      continue;
    }
    items.push({ key, level: row.level, code, line: { name: row.context, pagu: row.pagu, realisasi: row.realisasiAnggaran, persen: persenOf(row) } });
  }
  return items;
}

/** The children of items[i]: the following items one level down, up to the next item of its level or above. */
function childrenOf(items: readonly Item[], i: number): Item[] {
  const parent = items[i]!;
  const childLevel = CHILD[parent.level];
  const out: Item[] = [];
  if (!childLevel) return out;
  for (let j = i + 1; j < items.length; j++) {
    const it = items[j]!;
    if (RANK[it.level] <= RANK[parent.level]) break;
    if (it.level !== childLevel) continue;
    if (parent.code && it.code && !it.code.startsWith(`${parent.code}.`)) continue;
    out.push(it);
  }
  return out;
}

/** Whether a realisasi anggaran table of the workbook shows every child of `parent` among `children`. */
function listedInFull(ctx: CheckContext, parent: Item, children: readonly Item[]): boolean {
  if (!parent.code) return false;
  const childLevel = CHILD[parent.level]!;
  const listed = new Set(children.map((c) => c.code));
  for (const t of ctx.tables) {
    if (t.kind !== "anggaran") continue;
    const rows = (t as BudgetTable).rows;
    if (!rows.some((r) => r.code && normalizeCode(r.code) === parent.code)) continue;
    const inBudget = rows.filter((r) => r.level === childLevel && r.code && normalizeCode(r.code).startsWith(`${parent.code}.`));
    return inBudget.length > 0 && inBudget.every((r) => listed.has(normalizeCode(r.code!)));
  }
  return false;
}

export const anggaranPkpk = defineRule({
  meta: {
    id: "anggaran-pkpk",
    title: "Aritmetika anggaran PKPK",
    description: "Kolom anggaran PKPK: realisasi tidak melebihi pagu, persentase serapan, pagu dan realisasi program/kegiatan sama dengan jumlah rinciannya.",
    messages: {
      melebihiPagu: {
        severity: BUDGET_MESSAGES.melebihiPagu.severity,
        template:
          "Realisasi anggaran {nama} di {tabel} ({found}) melebihi pagunya ({pagu}). Perbaiki realisasi atau pagu yang salah tulis: realisasi tidak boleh melebihi pagu.",
      },
      serapanSalah: {
        severity: BUDGET_MESSAGES.serapanSalah.severity,
        template:
          "Persentase serapan anggaran {nama} di {tabel} tertulis {found}, padahal {realisasi} / {pagu} × 100 = {expected}. Ubah menjadi {expected}, atau periksa realisasi dan pagunya.",
      },
      jumlahSalah: {
        severity: BUDGET_MESSAGES.jumlahSalah.severity,
        template: "{kolom} {nama} di {tabel} adalah {found}, padahal jumlah {rincian} {expected} (selisih {selisih}). Samakan dengan rinciannya.",
      },
    },
  },
  check(ctx, report) {
    for (const table of ctx.tablesOf("pkpk")) {
      const items = itemsOf(table);
      for (const it of items) lineChecks(table, it.line as BudgetLine, report);
      items.forEach((parent, i) => {
        const children = childrenOf(items, i);
        if (!children.length) return;
        const rincian = parent.level === "program" ? "kegiatannya" : "sub kegiatannya";
        sumChecks(
          table,
          parent.line,
          children.map((c) => c.line),
          rincian,
          report,
          !listedInFull(ctx, parent, children),
        );
      });
    }
  },
});
