/** Rule 10d: indicators matched across documents by a near spelling: the names should be made the same. */
import { defineRule, label, quoted, where } from "./context";

export const indikatorMirip = defineRule({
  meta: {
    id: "indikator-mirip",
    title: "Nama indikator berbeda tipis",
    description: "Indikator dicocokkan dengan penulisan yang hampir sama di dokumen lain; samakan penulisannya.",
    messages: {
      mirip: {
        severity: "warning",
        template: "Indikator {indikator} di {tabel} dianggap sama dengan {acuanIndikator} di {acuan}. Samakan penulisan namanya agar pencocokan pasti.",
      },
    },
  },
  check(ctx, report) {
    for (const { a, b } of ctx.near) {
      report({
        at: where(a.table, a.row.indikator),
        messageId: "mirip",
        data: { indikator: quoted(a.row.indikator), tabel: label(a.table), acuanIndikator: quoted(b.row.indikator), acuan: label(b.table) },
        related: [where(b.table, b.row.indikator)],
        expected: b.row.indikator.text,
        found: a.row.indikator.text,
      });
    }
  },
});
