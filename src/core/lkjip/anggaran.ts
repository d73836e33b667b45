/**
 * Tables 4 and 5 of chapter III: efisiensi (capaian kinerja against serapan anggaran, per program
 * or kegiatan whose indicator carries its budget, and over the whole) and the budget per program
 * and kegiatan (pagu, realisasi, serapan).
 */
import { efisiensi, serapan, statusEfisiensi } from "../formulas";
import { formatId } from "../messages";
import { matchesStated } from "../numbers";
import type { CheckContext } from "../rules/context";
import { TW } from "../rules/context";
import { rupiahOf } from "../tables/budget-table";
import { normalizeCode } from "../tables/levels";
import type { BudgetRow, BudgetTable, IndicatorRow, IndicatorTable, NumCell, Table } from "../tables/types";
import { at, average, blank, capaianCell, computed, figure, placed, text, textFrom, type Placed } from "./cells";
import { polarityOf } from "./indicators";
import type { Measured } from "./kinerja";
import type { LkjipCell, LkjipColumn, LkjipRow, LkjipSource, LkjipTable } from "./types";

const NO_BUDGET = "Tidak ada tabel Realisasi Anggaran: tambahkan tabel Realisasi Anggaran (Pagu, Realisasi, %) per program dan kegiatan.";

/** The whole budget's pagu and realisasi with the cells they come from. */
export interface BudgetTotal {
  readonly pagu: number;
  readonly realisasi: number;
  readonly paguFrom: LkjipSource[];
  readonly realisasiFrom: LkjipSource[];
  /** The formula: the table's own total row ("jumlah" over one cell), or the sum of its programs. */
  readonly how: string;
}

function serapanCell(real: Placed | null, pagu: Placed | null, stated: Placed | null): { cell: LkjipCell; value: number | null } {
  if (!real || !pagu) return { cell: blank(), value: null };
  const s = serapan(real.n.value, pagu.n.value);
  if (!s.ok) return { cell: blank(s.message), value: null };
  const note =
    stated && !matchesStated(stated.n.value, stated.n.decimals, s.value)
      ? `Tertulis ${formatId(stated.n.value, Math.max(stated.n.decimals, 0))} di ${at(stated.src)}.`
      : undefined;
  return { cell: computed(s.value, "serapan", [real.src, pagu.src], note), value: s.value };
}

const UNIT_WORDS: Record<number, string> = { 1000: "ribuan rupiah", 1000000: "jutaan rupiah" };

/**
 * A budget figure in rupiah with its source. A table written in thousands (unit 1000) shows
 * Rp 1.250.000 for its 1.250, and the note says what the cell holds.
 */
function money(unit: number, p: Placed): LkjipCell {
  if (unit === 1) return figure(p);
  const value = rupiahOf({ unitScale: unit }, p.n);
  return {
    value,
    source: p.src,
    note: `Tertulis ${formatId(p.n.value, Math.max(p.n.decimals, 0))} (dalam ${UNIT_WORDS[unit] ?? `satuan Rp ${formatId(unit, 0)}`}) di ${at(p.src)}.`,
  };
}

const LEVELS: readonly BudgetRow["level"][] = ["program", "kegiatan", "subkegiatan"];

