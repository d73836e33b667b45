/** Rule 4: an indicator of the PK or Renaksi missing from PPS or PKPK, or the reverse. */
import type { Finding } from "../findings";
import type { TableKind } from "../tables/types";
import { finding, label, quoted, where, type CheckContext, type Entry, type Rule } from "./context";

const isSasaranLevel = (e: Entry) => e.row.level === null || e.row.level === "sasaran" || e.row.level === "tujuan";

export const indikatorHilang: Rule = {
  id: "indikator-hilang",
  title: "Indikator tidak ada di dokumen lain",
  description: "Indikator PK dan Rencana Aksi harus diukur di PPS atau PKPK, dan sebaliknya.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const measured: TableKind[] = (["pps", "pkpk"] as TableKind[]).filter((k) => ctx.has(k));
    const planned: TableKind[] = (["pk", "renaksi"] as TableKind[]).filter((k) => ctx.has(k));
    if (!measured.length || !planned.length) return out;
    const measuredNames = measured.map((k) => (k === "pps" ? "PPS" : "PKPK")).join(" atau ");
    for (const entries of ctx.byKey.values()) {
      const inMeasured = entries.some((e) => measured.includes(e.table.kind));
      const inPlanned = entries.some((e) => planned.includes(e.table.kind));
      if (!inMeasured) {
        for (const e of entries.filter((x) => planned.includes(x.table.kind))) {
          // Tujuan-level PK indicators are measured in the Capaian table, not always in PPS.
          if (e.table.kind === "pk" && e.row.level === "tujuan") continue;
          if (e !== entries.find((x) => x.table === e.table)) continue;
          out.push(
            finding(this, where(e.table, e.row.indikator), `Indikator ${quoted(e.row.indikator)} ada di ${label(e.table)} tetapi tidak ditemukan di ${measuredNames}. Tambahkan pengukurannya, atau periksa penulisan nama indikatornya.`, {
              expected: `ada di ${measuredNames}`,
              found: "tidak ada",
            }),
          );
        }
      }
      if (!inPlanned) {
        const e = entries.find((x) => measured.includes(x.table.kind));
        if (!e) continue;
        const plannedNames = planned.map((k) => (k === "pk" ? "PK" : "Rencana Aksi")).join(" atau ");
        // Program and kegiatan indicators belong to the Renaksi; with no Renaksi there is nothing to compare.
        if (!isSasaranLevel(e) && !ctx.has("renaksi")) continue;
        out.push(
          finding(this, where(e.table, e.row.indikator), `Indikator ${quoted(e.row.indikator)} diukur di ${label(e.table)} tetapi tidak ada di ${plannedNames}. Pastikan indikatornya ditetapkan dalam perencanaan, atau samakan penulisan namanya.`, {
            expected: `ada di ${plannedNames}`,
            found: "tidak ada",
            severity: "warning",
          }),
        );
      }
    }
    return out;
  },
};
