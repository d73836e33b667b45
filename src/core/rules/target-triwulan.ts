/** Rule 2: the same indicator and quarter has the same target in Renaksi, PPS and PKPK (the inspectorate's finding). */
import type { Finding } from "../findings";
import { finding, label, quarterDifferences, quoted, shown, TW, where, type CheckContext, type Rule } from "./context";

export const targetTriwulan: Rule = {
  id: "target-triwulan",
  title: "Target triwulan berbeda",
  description: "Target triwulan pada PPS dan PKPK harus sama dengan target triwulan pada Rencana Aksi.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    return quarterDifferences(ctx, "target", "renaksi", ["pps", "pkpk"]).map(({ entry: e, ref, quarter, found, expected }) =>
      finding(
        this,
        where(e.table, found),
        `Target TW ${TW[quarter]} indikator ${quoted(e.row.indikator)} di ${label(e.table)} adalah ${shown(found)}, ` +
          `berbeda dengan Rencana Aksi (${shown(expected)}, sel ${where(ref.table, expected).cell}). Gunakan target triwulan Rencana Aksi ` +
          `sebagai tolok ukur pengukuran triwulan.`,
        { related: [where(ref.table, expected)], expected: shown(expected), found: shown(found) },
      ),
    );
  },
};
