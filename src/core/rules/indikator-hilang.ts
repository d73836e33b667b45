/**
 * Rule 4: an indicator of the PK or Renaksi missing from PPS or PKPK, or the reverse. An indicator
 * in a hidden row is not required elsewhere, though it answers for one that is.
 */
import { hiddenRow, type TableKind } from "../tables/types";
import { defineRule, label, otherYear, quoted, where, type Entry } from "./context";

const isSasaranLevel = (e: Entry) => e.row.level === null || e.row.level === "sasaran" || e.row.level === "tujuan";

export const indikatorHilang = defineRule({
  meta: {
    id: "indikator-hilang",
    title: "Indikator tidak ada di dokumen lain",
    description: "Indikator PK dan Rencana Aksi harus diukur di PPS atau PKPK, dan sebaliknya.",
    messages: {
      tidakDiukur: {
        severity: "error",
        template:
          "Indikator {indikator} ada di {tabel} tetapi tidak ditemukan di {dokumen}. Tambahkan pengukurannya, atau periksa penulisan nama indikatornya.",
      },
      tidakDirencanakan: {
        severity: "warning",
        template:
          "Indikator {indikator} diukur di {tabel} tetapi tidak ada di {dokumen}. Pastikan indikatornya ditetapkan dalam perencanaan, atau samakan penulisan namanya.",
      },
    },
  },
  check(ctx, report) {
    const measured: TableKind[] = (["pps", "pkpk"] as TableKind[]).filter((k) => ctx.has(k));
    const planned: TableKind[] = (["pk", "renaksi"] as TableKind[]).filter((k) => ctx.has(k));
    if (!measured.length || !planned.length) return;
    const measuredNames = measured.map((k) => (k === "pps" ? "PPS" : "PKPK")).join(" atau ");
    const plannedNames = planned.map((k) => (k === "pk" ? "PK" : "Rencana Aksi")).join(" atau ");
    // A document of another year (last year's PK kept in the workbook) neither misses nor holds
    // this year's indicators: only tables of the same year (or of no stated year) are compared.
    const tablesOf = (kinds: TableKind[]) => ctx.indicatorTables.filter((t) => kinds.includes(t.kind));
    const yearsMeet = (a: { year?: number | null }, b: { year?: number | null }) => a.year == null || b.year == null || a.year === b.year;
    for (const entries of ctx.byKey.values()) {
      // An indicator in a hidden row (an old one staff hid rather than deleted) still counts as
      // present where it is, but is not demanded in the other documents.
      const shown = entries.filter((x) => !hiddenRow(x.table, x.row.r));
      for (const e of shown.filter((x) => planned.includes(x.table.kind))) {
        if (!tablesOf(measured).some((t) => yearsMeet(t, e.table))) continue;
        if (entries.some((x) => measured.includes(x.table.kind) && !otherYear(e, x))) continue;
        // Tujuan-level PK indicators are measured in the Capaian table, not always in PPS.
        if (e.table.kind === "pk" && e.row.level === "tujuan") continue;
        if (e !== shown.find((x) => x.table === e.table)) continue;
        report({
          at: where(e.table, e.row.indikator),
          messageId: "tidakDiukur",
          data: { indikator: quoted(e.row.indikator), tabel: label(e.table), dokumen: measuredNames },
          expected: `ada di ${measuredNames}`,
          found: "tidak ada",
        });
      }
      const e = shown.find((x) => measured.includes(x.table.kind));
      if (!e) continue;
      if (!tablesOf(planned).some((t) => yearsMeet(t, e.table))) continue;
      if (entries.some((x) => planned.includes(x.table.kind) && !otherYear(e, x))) continue;
      // Program and kegiatan indicators belong to the Renaksi; with no Renaksi there is nothing to compare.
      if (!isSasaranLevel(e) && !ctx.has("renaksi")) continue;
      report({
        at: where(e.table, e.row.indikator),
        messageId: "tidakDirencanakan",
        data: { indikator: quoted(e.row.indikator), tabel: label(e.table), dokumen: plannedNames },
        expected: `ada di ${plannedNames}`,
        found: "tidak ada",
      });
    }
  },
});
