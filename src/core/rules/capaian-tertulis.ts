/** Rule 6a: a stated capaian agrees with its target and realisasi (yearly and per quarter). */
import type { Finding } from "../findings";
import { capaian, type Polarity } from "../formulas";
import { matchesStated, roundTo } from "../numbers";
import type { NumCell } from "../tables/types";
import { finding, label, quoted, shown, TW, where, type CheckContext, type Rule } from "./context";

const NAMES: Record<Polarity, string> = {
  positif: "realisasi/target×100",
  negatif: "(2×target−realisasi)/target×100 (polaritas negatif)",
  "target/realisasi": "target/realisasi×100",
};

/** Which regulated formulas reproduce a stated capaian. */
export function formulasMatching(target: number, realisasi: number, stated: NumCell): Polarity[] {
  return (["positif", "negatif", "target/realisasi"] as Polarity[]).filter((p) => {
    const c = capaian(realisasi, target, p);
    return c.ok && matchesStated(stated.value, stated.decimals, c.value);
  });
}

export const capaianTertulis: Rule = {
  id: "capaian",
  title: "Capaian tertulis",
  description: "Capaian yang tertulis harus sama dengan hasil hitung dari target dan realisasinya.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const table of ctx.indicatorTables) {
      for (const row of table.rows) {
        const triples: [NumCell | null, NumCell | null, NumCell | null, string][] = [
          [row.target, row.realisasi, row.capaian, "tahunan"],
          ...row.tw.map((q, i): [NumCell | null, NumCell | null, NumCell | null, string] => [q.target, q.realisasi, q.capaian, `TW ${TW[i]}`]),
        ];
        for (const [t, r, c, when] of triples) {
          if (!t || !r || !c || t.value === 0) continue;
          const matches = formulasMatching(t.value, r.value, c);
          if (matches.includes("positif")) continue;
          const expected = (r.value / t.value) * 100;
          const at = where(table, c);
          const related = [where(table, t), where(table, r)];
          if (matches.length) {
            out.push(
              finding(this, at, `Capaian ${when} indikator ${quoted(row.indikator)} di ${label(table)} dihitung dengan rumus ${NAMES[matches[0]!]}. Pastikan indikator ini memang bukan "makin tinggi makin baik"; bila bukan, ganti dengan realisasi/target×100.`, {
                related,
                expected: shown(roundTo(expected, Math.max(2, c.decimals)), Math.max(2, c.decimals)),
                found: shown(c),
                severity: "info",
              }),
            );
            continue;
          }
          out.push(
            finding(this, at, `Capaian ${when} indikator ${quoted(row.indikator)} di ${label(table)} tertulis ${shown(c)}, padahal realisasi ${shown(r)} dibagi target ${shown(t)} menghasilkan ${shown(roundTo(expected, Math.max(2, c.decimals)), Math.max(2, c.decimals))}. Perbaiki angka capaiannya.`, {
              related,
              expected: shown(roundTo(expected, Math.max(2, c.decimals)), Math.max(2, c.decimals)),
              found: shown(c),
            }),
          );
        }
      }
    }
    return out;
  },
};
