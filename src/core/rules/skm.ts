/**
 * Rule 9: SKM arithmetic (PermenPANRB 14/2017): konversi = NRR × 25; mutu from the interval table;
 * NRR tertimbang and IKM from the NRRs under any of the weight conventions (1/n, 0,111, 0,11),
 * saying which one a stated value matches; NRRs of the unsur table against raw answers (a yearly
 * table against all answer tables of its year together, a per-period one against its own); the
 * processing block under the answers (Σ nilai, NRR, NRR tertimbang, IKM, mutu, kinerja) against
 * the answers above it.
 */
import { describeWeight, mutuSkm, nrrPerUnsur, nrrTertimbang, SKM_MUTU, weightValue, WEIGHT_CONVENTIONS, type Grade, type Weight } from "../formulas";
import { matchesStated, roundTo } from "../numbers";
import { normalizeLabel } from "../tables/header";
import type { SkmProcessing } from "../tables/skm-types";
import type { NumCell, SkmAnswersTable, SkmUnsurTable, Table, TextCell } from "../tables/types";
import { defineRule, label, quoted, shown, where, type Reporter } from "./context";

export const skm = defineRule({
  meta: {
    id: "skm",
    title: "Perhitungan SKM/IKM",
    description: "Aritmetika SKM: nilai konversi, mutu pelayanan, NRR tertimbang dan IKM sesuai PermenPANRB 14/2017.",
    messages: {
      konversiSalah: {
        severity: "error",
        template: "Nilai konversi unsur {unsur} tertulis {found}, padahal NRR {nrr} × 25 = {expected}. Ubah menjadi {expected}.",
      },
      mutuSalah: {
        severity: "error",
        template: "Mutu unsur {unsur} tertulis {found}, padahal nilai {nilai} termasuk mutu {expected} ({kata}). Ubah menjadi {expected}.",
      },
      nrrTertimbangSalah: {
        severity: "error",
        template:
          "NRR tertimbang tertulis {found}, padahal dari NRR per unsur hasilnya {expected} (bobot 1/{n}). Ubah menjadi {expected}, atau sebutkan bobot yang dipakai.",
      },
      ikmSalah: {
        severity: "error",
        template:
          "IKM unit pelayanan tertulis {found}, padahal dari NRR per unsur hasilnya {expected} (bobot 1/{n}); bobot 0,111 maupun 0,11 juga tidak menghasilkan angka itu. Ubah menjadi {expected}, atau periksa NRR per unsurnya.",
      },
      ikmBobotLain: {
        severity: "info",
        template:
          "IKM unit pelayanan {found} dihitung dengan {bobot}; dengan bobot tepat 1/{n} hasilnya {expected}. Angka ini diterima, tetapi sebutkan bobot yang dipakai.",
      },
      ikmMutuSalah: {
        severity: "error",
        template: "Mutu pelayanan IKM tertulis {found}, padahal IKM {ikm} termasuk mutu {expected} ({kata}). Ubah menjadi {expected}.",
      },
      nrrBedaJawaban: {
        severity: "error",
        template:
          "NRR unsur {unsur} tertulis {found}, padahal dari jawaban responden di {tabel} hasilnya {expected}. Hitung ulang NRR dari jawaban, atau periksa jawaban yang salah ketik.",
      },
      jumlahNilaiSalah: {
        severity: "error",
        template:
          "Jumlah nilai unsur {unsur} di bawah jawaban responden tertulis {found}, padahal jawaban di atasnya berjumlah {expected} ({n} jawaban terisi). Ubah menjadi {expected}, atau periksa rumus jumlahnya.",
      },
      nrrOlahSalah: {
        severity: "error",
        template:
          "NRR unsur {unsur} di bawah jawaban responden tertulis {found}, padahal jawaban di atasnya memberi {jumlah} : {n} = {expected} (jawaban kosong tidak dihitung). Ubah menjadi {expected}.",
      },
      tertimbangUnsurSalah: {
        severity: "error",
        template:
          "NRR tertimbang unsur {unsur} tertulis {found}, padahal NRR {nrr} × bobot 1/{n} = {expected}; bobot 0,111 maupun 0,11 juga tidak menghasilkan angka itu. Ubah menjadi {expected}.",
      },
      bobotLain: {
        severity: "info",
        template:
          "NRR tertimbang {found} dihitung dengan {bobot}; dengan bobot tepat 1/{n} hasilnya {expected}. Angka ini diterima, tetapi sebutkan bobot yang dipakai.",
      },
      kinerjaSalah: {
        severity: "error",
        template: "Kinerja unit pelayanan tertulis {found}, padahal IKM {ikm} termasuk mutu {mutu}, yaitu {expected}. Ubah menjadi {expected}.",
      },
      kinerjaUnsurSalah: {
        severity: "error",
        template:
          "Kinerja unsur {unsur} tertulis {found}, padahal nilai {nilai} termasuk mutu {mutu}, yaitu {expected} (PermenPANRB 14/2017). Ubah menjadi {expected}.",
      },
    },
  },
  check(ctx, report) {
    const unsurTables = ctx.tables.filter((t): t is SkmUnsurTable => t.kind === "skm-unsur");
    const answerTables = ctx.tables.filter((t): t is SkmAnswersTable => t.kind === "skm-jawaban");
    for (const t of unsurTables) {
      for (const row of t.rows) {
        if (
          row.nrr &&
          row.konversi &&
          !matchesStated(row.konversi.value, row.konversi.decimals, row.nrr.value * 25) &&
          !withinInputRounding(row.konversi, row.nrr.value * 25, 25 * inputHalf(row.nrr))
        ) {
          const expected = shown(row.nrr.value * 25);
          report({
            at: where(t, row.konversi),
            messageId: "konversiSalah",
            data: { unsur: quoted(row.unsur), found: shown(row.konversi), nrr: shown(row.nrr), expected },
            related: [where(t, row.nrr)],
            expected,
            found: shown(row.konversi),
          });
        }
        const base = row.konversi?.value ?? (row.nrr ? row.nrr.value * 25 : null);
        const m = base !== null ? mutuSkm(base) : null;
        const grade = m?.ok ? m.value : null;
        const mutu = row.mutu ? readGrade(row.mutu.text) : null;
        const nilai = base !== null ? shown(roundTo(base, 2), 2) : "";
        const letterWrong = !!(grade && mutu?.letter && mutu.letter !== grade.letter);
        if (row.mutu && grade && letterWrong) {
          report({
            at: where(t, row.mutu),
            messageId: "mutuSalah",
            data: { unsur: quoted(row.unsur), found: quoted(row.mutu), nilai, expected: grade.letter, kata: grade.words },
            expected: grade.letter,
            found: row.mutu.text,
          });
        }
        // The words: in the mutu cell ("A (Sangat Baik)", "Sangat Baik") and in a Kinerja column, against the value;
        // without NRR or konversi, the Kinerja against the mutu letter.
        const wordsOf = (cell: TextCell, g: Grade, nilaiText: string) => {
          const k = readGrade(cell.text);
          if ((k.letter === null || k.letter === g.letter) && (k.words === null || sameWords(k.words, g.words))) return;
          report({
            at: where(t, cell),
            messageId: "kinerjaUnsurSalah",
            data: { unsur: quoted(row.unsur), found: quoted(cell), nilai: nilaiText, mutu: g.letter, expected: g.words },
            expected: g.words,
            found: cell.text,
          });
        };
        if (row.mutu && grade && !letterWrong && mutu?.words) wordsOf(row.mutu, grade, nilai);
        const byLetter = !grade && mutu?.letter ? SKM_MUTU.find((g) => g.letter === mutu.letter) : undefined;
        if (row.kinerja && grade) wordsOf(row.kinerja, grade, nilai);
        else if (row.kinerja && byLetter && row.mutu) wordsOf(row.kinerja, byLetter, `mutu ${quoted(row.mutu)}`);
      }
      const nrr = t.rows.map((r) => r.nrr?.value).filter((v): v is number => v !== undefined);
      // How far the weighted sum may lie from the one computed, from the NRRs' own rounding.
      const nrrSlack = (w: Weight): number => t.rows.reduce((a, r) => a + (r.nrr ? inputHalf(r.nrr) : 0), 0) * weightValue(w, nrr.length);
      if (nrr.length !== t.rows.length || nrr.length === 0) continue;
      // Templates often round each unsur's NRR × bobot to 3 decimals before adding them up: that
      // sum is as right as the unrounded one, under each weight convention.
      const tertimbangOf = (w: Weight): number[] => [nrrTertimbang(nrr, w), sum(nrr.map((x) => roundTo(x * weightValue(w, nrr.length), 3)))];
      let tertimbangW: Weight[] = [];
      if (t.nrrTertimbang) {
        const stated = t.nrrTertimbang;
        tertimbangW = weightsMatching(stated, tertimbangOf);
        // NRRs written with fewer decimals (3,76 for 3,758) leave the sum that much open.
        if (!tertimbangW.length) tertimbangW = WEIGHT_CONVENTIONS.filter((w) => withinInputRounding(stated, nrrTertimbang(nrr, w), nrrSlack(w)));
        const ok = tertimbangW.length > 0;
        if (!ok) {
          const expected = shown(nrrTertimbang(nrr));
          report({
            at: where(t, stated),
            messageId: "nrrTertimbangSalah",
            data: { found: shown(stated), expected, n: nrr.length },
            expected,
            found: shown(stated),
          });
        }
      }
      if (t.ikm) {
        // The IKM from the NRRs, or from the stated NRR tertimbang where that one is right.
        const ikmStated = t.ikm;
        const byRounding = WEIGHT_CONVENTIONS.filter((w) => withinInputRounding(ikmStated, nrrTertimbang(nrr, w) * 25, 25 * nrrSlack(w)));
        const fromNrr = weightsMatching(t.ikm, (w) => [
          ...tertimbangOf(w).map((x) => x * 25),
          ...(t.nrrTertimbang && tertimbangW.includes(w) ? [t.nrrTertimbang.value * 25] : []),
        ]);
        const matches = fromNrr.length ? fromNrr : byRounding;
        const expected = shown(nrrTertimbang(nrr) * 25);
        const common = { at: where(t, t.ikm), expected, found: shown(t.ikm) };
        const data = { found: shown(t.ikm), expected, n: nrr.length };
        if (!matches.length) report({ ...common, messageId: "ikmSalah", data });
        else if (!matches.includes("1/n")) report({ ...common, messageId: "ikmBobotLain", data: { ...data, bobot: describeWeight(matches[0]!) } });
        const m = mutuSkm(t.ikm.value);
        if (m.ok) gradeChecks(t, t.ikm, m.value, t.ikmMutu, t.ikmKinerja ?? null, report);
      }
      // NRRs against raw answers: a yearly table against all answer tables of its year together.
      const group = answersFor(t, answerTables);
      if (group.length === 0) continue;
      const computed = nrrPerUnsur(group.flatMap((a) => a.answers));
      if (!computed.ok) continue;
      const tabel =
        group.length === 1
          ? label(group[0]!)
          : `gabungan ${group.length} tabel jawaban (${group.map((a) => a.sheet).join(", ")}; ${group.reduce((n, a) => n + a.answers.length, 0)} responden)`;
      t.rows.forEach((row, j) => {
        const c = computed.value[j]!;
        if (row.nrr && !matchesStated(row.nrr.value, row.nrr.decimals, c)) {
          report({
            at: where(t, row.nrr),
            messageId: "nrrBedaJawaban",
            data: { unsur: quoted(row.unsur), found: shown(row.nrr), tabel, expected: shown(c) },
            related: group.map((a) => where(a, a.unsur[j]!)),
            expected: shown(c),
            found: shown(row.nrr),
          });
        }
      });
    }
    for (const a of answerTables) if (a.processing) checkProcessing(a, a.processing, report);
  },
});

