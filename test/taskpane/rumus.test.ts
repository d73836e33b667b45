import { capaian, efisiensi, kategori, mutuSkm, predikatSakip, serapan, statusEfisiensi } from "../../src/core/formulas";
import { formulaOf, RUMUS, shownFormulaOf } from "../../src/taskpane/rumus";

const example = (name: string) => RUMUS.find((r) => r.name === name)!;
const value = (r: { ok: boolean; value?: unknown }) => (r.ok ? (r as { value: number }).value : NaN);
const shownNumber = (name: string) => Number(example(name).result.replace(",", "."));

test("the Rumus examples state what the engine computes (seed LKjIP numbers)", () => {
  expect(shownNumber("CAPAIAN")).toBeCloseTo(value(capaian(90.26, 88)), 2);
  expect(example("KATEGORI").result).toBe(kategori(102.57));
  expect(example("MUTU").result).toBe((mutuSkm(93.85) as { ok: true; value: { letter: string } }).value.letter);
  expect(example("PREDIKAT").result).toBe((predikatSakip(66) as { ok: true; value: { letter: string } }).value.letter);
  expect(shownNumber("SERAPAN")).toBeCloseTo(value(serapan(10903497000, 11787875000)), 2);
  expect(shownNumber("EFISIENSI")).toBeCloseTo(value(efisiensi(10903497000, 11787875000)), 2);
  expect(example("STATUS_EFISIENSI").result).toBe(statusEfisiensi(102.57, 92.5));
});

test("the inserted formula is Excel's invariant form; the shown one uses Indonesian separators", () => {
  expect(formulaOf(example("IKM_NRR"))).toBe("=SAKIP.IKM_NRR(B103:J103,0.111)");
  expect(shownFormulaOf(example("IKM_NRR"))).toBe("=SAKIP.IKM_NRR(B103:J103; 0,111)");
  expect(formulaOf(example("AKUMULASI"))).toBe('=SAKIP.AKUMULASI(B2:E2,"kumulatif")');
});

test("the nomenclature examples are a row of the official list (CSV line 7653, KABKOT X.XX.01.2.01.0001)", async () => {
  const { readFileSync } = await import("node:fs");
  const { CSV_PATH, parseCsv } = await import("../../scripts/make-nomenklatur");
  const line = parseCsv(readFileSync(CSV_PATH, "utf8"))[7652]!;
  expect(line.slice(0, 2)).toEqual(["KABKOT", "X.XX"]);
  expect(line[7]).toBe("X.XX.01.2.01.0001");
  expect(example("NOMENKLATUR").result).toBe(line[8]);
  expect(example("SATUAN_RESMI").result).toBe(line[11]);
  expect(shownFormulaOf(example("NOMENKLATUR"))).toBe('=SAKIP.NOMENKLATUR("7.01.01.2.01.0001")');
});
