/**
 * Rule 8: budget arithmetic. Serapan = realisasi / pagu × 100 within its written decimals;
 * sisa = pagu − realisasi; realisasi ≤ pagu, except on pendapatan (revenue above its target is
 * normal), pembiayaan and the balance rows of an LRA (SURPLUS/(DEFISIT)); an urusan's and a
 * bidang's pagu and realisasi are the sums of what lies under them, a program's of its kegiatan,
 * a kegiatan's of its sub kegiatan, a sub kegiatan's of its accounts (rekening) and an account's of
 * its sub-accounts (5.1 = 5.1.01 + 5.1.02); a JUMLAH/TOTAL row is the sum of the programs.
 */
import { matchesStated, roundTo } from "../numbers";
import { normalizeCode } from "../tables/levels";
import { asPercent } from "../tables/percent-fractions";
import type { BudgetRow, BudgetTable, IndicatorTable, NumCell } from "../tables/types";
import { defineRule, label, quoted, shown, where, type Reporter } from "./context";

/** The Kepmendagri hierarchy, top down; accounts, balance and total rows stand outside it. */
const RANK: Partial<Record<BudgetRow["level"], number>> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subkegiatan: 4 };

const RINCIAN: Record<string, string> = {
  bidang: "bidang urusannya",
  program: "programnya",
  kegiatan: "kegiatannya",
  subkegiatan: "sub kegiatannya",
  rekening: "rekening belanjanya",
};

/**
 * The budget table's messages. anggaran-pkpk declares the same ids with its own wording, so the
 * arithmetic below (lineChecks, sumChecks) serves both; every call gives all the data either uses.
 */
export const BUDGET_MESSAGES = {
  melebihiPagu: {
    severity: "error",
    template:
      "Realisasi {nama} ({found}) melebihi pagunya ({pagu}). Perbaiki realisasi atau pagu yang salah tulis: realisasi belanja tidak boleh melebihi pagu.",
  },
  serapanSalah: {
    severity: "error",
    template:
      "Persentase serapan {nama} tertulis {found}, padahal {realisasi} / {pagu} × 100 = {expected}. Ubah persentasenya menjadi {expected}, atau periksa realisasi dan pagunya.",
  },
  jumlahSalah: {
    severity: "error",
    template:
      "{kolom} {nama} di {tabel} adalah {found}, padahal jumlah {rincian} {expected} (selisih {selisih}). Perbaiki angka {nama} atau rinciannya agar jumlahnya sama.",
  },
} as const;

export type BudgetMessage = keyof typeof BUDGET_MESSAGES;

const SISA_MESSAGE = {
  sisaSalah: {
    severity: "error",
    template:
      "Sisa anggaran {nama} di {tabel} tertulis {found}, padahal {pagu} − {realisasi} = {expected}. Ubah menjadi {expected}, atau periksa pagu dan realisasinya.",
  },
} as const;

/**
 * How far a sum of `figures` written figures may be from what it should be by rounding alone. A
 * rupiah figure is exact to the half rupiah; a table in thousands (or millions) that writes whole
 * units rounds every figure by up to half a unit, so a parent may differ from its children's sum by
 * half a unit per figure: a mismatch of its unit, not of the budget.
 */
export function roundingSlack(table: { readonly unitScale?: number }, cells: readonly NumCell[]): number {
  if ((table.unitScale ?? 1) === 1 || cells.some((c) => c.decimals > 0)) return 0.5;
  return 0.5 * cells.length + 1e-9;
}

/**
 * Whether a written total equals the sum of its parts within rounding (roundingSlack). A total
 * typed by hand to leave out parts in hidden rows (a cancelled sub kegiatan hidden rather than
 * deleted) also holds: staff hide a row to take it out, while a SUM formula would still count it,
 * so either total is legitimate. The sum rules (anggaran, anggaran-pkpk, renja-anggaran) all ask here.
 */
