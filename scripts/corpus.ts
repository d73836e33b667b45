/**
 * `npm run corpus`: checks every workbook of test/fixtures/corpus and compares with what was
 * planted in it. Exit 1 when a planted inconsistency is missed or an error is reported that was
 * not planted. `--rinci` prints every miss and false finding.
 */
import { join } from "node:path";
import { readWorkbookFile } from "../src/cli/read-xlsx";
import { compare, corpusNames, knownFailing, readExpected } from "./corpus/compare";

const DIR = join(__dirname, "..", "test", "fixtures", "corpus");

async function main(): Promise<number> {
  const detail = process.argv.includes("--rinci");
  const names = corpusNames(DIR);
  const known = knownFailing(DIR);
  let planted = 0;
  let found = 0;
  let falseErrors = 0;
  let falseWarnings = 0;
  let tablesDeclared = 0;
  let tablesRight = 0;
  let bad = 0;
  const w = Math.max(...names.map((n) => n.length));
  for (const name of names) {
    const { workbook } = await readWorkbookFile(join(DIR, `${name}.xlsx`));
    const exp = readExpected(DIR, name);
    const c = compare(workbook, exp);
    planted += exp.planted.length;
    found += c.found.length;
    falseErrors += c.falseErrors.length;
    falseWarnings += c.falseWarnings.length;
    tablesDeclared += exp.tables.length;
    tablesRight += exp.tables.length - c.tablesMissing.length;
    const ok = c.missed.length === 0 && c.falseErrors.length === 0;
    if (!ok) bad++;
    const mark = ok ? "ok   " : known[name] ? "GAGAL*" : "GAGAL";
    console.log(
      `${mark.padEnd(6)} ${name.padEnd(w)}  tabel ${exp.tables.length - c.tablesMissing.length}/${exp.tables.length}` +
        `${c.tablesExtra.length ? ` (+${c.tablesExtra.length} tak dinyatakan)` : ""}  tertanam ${c.found.length}/${exp.planted.length}` +
        `  galat palsu ${c.falseErrors.length}  peringatan palsu ${c.falseWarnings.length}`,
    );
    if (detail) {
      for (const t of c.tablesMissing) console.log(`         tabel tidak ditemukan: ${t.sheet} (${t.kind})`);
      for (const t of c.tablesExtra) console.log(`         tabel tak dinyatakan: ${t.sheet} (${t.kind})`);
      for (const p of c.missed) console.log(`         terlewat: ${p.sheet}!${p.cell} ${p.rule} — ${p.why}`);
      for (const f of c.falseErrors) console.log(`         galat palsu: ${f.sheet}!${f.cell} ${f.rule} — ${f.message}`);
      for (const f of c.falseWarnings) console.log(`         peringatan palsu: ${f.sheet}!${f.cell} ${f.rule} — ${f.message}`);
    }
  }
  console.log(
    `Jumlah: ${names.length} buku kerja, ${names.length - bad} lolos; tabel ${tablesRight}/${tablesDeclared}; ` +
      `temuan tertanam ${found}/${planted}; galat palsu ${falseErrors}; peringatan palsu ${falseWarnings}.`,
  );
  if (bad) console.log(`GAGAL* = tercatat di test/fixtures/corpus/known-failing.json (alasannya di sana). Rincian: npm run corpus -- --rinci`);
  return bad ? 1 : 0;
}

void main().then((code) => (process.exitCode = code));
