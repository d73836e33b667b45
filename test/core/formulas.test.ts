import fc from "fast-check";
import {
  accumulate,
  capaian,
  efisiensi,
  ikmConventionsMatching,
  ikmFromAnswers,
  ikmFromNrr,
  kategori,
  kategoriRank,
  mutuSkm,
  nrrPerUnsur,
  nrrTertimbang,
  predikatSakip,
  serapan,
  statusEfisiensi,
} from "../../src/core/formulas";
import { roundTo } from "../../src/core/numbers";

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error("expected a value");
  return r.value;
};

// Seed LKjIP, Tabel 3.6 (SKM unsur table): NRR per unsur.
const SEED_NRR = [3.758, 3.633, 3.642, 3.944, 3.656, 3.812, 3.748, 3.899, 3.729];

describe("capaian", () => {
  test("seed LKjIP Tabel 3.2: 93.85 / 91.5 → 102.57 (the printed 102.51 is wrong)", () => {
    const c = value(capaian(93.85, 91.5));
    expect(roundTo(c, 2)).toBe(102.57);
    expect(roundTo(c, 2)).not.toBe(102.51);
  });
  test("seed: 64.86 / 66 → 98.27 (the printed 97.27 is wrong)", () => {
    expect(roundTo(value(capaian(64.86, 66)), 2)).toBe(98.27);
  });
  test("seed: 33 / 33 → 100", () => {
    expect(value(capaian(33, 33))).toBe(100);
  });
  test("seed multi-year text: 89 / 86 → 103.5 and 91.4 / 88 → 102.7 (to one decimal)", () => {
    expect(roundTo(value(capaian(89, 86)), 1)).toBe(103.5);
    expect(roundTo(value(capaian(91.4, 88)), 1)).toBe(103.9); // the report's 102.7 is another misprint
  });
  test("no cap above 100", () => {
    expect(value(capaian(150, 100))).toBe(150);
  });
  test("lower is better: (2·target − realisasi) / target × 100", () => {
    // Poverty rate target 10 %, realised 8 % → 120 %; realised 12 % → 80 %.
    expect(value(capaian(8, 10, "negatif"))).toBeCloseTo(120, 10);
    expect(value(capaian(12, 10, "negatif"))).toBeCloseTo(80, 10);
    // SKP "kondisi khusus" form (1 + (1 − r/t)) × 100 gives the same.
    expect(value(capaian(8, 10, "negatif"))).toBeCloseTo((1 + (1 - 8 / 10)) * 100, 10);
  });
  test("target/realisasi is an explicit option", () => {
    expect(value(capaian(8, 10, "target/realisasi"))).toBeCloseTo(125, 10);
  });
  test("target 0 is #DIV/0! with a message, except lower-is-better 0/0 = 100", () => {
    const r = capaian(5, 0);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.kind).toBe("div0");
      expect(r.message).toMatch(/Target bernilai 0/);
    }
    expect(value(capaian(0, 0, "negatif"))).toBe(100);
    expect(capaian(3, 0, "negatif").ok).toBe(false);
    expect(capaian(3, 5, "target/realisasi").ok).toBe(true);
    expect(capaian(0, 5, "target/realisasi").ok).toBe(false);
  });
  test("property: capaian is 100 when realisasi equals target", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (t) => {
        expect(value(capaian(t, t))).toBeCloseTo(100, 9);
        expect(value(capaian(t, t, "negatif"))).toBeCloseTo(100, 9);
        expect(value(capaian(t, t, "target/realisasi"))).toBeCloseTo(100, 9);
      }),
    );
  });
  test("property: higher realisasi never lowers a positive capaian, never raises a negative one", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (t, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(value(capaian(hi, t))).toBeGreaterThanOrEqual(value(capaian(lo, t)));
          expect(value(capaian(hi, t, "negatif"))).toBeLessThanOrEqual(value(capaian(lo, t, "negatif")));
        },
      ),
    );
  });
});