export function sumHolds(
  table: { readonly unitScale?: number; readonly hiddenRows?: ReadonlySet<number> },
  total: NumCell,
  parts: readonly NumCell[],
): boolean {
  const near = (cells: readonly NumCell[]) => Math.abs(cells.reduce((s, c) => s + c.value, 0) - total.value) < roundingSlack(table, [total, ...cells]);
  if (near(parts)) return true;
  const hidden = table.hiddenRows;
  if (!hidden?.size) return false;
  const visible = parts.filter((c) => !hidden.has(c.r));
  return visible.length < parts.length && near(visible);
}

/**
 * Whether a stated serapan fits realisasi / pagu × 100 where both are whole figures of a table in
 * thousands, each rounded by up to half a unit: the stated value may come from the rupiah.
 */
function serapanFitsRounding(table: { readonly unitScale?: number }, persen: NumCell, pagu: NumCell, realisasi: NumCell): boolean {
  if ((table.unitScale ?? 1) === 1 || pagu.decimals > 0 || realisasi.decimals > 0 || pagu.value <= 0.5) return false;
  const lo = (Math.max(0, realisasi.value - 0.5) / (pagu.value + 0.5)) * 100;
  const hi = ((realisasi.value + 0.5) / (pagu.value - 0.5)) * 100;
  const half = 0.5 * 10 ** -Math.max(persen.decimals, 0);
  return persen.value >= lo - half && persen.value <= hi + half;
}

/** One level of the hierarchy as the budget arithmetic sees it, from either table kind. */
export interface BudgetLine {
  readonly name: string;
  readonly pagu: NumCell | null;
  readonly realisasi: NumCell | null;
  readonly persen: NumCell | null;
}

/**
 * Realisasi ≤ pagu and the stated serapan, on one line. `overPagu: false` for a line whose
 * realisasi may exceed its anggaran (pendapatan, pembiayaan, an LRA's balance rows).
 */