/** Table 5 and the budget's total for table 4. */
export function anggaranTable(read: readonly Table[]): { table: LkjipTable; total: BudgetTotal | null } {
  const budgets = read.filter((t): t is BudgetTable => t.kind === "anggaran");
  const columns: LkjipColumn[] = [
    { key: "kode", label: "Kode", kind: "text" },
    { key: "uraian", label: "Program/Kegiatan", kind: "text" },
    { key: "pagu", label: "Pagu (Rp)", kind: "rupiah" },
    { key: "realisasi", label: "Realisasi (Rp)", kind: "rupiah" },
    { key: "serapan", label: "Serapan (%)", kind: "percent" },
    { key: "sisa", label: "Sisa Anggaran (Rp)", kind: "rupiah" },
  ];
  const rows: LkjipRow[] = [];
  let total: BudgetTotal | null = null;
  for (const t of budgets) {
    const items = t.rows.filter((r) => LEVELS.includes(r.level));
    const unit = t.unitScale ?? 1;
    const rp = (n: NumCell) => rupiahOf(t, n);
    const inUnit = unit === 1 ? "" : ` (tertulis dalam ${UNIT_WORDS[unit] ?? `satuan Rp ${formatId(unit, 0)}`}, di sini dalam rupiah)`;
    for (const r of items) {
      const pagu = placed(t, r.pagu);
      const real = placed(t, r.realisasi);
      rows.push({
        kind: r.level as "program" | "kegiatan" | "subkegiatan",
        cells: [
          text(r.code ?? ""),
          textFrom(t, r.name),
          pagu ? money(unit, pagu) : blank("Pagu kosong."),
          real ? money(unit, real) : blank("Realisasi kosong."),
          serapanCell(real, pagu, placed(t, r.persen)).cell,
          pagu && real ? computed(rp(pagu.n) - rp(real.n), "selisih", [pagu.src, real.src]) : blank(),
        ],
      });
    }
    if (total) continue;
    // The whole: the table's total row for belanja (or its only total), else the sum of its programs (kegiatan when it lists no program).
    const totals = t.rows.filter((r) => r.level === "total" && r.pagu && r.realisasi);
    const own = totals.find((r) => r.account === "belanja") ?? (totals.length === 1 ? totals[0] : undefined);
    if (own) {
      total = {
        pagu: rp(own.pagu!),
        realisasi: rp(own.realisasi!),
        paguFrom: [placed(t, own.pagu)!.src],
        realisasiFrom: [placed(t, own.realisasi)!.src],
        how: `baris ${own.name.text}${inUnit}`,
      };
      continue;
    }
    const level = items.some((r) => r.level === "program") ? "program" : items.some((r) => r.level === "kegiatan") ? "kegiatan" : null;
    const parts = items.filter((r) => r.level === level && r.pagu && r.realisasi);
    if (parts.length) {
      total = {
        pagu: parts.reduce((s, r) => s + rp(r.pagu!), 0),
        realisasi: parts.reduce((s, r) => s + rp(r.realisasi!), 0),
        paguFrom: parts.map((r) => placed(t, r.pagu)!.src),
        realisasiFrom: parts.map((r) => placed(t, r.realisasi)!.src),
        how: `jumlah ${parts.length} ${level}${inUnit}`,
      };
    }
  }
  if (total) {
    const s = serapan(total.realisasi, total.pagu);
    const own = total.paguFrom.length === 1;
    rows.push({
      kind: "jumlah",
      cells: [
        text(""),
        text("Jumlah"),
        own ? { value: total.pagu, source: total.paguFrom[0]! } : computed(total.pagu, "jumlah", total.paguFrom),
        own ? { value: total.realisasi, source: total.realisasiFrom[0]! } : computed(total.realisasi, "jumlah", total.realisasiFrom),
        s.ok ? computed(s.value, "serapan", []) : blank(s.message),
        computed(total.pagu - total.realisasi, "selisih", []),
      ],
      note: `Jumlah dari ${total.how}.`,
    });
  }
  if (rows.length === 0)
    rows.push({
      kind: "kosong",
      cells: columns.map(() => blank()),
      note: budgets.length ? "Tabel Realisasi Anggaran tidak memuat baris program atau kegiatan." : NO_BUDGET,
    });
  return {
    table: {
      id: "anggaran",
      title: "Realisasi Anggaran per Program dan Kegiatan",
      columns,
      rows,
      notes: ["Serapan = realisasi/pagu×100; sisa anggaran = pagu − realisasi."],
    },
    total,
  };
}

interface Budgeted {
  readonly table: IndicatorTable;
  readonly row: IndicatorRow;
  readonly ctx: CheckContext;
  readonly pagu: Placed;
  readonly realisasi: Placed;
  readonly persen: Placed | null;
  /** Rupiah per written unit of pagu and realisasi (1000 from a budget table in thousands). */
  readonly unit: number;
}

/** Indicator rows of programs and kegiatan with their budget: on the row (PKPK, Evaluasi Renja), or the anggaran table's row of the same code. */
function budgeted(contexts: readonly CheckContext[], read: readonly Table[]): Budgeted[] {
  const byCode = new Map<string, { t: BudgetTable; r: BudgetRow }>();
  for (const t of read)
    if (t.kind === "anggaran") for (const r of t.rows) if (r.code && !byCode.has(normalizeCode(r.code))) byCode.set(normalizeCode(r.code), { t, r });
  const seen = new Set<IndicatorRow>();
  const out: Budgeted[] = [];
  for (const ctx of contexts) {
    for (const table of ctx.indicatorTables) {
      for (const row of table.rows) {
        if (seen.has(row)) continue;
        seen.add(row);
        if (row.pagu && row.realisasiAnggaran) {
          out.push({
            table,
            row,
            ctx,
            pagu: placed(table, row.pagu)!,
            realisasi: placed(table, row.realisasiAnggaran)!,
            persen: null,
            unit: table.unitScale ?? 1,
          });
          continue;
        }
        // A yearly measurement of a program or kegiatan, priced by the budget table's row of its code.
        if (!row.code || table.quarter !== null || !row.realisasi) continue;
        const b = byCode.get(normalizeCode(row.code));
        if (b?.r.pagu && b.r.realisasi)
          out.push({
            table,
            row,
            ctx,
            pagu: placed(b.t, b.r.pagu)!,
            realisasi: placed(b.t, b.r.realisasi)!,
            persen: placed(b.t, b.r.persen),
            unit: b.t.unitScale ?? 1,
          });
      }
    }
  }
  return out;
}

