/**
 * Evaluasi Renja (Permendagri 86/2017): the form's arithmetic on every row, K and Rp. The
 * relations the column-number row states ("13 = 9 + 10 + 11 + 12", "16 = 15 / 6 x 100"), or,
 * for columns it states none for, the version's standard ones: 13 = 9 + 10 + 11 + 12,
 * 14 = 13 / 8 × 100, 15 = 7 + 13, 16 = 15 / 6 × 100 (without column 14: 14 = 7 + 13,
 * 15 = 14 / 6 × 100); and a quarter's cumulative percentage where the version has one. A stated
 * value is right when it equals the computed one rounded to its written decimals. A cell that
 * does not read as a number (a cached #DIV/0!) is tidak-terbaca's, not checked here.
 */
import { a1 } from "../grid";
import { matchesStated, roundTo } from "../numbers";
import { evalExpr, isSum, showExpr, type Expr } from "../tables/numbering";
import { asPercent } from "../tables/percent-fractions";
import { renjaColumnNumber, renjaFieldName, renjaRelations, type RenjaRelation } from "../tables/renja-table";
import type { NumCell, RenjaColumn, RenjaLine, RenjaTable } from "../tables/types";
import { isRenjaTable } from "../tables/types";
import { defineRule, label, quoted, shown, TW, where } from "./context";

/** The row's name for a message: its item (program, kegiatan …) and indicator. */
export function renjaRowName(line: RenjaLine, lines: readonly RenjaLine[]): string {
  let item = line.name;
  for (let i = lines.indexOf(line); item === "" && i >= 0; i--) item = lines[i]!.name;
  const ind = line.indikator?.text;
  if (item && ind) return `${quoted(item)} (indikator ${quoted(ind)})`;
  return quoted(item || ind || `baris ${line.r + 1}`);
}

const QUARTERS = ["tw1", "tw2", "tw3", "tw4"] as const;

/** Whether a table writes its Rp columns in whole thousands (or millions): each figure rounded by up to half a unit. */
function roundsRupiah(table: RenjaTable, cells: readonly (NumCell | null)[]): boolean {
  return (table.unitScale ?? 1) !== 1 && cells.every((c) => !c || c.decimals <= 0);
}

/**
 * Whether a stated Rp figure (or a percentage of Rp figures) of a table in thousands fits the
 * relation once every whole figure may be off by half a unit (the rupiah it was rounded from):
 * the stated value lies between the relation's least and greatest value over those roundings.
 * A difference of rounding is the unit's, not the budget's.
 */