/** Words any SKM table may carry in its title: they tell no answer table from another. */
const GENERIC = new Set(
  "data daftar rekap rekapitulasi hasil olah pengolahan jawaban responden survei survey kepuasan masyarakat skm ikm indeks nilai unsur pelayanan publik unit tabel lampiran tahun dan di pada".split(
    " ",
  ),
);
const words = (t: Table): Set<string> =>
  new Set(
    normalizeLabel(`${t.sheet} ${t.title}`)
      .split(" ")
      .filter((w) => w && !GENERIC.has(w)),
  );

/**
 * The answer tables an unsur table's NRRs come from. Each answer table is told from the others by
 * the words of its sheet name and title that not all of them share (semester I / II, a layanan, a
 * year); an unsur table naming such words belongs to the tables naming the most of them, one
 * naming none (the yearly table of the LKjIP) to all of them together.
 */
export function answersFor(t: SkmUnsurTable, all: readonly SkmAnswersTable[]): SkmAnswersTable[] {
  const fit = all.filter((a) => a.unsur.length === t.rows.length && a.answers.length > 0);
  if (fit.length <= 1) return fit;
  const own = fit.map(words);
  const target = words(t);
  const score = own.map((ws) => [...ws].filter((w) => !own.every((o) => o.has(w)) && target.has(w)).length);
  const best = Math.max(...score);
  return best === 0 ? fit : fit.filter((_, i) => score[i] === best);
}

