/**
 * Rule 1: the same indicator has the same yearly target in PK, Renaksi, PPS, PKPK and the Capaian
 * table; and the Evaluasi Renja's target of this year (column 8 K) equals that of the PK, else the
 * Renaksi, PKPK or PPS of the same year.
 */
import type { TableKind } from "../tables/types";
import { counterpart, defineRule, label, otherYear, preferNamed, quoted, sameAmount, shown, where, type Entry } from "./context";

/** The documents a Renja's target is held to, in order: the first that holds the indicator is the reference. */
const RENJA_REFERENCES: readonly TableKind[] = ["pk", "renaksi", "pkpk", "pps"];

export const targetTahunan = defineRule({
  meta: {
    id: "target-tahunan",
    title: "Target tahunan berbeda",
    description:
      "Target tahunan indikator yang sama harus sama di PK, Rencana Aksi, PPS, PKPK dan tabel Capaian; target Renja tahun berjalan pada Evaluasi Renja harus sama dengan target PK (atau Rencana Aksi, PKPK, PPS) tahun yang sama.",
    messages: {
      berbeda: {
        severity: "error",
        template:
          "Target tahunan indikator {indikator} di {tabel} adalah {found}, sedangkan di {acuan} {expected}. " +
          "Samakan dengan {acuan} sel {sel}, atau perbarui dokumen acuannya bila target memang berubah.",
      },
      renjaBerbeda: {
        severity: "error",
        template:
          "Target Renja tahun berjalan (kolom 8) indikator {indikator} di {tabel} adalah {found}, sedangkan di {acuan} {expected}. " +
          "Target Renja harus sama dengan target dokumen kinerja tahun yang sama: samakan dengan {acuan} sel {sel}, atau perbarui dokumen yang keliru.",
      },
    },
  },
  check(ctx, report) {
    for (const entries of ctx.byKey.values()) {
      // Reference: the PK (its revision where there is one), else the Renaksi.
      // Among them, a table named as its kind by its title (or sheet name) comes first (preferNamed).
      const refs = entries.filter((e) => e.table.kind === "pk" && e.row.target);
      const base = refs.length ? refs : entries.filter((e) => e.table.kind === "renaksi" && e.row.target);
      const refKind = base[0]?.table.kind;
      for (const e of entries) {
        if (!e.row.target) continue;
        let ref: Entry | undefined;
        if (e.table.kind === "renja") {
          for (const kind of RENJA_REFERENCES) {
            const pool = preferNamed(entries.filter((x) => x.table.kind === kind && x.row.target && !otherYear(e, x)));
            if (pool.length) {
              ref = counterpart(e, pool);
              break;
            }
          }
        } else if (refKind && e.table.kind !== refKind) {
          const sameYear = preferNamed(base.filter((x) => !otherYear(e, x)));
          ref = sameYear.length ? counterpart(e, sameYear) : undefined;
        }
        if (!ref?.row.target || sameAmount(e, e.row.target, ref, ref.row.target)) continue;
        const refAt = where(ref.table, ref.row.target);
        report({
          at: where(e.table, e.row.target),
          messageId: e.table.kind === "renja" ? "renjaBerbeda" : "berbeda",
          data: {
            indikator: quoted(e.row.indikator),
            tabel: label(e.table),
            found: shown(e.row.target),
            acuan: label(ref.table),
            expected: shown(ref.row.target),
            sel: refAt.cell,
          },
          related: [refAt],
          expected: shown(ref.row.target),
          found: shown(e.row.target),
        });
      }
    }
  },
});