function fitsRounding(table: RenjaTable, rel: RenjaRelation, stated: NumCell, at: (c: number) => NumCell | null): boolean {
  const ns = [...rel.columnOf.keys()];
  const cells = ns.map((n) => at(rel.columnOf.get(n)!));
  const sum = isSum(rel.expr);
  if (rel.unit !== "Rp" || ns.length > 6 || !roundsRupiah(table, [...cells, ...(sum ? [stated] : [])])) return false;
  let lo = Infinity;
  let hi = -Infinity;
  for (let mask = 0; mask < 1 << ns.length; mask++) {
    const v = evalExpr(rel.expr, (n) => {
      const i = ns.indexOf(n);
      const c = cells[i];
      return c ? c.value + ((mask >> i) & 1 ? 0.5 : -0.5) : 0;
    });
    if (v === null || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const half = sum ? 0.5 : 0.5 * 10 ** -Math.max(stated.decimals, 0);
  return stated.value >= lo - half - 1e-9 && stated.value <= hi + half + 1e-9;
}

/**
 * The values a sum may state besides the sum. A kinerja (K) of an indicator that is not cumulative
 * (a percentage, an index, a count of what exists) states its status, the last value reported (the
 * quarter's, or this year's for 15 = 7 + 13), or the average of the quarters reported: which
 * accumulation an indicator has is its own property the form does not write, and a K that fits one
 * of them is no certain error. A rupiah sum of the quarters whose quarters never decrease may state
 * the last: the quarters were written up to each quarter (s.d. triwulan), a convention many files
 * follow, and the year's realisation is then the last of them.
 */
function statusValues(rel: RenjaRelation, present: readonly NumCell[], quartersOnly: boolean): number[] {
  if (!isSum(rel.expr) || present.length === 0) return [];
  const last = present[present.length - 1]!.value;
  if (rel.unit === "K") return [last, present.reduce((s, c) => s + c.value, 0) / present.length];
  const rising = present.every((c, i) => i === 0 || c.value >= present[i - 1]!.value);
  return rel.unit === "Rp" && quartersOnly && present.length >= 2 && rising ? [last] : [];
}

/**
 * The values a kinerja (K) percentage "a / b x 100" may state for an indicator whose lower value is
 * better (a rate of accidents, of poverty): the kondisi khusus (2b − a) / b × 100, or b / a × 100
 * as some offices compute it (domain.md, CAPAIAN). Which way an indicator points the form does not
 * write; a K that fits either is no certain error.
 */
function lowerIsBetterValues(rel: RenjaRelation, value: (n: number) => number): number[] {
  const e = rel.expr;
  if (rel.unit !== "K" || !isPercentRatio(e) || !("op" in e)) return [];
  const ratio = "num" in e.right ? e.left : e.right;
  if (!("op" in ratio) || ratio.op !== "/" || !("col" in ratio.left) || !("col" in ratio.right)) return [];
  const a = value(ratio.left.col);
  const b = value(ratio.right.col);
  const out: number[] = [];
  if (b !== 0) out.push(((2 * b - a) / b) * 100);
  if (a !== 0) out.push((b / a) * 100);
  return out;
}

const QUARTER_FIELDS: readonly RenjaColumn["field"][] = ["tw1", "tw2", "tw3", "tw4"];

/** Whether an expression is a ratio in percent ("13 / 8 x 100"): its top operation multiplies by 100. */
function isPercentRatio(e: Expr): boolean {
  return "op" in e && e.op === "*" && (("num" in e.right && e.right.num === 100) || ("num" in e.left && e.left.num === 100));
}

/**
 * The percent columns of a table that hold fractions (Excel's percent format stores 102,57 % as
 * 1.0257): a ratio column whose values match the relation × 1/100 on more rows than they match it
 * as written. The reader scales a column whose values all lie below 2.5; a Renstra's tingkat
 * capaian may exceed 250 %, and the relation tells the column apart where the range cannot.
 */
function fractionColumns(table: RenjaTable, relations: readonly RenjaRelation[]): Set<number> {
  const out = new Set<number>();
  for (const rel of relations) {
    if (!isPercentRatio(rel.expr)) continue;
    let plain = 0;
    let fraction = 0;
    for (const line of table.renja.lines) {
      const stated = line.cells.get(rel.c);
      if (!stated || stated.fromText) continue;
      const computed = evalExpr(rel.expr, (n) => line.cells.get(rel.columnOf.get(n)!)?.value ?? null);
      if (computed === null || !Number.isFinite(computed)) continue;
      if (matchesStated(stated.value, stated.decimals, computed)) plain++;
      else {
        const p = asPercent(stated);
        if (matchesStated(p.value, p.decimals, computed)) fraction++;
      }
    }
    if (fraction > plain) out.add(rel.c);
  }
  return out;
}

export const renjaRelasi = defineRule({
  meta: {
    id: "renja-relasi",
    title: "Relasi kolom Evaluasi Renja",
    description:
      "Kolom Evaluasi Renja yang dihitung dari kolom lain (13 = 9 + 10 + 11 + 12, 14 = 13/8 × 100, 15 = 7 + 13, 16 = 15/6 × 100, atau relasi yang tertulis di baris nomor kolom) harus sesuai pada setiap baris, untuk K dan Rp.",
    messages: {
      salah: {
        severity: "error",
        template:
          "Kolom {kolom} {nama} di {tabel} tertulis {found}, padahal menurut relasi {relasi} hasilnya {expected} ({hitung}). Ubah menjadi {expected}, atau perbaiki rumus di sel ini.",
      },
      kumulatifSalah: {
        severity: "error",
        template:
          "Persentase kumulatif {unit} triwulan {tw} {nama} di {tabel} tertulis {found}, padahal realisasi triwulan I s.d. {tw} dibagi target Renja × 100 = {expected} ({hitung}). Ubah menjadi {expected}.",
      },
    },
  },
  check(ctx, report) {
    for (const table of ctx.tables.filter(isRenjaTable)) {
      const { lines, columns } = table.renja;
      const unreadable = new Set(table.problems.map((p) => `${p.r}:${p.c}`));
      // Left to right, so that a cell found wrong is not used again: one typed figure is one finding, not
      // one for each column computed from it.
      const relations = renjaRelations(table).sort((a, b) => a.c - b.c);
      const fractions = fractionColumns(table, relations);
      for (const line of lines) {
        const at = (c: number): NumCell | null => {
          const n = line.cells.get(c) ?? null;
          return n && fractions.has(c) ? asPercent(n) : n;
        };
        const nama = renjaRowName(line, lines);
        const wrong = new Set<number>();
        for (const rel of relations) {
          const stated = at(rel.c);
          if (!stated) continue;
          const leaves = [...rel.columnOf.values()];
          if (leaves.some((c) => unreadable.has(`${line.r}:${c}`) || wrong.has(c))) continue;
          const present = leaves.filter((c) => at(c) !== null);
          // A sum over quarters not yet reported counts them as nothing; any other relation needs every operand.
          if (present.length === 0 || (present.length < leaves.length && !isSum(rel.expr))) continue;
          const value = (n: number) => at(rel.columnOf.get(n)!)?.value ?? 0;
          const computed = evalExpr(rel.expr, value);
          if (computed === null || matchesStated(stated.value, stated.decimals, computed) || fitsRounding(table, rel, stated, at)) continue;
          const quartersOnly = leaves.every((c) => QUARTER_FIELDS.includes(columns.find((x) => x.c === c)?.field ?? "target"));
          const status = statusValues(
            rel,
            leaves.flatMap((c) => at(c) ?? []),
            quartersOnly,
          );
          if ([...status, ...lowerIsBetterValues(rel, value)].some((v) => matchesStated(stated.value, stated.decimals, v))) continue;
          const ratio = !isSum(rel.expr);
          const d = ratio ? Math.max(2, stated.decimals) : Math.max(stated.decimals, ...present.map((c) => at(c)!.decimals));
          const expected = shown(roundTo(computed, d), d);
          const col = columns.find((x) => x.c === rel.c);
          wrong.add(rel.c);
          // "15 (tingkat capaian Renstra, K)": number, field and unit in one parenthesis.
          const kolom = col
            ? `${renjaColumnNumber(table.renja, col) ?? a1(line.r, rel.c).replace(/\d+/, "")} (${renjaFieldName(col.field)}, ${rel.unit})`
            : `${a1(line.r, rel.c).replace(/\d+/, "")} (${rel.unit})`;
          const hitung = `${showExpr(rel.expr, (n) => shown(value(n)))} = ${expected}`;
          report({
            at: where(table, stated),
            messageId: "salah",
            data: { kolom, nama, tabel: label(table), found: shown(stated), relasi: rel.text, expected, hitung },
            related: present.map((c) => where(table, { r: line.r, c })),
            expected,
            found: shown(stated),
          });
        }
        cumulative(table, line, nama, report);
      }
    }
  },
});

/**
 * A quarter's cumulative percentage (a % column under a quarter): the realisasi of TW I up to that
 * quarter over the Renja's target (column 8) × 100, of the K or Rp value the % column follows. The
 * quarter's own realisasi over the target is accepted too (some files write it so).
 */
function cumulative(table: RenjaTable, line: RenjaLine, nama: string, report: Parameters<(typeof renjaRelasi)["check"]>[1]): void {
  const cols = table.renja.columns;
  const find = (field: RenjaColumn["field"], unit: RenjaColumn["unit"]) => cols.find((x) => x.field === field && x.unit === unit);
  QUARTERS.forEach((field, q) => {
    const pct = find(field, "%");
    const stated = pct && line.cells.get(pct.c);
    if (!pct || !stated) return;
    const before = cols.find((x) => x.c === pct.c - 1 && x.field === field);
    const unit = before && before.unit !== "%" ? before.unit : find(field, "Rp") ? "Rp" : "K";
    const target = find("target", unit);
    const t = target && line.cells.get(target.c);
    const parts = QUARTERS.slice(0, q + 1).map((f) => {
      const col = find(f, unit);
      return col ? (line.cells.get(col.c) ?? null) : null;
    });
    if (!t || t.value === 0 || parts.every((p) => p === null) || !parts[q]) return;
    const sum = parts.reduce((s, p) => s + (p?.value ?? 0), 0);
    const computed = (sum / t.value) * 100;
    const own = (parts[q]!.value / t.value) * 100;
    if (matchesStated(stated.value, stated.decimals, computed) || matchesStated(stated.value, stated.decimals, own)) return;
    // Rp figures in whole thousands: the percentage may come from the rupiah they were rounded from.
    if (unit === "Rp" && roundsRupiah(table, [...parts, t]) && t.value > 0.5) {
      const k = parts.filter((p) => p !== null).length;
      const half = 0.5 * 10 ** -Math.max(stated.decimals, 0);
      const lo = (Math.max(0, sum - 0.5 * k) / (t.value + 0.5)) * 100;
      const hi = ((sum + 0.5 * k) / (t.value - 0.5)) * 100;
      if (stated.value >= lo - half && stated.value <= hi + half) return;
    }
    const d = Math.max(2, stated.decimals);
    const expected = shown(roundTo(computed, d), d);
    report({
      at: where(table, stated),
      messageId: "kumulatifSalah",
      data: {
        unit,
        tw: TW[q]!,
        nama,
        tabel: label(table),
        found: shown(stated),
        expected,
        hitung: `(${parts.map((p) => shown(p?.value ?? 0)).join(" + ")}) / ${shown(t)} x 100`,
      },
      related: [...parts.filter((p): p is NumCell => p !== null).map((p) => where(table, p)), where(table, t)],
      expected,
      found: shown(stated),
    });
  });
}
