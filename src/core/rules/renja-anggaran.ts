/**
 * Evaluasi Renja (Permendagri 86/2017): the budget of the form. In every rupiah column (Rp of
 * columns 6–13 and 15), a program equals the sum of its kegiatan and a kegiatan the sum of its
 * sub kegiatan (an urusan or bidang the sum of what lies under it; a JUMLAH row the sum of the
 * programs); levels come from the codes, else from the row's words and order. Workbooks often
 * hold an Evaluasi Renja that lists only the items with indicators, so a parent above the sum of
 * its listed children is an error only where the workbook's realisasi anggaran table shows the
 * list complete; a parent below it always is. The year's realisasi anggaran (13 Rp) above the
 * Renja's anggaran (8 Rp) is an error. Cached errors (#DIV/0!) are tidak-terbaca's.
 */
import { normalizeCode } from "../tables/levels";
import type { BudgetTable } from "../tables/types";
import { renjaColumnNumber, renjaFieldName } from "../tables/renja-table";
import { isRenjaTable, type NumCell, type RenjaColumn, type RenjaLevel, type RenjaLine, type RenjaTable } from "../tables/types";
import { sumHolds } from "./anggaran";
import { defineRule, label, quoted, shown, where, type CheckContext } from "./context";

/** Whether a realisasi anggaran table of the workbook lists `parent` and every child it has among `children`. */
function listedInFull(ctx: CheckContext, parent: Item, children: readonly Item[]): boolean {
  if (!parent.code || children.some((c) => !c.code)) return false;
  const level = children[0]!.level;
  const listed = new Set(children.map((c) => c.code));
  for (const t of ctx.tables) {
    if (t.kind !== "anggaran") continue;
    const rows = (t as BudgetTable).rows;
    if (!rows.some((r) => r.code && normalizeCode(r.code) === parent.code)) continue;
    const under = rows.filter((r) => r.level === level && r.code && normalizeCode(r.code).startsWith(`${parent.code}.`));
    return under.length > 0 && under.every((r) => listed.has(normalizeCode(r.code!)));
  }
  return false;
}

const RANK: Partial<Record<RenjaLevel, number>> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subkegiatan: 4 };
const RINCIAN: Partial<Record<RenjaLevel, string>> = {
  bidang: "bidang urusannya",
  program: "programnya",
  kegiatan: "kegiatannya",
  subkegiatan: "sub kegiatannya",
};
const AMOUNTS: readonly RenjaColumn["field"][] = ["renstra", "lalu", "target", "tw1", "tw2", "tw3", "tw4", "realisasi", "renstraRealisasi"];

/** One budget line: an item's row and the rows of its further indicators (code and name left blank). */
interface Item {
  readonly level: RenjaLevel;
  readonly code: string | null;
  readonly name: string;
  readonly cells: Map<number, NumCell>;
}

function itemsOf(lines: readonly RenjaLine[]): Item[] {
  const items: Item[] = [];
  for (const line of lines) {
    const last = items[items.length - 1];
    if (line.level === null) {
      if (last) for (const [c, n] of line.cells) if (!last.cells.has(c)) last.cells.set(c, n);
      continue;
    }
    items.push({ level: line.level, code: line.code ? normalizeCode(line.code) : null, name: line.name, cells: new Map(line.cells) });
  }
  return items;
}

/** The items a parent is the sum of: the first level found below it, up to the next item of its level or above. */
function childrenOf(items: readonly Item[], i: number): Item[] {
  const parent = items[i]!;
  const out: Item[] = [];
  if (parent.level === "total") {
    for (let j = i - 1; j >= 0 && items[j]!.level !== "total"; j--) if (items[j]!.level === "program") out.unshift(items[j]!);
    return out;
  }
  if (parent.level === "pd") {
    for (let j = i + 1; j < items.length && items[j]!.level !== "total" && items[j]!.level !== "pd"; j++)
      if (items[j]!.level === "program") out.push(items[j]!);
    return out;
  }
  const rank = RANK[parent.level];
  if (rank === undefined) return out;
  let childRank: number | undefined;
  for (let j = i + 1; j < items.length; j++) {
    const it = items[j]!;
    const r = RANK[it.level];
    if (r === undefined) {
      if (it.level === "catatan") continue;
      break;
    }
    if (r <= rank) break;
    childRank ??= r;
    if (r !== childRank) continue;
    if (parent.code && it.code && !it.code.startsWith(`${parent.code}.`)) continue;
    out.push(it);
  }
  return out;
}

