/** Rule 5: the same indicator and quarter has the same realisasi in PPS and PKPK. */
import type { Finding } from "../findings";
import { counterpart, finding, label, quoted, sameNumber, shown, where, type CheckContext, type Rule } from "./context";

const TW = ["I", "II", "III", "IV"];

export const realisasiTriwulan: Rule = {
  id: "realisasi-triwulan",
  title: "Realisasi triwulan",
  description: "Realisasi triwulan indikator yang sama harus sama di PPS dan PKPK.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const entries of ctx.byKey.values()) {
      const pps = entries.filter((e) => e.table.kind === "pps");
      if (!pps.length) continue;
      for (const e of entries.filter((x) => x.table.kind === "pkpk")) {
        const ref = counterpart(e, pps);
        if (!ref) continue;
        e.row.tw.forEach((q, i) => {
          const r = ref.row.tw[i]!.realisasi;
          if (!q.realisasi || !r || sameNumber(q.realisasi.value, r.value)) return;
          out.push(
            finding(
              this,
              where(e.table, q.realisasi),
              `Realisasi TW ${TW[i]} indikator ${quoted(e.row.indikator)} di ${label(e.table)} adalah ${shown(q.realisasi)}, ` +
                `sedangkan di ${label(ref.table)} ${shown(r)}. Periksa data dukungnya dan samakan kedua dokumen.`,
              { related: [where(ref.table, r)], expected: shown(r), found: shown(q.realisasi) },
            ),
          );
        });
      }
    }
    return out;
  },
};
