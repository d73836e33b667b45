/**
 * Builds the corpus of real layouts: test/fixtures/corpus/NN-name.xlsx with NN-name.expected.json
 * beside each ({ tables: [{sheet, kind}], planted: [{sheet, cell, rule, severity, why}] }).
 * Run: npm run corpus:buat [FOLDER]. Content and layouts: scripts/corpus/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corpusBooks } from "./corpus/books";
import { toExcel, type Book } from "./corpus/layout";

export const CORPUS_DIR = join(__dirname, "..", "test", "fixtures", "corpus");

export function expectedOf(b: Book): { covers: string; tables: Book["tables"]; planted: Book["planted"] } {
  return { covers: b.covers, tables: b.tables, planted: b.planted };
}

export async function writeCorpus(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (const b of corpusBooks()) {
    await toExcel(b.sheets).xlsx.writeFile(join(dir, `${b.name}.xlsx`));
    writeFileSync(join(dir, `${b.name}.expected.json`), `${JSON.stringify(expectedOf(b), null, 2)}\n`);
    names.push(b.name);
  }
  return names;
}

if (require.main === module) {
  const dir = process.argv[2] ?? CORPUS_DIR;
  void writeCorpus(dir).then((names) => console.log(`Korpus dibuat: ${names.length} buku kerja di ${dir}`));
}
