/** Rule 2: the same indicator and quarter has the same target in Renaksi, PPS and PKPK (the inspectorate's finding). */
import { defineRule, label, quarterDifferences, quoted, shown, TW, where } from "./context";

export const targetTriwulan = defineRule({
  meta: {
    id: "target-triwulan",
    title: "Target triwulan berbeda",
    description: "Target triwulan pada PPS dan PKPK harus sama dengan target triwulan pada Rencana Aksi.",
    messages: {
      bedaRenaksi: {
        severity: "error",
        template:
          "Target TW {tw} indikator {indikator} di {tabel} adalah {found}, berbeda dengan Rencana Aksi ({expected}, sel {sel}). " +
          "Gunakan target triwulan Rencana Aksi sebagai tolok ukur pengukuran triwulan.",
      },
    },
  },
  check(ctx, report) {
    for (const { entry: e, ref, quarter, found, expected } of quarterDifferences(ctx, "target", "renaksi", ["pps", "pkpk"])) {
      const refAt = where(ref.table, expected);
      report({
        at: where(e.table, found),
        messageId: "bedaRenaksi",
        data: { tw: TW[quarter]!, indikator: quoted(e.row.indikator), tabel: label(e.table), found: shown(found), expected: shown(expected), sel: refAt.cell },
        related: [refAt],
        expected: shown(expected),
        found: shown(found),
      });
    }
  },
});
