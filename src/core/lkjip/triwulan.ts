/**
 * Table 6: quarterly monitoring against the Rencana Aksi (the inspectorate's 1d and 2a): for each
 * indicator and quarter the Renaksi target, the realisasi measured (PPS, else the PKPK of that
 * quarter), the capaian and a status against the plan; for a cumulative indicator the year-end
 * projection; and one line naming the indicators off track.
 */
import { capaian, type Polarity } from "../formulas";
import { roundTo } from "../numbers";
import { counterpart, otherYear, preferNamed, quarterTables, sameNumber, TW, type CheckContext, type Entry } from "../rules/context";
import { declaredAccumulation as declared, type Accumulation } from "../tables/sifat";
import type { IndicatorRow } from "../tables/types";
import { blank, computed, figure, placed, shownId, text, textFrom, CAPAIAN_FORMULA, type Placed } from "./cells";
import { polarityOf } from "./indicators";
import type { LkjipColumn, LkjipRow, LkjipTable } from "./types";

export const SESUAI = "Sesuai rencana";
export const DI_BAWAH = "Di bawah rencana";
export const BELUM = "Belum diukur";

type Method = Accumulation | null;

/**
 * Whether an indicator's quarterly targets are running totals: declared kumulatif, or, undeclared,
 * rising to TW IV equal to the yearly target from a first quarter below it (20, 40, 60, 80).
 */
function cumulative(row: IndicatorRow, method: Method): boolean {
  if (method !== null) return method === "kumulatif";
  const qs = row.tw.map((q) => q.target?.value ?? null);
  if (!row.target || qs.some((q) => q === null)) return false;
  const [q1, , , q4] = qs as number[];
  const rising = (qs as number[]).every((v, i, a) => i === 0 || v >= (a[i - 1] as number));
  return rising && sameNumber(q4!, row.target.value) && q1! < q4! && q1! <= q4! / 2;
}

interface Measure {
  readonly realisasi: Placed | null;
  readonly other: Placed | null;
}

/** The quarter's realisasi: the PPS's, else the PKPK's of that quarter; `other` is the PKPK's when both differ. */
function realisasiOf(ctx: CheckContext, e: Entry, q: number): Measure {
  const pick = (kind: "pps" | "pkpk") => {
    const o = counterpart(e, preferNamed(quarterTables(ctx.entries(e.key, kind), q + 1).filter((x) => !otherYear(e, x))));
    return o ? placed(o.table, o.row.tw[q]!.realisasi) : null;
  };
  const pps = pick("pps");
  const pkpk = pick("pkpk");
  if (pps) return { realisasi: pps, other: pkpk && !sameNumber(pkpk.n.value, pps.n.value) ? pkpk : null };
  return { realisasi: pkpk, other: null };
}

interface Plan {
  readonly ctx: CheckContext;
  readonly entry: Entry;
  /** Where the quarterly targets come from: the Renaksi, or without one the PPS. */
  readonly from: "renaksi" | "pps";
}

function plans(contexts: readonly CheckContext[]): Plan[] {
  const seen = new Set<IndicatorRow>();
  const out: Plan[] = [];
  for (const ctx of contexts) {
    const renaksi = ctx.tablesOf("renaksi");
    const tables = renaksi.length ? renaksi : ctx.tablesOf("pps");
    for (const t of tables) {
      for (const row of t.rows) {
        const entry = ctx.entryOf.get(row);
        if (!entry || seen.has(row) || !row.tw.some((q) => q.target)) continue;
        seen.add(row);
        out.push({ ctx, entry, from: renaksi.length ? "renaksi" : "pps" });
      }
    }
  }
  return out;
}