describe("kategori (Permendagri 86/2017)", () => {
  test.each([
    [102.57, "Sangat Tinggi"],
    [98.27, "Sangat Tinggi"],
    [91, "Sangat Tinggi"],
    [90.99, "Tinggi"],
    [76, "Tinggi"],
    [75.99, "Sedang"],
    [66, "Sedang"],
    [65.99, "Rendah"],
    [51, "Rendah"],
    [50.99, "Sangat Rendah"],
    [0, "Sangat Rendah"],
    [-20, "Sangat Rendah"],
    [250, "Sangat Tinggi"],
  ])("default reading: %p → %s", (c, k) => {
    expect(kategori(c)).toBe(k);
  });
  test.each([
    [91, "Sangat Tinggi"],
    [90.01, "Sangat Tinggi"],
    [90, "Tinggi"],
    [75.5, "Tinggi"],
    [75, "Sedang"],
    [65.01, "Sedang"],
    [65, "Rendah"],
    [50.5, "Rendah"],
    [50, "Sangat Rendah"],
  ])('"lebih-dari" reading: %p → %s', (c, k) => {
    expect(kategori(c, "lebih-dari")).toBe(k);
  });
  test("float noise does not move a value across a band edge", () => {
    // 0.91 * 100 = 91.00000000000001, 0.1 * 3 * 100 / 0.3 = 99.99999999999999
    expect(kategori(((91 / 100) * 100) as number)).toBe("Sangat Tinggi");
    expect(kategori(value(capaian(91 * 0.3, 30)))).toBe("Sangat Tinggi");
  });
  test("property: a higher capaian never gets a lower kategori", () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: -1000, max: 1000, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const reading of ["permendagri", "lebih-dari"] as const) {
          expect(kategoriRank(kategori(hi, reading))).toBeLessThanOrEqual(kategoriRank(kategori(lo, reading)));
        }
      }),
    );
  });
});

describe("SKM mutu (PermenPANRB 14/2017)", () => {
  test.each([
    [100, "A", "Sangat Baik"],
    [93.853, "A", "Sangat Baik"],
    [88.31, "A", "Sangat Baik"],
    [88.305, "A", "Sangat Baik"], // rounds to 88.31
    [88.3, "B", "Baik"],
    [88.304, "B", "Baik"],
    [76.61, "B", "Baik"],
    [76.6, "C", "Kurang Baik"],
    [65, "C", "Kurang Baik"],
    [64.99, "D", "Tidak Baik"],
    [25, "D", "Tidak Baik"],
  ])("%p → %s %s", (v, letter, words) => {
    expect(value(mutuSkm(v))).toEqual({ letter, words });
  });
  test("outside 25–100 is #NUM!", () => {
    for (const v of [24.99, 100.01, 0, -5]) {
      const r = mutuSkm(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.kind).toBe("num");
    }
  });
  test("seed per-unsur conversions: each NRR × 25 is mutu A", () => {
    // Tabel 3.6: 93,95 90,825 91,05 98,6 91,4 95,3 93,7 97,475 93,225
    const konversi = SEED_NRR.map((n) => n * 25);
    expect(konversi.map((k) => roundTo(k, 3))).toEqual([93.95, 90.825, 91.05, 98.6, 91.4, 95.3, 93.7, 97.475, 93.225]);
    for (const k of konversi) expect(value(mutuSkm(k)).letter).toBe("A");
  });
});

describe("predikat SAKIP (PermenPANRB 88/2021)", () => {
  test.each([
    [100, "AA", "Sangat Memuaskan"],
    [90.01, "AA", "Sangat Memuaskan"],
    [90, "A", "Memuaskan"],
    [80.01, "A", "Memuaskan"],
    [80, "BB", "Sangat Baik"],
    [70.5, "BB", "Sangat Baik"],
    [70, "B", "Baik"],
    [64.86, "B", "Baik"], // seed: Nilai SAKIP 64,86 "B" / "Baik"
    [60, "CC", "Cukup"],
    [50, "C", "Kurang"],
    [30.01, "C", "Kurang"],
    [30, "D", "Sangat Kurang"],
    [0, "D", "Sangat Kurang"],
  ])("%p → %s %s", (v, letter, words) => {
    expect(value(predikatSakip(v))).toEqual({ letter, words });
  });
  test("outside 0–100 is #NUM!", () => {
    expect(predikatSakip(-1).ok).toBe(false);
    expect(predikatSakip(100.5).ok).toBe(false);
  });
});

