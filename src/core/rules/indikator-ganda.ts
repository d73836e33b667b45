/** Rule 10c: the same indicator twice for the same sasaran, program or kegiatan in one table. */
import { a1 } from "../grid";
import { normalizeIndicator } from "../match";
import { hiddenRow } from "../tables/types";
import { defineRule, label, quoted, where } from "./context";

export const indikatorGanda = defineRule({
  meta: {
    id: "indikator-ganda",
    title: "Indikator ganda",
    description: "Indikator yang sama tertulis dua kali untuk sasaran, program atau kegiatan yang sama dalam satu tabel.",
    messages: {
      ganda: {
        severity: "warning",
        template: "Indikator {indikator} tertulis dua kali di {tabel} untuk {bagian} (lihat juga {sel}). Hapus salah satunya atau bedakan namanya.",
      },
    },
  },
  check(ctx, report) {
    for (const t of ctx.indicatorTables) {
      const seen = new Map<string, { r: number; c: number }>();
      for (const row of t.rows) {
        // A copy staff hid rather than deleted (an old version) is not written twice as they see it.
        if (hiddenRow(t, row.r)) continue;
        const key = `${row.level}|${row.code ?? normalizeIndicator(row.context)}|${normalizeIndicator(row.indikator.text)}`;
        const prev = seen.get(key);
        if (!prev) {
          seen.set(key, row.indikator);
          continue;
        }
        report({
          at: where(t, row.indikator),
          messageId: "ganda",
          data: { indikator: quoted(row.indikator), tabel: label(t), bagian: quoted(row.context || "bagian yang sama"), sel: a1(prev.r, prev.c) },
          related: [where(t, prev)],
          expected: "satu baris",
          found: "dua baris",
        });
      }
    }
  },
});
