/**
 * Rule 9: SKM arithmetic (PermenPANRB 14/2017): konversi = NRR × 25; mutu from the interval table;
 * NRR tertimbang and IKM from the NRRs under any of the weight conventions (1/n, 0,111, 0,11),
 * saying which one a stated value matches; NRRs of the unsur table against raw answers.
 */
import { describeWeight, ikmConventionsMatching, mutuSkm, nrrPerUnsur, nrrTertimbang, WEIGHT_CONVENTIONS } from "../formulas";
import { matchesStated, roundTo } from "../numbers";
import type { SkmAnswersTable, SkmUnsurTable } from "../tables/types";
import { defineRule, label, quoted, shown, where } from "./context";

export const skm = defineRule({
  meta: {
    id: "skm",
    title: "Perhitungan SKM/IKM",
    description: "Aritmetika SKM: nilai konversi, mutu pelayanan, NRR tertimbang dan IKM sesuai PermenPANRB 14/2017.",
    messages: {
      konversiSalah: { severity: "error", template: "Nilai konversi unsur {unsur} tertulis {found}, padahal NRR {nrr} × 25 = {expected}." },
      mutuSalah: { severity: "error", template: "Mutu unsur {unsur} tertulis {found}, padahal nilai {nilai} termasuk mutu {expected} ({kata})." },
      nrrTertimbangSalah: { severity: "error", template: "NRR tertimbang tertulis {found}, padahal dari NRR per unsur hasilnya {expected} (bobot 1/{n})." },
      ikmSalah: {
        severity: "error",
        template: "IKM unit pelayanan tertulis {found}, padahal dari NRR per unsur hasilnya {expected} (bobot 1/{n}); bobot 0,111 maupun 0,11 juga tidak menghasilkan angka itu.",
      },
      ikmBobotLain: {
        severity: "info",
        template: "IKM unit pelayanan {found} dihitung dengan {bobot}; dengan bobot tepat 1/{n} hasilnya {expected}. Angka ini diterima, tetapi sebutkan bobot yang dipakai.",
      },
      ikmMutuSalah: { severity: "error", template: "Mutu pelayanan IKM tertulis {found}, padahal IKM {ikm} termasuk mutu {expected} ({kata})." },
      nrrBedaJawaban: { severity: "error", template: "NRR unsur {unsur} tertulis {found}, padahal dari jawaban responden di {tabel} hasilnya {expected}." },
    },
  },
  check(ctx, report) {
    const unsurTables = ctx.tables.filter((t): t is SkmUnsurTable => t.kind === "skm-unsur");
    const answerTables = ctx.tables.filter((t): t is SkmAnswersTable => t.kind === "skm-jawaban");
    for (const t of unsurTables) {
      for (const row of t.rows) {
        if (row.nrr && row.konversi && !matchesStated(row.konversi.value, row.konversi.decimals, row.nrr.value * 25)) {
          const expected = shown(row.nrr.value * 25);
          report({ at: where(t, row.konversi), messageId: "konversiSalah", data: { unsur: quoted(row.unsur), found: shown(row.konversi), nrr: shown(row.nrr), expected }, related: [where(t, row.nrr)], expected, found: shown(row.konversi) });
        }
        const base = row.konversi?.value ?? (row.nrr ? row.nrr.value * 25 : null);
        if (row.mutu && base !== null) {
          const m = mutuSkm(base);
          if (m.ok && row.mutu.text.trim().toUpperCase() !== m.value.letter) {
            report({ at: where(t, row.mutu), messageId: "mutuSalah", data: { unsur: quoted(row.unsur), found: quoted(row.mutu), nilai: shown(roundTo(base, 2), 2), expected: m.value.letter, kata: m.value.words }, expected: m.value.letter, found: row.mutu.text });
          }
        }
      }
      const nrr = t.rows.map((r) => r.nrr?.value).filter((v): v is number => v !== undefined);
      if (nrr.length !== t.rows.length || nrr.length === 0) continue;
      if (t.nrrTertimbang) {
        const stated = t.nrrTertimbang;
        const ok = WEIGHT_CONVENTIONS.some((w) => matchesStated(stated.value, stated.decimals, nrrTertimbang(nrr, w)));
        if (!ok) {
          const expected = shown(nrrTertimbang(nrr));
          report({ at: where(t, stated), messageId: "nrrTertimbangSalah", data: { found: shown(stated), expected, n: nrr.length }, expected, found: shown(stated) });
        }
      }
      if (t.ikm) {
        const matches = ikmConventionsMatching(nrr, t.ikm.value, t.ikm.decimals);
        const expected = shown(nrrTertimbang(nrr) * 25);
        const common = { at: where(t, t.ikm), expected, found: shown(t.ikm) };
        const data = { found: shown(t.ikm), expected, n: nrr.length };
        if (!matches.length) report({ ...common, messageId: "ikmSalah", data });
        else if (!matches.includes("1/n")) report({ ...common, messageId: "ikmBobotLain", data: { ...data, bobot: describeWeight(matches[0]!) } });
        if (t.ikmMutu) {
          const m = mutuSkm(t.ikm.value);
          if (m.ok && t.ikmMutu.text.trim().toUpperCase() !== m.value.letter) {
            report({ at: where(t, t.ikmMutu), messageId: "ikmMutuSalah", data: { found: quoted(t.ikmMutu), ikm: shown(t.ikm), expected: m.value.letter, kata: m.value.words }, expected: m.value.letter, found: t.ikmMutu.text });
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
            report({ at: where(t, row.nrr), messageId: "nrrBedaJawaban", data: { unsur: quoted(row.unsur), found: shown(row.nrr), tabel: label(a), expected: shown(c) }, related: [where(a, a.unsur[j]!)], expected: shown(c), found: shown(row.nrr) });
          }
        });
      }
    }
  },
});
