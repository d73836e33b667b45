/**
 * Rule 9: SKM arithmetic (PermenPANRB 14/2017): konversi = NRR × 25; mutu from the interval table;
 * NRR tertimbang and IKM from the NRRs under any of the weight conventions (1/n, 0,111, 0,11),
 * saying which one a stated value matches; NRRs of the unsur table against raw answers.
 */
import type { Finding } from "../findings";
import { describeWeight, ikmConventionsMatching, mutuSkm, nrrPerUnsur, nrrTertimbang, WEIGHT_CONVENTIONS } from "../formulas";
import { matchesStated, roundTo } from "../numbers";
import type { SkmAnswersTable, SkmUnsurTable } from "../tables/types";
import { finding, label, quoted, shown, where, type CheckContext, type Rule } from "./context";

export const skm: Rule = {
  id: "skm",
  title: "Perhitungan SKM/IKM",
  description: "Aritmetika SKM: nilai konversi, mutu pelayanan, NRR tertimbang dan IKM sesuai PermenPANRB 14/2017.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const unsurTables = ctx.tables.filter((t): t is SkmUnsurTable => t.kind === "skm-unsur");
    const answerTables = ctx.tables.filter((t): t is SkmAnswersTable => t.kind === "skm-jawaban");
    for (const t of unsurTables) {
      for (const row of t.rows) {
        if (row.nrr && row.konversi && !matchesStated(row.konversi.value, row.konversi.decimals, row.nrr.value * 25)) {
          out.push(finding(this, where(t, row.konversi), `Nilai konversi unsur ${quoted(row.unsur)} tertulis ${shown(row.konversi)}, padahal NRR ${shown(row.nrr)} × 25 = ${shown(row.nrr.value * 25)}.`, { related: [where(t, row.nrr)], expected: shown(row.nrr.value * 25), found: shown(row.konversi) }));
        }
        const base = row.konversi?.value ?? (row.nrr ? row.nrr.value * 25 : null);
        if (row.mutu && base !== null) {
          const m = mutuSkm(base);
          if (m.ok && row.mutu.text.trim().toUpperCase() !== m.value.letter) {
            out.push(finding(this, where(t, row.mutu), `Mutu unsur ${quoted(row.unsur)} tertulis ${quoted(row.mutu)}, padahal nilai ${shown(roundTo(base, 2), 2)} termasuk mutu ${m.value.letter} (${m.value.words}).`, { expected: m.value.letter, found: row.mutu.text }));
          }
        }
      }
      const nrr = t.rows.map((r) => r.nrr?.value).filter((v): v is number => v !== undefined);
      if (nrr.length !== t.rows.length || nrr.length === 0) continue;
      if (t.nrrTertimbang) {
        const ok = WEIGHT_CONVENTIONS.some((w) => matchesStated(t.nrrTertimbang!.value, t.nrrTertimbang!.decimals, nrrTertimbang(nrr, w)));
        if (!ok) {
          const exp = nrrTertimbang(nrr);
          out.push(finding(this, where(t, t.nrrTertimbang), `NRR tertimbang tertulis ${shown(t.nrrTertimbang)}, padahal dari NRR per unsur hasilnya ${shown(exp)} (bobot 1/${nrr.length}).`, { expected: shown(exp), found: shown(t.nrrTertimbang) }));
        }
      }
      if (t.ikm) {
        const matches = ikmConventionsMatching(nrr, t.ikm.value, t.ikm.decimals);
        const exact = nrrTertimbang(nrr) * 25;
        if (!matches.length) {
          out.push(finding(this, where(t, t.ikm), `IKM unit pelayanan tertulis ${shown(t.ikm)}, padahal dari NRR per unsur hasilnya ${shown(exact)} (bobot 1/${nrr.length}); bobot 0,111 maupun 0,11 juga tidak menghasilkan angka itu.`, { expected: shown(exact), found: shown(t.ikm) }));
        } else if (!matches.includes("1/n")) {
          out.push(finding(this, where(t, t.ikm), `IKM unit pelayanan ${shown(t.ikm)} dihitung dengan ${describeWeight(matches[0]!)}; dengan bobot tepat 1/${nrr.length} hasilnya ${shown(exact)}. Angka ini diterima, tetapi sebutkan bobot yang dipakai.`, { expected: shown(exact), found: shown(t.ikm), severity: "info" }));
        }
        if (t.ikmMutu) {
          const m = mutuSkm(t.ikm.value);
          if (m.ok && t.ikmMutu.text.trim().toUpperCase() !== m.value.letter) {
            out.push(finding(this, where(t, t.ikmMutu), `Mutu pelayanan IKM tertulis ${quoted(t.ikmMutu)}, padahal IKM ${shown(t.ikm)} termasuk mutu ${m.value.letter} (${m.value.words}).`, { expected: m.value.letter, found: t.ikmMutu.text }));
          }
        }
      }
      // NRRs against raw answers in the same workbook.
      for (const a of answerTables) {
        if (a.unsur.length !== t.rows.length || a.answers.length === 0) continue;
        const computed = nrrPerUnsur(a.answers);
        if (!computed.ok) continue;
        t.rows.forEach((row, j) => {
          const c = computed.value[j]!;
          if (row.nrr && !matchesStated(row.nrr.value, row.nrr.decimals, c)) {
            out.push(finding(this, where(t, row.nrr), `NRR unsur ${quoted(row.unsur)} tertulis ${shown(row.nrr)}, padahal dari jawaban responden di ${label(a)} hasilnya ${shown(c)}.`, { related: [where(a, a.unsur[j]!)], expected: shown(c), found: shown(row.nrr) }));
          }
        });
      }
    }
    return out;
  },
};
