/** A workbook built from the seed LKjIP's own tables (text exactly as the report prints it). */
import { checkWorkbook } from "../../src/core/check";
import { fixture, sheetFromTsv, typed } from "../support/tsv";

const FILES = ["seed-pk", "seed-pk-perubahan", "seed-capaian", "seed-capaian-multiyear", "seed-skm-unsur", "seed-anggaran"];
const result = checkWorkbook({ sheets: FILES.map((f) => sheetFromTsv(f, fixture(`${f}.tsv`))) });
const errors = result.findings.filter((f) => f.severity === "error");

test("finds every table of the seed", () => {
  expect(result.tables.map((t) => `${t.sheet}:${t.kind}`)).toEqual([
    "seed-pk:pk",
    "seed-pk-perubahan:pk",
    "seed-capaian:capaian",
    "seed-capaian-multiyear:capaian",
    "seed-skm-unsur:skm-unsur",
    "seed-anggaran:anggaran",
  ]);
});

test("no false error on the seed's budget table, which is internally consistent", () => {
  expect(result.findings.filter((f) => f.sheet === "seed-anggaran" && f.severity !== "info")).toEqual([]);
  // With the numbers typed as numbers, not even the numbers-as-text note remains.
  const typedResult = checkWorkbook({ sheets: [typed(sheetFromTsv("a", fixture("seed-anggaran.tsv")))] });
  expect(typedResult.findings).toEqual([]);
});

test("the seed's misprinted capaian (102.51 for 93.85/91.5, 97.27 for 64.86/66) are errors", () => {
  const capaian = errors.filter((f) => f.rule === "capaian").map((f) => `${f.sheet}!${f.cell} ${f.found}→${f.expected}`);
  expect(capaian).toEqual([
    "seed-capaian!G5 102,51→102,57",
    "seed-capaian!G6 102,51→102,57",
    "seed-capaian!G8 97,27→98,27",
    "seed-capaian-multiyear!I3 102,51→102,57",
  ]);
});

test("the PK Perubahan is the reference: Tabel 3.2's 91.5 and 33 disagree with its 88 and 34", () => {
  const t = errors.filter((f) => f.rule === "target-tahunan").map((f) => `${f.sheet}!${f.cell} ${f.found}≠${f.expected}`);
  expect(t).toEqual(["seed-capaian!E6 91,5≠88", "seed-capaian-multiyear!G3 91,5≠88", "seed-capaian!E7 33≠34"]);
});

test("the SKM table is accepted with the 0.111 weight, and says so", () => {
  const skm = result.findings.filter((f) => f.rule === "skm");
  expect(skm).toHaveLength(1);
  expect(skm[0]).toMatchObject({ severity: "info", cell: "D15", found: "93,853", expected: "93,947" });
  expect(skm[0]!.message).toMatch(/bobot 0,111/);
});

test("the stated kategori are all right for their capaian", () => {
  expect(result.findings.filter((f) => f.rule === "kategori")).toEqual([]);
});