/** The conventions under which some candidate value (per weight) reproduces a stated number. */
function weightsMatching(stated: NumCell, candidates: (w: Weight) => readonly number[]): Weight[] {
  return WEIGHT_CONVENTIONS.filter((w) => candidates(w).some((x) => matchesStated(stated.value, stated.decimals, x)));
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Half a unit of the last decimal a number is written with: 0,005 for 3,76. */
const half = (n: NumCell): number => 0.5 * 10 ** -n.decimals;
/** The same for an input; a whole NRR (4: every answer 4) is taken as exact, not as rounded. */
const inputHalf = (n: NumCell): number => (n.decimals === 0 ? 0 : half(n));

/**
 * Whether a stated result can come from inputs written rounded: it lies within `slack` (what the
 * inputs' rounding leaves open) and its own half unit of the value computed from them.
 */
function withinInputRounding(stated: NumCell, computed: number, slack: number): boolean {
  return Math.abs(stated.value - computed) <= slack + half(stated) + 1e-9;
}

/** All values present, or null. */
function allValues(cells: readonly (NumCell | null)[] | null): number[] | null {
  if (!cells || cells.some((c) => !c)) return null;
  return cells.map((c) => c!.value);
}

/**
 * The processing block under one answer table against the answers above it. Each stated value is
 * right when it follows from the answers or from the stated value it is made of (templates round
 * between steps); weighted values are accepted under any weight convention and the one used is named.
 */
function checkProcessing(a: SkmAnswersTable, p: SkmProcessing, report: Reporter<keyof typeof skm.meta.messages>): void {
  const n = a.unsur.length;
  const sums = a.unsur.map((_, j) => sum(a.answers.map((row) => row[j] ?? 0)));
  const counts = a.unsur.map((_, j) => a.answers.filter((row) => row[j] !== null && row[j] !== undefined).length);
  const nrr = a.unsur.map((_, j) => (counts[j]! > 0 ? sums[j]! / counts[j]! : null));
  const unsur = (j: number) => quoted(a.unsur[j]!);
  const related = (j: number) => [where(a, a.unsur[j]!)];

  p.sums?.forEach((s, j) => {
    if (s && !matchesStated(s.value, s.decimals, sums[j]!)) {
      const expected = shown(sums[j]!, 0);
      report({
        at: where(a, s),
        messageId: "jumlahNilaiSalah",
        data: { unsur: unsur(j), found: shown(s), expected, n: counts[j]! },
        related: related(j),
        expected,
        found: shown(s),
      });
    }
  });
  p.nrr?.forEach((s, j) => {
    const c = nrr[j];
    if (!s || c === null || c === undefined) return;
    const fromSum = p.sums?.[j] ? p.sums[j]!.value / counts[j]! : c;
    if (!matchesStated(s.value, s.decimals, c) && !matchesStated(s.value, s.decimals, fromSum)) {
      const expected = shown(c);
      report({
        at: where(a, s),
        messageId: "nrrOlahSalah",
        data: { unsur: unsur(j), found: shown(s), jumlah: shown(sums[j]!, 0), n: counts[j]!, expected },
        related: related(j),
        expected,
        found: shown(s),
      });
    }
  });
  p.konversi?.forEach((s, j) => {
    const c = nrr[j];
    if (!s || c === null || c === undefined) return;
    const stated = p.nrr?.[j] ?? null;
    if (!matchesStated(s.value, s.decimals, c * 25) && !(stated && matchesStated(s.value, s.decimals, stated.value * 25))) {
      const expected = shown(c * 25);
      report({
        at: where(a, s),
        messageId: "konversiSalah",
        data: { unsur: unsur(j), found: shown(s), nrr: shown(stated ?? c), expected },
        related: related(j),
        expected,
        found: shown(s),
      });
    }
  });

  // Weighted values: from the answers' NRRs, or from the stated NRRs.
  const exact = nrr.every((x) => x !== null) ? (nrr as number[]) : null;
  const statedNrr = allValues(p.nrr);
  const bases = [exact, statedNrr].filter((x): x is number[] => x !== null);
  if (bases.length === 0) return;
  const base = bases[0]!;
  let block: Weight[] = [...WEIGHT_CONVENTIONS];
  let weightedW: Weight[] = [];
  if (p.weighted) {
    weightedW = [...WEIGHT_CONVENTIONS];
    p.weighted.forEach((s, j) => {
      if (!s) return;
      const m = weightsMatching(s, (w) => bases.map((b) => b[j]! * weightValue(w, n)));
      weightedW = weightedW.filter((w) => m.includes(w));
      if (m.length === 0) {
        const expected = shown(base[j]! / n);
        report({
          at: where(a, s),
          messageId: "tertimbangUnsurSalah",
          data: { unsur: unsur(j), found: shown(s), nrr: shown(p.nrr?.[j] ?? base[j]!), n, expected },
          related: related(j),
          expected,
          found: shown(s),
        });
      }
    });
    if (weightedW.length) block = block.filter((w) => weightedW.includes(w));
  }
  const statedWeighted = allValues(p.weighted);
  const totals = (w: Weight): number[] => [...bases.map((b) => nrrTertimbang(b, w)), ...(statedWeighted && weightedW.includes(w) ? [sum(statedWeighted)] : [])];
  let totalW: Weight[] = [];
  if (p.weightedTotal) {
    const s = p.weightedTotal;
    totalW = weightsMatching(s, totals);
    if (totalW.length === 0) {
      const expected = shown(nrrTertimbang(base));
      report({ at: where(a, s), messageId: "nrrTertimbangSalah", data: { found: shown(s), expected, n }, expected, found: shown(s) });
    } else block = block.filter((w) => totalW.includes(w));
  }
  const ikmExpected = shown(nrrTertimbang(base) * 25);
  if (p.ikm) {
    const s = p.ikm;
    const m = weightsMatching(s, (w) => [...totals(w).map((x) => x * 25), ...(p.weightedTotal && totalW.includes(w) ? [p.weightedTotal.value * 25] : [])]);
    const common = { at: where(a, s), expected: ikmExpected, found: shown(s) };
    const data = { found: shown(s), expected: ikmExpected, n };
    if (m.length === 0) report({ ...common, messageId: "ikmSalah", data });
    else if (!m.includes("1/n")) report({ ...common, messageId: "ikmBobotLain", data: { ...data, bobot: describeWeight(m[0]!) } });
  } else {
    // Without an IKM line, the weight is named at the sum of NRR tertimbang (or the first weighted NRR).
    const at = p.weightedTotal ?? p.weighted?.find((x) => x) ?? null;
    if (at && block.length && !block.includes("1/n") && (totalW.length || weightedW.length)) {
      const expected = p.weightedTotal ? shown(nrrTertimbang(base)) : shown(base[p.weighted!.indexOf(at)]! / n);
      report({
        at: where(a, at),
        messageId: "bobotLain",
        data: { found: shown(at), bobot: describeWeight(block[0]!), n, expected },
        expected,
        found: shown(at),
      });
    }
  }
  if (p.ikm) {
    const m = mutuSkm(p.ikm.value);
    if (m.ok) gradeChecks(a, p.ikm, m.value, p.mutu ?? null, p.kinerja ?? null, report);
  }
}

/**
 * A mutu or kinerja cell read as its letter and its words: "A" (letter), "Sangat Baik" (words),
 * "A (Sangat Baik)", "A - Sangat Baik", "Sangat Baik (A)" (both).
 */
export function readGrade(text: string): { letter: string | null; words: string | null } {
  const t = text.trim();
  const after = /^([A-Da-d])(?![\p{L}])\s*[-–—:/(]?\s*(.*?)\s*\)?\s*$/u.exec(t);
  if (after) return { letter: after[1]!.toUpperCase(), words: after[2] ? after[2] : null };
  const before = /^(.*?)\s*[(/-]\s*([A-Da-d])\s*\)?$/.exec(t);
  if (before && before[1]) return { letter: before[2]!.toUpperCase(), words: before[1] };
  return { letter: null, words: t || null };
}

const sameWords = (a: string, b: string) => normalizeLabel(a) === normalizeLabel(b);

/**
 * The IKM's mutu and kinerja cells against the IKM: a wrong letter is ikmMutuSalah; wrong words
 * (in the mutu cell beside a right letter, or in the Kinerja cell) are kinerjaSalah.
 */
function gradeChecks(
  t: Table,
  ikm: NumCell,
  g: Grade,
  mutu: TextCell | null,
  kinerja: TextCell | null,
  report: Reporter<keyof typeof skm.meta.messages>,
): void {
  const words = (cell: TextCell) =>
    report({
      at: where(t, cell),
      messageId: "kinerjaSalah",
      data: { found: quoted(cell), ikm: shown(ikm), mutu: g.letter, expected: g.words },
      expected: g.words,
      found: cell.text,
    });
  if (mutu) {
    const m = readGrade(mutu.text);
    if (m.letter && m.letter !== g.letter) {
      report({
        at: where(t, mutu),
        messageId: "ikmMutuSalah",
        data: { found: quoted(mutu), ikm: shown(ikm), expected: g.letter, kata: g.words },
        expected: g.letter,
        found: mutu.text,
      });
    } else if (m.words && !sameWords(m.words, g.words)) words(mutu);
  }
  if (kinerja) {
    const k = readGrade(kinerja.text);
    if ((k.letter && k.letter !== g.letter) || (k.words && !sameWords(k.words, g.words))) words(kinerja);
  }
}
