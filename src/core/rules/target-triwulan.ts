/**
 * Rule 2: the same indicator and quarter has the same target in Renaksi, PPS and PKPK (the
 * inspectorate's finding). The Renaksi sets the quarterly targets; a PKPK indicator that no
 * Renaksi lists is held to the PPS. A sheet per quarter is compared with that quarter.
 */
import { defineRule, label, quarterDifferences, quoted, shown, TW, where } from "./context";

export const targetTriwulan = defineRule({
  meta: {
    id: "target-triwulan",
    title: "Target triwulan berbeda",
    description: "Target triwulan pada PPS dan PKPK harus sama dengan target triwulan pada Rencana Aksi (atau, tanpa Rencana Aksi, PKPK sama dengan PPS).",
    messages: {
      bedaRenaksi: {
        severity: "error",
        template:
          "Target TW {tw} indikator {indikator} di {tabel} adalah {found}, berbeda dengan Rencana Aksi ({expected}, sel {sel}). " +
          "Rencana Aksi adalah acuan target triwulan: ubah menjadi {expected}, atau perbarui Rencana Aksi bila targetnya memang berubah.",
      },
      bedaPps: {
        severity: "error",
        template:
          "Target TW {tw} indikator {indikator} di {tabel} adalah {found}, sedangkan di {acuan} {expected} (sel {sel}). Samakan kedua dokumen: ubah menjadi {expected} bila {acuan} yang benar, atau perbaiki {acuan}.",
      },
    },
  },
  check(ctx, report) {
    const differences = [
      ...quarterDifferences(ctx, "target", "renaksi", ["pps", "pkpk"]).map((d) => ({ ...d, messageId: "bedaRenaksi" as const })),
      ...quarterDifferences(ctx, "target", "pps", ["pkpk"])
        .filter((d) => ctx.entries(d.entry.key, "renaksi").length === 0)
        .map((d) => ({ ...d, messageId: "bedaPps" as const })),
    ];
    for (const { entry: e, ref, quarter, found, expected, messageId } of differences) {
      const refAt = where(ref.table, expected);
      report({
        at: where(e.table, found),
        messageId,
        data: {
          tw: TW[quarter]!,
          indikator: quoted(e.row.indikator),
          tabel: label(e.table),
          found: shown(found),
          acuan: label(ref.table),
          expected: shown(expected),
          sel: refAt.cell,
        },
        related: [refAt],
        expected: shown(expected),
        found: shown(found),
      });
    }
  },
});