export const renjaAnggaran = defineRule({
  meta: {
    id: "renja-anggaran",
    title: "Anggaran Evaluasi Renja",
    description:
      "Kolom Rp Evaluasi Renja: anggaran dan realisasi program sama dengan jumlah kegiatannya, kegiatan dengan jumlah sub kegiatannya; realisasi anggaran tidak melebihi anggaran Renja tahun berjalan.",
    messages: {
      jumlahSalah: {
        severity: "error",
        template:
          "Kolom {kolom} {nama} di {tabel} adalah Rp {found}, padahal jumlah {rincian} Rp {expected} (selisih Rp {selisih}). Ubah menjadi {expected}, atau perbaiki rincian yang keliru.",
      },
      melebihiAnggaran: {
        severity: "error",
        template:
          "Realisasi anggaran {nama} di {tabel}, Rp {found} di kolom {kolom}, melebihi anggaran Renja tahun berjalan, Rp {anggaran} di kolom {kolomTarget}. Perbaiki realisasi atau anggaran yang salah tulis.",
      },
    },
  },
  check(ctx, report) {
    for (const table of ctx.tables.filter(isRenjaTable)) {
      const { columns, lines } = table.renja;
      const items = itemsOf(lines);
      const amounts = columns.filter((c) => c.unit === "Rp" && AMOUNTS.includes(c.field));
      const kolom = (col: RenjaColumn) => `${renjaColumnNumber(table.renja, col) ?? ""} (${renjaFieldName(col.field)})`.trim();
      items.forEach((parent, i) => {
        let children = childrenOf(items, i);
        // A grand total (or a total repeated at the bottom) is the sum of all the programs above it, not of its block's.
        if (parent.level === "total") {
          const above = items.slice(0, i).filter((it) => it.level === "program");
          const fits = (list: readonly Item[]) =>
            list.length > 0 &&
            amounts.every((col) => {
              const p = parent.cells.get(col.c);
              if (!p || list.some((ch) => !ch.cells.has(col.c))) return true;
              return sumHolds(
                table,
                p,
                list.map((ch) => ch.cells.get(col.c)!),
              );
            });
          if (!fits(children) && fits(above)) children = above;
          if (!children.length) children = above;
        }
        if (!children.length) return;
        const rincian = parent.level === "total" || parent.level === "pd" ? "programnya" : (RINCIAN[children[0]!.level] ?? "rinciannya");
        // A total is the sum of what the table lists; an item may have children the table leaves out.
        const strict = parent.level === "total" || parent.level === "pd" || listedInFull(ctx, parent, children);
        for (const col of amounts) {
          const p = parent.cells.get(col.c);
          if (!p || children.some((ch) => !ch.cells.has(col.c))) continue;
          const sum = children.reduce((s, ch) => s + ch.cells.get(col.c)!.value, 0);
          if (
            sumHolds(
              table,
              p,
              children.map((ch) => ch.cells.get(col.c)!),
            )
          )
            continue;
          if (!strict && p.value > sum) continue;
          report({
            at: where(table, p),
            messageId: "jumlahSalah",
            data: {
              kolom: kolom(col),
              nama: quoted(parent.name || parent.code || "baris jumlah"),
              tabel: label(table),
              found: shown(p),
              rincian,
              expected: shown(sum, 2),
              selisih: shown(p.value - sum, 2),
            },
            related: children.map((ch) => where(table, ch.cells.get(col.c)!)),
            expected: shown(sum, 2),
            found: shown(p),
          });
        }
      });
      overBudget(table, items, kolom, report);
    }
  },
});

function overBudget(
  table: RenjaTable,
  items: readonly Item[],
  kolom: (c: RenjaColumn) => string,
  report: Parameters<(typeof renjaAnggaran)["check"]>[1],
): void {
  const cols = table.renja.columns;
  const target = cols.find((c) => c.field === "target" && c.unit === "Rp");
  const real = cols.find((c) => c.field === "realisasi" && c.unit === "Rp");
  if (!target || !real) return;
  for (const it of items) {
    const a = it.cells.get(target.c);
    const r = it.cells.get(real.c);
    if (!a || !r || r.value <= a.value + 0.5) continue;
    report({
      at: where(table, r),
      messageId: "melebihiAnggaran",
      data: {
        nama: quoted(it.name || it.code || "baris jumlah"),
        tabel: label(table),
        kolom: kolom(real),
        found: shown(r),
        kolomTarget: kolom(target),
        anggaran: shown(a),
      },
      related: [where(table, a)],
      expected: `≤ ${shown(a)}`,
      found: shown(r),
    });
  }
}
