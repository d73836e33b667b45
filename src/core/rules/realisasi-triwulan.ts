/** Rule 5: the same indicator and quarter has the same realisasi in PPS and PKPK. */
import { defineRule, label, quarterDifferences, quoted, shown, TW, where } from "./context";

export const realisasiTriwulan = defineRule({
  meta: {
    id: "realisasi-triwulan",
    title: "Realisasi triwulan",
    description: "Realisasi triwulan indikator yang sama harus sama di PPS dan PKPK.",
    messages: {
      bedaPps: {
        severity: "error",
        template:
          "Realisasi TW {tw} indikator {indikator} di {tabel} adalah {found}, sedangkan di {acuan} {expected}. Periksa data dukungnya, lalu ubah yang keliru agar keduanya sama ({expected} menurut {acuan}).",
      },
    },
  },
  check(ctx, report) {
    for (const { entry: e, ref, quarter, found, expected } of quarterDifferences(ctx, "realisasi", "pps", ["pkpk"])) {
      report({
        at: where(e.table, found),
        messageId: "bedaPps",
        data: {
          tw: TW[quarter]!,
          indikator: quoted(e.row.indikator),
          tabel: label(e.table),
          found: shown(found),
          acuan: label(ref.table),
          expected: shown(expected),
        },
        related: [where(ref.table, expected)],
        expected: shown(expected),
        found: shown(found),
      });
    }
  },
});
