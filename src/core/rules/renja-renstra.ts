/**
 * Evaluasi Renja (Permendagri 86/2017): the Renstra's realisation up to this year (column 15, else
 * 7 + 13) far beyond its target for the Renstra's last year (column 6): over 300 % is not an
 * achievement but, almost always, a unit mix-up (a percentage against a count, rupiah against
 * thousands of rupiah). A warning naming both numbers, on K and on Rp.
 */
import { renjaColumnNumber } from "../tables/renja-table";
import { isRenjaTable, type NumCell } from "../tables/types";
import { defineRule, label, shown, where } from "./context";
import { renjaRowName } from "./renja-relasi";

/** Above this share of the Renstra's target (in %) a realisation is not plausible. */
export const MAX_PLAUSIBLE = 300;

export const renjaRenstra = defineRule({
  meta: {
    id: "renja-renstra",
    title: "Capaian Renstra tidak wajar",
    description: "Realisasi Renstra s.d. tahun ini pada Evaluasi Renja lebih dari 300% target Renstra: biasanya satuan atau skala angka tertukar.",
    messages: {
      takWajar: {
        severity: "warning",
        template:
          "Realisasi Renstra s.d. tahun ini ({unit}) {nama} di {tabel} adalah {found}, atau {persen}% dari target Renstra (kolom {kolomTarget}) {target}. Capaian setinggi itu hampir selalu karena satuan atau skala angka tertukar (persen dengan jumlah, rupiah dengan ribuan rupiah); periksa kedua angka.",
      },
    },
  },
  check(ctx, report) {
    for (const table of ctx.tables.filter(isRenjaTable)) {
      const { columns, lines } = table.renja;
      const col = (field: string, unit: string) => columns.find((c) => c.field === field && c.unit === unit);
      for (const line of lines) {
        for (const unit of ["K", "Rp"] as const) {
          const targetCol = col("renstra", unit);
          const target = targetCol && line.cells.get(targetCol.c);
          if (!targetCol || !target || target.value <= 0) continue;
          const realCol = col("renstraRealisasi", unit);
          const stated = realCol && line.cells.get(realCol.c);
          // Without column 15: the realisation up to last year (7) and this year's (13).
          const lalu = col("lalu", unit);
          const tahunIni = col("realisasi", unit);
          const parts = [lalu && line.cells.get(lalu.c), tahunIni && line.cells.get(tahunIni.c)].filter((x): x is NumCell => !!x);
          const value = stated ? stated.value : parts.length === 2 ? parts[0]!.value + parts[1]!.value : null;
          const at = stated ?? parts[1];
          if (value === null || !at) continue;
          const persen = (value / target.value) * 100;
          if (persen <= MAX_PLAUSIBLE) continue;
          report({
            at: where(table, at),
            messageId: "takWajar",
            data: {
              unit,
              nama: renjaRowName(line, lines),
              tabel: label(table),
              found: shown(value, 2),
              persen: shown(persen, 0),
              kolomTarget: renjaColumnNumber(table.renja, targetCol) ?? 6,
              target: shown(target),
            },
            related: [where(table, target)],
            expected: `≤ ${MAX_PLAUSIBLE}% dari ${shown(target)}`,
            found: shown(value, 2),
          });
        }
      }
    }
  },
});
