/** One cell read as a figure: with its unit after it, the unit says how to read the thousands dot. */
import { CellReader } from "../../../src/core/tables/cells";
import type { Sheet } from "../../../src/core/grid";

const read = (text: string, kind: "value" | "percent" | "index" | "count" | "rupiah" = "value") => {
  const sheet: Sheet = { name: "PK", rows: [[text]], merges: [] };
  return new CellReader(sheet).num(0, 0, kind)?.value ?? null;
};

test.each([
  // Planted: a count written with a thousands dot and its unit; read in a column that does not say its kind.
  ["1.288 Orang", 1288],
  ["12 Dok.", 12],
  ["80 persen", 80],
  ["3,6 (Baik)", 3.6],
  ["≥ 80", 80],
])("%s → %s", (text, expected) => {
  expect(read(text)).toBe(expected);
});

test("a multiplier is no unit: 1.500 juta is not read as 1.500", () => {
  expect(read("1.500 juta", "rupiah")).toBeNull();
});