export function lineChecks(table: BudgetTable | IndicatorTable, line: BudgetLine, report: Reporter<BudgetMessage>, overPagu = true): void {
  const { pagu, realisasi, persen } = line;
  const nama = quoted(line.name);
  if (overPagu && pagu && realisasi && !pagu.dash && realisasi.value > pagu.value) {
    report({
      at: where(table, realisasi),
      messageId: "melebihiPagu",
      data: { nama, tabel: label(table), found: shown(realisasi), pagu: shown(pagu) },
      related: [where(table, pagu)],
      expected: `≤ ${shown(pagu)}`,
      found: shown(realisasi),
    });
  }
  if (pagu && realisasi && persen && pagu.value !== 0) {
    const computed = (realisasi.value / pagu.value) * 100;
    // A fraction in a column the reader did not scale (mixed with percentages, or a pendapatan past 250 %) may be a cell
    // formatted as a percentage: 0,9256 shown as 92,56 %.
    const fraction = asPercent(persen);
    if (
      !matchesStated(persen.value, persen.decimals, computed) &&
      !serapanFitsRounding(table, persen, pagu, realisasi) &&
      !(persen.value !== 0 && !persen.fromText && matchesStated(fraction.value, fraction.decimals, computed))
    ) {
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
    // A parent written "-" states no figure to hold its children to.
    if (!p || p.dash || children.some((c) => !c[field])) continue;
    const sum = children.reduce((s, c) => s + c[field]!.value, 0);
    if (
      sumHolds(
        table,
        p,
        children.map((c) => c[field]!),
      )
    )
      continue;
    if (onlyAbove && p.value > sum) continue;
    report({
      at: where(table, p),
      messageId: "jumlahSalah",
      data: {
        kolom: field === "pagu" ? "Pagu" : "Realisasi",
        nama: quoted(parent.name),
        tabel: label(table),
        found: shown(p),
        rincian,
        expected: shown(sum, 2),
        selisih: shown(p.value - sum, 2),
      },
      related: children.map((c) => where(table, c[field]!)),
      expected: shown(sum, 2),
      found: shown(p),
    });
  }
}

/** Whether a parent's pagu and realisasi both equal its children's sums (as sumChecks holds them). */
function sumsMatch(table: BudgetTable, parent: BudgetRow, children: readonly BudgetRow[]): boolean {
  return (["pagu", "realisasi"] as const).every((field) => {
    const p = parent[field];
    if (!p || p.dash || children.some((c) => !c[field])) return true;
    return sumHolds(
      table,
      p,
      children.map((c) => c[field]!),
    );
  });
}

const lineOf = (r: BudgetRow): BudgetLine => ({ name: r.name.text, pagu: r.pagu, realisasi: r.realisasi, persen: r.persen });

/** Whether a row is spending, whose realisasi must stay within its anggaran. */
function isSpending(row: BudgetRow): boolean {
  if (row.level === "saldo") return false;
  return row.account !== "pendapatan" && row.account !== "pembiayaan";
}

/**
 * The rows an urusan, bidang, program or kegiatan is the sum of: the rows of the next level down
 * that follows it (an urusan without bidang rows sums its programs), up to the next row of its
 * own level or above, a JUMLAH or a balance row. Accounts lie under sub kegiatan and are skipped.
 */
function hierarchyChildren(rows: readonly BudgetRow[], i: number): BudgetRow[] {
  const parent = rows[i]!;
  const rank = RANK[parent.level]!;
  let childRank: number | undefined;
  const out: BudgetRow[] = [];
  for (let j = i + 1; j < rows.length; j++) {
    const rj = rows[j]!;
    if (rj.level === "total" || rj.level === "saldo") break;
    const rr = RANK[rj.level];
    if (rr === undefined) continue;
    if (rr <= rank) break;
    childRank ??= rr;
    if (rr === childRank) out.push(rj);
  }
  return out;
}

/**
 * The account blocks of a table: runs of consecutive account rows, each under the sub kegiatan
 * right above it (or under nothing, in an LRA by account).
 */
function accountBlocks(rows: readonly BudgetRow[]): { owner: BudgetRow | null; accounts: BudgetRow[] }[] {
  const blocks: { owner: BudgetRow | null; accounts: BudgetRow[] }[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.level !== "rekening") continue;
    const prev = rows[i - 1];
    const accounts: BudgetRow[] = [];
    while (i < rows.length && rows[i]!.level === "rekening") accounts.push(rows[i++]!);
    i--;
    blocks.push({ owner: prev?.level === "subkegiatan" ? prev : null, accounts });
  }
  return blocks;
}

/**
 * Each account's parent in its block: the nearest account above it whose code its code extends
 * (5.1.02 under 5.1, 5.1 under 5). Null for a root; undefined for all when an account has no code
 * (then the block's structure is unknown).
 */
function accountParents(accounts: readonly BudgetRow[]): (number | null)[] | undefined {
  if (accounts.some((a) => !a.code)) return undefined;
  const codes = accounts.map((a) => normalizeCode(a.code!));
  return codes.map((code, i) => {
    for (let j = i - 1; j >= 0; j--) if (code.startsWith(`${codes[j]}.`)) return j;
    return null;
  });
}

/**
 * Whether a table's Sisa or Selisih column is written realisasi − anggaran (as an LRA's
 * "Lebih/(Kurang)", and some files' "Selisih"): more rows fit that than anggaran − realisasi.
 */
function sisaReversed(table: BudgetTable): boolean {
  let plain = 0;
  let reversed = 0;
  for (const { pagu, realisasi, sisa } of table.rows) {
    if (!pagu || !realisasi || !sisa || sisa.dash || pagu.value === realisasi.value) continue;
    const slack = roundingSlack(table, [sisa, pagu, realisasi]);
    if (Math.abs(sisa.value - (pagu.value - realisasi.value)) < slack) plain++;
    else if (Math.abs(sisa.value - (realisasi.value - pagu.value)) < slack) reversed++;
  }
  return reversed > plain;
}