describe("IKM (PermenPANRB 14/2017)", () => {
  test("seed Tabel 3.6: the NRRs give NRR tertimbang 3.754 and IKM 93.853 with weight 0.111", () => {
    expect(roundTo(nrrTertimbang(SEED_NRR, 0.111), 3)).toBe(3.754);
    expect(roundTo(ikmFromNrr(SEED_NRR, 0.111), 3)).toBe(93.853);
  });
  test("seed NRRs with exact 1/9 give 93.947", () => {
    expect(roundTo(ikmFromNrr(SEED_NRR), 3)).toBe(93.947);
  });
  test("the seed's stated 93.853 matches the 0.111 convention only", () => {
    expect(ikmConventionsMatching(SEED_NRR, 93.853, 3)).toEqual([0.111]);
    expect(ikmConventionsMatching(SEED_NRR, 93.947, 3)).toEqual(["1/n"]);
    expect(ikmConventionsMatching(SEED_NRR, 95, 3)).toEqual([]);
  });
  test("NRR leaves blanks out of each unsur's divisor", () => {
    // unsur 1: (4 + 2) / 2 = 3; unsur 2: (3 + 3 + 1) / 3 = 7/3
    const nrr = value(
      nrrPerUnsur([
        [4, 3],
        [null, 3],
        [2, 1],
      ]),
    );
    expect(nrr[0]).toBe(3);
    expect(nrr[1]).toBeCloseTo(7 / 3, 12);
  });
  test("IKM from raw answers: all 4 → 100, all 1 → 25, mixed by hand", () => {
    expect(
      value(
        ikmFromAnswers([
          [4, 4, 4],
          [4, 4, 4],
        ]),
      ),
    ).toBe(100);
    expect(
      value(
        ikmFromAnswers([
          [1, 1],
          [1, 1],
        ]),
      ),
    ).toBe(25);
    // NRR (3, 2) → mean 2.5 → 62.5
    expect(
      value(
        ikmFromAnswers([
          [4, 2],
          [2, 2],
        ]),
      ),
    ).toBeCloseTo(62.5, 12);
  });
  test("an unsur without any answer is an error naming its column", () => {
    const r = nrrPerUnsur([
      [4, null],
      [3, null],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/kolom ke-2/);
    expect(nrrPerUnsur([[null, null]]).ok).toBe(false);
    expect(nrrPerUnsur([]).ok).toBe(false);
  });
  const answer = fc.oneof(fc.constantFrom(1, 2, 3, 4), fc.constant(null));
  const full = fc.constantFrom(1, 2, 3, 4);
  const survey = fc
    .integer({ min: 1, max: 12 })
    .chain((n) => fc.tuple(fc.array(full, { minLength: n, maxLength: n }), fc.array(fc.array(answer, { minLength: n, maxLength: n }), { maxLength: 30 })));
  test("property: IKM stays in 25–100 and does not change when blank rows are added", () => {
    fc.assert(
      fc.property(survey, fc.integer({ min: 0, max: 5 }), ([first, rest], blanks) => {
        const rows = [first, ...rest];
        const base = value(ikmFromAnswers(rows));
        expect(base).toBeGreaterThanOrEqual(25 - 1e-9);
        expect(base).toBeLessThanOrEqual(100 + 1e-9);
        const withBlanks = [...rows, ...Array.from({ length: blanks }, () => first.map(() => null))];
        expect(value(ikmFromAnswers(withBlanks))).toBeCloseTo(base, 10);
      }),
    );
  });
});

describe("budget", () => {
  test("seed realisasi anggaran: program penunjang 9.804.856.607 / 10.599.350.000 → 92.50", () => {
    expect(roundTo(value(serapan(9804856607, 10599350000)), 2)).toBe(92.5);
  });
  test("seed kegiatan: 771.500 / 1.288.000 → 59.90", () => {
    expect(roundTo(value(serapan(771500, 1288000)), 2)).toBe(59.9);
  });
  test("seed total: 10.097.306.301 / 10.903.497.000 → 92,61%", () => {
    expect(roundTo(value(serapan(10097306301, 10903497000)), 2)).toBe(92.61);
  });
  test("seed efisiensi: 292.449.694 / 304.147.000 → serapan 96.15, efisiensi 3.85", () => {
    expect(roundTo(value(serapan(292449694, 304147000)), 2)).toBe(96.15);
    expect(roundTo(value(efisiensi(292449694, 304147000)), 2)).toBe(3.85);
  });
  test("pagu 0 and realisasi above pagu are errors", () => {
    const z = serapan(10, 0);
    expect(!z.ok && z.kind).toBe("div0");
    const over = serapan(11, 10);
    expect(!over.ok && over.kind).toBe("num");
    expect(efisiensi(11, 10).ok).toBe(false);
  });
  test('"Efisien" when capaian kinerja ≥ capaian anggaran (seed Tabel 3.x)', () => {
    expect(statusEfisiensi(102.51, 96.15)).toBe("Efisien");
    expect(statusEfisiensi(98.27, 92.5)).toBe("Efisien");
    expect(statusEfisiensi(92.5, 92.5)).toBe("Efisien");
    expect(statusEfisiensi(80, 92.5)).toBe("Tidak Efisien");
  });
});

describe("quarterly accumulation", () => {
  test("cumulative, last value and average, blanks left out", () => {
    expect(value(accumulate([10, 20, null, 30], "kumulatif"))).toBe(60);
    expect(value(accumulate([80, 85, 90, null], "akhir"))).toBe(90);
    expect(value(accumulate([80, null, 90, 100], "rata-rata"))).toBe(90);
    expect(accumulate([null, null], "kumulatif").ok).toBe(false);
  });
});
