/** Rule 5: the same indicator and quarter has the same realisasi in PPS and PKPK. */
import type { Finding } from "../findings";
import { finding, label, quarterDifferences, quoted, shown, TW, where, type CheckContext, type Rule } from "./context";

export const realisasiTriwulan: Rule = {
  id: "realisasi-triwulan",
  title: "Realisasi triwulan",
  description: "Realisasi triwulan indikator yang sama harus sama di PPS dan PKPK.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    return quarterDifferences(ctx, "realisasi", "pps", ["pkpk"]).map(({ entry: e, ref, quarter, found, expected }) =>
      finding(
        this,
        where(e.table, found),
        `Realisasi TW ${TW[quarter]} indikator ${quoted(e.row.indikator)} di ${label(e.table)} adalah ${shown(found)}, ` +
          `sedangkan di ${label(ref.table)} ${shown(expected)}. Periksa data dukungnya dan samakan kedua dokumen.`,
        { related: [where(ref.table, expected)], expected: shown(expected), found: shown(found) },
      ),
    );
  },
};