export function triwulanTable(contexts: readonly CheckContext[]): LkjipTable {
  const columns: LkjipColumn[] = [
    { key: "indikator", label: "Indikator Kinerja", kind: "text" },
    { key: "satuan", label: "Satuan", kind: "text" },
    { key: "sifat", label: "Sifat", kind: "text" },
    { key: "triwulan", label: "Triwulan", kind: "text" },
    { key: "target", label: "Target Renaksi", kind: "number" },
    { key: "realisasi", label: "Realisasi", kind: "number" },
    { key: "capaian", label: "Capaian (%)", kind: "percent" },
    { key: "status", label: "Status", kind: "text" },
    { key: "proyeksi", label: "Proyeksi Akhir Tahun", kind: "number" },
  ];
  const rows: LkjipRow[] = [];
  const offTrack: string[] = [];
  const all = plans(contexts);
  for (const { ctx, entry, from } of all) {
    const { row, table } = entry;
    const polarity: Polarity = polarityOf(ctx, entry.key);
    const method = declared(row.sifat?.text);
    const kumulatif = cumulative(row, method);
    const sifat = row.sifat?.text ?? (kumulatif ? "kumulatif (dari target triwulan)" : "");
    const below: string[] = [];
    let latest: { q: number; r: Placed; row: number } | null = null;
    row.tw.forEach((quarter, q) => {
      const target = placed(table, quarter.target);
      if (!target) return;
      const m = realisasiOf(ctx, entry, q);
      let capCell = blank();
      let status = BELUM;
      if (m.realisasi) {
        const c = capaian(m.realisasi.n.value, target.n.value, polarity);
        if (c.ok) {
          capCell = computed(c.value, CAPAIAN_FORMULA[polarity], [m.realisasi.src, target.src]);
          status = roundTo(c.value, 2) >= 100 ? SESUAI : DI_BAWAH;
        } else capCell = blank(c.message);
        latest = { q, r: m.realisasi, row: rows.length };
      }
      if (status === DI_BAWAH) below.push(`TW ${TW[q]}`);
      const notes = [
        !m.realisasi ? `Belum ada realisasi TW ${TW[q]}: isi realisasi di PPS atau PKPK triwulan ${TW[q]}.` : "",
        m.other ? `PKPK menulis ${shownId(m.other.n.value, 3)} (${m.other.src.sheet}!${m.other.src.cell}).` : "",
        from === "pps" ? "Target dari PPS: tidak ada Rencana Aksi." : "",
      ].filter(Boolean);
      rows.push({
        kind: "triwulan",
        cells: [
          textFrom(table, row.indikator),
          textFrom(table, row.satuan),
          text(sifat),
          text(`TW ${TW[q]}`),
          figure(target),
          m.realisasi ? figure(m.realisasi) : blank(),
          capCell,
          status === BELUM ? text(BELUM) : computed(status, "status-triwulan", []),
          blank(),
        ],
        ...(notes.length ? { note: notes.join(" ") } : {}),
      });
    });
    // The year-end projection of a cumulative indicator from its latest measured quarter.
    const last = latest as { q: number; r: Placed; row: number } | null;
    if (kumulatif && last && row.target) {
      const value = last.q === 3 ? last.r.n.value : (last.r.n.value * 4) / (last.q + 1);
      const reaches = polarity === "negatif" ? value <= row.target.value : value >= row.target.value;
      const note =
        last.q === 3
          ? "Realisasi TW IV adalah realisasi akhir tahun."
          : `Proyeksi linear: realisasi kumulatif TW ${TW[last.q]} × 4 / ${last.q + 1}; ${reaches ? "diproyeksikan mencapai" : "diproyeksikan tidak mencapai"} target tahunan ${shownId(row.target.value, 3)}.`;
      rows[last.row]!.cells[8] = computed(value, "proyeksi-linear", [last.r.src], note);
      if (!reaches && last.q < 3) below.push("proyeksi akhir tahun");
    }
    if (below.length) offTrack.push(`${row.indikator.text} (${below.join(", ")})`);
  }
  if (all.length === 0) {
    rows.push({
      kind: "kosong",
      cells: columns.map(() => blank()),
      note: "Tidak ada target triwulan: tambahkan tabel Rencana Aksi dengan target TW I–IV per indikator.",
    });
  }
  const notes = [
    offTrack.length
      ? `Di bawah rencana: ${offTrack.join("; ")}.`
      : all.length
        ? "Semua triwulan yang sudah diukur sesuai rencana."
        : "Tidak ada indikator dengan target triwulan.",
    'Status "Sesuai rencana" bila capaian triwulan terhadap target Rencana Aksi ≥ 100 % (polaritas negatif: realisasi ≤ target); "Belum diukur" bila realisasinya belum diisi.',
    "Realisasi triwulan dari PPS, atau dari PKPK triwulan itu bila PPS tidak memuatnya.",
    "Proyeksi akhir tahun hanya untuk indikator kumulatif: realisasi kumulatif triwulan terakhir yang diukur × 4 / nomor triwulannya (proyeksi linear).",
  ];
  return { id: "triwulan", title: "Pemantauan Capaian Triwulan terhadap Rencana Aksi", columns, rows, notes };
}
