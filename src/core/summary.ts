/**
 * The Ringkasan panel's data: each PK indicator with its target, realisasi, capaian and kategori as
 * the engine computes them (a workbook without PK or Capaian IKU: the Evaluasi Renja's indicators,
 * target 8 K against realisasi 13 K), and the budget's serapan per program (an Evaluasi Renja's
 * programs too, 13 Rp of 8 Rp, where no realisasi anggaran table lists them). Read from a check's result: the
 * index the rules built (matching, counterparts, PK Perubahan superseding the PK) is not rebuilt.
 */
import { capaian, kategori, serapan, type Kategori } from "./formulas";
import type { CheckResult } from "./check";
import { counterpart, type CheckContext } from "./rules/context";
import { rupiahOf } from "./tables/budget-table";
import { normalizeCode } from "./tables/levels";
import { isRenjaTable, type BudgetTable, type RenjaTable } from "./tables/types";
import { a1 } from "./grid";
import { BELUM, DI_BAWAH, SESUAI, triwulanTable } from "./lkjip/triwulan";
import type { LkjipTable } from "./lkjip/types";
import { formatId } from "./messages";

// Ringkasan's count of sub kegiatan rows against the nomenclature (issue 11): see nomenklatur/rows.ts.
export { nomenklaturSummary, type NomenklaturSummary } from "./nomenklatur/rows";

export interface IndicatorSummary {
  readonly indikator: string;
  readonly satuan: string;
  readonly target: number | null;
  readonly realisasi: number | null;
  /** Where the realisasi came from ("Capaian IKU (Sheet)"), or null when none was found. */
  readonly realisasiFrom: string | null;
  readonly capaian: number | null;
  readonly kategori: Kategori | null;
  readonly sheet: string;
  readonly cell: string;
}

export interface ProgramSummary {
  readonly program: string;
  readonly pagu: number | null;
  readonly realisasi: number | null;
  readonly serapan: number | null;
  readonly sheet: string;
  readonly cell: string;
}

export function indicatorSummary(result: Pick<CheckResult, "contexts">): IndicatorSummary[] {
  // In a roll-up each perangkat daerah's PK is summarised with its own documents (its own index).
  // A PK shared by several groups is summarised once.
  const seen = new Set<object>();
  const out: IndicatorSummary[] = [];
  for (const ctx of result.contexts) {
    for (const s of summaryOf(ctx)) {
      if (seen.has(s.row)) continue;
      seen.add(s.row);
      out.push(s.summary);
    }
  }
  return out;
}

function summaryOf(ctx: CheckContext): { row: object; summary: IndicatorSummary }[] {
  // The PK (or its Perubahan) lists the indicators; a workbook without a PK falls back to Capaian IKU,
  // then to the Evaluasi Renja.
  const source = (["pk", "capaian", "renja"] as const).map((k) => ctx.tablesOf(k)).find((ts) => ts.length > 0) ?? [];
  const out: { row: object; summary: IndicatorSummary }[] = [];
  for (const table of source) {
    for (const row of table.rows) {
      const self = ctx.entryOf.get(row);
      let realisasi = row.realisasi;
      let from: string | null = realisasi ? table.sheet : null;
      for (const kind of ["capaian", "pkpk", "pps", "renja"] as const) {
        if (realisasi || !self) break;
        const other = counterpart(self, ctx.entries(self.key, kind));
        if (other?.row.realisasi) {
          realisasi = other.row.realisasi;
          from = other.table.sheet;
        }
      }
      const target = row.target?.value ?? null;
      const c = target !== null && realisasi ? capaian(realisasi.value, target) : null;
      const cap = c && c.ok ? c.value : null;
      out.push({
        row,
        summary: {
          indikator: row.indikator.text,
          satuan: row.satuan?.text ?? "",
          target,
          realisasi: realisasi?.value ?? null,
          realisasiFrom: from,
          capaian: cap,
          kategori: cap === null ? null : kategori(cap),
          sheet: table.sheet,
          cell: a1(row.indikator.r, row.indikator.c),
        },
      });
    }
  }
  return out;
}

export function programSummary(result: Pick<CheckResult, "read">): ProgramSummary[] {
  const budget = budgetPrograms(result);
  const listed = new Set(budget.map((p) => p.key));
  const out: ProgramSummary[] = budget.map(({ key, ...p }) => (void key, p));
  for (const { key, ...p } of result.read.filter(isRenjaTable).flatMap(renjaPrograms)) {
    if (listed.has(key)) continue;
    listed.add(key);
    out.push(p);
  }
  return out;
}

const programKey = (code: string | null, name: string) => (code ? normalizeCode(code) : name.trim().toLowerCase());

/** An Evaluasi Renja's programs: the Renja's anggaran (8 Rp) and the year's realisasi (13 Rp). */
function renjaPrograms(t: RenjaTable): (ProgramSummary & { key: string })[] {
  const col = (field: string) => t.renja.columns.find((c) => c.field === field && c.unit === "Rp")?.c;
  const pc = col("target");
  const rc = col("realisasi");
  return t.renja.lines
    .filter((l) => l.level === "program")
    .map((l) => {
      // In rupiah, as the budget table's programs: a Renja "dalam ribuan rupiah" writes 1.250 for Rp 1.250.000.
      const rp = (c: number | undefined) => {
        const n = c === undefined ? undefined : l.cells.get(c);
        return n ? rupiahOf(t, n) : null;
      };
      const pagu = rp(pc);
      const realisasi = rp(rc);
      const s = pagu !== null && realisasi !== null ? serapan(realisasi, pagu) : null;
      const at = l.indikator ?? { r: l.r, c: t.area.c0 };
      return {
        key: programKey(l.code, l.name),
        program: l.name,
        pagu,
        realisasi,
        serapan: s && s.ok ? s.value : null,
        sheet: t.sheet,
        cell: a1(l.r, t.columns.uraian ?? at.c),
      };
    });
}

