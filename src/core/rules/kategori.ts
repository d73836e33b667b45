/**
 * Rule 6b: a stated kategori agrees with the capaian (Permendagri 86/2017): the year's, or on a
 * PPS/PKPK sheet of one quarter that quarter's; on a PPS/PKPK without a yearly realisasi, the
 * latest quarter measured.
 */
import { kategori as kategoriOf, kategoriRank } from "../formulas";
import { formatId } from "../messages";
import { formulasMatching } from "./capaian";
import type { IndicatorRow, IndicatorTable, NumCell, TextCell } from "../tables/types";
import { defineRule, label, quoted, TW, where } from "./context";

interface Measured {
  readonly target: NumCell | null;
  readonly realisasi: NumCell | null;
  readonly capaian: NumCell | null;
  /** 0–3 for a quarter, null for the year. */
  readonly quarter: number | null;
}

/** The measurement a row's kategori speaks of. */
function measuredOf(table: IndicatorTable, row: IndicatorRow): Measured {
  if (table.quarter !== null) return { ...row.tw[table.quarter - 1]!, quarter: table.quarter - 1 };
  const year: Measured = { target: row.target, realisasi: row.realisasi, capaian: row.capaian, quarter: null };
  if (year.realisasi || year.capaian || (table.kind !== "pps" && table.kind !== "pkpk")) return year;
  for (let q = 3; q >= 0; q--) {
    const m = row.tw[q]!;
    if (m.capaian || (m.target && m.realisasi)) return { ...m, quarter: q };
  }
  return year;
}

export const kategori = defineRule({
  meta: {
    id: "kategori",
    title: "Kategori tertulis",
    description: "Kategori yang tertulis harus sesuai skala Permendagri 86/2017 untuk capaiannya.",
    messages: {
      salah: {
        severity: "error",
        template:
          "Kategori indikator {indikator} di {tabel} tertulis {found}, padahal capaian {capaian}% termasuk {expected} menurut Permendagri 86/2017. Ubah kategorinya menjadi {expected}.",
      },
      salahTriwulan: {
        severity: "error",
        template:
          "Kategori indikator {indikator} di {tabel} tertulis {found}, padahal capaian TW {tw} {capaian}% termasuk {expected} menurut Permendagri 86/2017. Ubah kategorinya menjadi {expected}.",
      },
      tidakDikenal: {
        severity: "warning",
        template:
          "Kategori {found} bukan salah satu kategori Permendagri 86/2017 (Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah). Tulis salah satunya sesuai capaian.",
      },
    },
  },
  check(ctx, report) {
    for (const table of ctx.indicatorTables) {
      for (const row of table.rows) {
        const stated: [TextCell, Measured][] = row.kategori ? [[row.kategori, measuredOf(table, row)]] : [];
        // Each quarter's own Kategori column against that quarter's capaian.
        row.tw.forEach((q, i) => q.kategori && stated.push([q.kategori, { ...q, quarter: i }]));
        for (const [cell, m] of stated) check1(table, row, cell, m);
      }
    }
    function check1(table: IndicatorTable, row: IndicatorRow, cell: TextCell, m: Measured): void {
      // The stated capaian when a regulated formula reproduces it (a lower-is-better indicator),
      // else realisasi/target, else whatever capaian is written.
      const computable = m.target && m.realisasi && m.target.value !== 0;
      const statedFits = computable && m.capaian && formulasMatching(m.target!.value, m.realisasi!.value, m.capaian).length > 0;
      const c = statedFits ? m.capaian!.value : computable ? (m.realisasi!.value / m.target!.value) * 100 : m.capaian?.value;
      if (c === undefined) return;
      const stated = cell.text;
      const exp = kategoriOf(c);
      const at = where(table, cell);
      if (kategoriRank(stated) < 0) {
        report({ at, messageId: "tidakDikenal", data: { found: quoted(stated) }, expected: exp, found: stated });
        return;
      }
      const alt = kategoriOf(c, "lebih-dari");
      if (kategoriRank(stated) === kategoriRank(exp) || kategoriRank(stated) === kategoriRank(alt)) return;
      const data = { indikator: quoted(row.indikator), tabel: label(table), found: quoted(stated), capaian: formatId(c, 2), expected: quoted(exp) };
      report({
        at,
        ...(m.quarter === null ? { messageId: "salah", data } : { messageId: "salahTriwulan", data: { ...data, tw: TW[m.quarter]! } }),
        related: m.capaian ? [where(table, m.capaian)] : [],
        expected: exp,
        found: stated,
      });
    }
  },
});
