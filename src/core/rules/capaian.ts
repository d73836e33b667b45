/** Rule 6a: a stated capaian agrees with its target and realisasi (yearly and per quarter). */
import { capaian as hitungCapaian, type Polarity } from "../formulas";
import { matchesStated, roundTo } from "../numbers";
import type { NumCell } from "../tables/types";
import { defineRule, label, quoted, shown, TW, where } from "./context";

const NAMES: Record<Polarity, string> = {
  positif: "realisasi/target×100",
  negatif: "(2×target−realisasi)/target×100 (polaritas negatif)",
  "target/realisasi": "target/realisasi×100",
};

/** Which regulated formulas reproduce a stated capaian. */
export function formulasMatching(target: number, realisasi: number, stated: NumCell): Polarity[] {
  return (["positif", "negatif", "target/realisasi"] as Polarity[]).filter((p) => {
    const c = hitungCapaian(realisasi, target, p);
    return c.ok && matchesStated(stated.value, stated.decimals, c.value);
  });
}

export const capaian = defineRule({
  meta: {
    id: "capaian",
    title: "Capaian tertulis",
    description: "Capaian yang tertulis harus sama dengan hasil hitung dari target dan realisasinya.",
    messages: {
      salah: {
        severity: "error",
        template:
          "Capaian {kapan} indikator {indikator} di {tabel} tertulis {found}, padahal realisasi {realisasi} dibagi target {target} menghasilkan {expected}. Ubah menjadi {expected}, atau periksa realisasi dan targetnya.",
      },
      rumusLain: {
        severity: "info",
        template:
          'Capaian {kapan} indikator {indikator} di {tabel} dihitung dengan rumus {rumus}. Pastikan indikator ini memang bukan "makin tinggi makin baik"; bila bukan, ganti dengan realisasi/target×100.',
      },
    },
  },
  check(ctx, report) {
    for (const table of ctx.indicatorTables) {
      for (const row of table.rows) {
        const triples: [NumCell | null, NumCell | null, NumCell | null, string][] = [
          [row.target, row.realisasi, row.capaian, "tahunan"],
          ...row.tw.map((q, i): [NumCell | null, NumCell | null, NumCell | null, string] => [q.target, q.realisasi, q.capaian, `TW ${TW[i]}`]),
        ];
        for (const [t, r, c, kapan] of triples) {
          if (!t || !r || !c || t.value === 0) continue;
          const matches = formulasMatching(t.value, r.value, c);
          if (matches.includes("positif")) continue;
          // A quarter's capaian may be stated against the year's target ("Capaian s.d. TW III":
          // realisasi up to the quarter / target tahunan), a convention of its own, not an error.
          if (t !== row.target && row.target && row.target.value !== 0 && formulasMatching(row.target.value, r.value, c).includes("positif")) continue;
          const d = Math.max(2, c.decimals);
          const expected = shown(roundTo((r.value / t.value) * 100, d), d);
          const common = { at: where(table, c), related: [where(table, t), where(table, r)], expected, found: shown(c) };
          const data = { kapan, indikator: quoted(row.indikator), tabel: label(table), found: shown(c), expected };
          if (matches.length) report({ ...common, messageId: "rumusLain", data: { ...data, rumus: NAMES[matches[0]!] } });
          else report({ ...common, messageId: "salah", data: { ...data, realisasi: shown(r), target: shown(t) } });
        }
      }
    }
  },
});
