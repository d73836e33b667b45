/**
 * The corpus of real layouts (test/fixtures/corpus, made by npm run corpus:buat): on each
 * workbook every planted inconsistency is found at its sheet and cell with its rule, and no error
 * is reported that was not planted. Workbooks today's engine fails on are listed with the reason
 * in known-failing.json and run with test.failing, so they flip when the reader is fixed.
 */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import { compare, corpusNames, knownFailing, readExpected } from "../../scripts/corpus/compare";

const DIR = join(__dirname, "..", "fixtures", "corpus");
const names = corpusNames(DIR);
const known = knownFailing(DIR);

test("the corpus holds at least 20 workbooks and known-failing.json names only corpus workbooks", () => {
  expect(names.length).toBeGreaterThanOrEqual(20);
  for (const k of Object.keys(known)) expect(names).toContain(k);
});

describe.each(names)("%s", (name) => {
  const body = async () => {
    const { workbook } = await readWorkbookFile(join(DIR, `${name}.xlsx`));
    const c = compare(workbook, readExpected(DIR, name));
    const problems = [
      ...c.tablesMissing.map((t) => `${name}: tabel ${t.kind} di sheet "${t.sheet}" tidak ditemukan`),
      ...c.missed.map((p) => `${name}: ${p.sheet}!${p.cell} ${p.rule} tertanam tetapi tidak ditemukan (${p.why})`),
      ...c.falseErrors.map((f) => `${name}: galat tak tertanam ${f.sheet}!${f.cell} ${f.rule}: ${f.message}`),
    ];
    expect(problems).toEqual([]);
  };
  if (known[name]) test.failing(`fails today: ${known[name]}`, body);
  else test("planted findings found at their cells, no error that was not planted", body);
});
