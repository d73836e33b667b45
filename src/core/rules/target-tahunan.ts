/** Rule 1: the same indicator has the same yearly target in PK, Renaksi, PPS, PKPK and the Capaian table. */
import type { Finding } from "../findings";
import { counterpart, finding, label, quoted, sameNumber, shown, where, type CheckContext, type Rule } from "./context";

export const targetTahunan: Rule = {
  id: "target-tahunan",
  title: "Target tahunan berbeda",
  description: "Target tahunan indikator yang sama harus sama di PK, Rencana Aksi, PPS, PKPK dan tabel Capaian.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
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
        out.push(
          finding(
            this,
            where(e.table, e.row.target),
            `Target tahunan indikator ${quoted(e.row.indikator)} di ${label(e.table)} adalah ${shown(e.row.target)}, ` +
              `sedangkan di ${label(ref.table)} ${shown(ref.row.target)}. Samakan dengan ${label(ref.table)} sel ${where(ref.table, ref.row.target).cell}, ` +
              `atau perbarui dokumen acuannya bila target memang berubah.`,
            { related: [where(ref.table, ref.row.target)], expected: shown(ref.row.target), found: shown(e.row.target) },
          ),
        );
      }
    }
    return out;
  },
};
