/**
 * Metamorphic property: a consistent workbook (PK, Renaksi, PPS, PKPK, Capaian, anggaran) stays
 * free of error findings under layout changes that do not change its meaning, and one planted
 * change (a PPS quarter target that differs from the Rencana Aksi) is found at its cell with
 * rule target-triwulan. Layout changes today's engine fails on are kept in the generator behind
 * KNOWN_FAILING_TRANSFORMS and exercised by a separate test.failing property.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/core/check";
import { build, OPDS, type Layout, type Plant } from "./metamorphic-build";

const RUNS = Number(process.env.SAKIP_PROPERTY_RUNS ?? 50);

/**
 * Transforms the engine does not survive today, with the reason (what the reader must learn) and
 * the layouts they apply to. The main property draws no layout a known-failing transform applies
 * to; each runs as a test.failing property of its own until it is fixed and removed from here.
 * Fixed so far: header-band-3-4, relation-row, signature-below.
 */
export const KNOWN_FAILING_TRANSFORMS: Record<string, { reason: string; applies: (t: Layout) => boolean }> = {};

const anyLayout: fc.Arbitrary<Layout> = fc.record({
  opd: fc.integer({ min: 0, max: OPDS.length - 1 }),
  title: fc.boolean(),
  identity: fc.boolean(),
  // Header rows of the quarter tables: 3–4 add a band over Triwulan over Target / Realisasi / Capaian.
  depth: fc.constantFrom<Layout["depth"]>(1, 2, 3, 4),
  // "relasi": the column-number row states relations (8 = 7/6 x 100, 6 = 4/3 x 100).
  nums: fc.constantFrom<Layout["nums"]>("none", "plain", "paren", "relasi"),
  blankCol: fc.integer({ min: -1, max: 8 }),
  hideBlank: fc.boolean(),
  col: fc.integer({ min: 0, max: 3 }),
  split: fc.boolean(),
  upper: fc.boolean(),
  typo: fc.boolean(),
  teks: fc.boolean(),
  // A signature block (place and date, the head's title, name, pangkat, NIP) under every table.
  ttd: fc.boolean(),
  second: fc.boolean(),
  mergeDown: fc.boolean(),
  repeat: fc.boolean(),
  sumber: fc.boolean(),
});

const known = Object.values(KNOWN_FAILING_TRANSFORMS);
const layout = (withKnown: boolean): fc.Arbitrary<Layout> => (withKnown ? anyLayout : anyLayout.filter((t) => known.every((k) => !k.applies(t))));

const plant: fc.Arbitrary<Plant> = fc.record({ i: fc.integer({ min: 0, max: 3 }), q: fc.integer({ min: 0, max: 3 }), delta: fc.integer({ min: 1, max: 5 }) });

function holds(t: Layout, p: Plant): void {
  const clean = checkWorkbook(build(t, null).workbook);
  const errors = clean.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell} ${f.rule}: ${f.message}`);
  expect(errors).toEqual([]);
  const planted = build(t, p);
  const found = checkWorkbook(planted.workbook)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.sheet}!${f.cell} ${f.rule}`);
  const want = `${planted.planted!.sheet}!${planted.planted!.cell} ${planted.planted!.rule}`;
  expect(found).toEqual([want]);
}

test("property: layout changes keep a consistent workbook free of errors, and a changed PPS quarter target is found at its cell", () => {
  fc.assert(fc.property(layout(false), plant, holds), { numRuns: RUNS });
});

test("the passing property draws no known-failing transform", () => {
  fc.assert(
    fc.property(layout(false), (t) => Object.values(KNOWN_FAILING_TRANSFORMS).every((k) => !k.applies(t))),
    { numRuns: 100 },
  );
});

test("the passing property draws the fixed transforms: 3–4 header rows, a relation row, a signature block", () => {
  const drawn = fc.sample(layout(false), { numRuns: 300, seed: 9 });
  expect(drawn.some((t) => t.depth >= 3 && t.repeat)).toBe(true);
  expect(drawn.some((t) => t.depth >= 3 && !t.repeat)).toBe(true);
  expect(drawn.some((t) => t.nums === "relasi")).toBe(true);
  expect(drawn.some((t) => t.ttd)).toBe(true);
});

const failing = Object.entries(KNOWN_FAILING_TRANSFORMS);
if (failing.length > 0) {
  describe.each(failing)("known-failing transform %s", (_name, k) => {
    test.failing(`fails today: ${k.reason}`, () => {
      const withIt = layout(true).filter((t) => k.applies(t));
      fc.assert(fc.property(withIt, plant, holds), { numRuns: RUNS });
    });
  });
}