/** Sisa = pagu − realisasi (or realisasi − pagu where the table writes it so), to half a rupiah. */
function sisaCheck(table: BudgetTable, row: BudgetRow, reversed: boolean, report: Reporter<BudgetMessage | "sisaSalah">): void {
  const { pagu, realisasi, sisa } = row;
  if (!pagu || !realisasi || !sisa || sisa.dash) return;
  const [from, less] = reversed ? [realisasi, pagu] : [pagu, realisasi];
  const computed = from.value - less.value;
  if (Math.abs(sisa.value - computed) < roundingSlack(table, [sisa, pagu, realisasi])) return;
  const expected = shown(computed, 2);
  report({
    at: where(table, sisa),
    messageId: "sisaSalah",
    data: { nama: quoted(row.name.text), tabel: label(table), found: shown(sisa), pagu: shown(from), realisasi: shown(less), expected },
    related: [where(table, pagu), where(table, realisasi)],
    expected,
    found: shown(sisa),
  });
}

export const anggaran = defineRule({
  meta: {
    id: "anggaran",
    title: "Aritmetika anggaran",
    description:
      "Aritmetika anggaran: persentase serapan, sisa anggaran, realisasi belanja tidak melebihi pagu, jumlah induk (urusan, bidang, program, kegiatan, sub kegiatan, rekening) sama dengan jumlah rinciannya.",
    messages: { ...BUDGET_MESSAGES, ...SISA_MESSAGE },
  },
  check(ctx, report) {
    for (const table of ctx.tables.filter((t): t is BudgetTable => t.kind === "anggaran")) {
      const rows = table.rows;
      const reversed = sisaReversed(table);
      for (const row of rows) {
        lineChecks(table, lineOf(row), report, isSpending(row));
        sisaCheck(table, row, reversed, report);
      }
      // Parent = sum of children, down the Kepmendagri hierarchy.
      rows.forEach((parent, i) => {
        if (RANK[parent.level] === undefined || parent.level === "subkegiatan") return;
        const children = hierarchyChildren(rows, i);
        if (children.length) sumChecks(table, lineOf(parent), children.map(lineOf), RINCIAN[children[0]!.level]!, report);
      });
      // A sub kegiatan = its accounts; an account = its sub-accounts.
      for (const { owner, accounts } of accountBlocks(rows)) {
        const parents = accountParents(accounts);
        if (!parents) continue;
        if (owner) sumChecks(table, lineOf(owner), accounts.filter((_, k) => parents[k] === null).map(lineOf), RINCIAN.rekening!, report);
        accounts.forEach((account, k) => {
          const subs = accounts.filter((_, m) => parents[m] === k);
          if (subs.length) sumChecks(table, lineOf(account), subs.map(lineOf), "rinciannya", report);
        });
      }
      // A JUMLAH is the sum of the programs of its block (since the previous JUMLAH: "Jumlah Urusan …"), or of all
      // the programs above it or in the table (a grand total, a total repeated at the bottom).
      const programs = rows.filter((r) => r.level === "program");
      rows.forEach((total, i) => {
        if (total.level !== "total" || !isSpending(total) || !programs.length) return;
        let start = i - 1;
        while (start >= 0 && rows[start]!.level !== "total") start--;
        const block = rows.slice(start + 1, i).filter((r) => r.level === "program");
        const above = rows.slice(0, i).filter((r) => r.level === "program");
        const candidates = [block, above, programs].filter((c) => c.length > 0);
        if (candidates.some((c) => sumsMatch(table, total, c))) return;
        sumChecks(table, lineOf(total), candidates[0]!.map(lineOf), "programnya", report);
      });
    }
  },
});
