import fc from "fast-check";
import { ExcelErrorDouble, excelError, installCustomFunctions, type AsExcelCalls } from "../support/custom-functions-double";

installCustomFunctions();
// Imported after the double is installed, as Excel's runtime exists before the add-in's script runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const f = require("../../src/functions/functions") as AsExcelCalls<typeof import("../../src/functions/functions")>;

const round2 = (x: number) => Math.round(x * 100) / 100;
const SEED_NRR = [3.758, 3.633, 3.642, 3.944, 3.656, 3.812, 3.748, 3.899, 3.729];

describe("CAPAIAN", () => {
  test("seed figures, from numbers and from text in Indonesian or English notation", () => {
    expect(round2(f.capaian(93.85, 91.5))).toBe(102.57);
    expect(round2(f.capaian("93,85", "91,5"))).toBe(102.57);
    expect(round2(f.capaian("93.85", "91.5"))).toBe(102.57);
    expect(round2(f.capaian(64.86, 66))).toBe(98.27);
    expect(f.capaian(33, "33")).toBe(100);
  });
  test("polarity options, any case, blank means default", () => {
    expect(f.capaian(8, 10, "Negatif")).toBeCloseTo(120, 10);
    expect(f.capaian(8, 10, " NEGATIF ")).toBeCloseTo(120, 10);
    expect(f.capaian(8, 10, "target/realisasi")).toBeCloseTo(125, 10);
    expect(f.capaian(8, 10, null)).toBeCloseTo(80, 10);
    expect(f.capaian(8, 10, "")).toBeCloseTo(80, 10);
    expect(f.capaian(8, 10, undefined)).toBeCloseTo(80, 10);
  });
  test("target 0 is #DIV/0! with a message", () => {
    const e = excelError(() => f.capaian(5, 0));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toMatch(/Target bernilai 0/);
    expect(f.capaian(0, 0, "negatif")).toBe(100);
  });
  test("text that is not a number is #VALUE! naming the argument", () => {
    const e = excelError(() => f.capaian("sembilan puluh", 91.5));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"realisasi"/);
    expect(excelError(() => f.capaian(90, "")).message).toMatch(/"target" kosong/);
    expect(excelError(() => f.capaian(90, null)).message).toMatch(/"target" kosong/);
  });
  test("an unknown polarity lists the valid ones", () => {
    const e = excelError(() => f.capaian(1, 2, "naik turun"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"positif", "negatif", "target\/realisasi"/);
  });
  test("an error passed in propagates unchanged", () => {
    const na = new ExcelErrorDouble("#N/A");
    expect(excelError(() => f.capaian(na, 5))).toBe(na);
  });
  test("property: every input ends in a number or an Excel error, never another exception", () => {
    const arg = fc.oneof(fc.double(), fc.string({ maxLength: 12 }), fc.constant(null), fc.boolean(), fc.constant(undefined));
    fc.assert(
      fc.property(arg, arg, fc.oneof(arg, fc.constantFrom("positif", "negatif", "target/realisasi")), (r, t, p) => {
        try {
          expect(typeof f.capaian(r, t, p)).toBe("number");
        } catch (e) {
          expect(e).toBeInstanceOf(ExcelErrorDouble);
          expect(String((e as ExcelErrorDouble).message).length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("KATEGORI, MUTU, PREDIKAT", () => {
  test("seed capaian are Sangat Tinggi; boundaries per Permendagri 86/2017", () => {
    expect(f.kategori(f.capaian(93.85, 91.5))).toBe("Sangat Tinggi");
    expect(f.kategori(f.capaian(64.86, 66))).toBe("Sangat Tinggi");
    expect(f.kategori(90.99)).toBe("Tinggi");
    expect(f.kategori("91")).toBe("Sangat Tinggi");
    expect(f.kategori(75.99)).toBe("Sedang");
    expect(f.kategori(76)).toBe("Tinggi");
    expect(f.kategori("92,61%")).toBe("Sangat Tinggi");
  });
  test('"lebih-dari" option', () => {
    expect(f.kategori(90.5, "lebih-dari")).toBe("Sangat Tinggi");
    expect(f.kategori(90, "lebih-dari")).toBe("Tinggi");
    expect(f.kategori(90, "e-monev")).toBe("Tinggi");
    expect(excelError(() => f.kategori(90, "skala lain")).code).toBe("#VALUE!");
  });
  test("MUTU of the seed IKM 93,853 is A / Sangat Baik; band edges 88,30 and 88,31", () => {
    expect(f.mutu(93.853)).toBe("A");
    expect(f.mutu("93,853", "kata")).toBe("Sangat Baik");
    expect(f.mutu(93.853, "lengkap")).toBe("A (Sangat Baik)");
    expect(f.mutu(88.3)).toBe("B");
    expect(f.mutu(88.31)).toBe("A");
    expect(excelError(() => f.mutu(101)).code).toBe("#NUM!");
  });
  test("PREDIKAT of the seed's Nilai SAKIP 64,86 is B / Baik", () => {
    expect(f.predikat("64,86")).toBe("B");
    expect(f.predikat(64.86, "kata")).toBe("Baik");
    expect(f.predikat(90.5)).toBe("AA");
  });
});

describe("IKM, NRR, IKM_NRR", () => {
  test("IKM_NRR: the seed's NRRs give 93,853 with 0,111 and 93,947 with exact 1/9", () => {
    const column = SEED_NRR.map((n) => [n]);
    expect(f.ikm_nrr(column, 0.111)).toBeCloseTo(93.853, 3);
    expect(f.ikm_nrr(column, "0,111")).toBeCloseTo(93.853, 3);
    expect(f.ikm_nrr(column)).toBeCloseTo(93.947, 3);
    expect(f.ikm_nrr([SEED_NRR.map((n) => String(n).replace(".", ","))])).toBeCloseTo(93.947, 3);
    expect(f.ikm_nrr(column, 0.11)).toBeCloseTo(93.0078, 3); // 33.821 × 0.11 × 25
  });
  test("IKM from raw answers: blanks (null, empty text, 0) are left out of the divisor", () => {
    // unsur 1: 4, 4 → 4; unsur 2: 2, 3 → 2.5; mean 3.25 → 81.25
    const answers = [
      [4, 2],
      [null, 3],
      [4, ""],
      [0, null],
    ];
    expect(f.ikm(answers)).toBeCloseTo(81.25, 10);
    expect(f.nrr(answers)).toEqual([[4, 2.5]]);
  });
  test("answers as text are read; an answer outside 1–4 names its row and column", () => {
    expect(
      f.ikm([
        ["4", "3"],
        ["3", "4"],
      ]),
    ).toBeCloseTo(87.5, 10);
    const e = excelError(() =>
      f.ikm([
        [4, 3],
        [5, 3],
      ]),
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/baris ke-2, kolom ke-1/);
    expect(excelError(() => f.ikm([[4, 2.5]])).message).toMatch(/baris ke-1, kolom ke-2/);
    expect(excelError(() => f.ikm([[4, "baik"]])).message).toMatch(/"baik"/);
  });
  test("an error cell in the answers propagates", () => {
    const ref = new ExcelErrorDouble("#REF!");
    expect(excelError(() => f.ikm([[4, ref]]))).toBe(ref);
  });
  test("weights: 1/n by default, 0,111 and 0,11 when asked, nonsense refused", () => {
    const answers = [[4, 3, 4, 3, 4, 3, 4, 3, 4]];
    const exact = f.ikm(answers);
    expect(exact).toBeCloseTo((32 / 9) * 25, 10);
    expect(f.ikm(answers, 0.111)).toBeCloseTo(32 * 0.111 * 25, 10);
    expect(f.ikm(answers, "1/n")).toBe(exact);
    expect(excelError(() => f.ikm(answers, 3)).message).toMatch(/Bobot/);
    expect(excelError(() => f.ikm(answers, "berat")).code).toBe("#VALUE!");
  });
  test("an empty range is #VALUE! with a message", () => {
    expect(excelError(() => f.ikm([[null, null]])).message).toMatch(/tidak berisi satu pun jawaban/);
  });
});

describe("SERAPAN, EFISIENSI, STATUS_EFISIENSI, AKUMULASI", () => {
  test("seed realisasi anggaran rows, from numbers and from text", () => {
    expect(round2(f.serapan(9804856607, 10599350000))).toBe(92.5);
    expect(round2(f.serapan("Rp 9.804.856.607,-", "10.599.350.000"))).toBe(92.5);
    expect(round2(f.serapan("771.500", "1.288.000"))).toBe(59.9);
    expect(round2(f.efisiensi(292449694, 304147000))).toBe(3.85);
    expect(f.status_efisiensi(102.51, 96.15)).toBe("Efisien");
    expect(f.status_efisiensi("80", "92,5")).toBe("Tidak Efisien");
  });
  test("pagu 0, realisasi over pagu and negative amounts are errors", () => {
    expect(excelError(() => f.serapan(1, 0)).code).toBe("#DIV/0!");
    expect(excelError(() => f.serapan(11, 10)).code).toBe("#NUM!");
    expect(excelError(() => f.serapan(-1, 10)).message).toMatch(/negatif/);
  });
  test("AKUMULASI needs its method and reads a quarter range", () => {
    expect(f.akumulasi([[10, 20, 30, 40]], "kumulatif")).toBe(100);
    expect(f.akumulasi([[80, 85, 90, null]], "akhir")).toBe(90);
    expect(f.akumulasi([["80"], ["90,5"]], "rata-rata")).toBeCloseTo(85.25, 10);
    expect(excelError(() => f.akumulasi([[1, 2]], "")).message).toMatch(/wajib diisi/);
    expect(excelError(() => f.akumulasi([[1, "x"]], "kumulatif")).message).toMatch(/nilai ke-2/);
  });
});

describe("option arguments: the AutoComplete values and the aliases users already type", () => {
  // The custom enums (functions.json) offer these; Excel still passes whatever is typed, so every
  // older spelling must keep its result.
  test.each([
    ["positif", 80],
    ["negatif", 120],
    ["target/realisasi", 125],
    ["+", 80],
    ["Naik", 80],
    ["-", 120],
    ["minimal", 120],
    ["turun", 120],
  ])("CAPAIAN(8; 10; %p)", (polaritas, expected) => {
    expect(f.capaian(8, 10, polaritas)).toBeCloseTo(expected, 10);
  });

  test.each([
    ["permendagri", "Tinggi"],
    ["lebih-dari", "Sangat Tinggi"],
    ["Permendagri 86/2017", "Tinggi"],
    ["lebih dari", "Sangat Tinggi"],
    ["emonev", "Sangat Tinggi"],
    [">", "Sangat Tinggi"],
    ["≥", "Tinggi"],
  ])("KATEGORI(90,5; %p)", (skala, expected) => {
    expect(f.kategori(90.5, skala)).toBe(expected);
  });

  test.each([
    ["huruf", "A", "BB"],
    ["kata", "Sangat Baik", "Sangat Baik"],
    ["keterangan", "Sangat Baik", "Sangat Baik"],
    ["lengkap", "A (Sangat Baik)", "BB (Sangat Baik)"],
  ])("MUTU and PREDIKAT with tampilan %p", (tampilan, mutu, predikat) => {
    expect(f.mutu(93.853, tampilan)).toBe(mutu);
    expect(f.predikat(75, tampilan)).toBe(predikat);
  });

  test.each([
    ["kumulatif", 10],
    ["akhir", 4],
    ["rata-rata", 2.5],
    ["jumlah", 10],
    ["nilai akhir", 4],
    ["terakhir", 4],
    ["rata rata", 2.5],
    ["ratarata", 2.5],
  ])("AKUMULASI(1..4; %p)", (metode, expected) => {
    expect(f.akumulasi([[1, 2, 3, 4]], metode)).toBeCloseTo(expected, 10);
  });

  test("a value no enum offers and no alias matches is still refused, naming the values", () => {
    const e = excelError(() => f.mutu(93, "angka"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/"huruf".*"kata".*"lengkap"/);
  });
});