/** Table 4: capaian kinerja against serapan anggaran, with efisiensi and its status. */
export function efisiensiTable(
  contexts: readonly CheckContext[],
  read: readonly Table[],
  measured: readonly Measured[],
  total: BudgetTotal | null,
): LkjipTable {
  const columns: LkjipColumn[] = [
    { key: "uraian", label: "Sasaran/Program/Kegiatan", kind: "text" },
    { key: "indikator", label: "Indikator Kinerja", kind: "text" },
    { key: "capaian", label: "Capaian Kinerja (%)", kind: "percent" },
    { key: "pagu", label: "Pagu (Rp)", kind: "rupiah" },
    { key: "realisasi", label: "Realisasi Anggaran (Rp)", kind: "rupiah" },
    { key: "serapan", label: "Serapan Anggaran (%)", kind: "percent" },
    { key: "efisiensi", label: "Efisiensi (%)", kind: "percent" },
    { key: "status", label: "Status", kind: "text" },
  ];
  const rows: LkjipRow[] = [];
  for (const b of budgeted(contexts, read)) {
    const q = b.table.quarter;
    const m = q !== null ? b.row.tw[q - 1]! : { target: b.row.target, realisasi: b.row.realisasi, capaian: b.row.capaian };
    const key = b.ctx.entryOf.get(b.row)?.key;
    const cap = capaianCell(placed(b.table, m.realisasi), placed(b.table, m.target), key ? polarityOf(b.ctx, key) : "positif", placed(b.table, m.capaian));
    const ser = serapanCell(b.realisasi, b.pagu, b.persen);
    const eff = efisiensi(b.realisasi.n.value, b.pagu.n.value); // a ratio: the unit cancels
    const status = cap.value !== null && ser.value !== null ? statusEfisiensi(cap.value, ser.value) : null;
    const uraian = `${b.row.level ? `${b.row.level === "subkegiatan" ? "Sub kegiatan" : b.row.level[0]!.toUpperCase() + b.row.level.slice(1)}: ` : ""}${b.row.context}${q !== null ? ` (TW ${TW[q - 1]})` : ""}`;
    rows.push({
      kind: b.row.level === "program" || b.row.level === "kegiatan" || b.row.level === "subkegiatan" ? b.row.level : "indikator",
      cells: [
        text(uraian),
        textFrom(b.table, b.row.indikator),
        cap.cell,
        money(b.unit, b.pagu),
        money(b.unit, b.realisasi),
        ser.cell,
        eff.ok ? computed(eff.value, "efisiensi", [b.realisasi.src, b.pagu.src]) : blank(eff.message),
        status ? computed(status, "status-efisiensi", []) : blank(),
      ],
      ...(cap.value === null ? { note: "Capaian kinerja tidak dapat dihitung: isi target dan realisasi indikator ini." } : {}),
    });
  }
  const caps = measured.map((m) => m.capaianValue).filter((v): v is number => v !== null);
  const avg = average(caps);
  const s = total ? serapan(total.realisasi, total.pagu) : null;
  const eff = total ? efisiensi(total.realisasi, total.pagu) : null;
  const missing = [avg === null ? "Tidak ada capaian indikator kinerja: lihat tabel Capaian Kinerja." : "", !total ? NO_BUDGET : ""].filter(Boolean);
  rows.push({
    kind: "jumlah",
    cells: [
      text("Seluruh sasaran dan anggaran"),
      text("Rata-rata capaian indikator kinerja utama"),
      avg === null
        ? blank()
        : computed(
            avg,
            "rata-rata",
            measured.flatMap((m) => m.capaianFrom.slice(0, 1)),
          ),
      total ? (total.paguFrom.length === 1 ? { value: total.pagu, source: total.paguFrom[0]! } : computed(total.pagu, "jumlah", total.paguFrom)) : blank(),
      total
        ? total.realisasiFrom.length === 1
          ? { value: total.realisasi, source: total.realisasiFrom[0]! }
          : computed(total.realisasi, "jumlah", total.realisasiFrom)
        : blank(),
      s?.ok ? computed(s.value, "serapan", []) : blank(s && !s.ok ? s.message : undefined),
      eff?.ok ? computed(eff.value, "efisiensi", []) : blank(),
      avg !== null && s?.ok ? computed(statusEfisiensi(avg, s.value), "status-efisiensi", []) : blank(),
    ],
    ...(missing.length ? { note: missing.join(" ") } : {}),
  });
  const notes = [
    "Efisiensi = 100 − serapan anggaran; status Efisien bila capaian kinerja ≥ serapan anggaran (src/core/formulas.ts).",
    "Baris terakhir membandingkan rata-rata capaian seluruh indikator (tabel Capaian Kinerja) dengan serapan seluruh anggaran (tabel Realisasi Anggaran).",
  ];
  if (rows.length === 1) {
    notes.push(
      "Capaian per program/kegiatan tidak dapat dipasangkan dengan anggarannya: tambahkan kolom Pagu dan Realisasi Anggaran pada baris indikator program/kegiatan di PKPK, atau kode program yang sama di tabel Realisasi Anggaran.",
    );
  }
  return { id: "efisiensi", title: "Efisiensi Penggunaan Anggaran terhadap Capaian Kinerja", columns, rows, notes };
}
