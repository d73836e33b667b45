/**
 * The corpus generator is deterministic: regenerating into a temporary folder gives the same
 * expected JSON byte for byte and the same grids (values and merges) as the committed workbooks,
 * read through the command line's own reader. (The .xlsx bytes may differ by zip timestamps.)
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import { CORPUS_DIR, writeCorpus } from "../../scripts/make-corpus";
import { corpusNames } from "../../scripts/corpus/compare";

test("regenerating the corpus gives the committed expectations and grids", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-korpus-"));
  try {
    const made = await writeCorpus(dir);
    expect(made.sort()).toEqual(corpusNames(CORPUS_DIR));
    for (const name of made) {
      expect(readFileSync(join(dir, `${name}.expected.json`), "utf8")).toBe(readFileSync(join(CORPUS_DIR, `${name}.expected.json`), "utf8"));
      const fresh = (await readWorkbookFile(join(dir, `${name}.xlsx`))).workbook;
      const committed = (await readWorkbookFile(join(CORPUS_DIR, `${name}.xlsx`))).workbook;
      expect({ name, sheets: fresh.sheets }).toEqual({ name, sheets: committed.sheets });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
