/** Rule 1: the same indicator has the same yearly target in PK, Renaksi, PPS, PKPK and the Capaian table. */
import { counterpart, defineRule, label, quoted, sameNumber, shown, where } from "./context";

export const targetTahunan = defineRule({
  meta: {
    id: "target-tahunan",
    title: "Target tahunan berbeda",
    description: "Target tahunan indikator yang sama harus sama di PK, Rencana Aksi, PPS, PKPK dan tabel Capaian.",
    messages: {
      berbeda: {
        severity: "error",
        template:
          "Target tahunan indikator {indikator} di {tabel} adalah {found}, sedangkan di {acuan} {expected}. " +
          "Samakan dengan {acuan} sel {sel}, atau perbarui dokumen acuannya bila target memang berubah.",
      },
    },
  },
  check(ctx, report) {
    for (const entries of ctx.byKey.values()) {
      // Reference: the PK (its revision where there is one), else the Renaksi.
      const refs = entries.filter((e) => e.table.kind === "pk" && e.row.target);
      const base = refs.length ? refs : entries.filter((e) => e.table.kind === "renaksi" && e.row.target);
      if (!base.length) continue;
      const refKind = base[0]!.table.kind;
      for (const e of entries) {
        if (e.table.kind === refKind || !e.row.target) continue;
        const ref = counterpart(e, base);
        if (!ref?.row.target || sameNumber(ref.row.target.value, e.row.target.value)) continue;
        const refAt = where(ref.table, ref.row.target);
        report({
          at: where(e.table, e.row.target),
          messageId: "berbeda",
          data: { indikator: quoted(e.row.indikator), tabel: label(e.table), found: shown(e.row.target), acuan: label(ref.table), expected: shown(ref.row.target), sel: refAt.cell },
          related: [refAt],
          expected: shown(ref.row.target),
          found: shown(e.row.target),
        });
      }
    }
  },
});