function budgetPrograms(result: Pick<CheckResult, "read">): (ProgramSummary & { key: string })[] {
  return result.read
    .filter((t): t is BudgetTable => t.kind === "anggaran")
    .flatMap((t) =>
      t.rows
        .filter((r) => r.level === "program")
        .map((r) => {
          const s = r.pagu && r.realisasi ? serapan(r.realisasi.value, r.pagu.value) : null;
          return {
            key: programKey(r.code, r.name.text),
            program: r.name.text,
            // In rupiah: a table "dalam ribuan rupiah" writes 1.250 for Rp 1.250.000.
            pagu: r.pagu ? rupiahOf(t, r.pagu) : null,
            realisasi: r.realisasi ? rupiahOf(t, r.realisasi) : null,
            serapan: s && s.ok ? s.value : null,
            sheet: t.sheet,
            cell: a1(r.name.r, r.name.c),
          };
        }),
    );
}

/** One quarter of an indicator against its Rencana Aksi: the LKjIP's table 6 row, as plain numbers. */
export interface QuarterPoint {
  /** "TW I" … "TW IV". */
  readonly triwulan: string;
  readonly target: number | null;
  readonly realisasi: number | null;
  readonly capaian: number | null;
  readonly status: typeof SESUAI | typeof DI_BAWAH | typeof BELUM;
}

/** An indicator's quarters, and where it stands at the latest quarter measured. */
export interface QuarterlyStatus {
  readonly indikator: string;
  readonly satuan: string;
  readonly quarters: readonly QuarterPoint[];
  /** The latest quarter with a realisasi, or null when none is measured yet. */
  readonly latest: QuarterPoint | null;
  /** Where the indicator's quarterly targets stand (the Rencana Aksi, else the PPS). */
  readonly sheet: string;
  readonly cell: string;
}

/**
 * The quarterly status of each indicator with quarterly targets, from the same table the LKjIP
 * sheet writes (table 6: Renaksi target, realisasi from PPS or PKPK, capaian by polarity, status).
 */
export function quarterlyStatus(result: Pick<CheckResult, "contexts">): QuarterlyStatus[] {
  return quarterlyOf(triwulanTable(result.contexts));
}

function quarterlyOf(table: LkjipTable): QuarterlyStatus[] {
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const [ind, sat, tw, target, real, cap, status] = ["indikator", "satuan", "triwulan", "target", "realisasi", "capaian", "status"].map(col) as number[];
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  const out: { key: string; s: QuarterlyStatus; quarters: QuarterPoint[] }[] = [];
  for (const row of table.rows) {
    if (row.kind !== "triwulan") continue;
    const name = row.cells[ind!]!;
    // One indicator's quarters share its row in the Rencana Aksi (two indicators may share a name).
    const key = name.source ? `${name.source.sheet}!${name.source.cell}` : String(name.value);
    const point: QuarterPoint = {
      triwulan: String(row.cells[tw!]?.value ?? ""),
      target: num(row.cells[target!]?.value),
      realisasi: num(row.cells[real!]?.value),
      capaian: num(row.cells[cap!]?.value),
      status: row.cells[status!]?.value === SESUAI ? SESUAI : row.cells[status!]?.value === DI_BAWAH ? DI_BAWAH : BELUM,
    };
    let last = out[out.length - 1];
    if (!last || last.key !== key) {
      const quarters: QuarterPoint[] = [];
      last = {
        key,
        quarters,
        s: {
          indikator: String(name.value ?? ""),
          satuan: String(row.cells[sat!]?.value ?? ""),
          quarters,
          latest: null,
          sheet: name.source?.sheet ?? "",
          cell: name.source?.cell ?? "",
        },
      };
      out.push(last);
    }
    last.quarters.push(point);
  }
  return out.map(({ s, quarters }) => ({ ...s, latest: [...quarters].reverse().find((q) => q.realisasi !== null) ?? null }));
}

/** In one plain sentence: which indicators are below their Rencana Aksi at the latest quarter measured. */
export function quarterlyLine(list: readonly QuarterlyStatus[]): string {
  if (list.length === 0) return "Tidak ada target triwulan: tambahkan tabel Rencana Aksi dengan target TW I–IV per indikator.";
  const below = list.filter((i) => i.latest?.status === DI_BAWAH);
  const unmeasured = list.filter((i) => i.latest === null).length;
  const parts = [
    below.length
      ? `${below.length} dari ${list.length} indikator di bawah rencana pada triwulan terakhir yang diukur: ${below
          .map((i) => `${i.indikator} (${i.latest!.triwulan}${i.latest!.capaian === null ? "" : `, capaian ${formatId(i.latest!.capaian, 2)} %`})`)
          .join("; ")}.`
      : unmeasured === list.length
        ? "Belum ada triwulan yang diukur."
        : "Semua indikator yang sudah diukur sesuai rencana pada triwulan terakhirnya.",
  ];
  if (unmeasured > 0 && unmeasured < list.length) parts.push(`${unmeasured} indikator belum diukur: isi realisasinya di PPS atau PKPK.`);
  return parts.join(" ");
}
