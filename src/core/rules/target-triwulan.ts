/** Rule 2: the same indicator and quarter has the same target in Renaksi, PPS and PKPK (the inspectorate's finding). */
import type { Finding } from "../findings";
import { counterpart, finding, label, quoted, sameNumber, shown, where, type CheckContext, type Rule } from "./context";

const TW = ["I", "II", "III", "IV"];

export const targetTriwulan: Rule = {
  id: "target-triwulan",
  title: "Target triwulan berbeda",
  description: "Target triwulan pada PPS dan PKPK harus sama dengan target triwulan pada Rencana Aksi.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const entries of ctx.byKey.values()) {
      const base = entries.filter((e) => e.table.kind === "renaksi");
      if (!base.length) continue;
      for (const e of entries) {
        if (e.table.kind !== "pps" && e.table.kind !== "pkpk") continue;
        const ref = counterpart(e, base);
        if (!ref) continue;
        e.row.tw.forEach((q, i) => {
          const r = ref.row.tw[i]!.target;
          if (!q.target || !r || sameNumber(q.target.value, r.value)) return;
          out.push(
            finding(
              this,
              where(e.table, q.target),
              `Target TW ${TW[i]} indikator ${quoted(e.row.indikator)} di ${label(e.table)} adalah ${shown(q.target)}, ` +
                `berbeda dengan Rencana Aksi (${shown(r)}, sel ${where(ref.table, r).cell}). Gunakan target triwulan Rencana Aksi ` +
                `sebagai tolok ukur pengukuran triwulan.`,
              { related: [where(ref.table, r)], expected: shown(r), found: shown(q.target) },
            ),
          );
        });
      }
    }
    return out;
  },
};
