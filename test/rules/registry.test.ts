/** One rule, one file, named as its id; every rule file is registered, and every rule has its test file. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { msg } from "../../src/core/messages";
import { ruleTitle } from "../../src/core/rule-titles";
import { RULES } from "../../src/core/rules";

const DIR = join(__dirname, "..", "..", "src", "core", "rules");
const SHARED = new Set(["context.ts", "engine.ts", "index.ts"]);
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !SHARED.has(f));

test("every rule file holds the rule its name says, and RULES lists each once", () => {
  expect(RULES.map((r) => `${r.meta.id}.ts`).sort()).toEqual([...files].sort());
});

test.each(RULES.map((r) => [r.meta.id]))("%s has test/rules/<id>.test.ts", (id) => {
  expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
});

// What a reviewer is told to do: an error or warning names the fix ("Ubah menjadi …", "Samakan
// dengan …", "Isi …"), not only the problem. Info findings may only explain.
const FIX =
  /\b(ubah|samakan|seragamkan|isi|lengkapi|perbaiki|tulis|ganti|gunakan|hapus|tambahkan|sesuaikan|naikkan|kosongkan|hitung ulang|periksa|pastikan)\b/i;

test.each(RULES.flatMap((r) => Object.entries(r.meta.messages).map(([id, m]) => [`${r.meta.id}.${id}`, m.severity, m.template] as const)))(
  "%s (%s) says what to fix",
  (name, severity, template) => {
    // tidak-terbaca.bukanAngka is the reader's sentence, which names the fix itself (below).
    if (severity === "info" || name === "tidak-terbaca.bukanAngka") return;
    expect(template).toMatch(FIX);
  },
);

test("the reader's sentences for a cell that is not a number name the fix", () => {
  expect(msg.cellNotNumber("tinggi")).toMatch(FIX);
  expect(msg.cellError("#DIV/0!")).toMatch(FIX);
});

test("no template names a document twice in a row or nests its own parentheses around {tabel}", () => {
  for (const r of RULES) {
    for (const [id, m] of Object.entries(r.meta.messages)) {
      // label() already says "PPS (sheet PPS TW I)": a template must not wrap it in parentheses again.
      expect({ id: `${r.meta.id}.${id}`, wrapped: /\(\{tabel\}\)|\(\{acuan\}\)/.test(m.template) }).toEqual({ id: `${r.meta.id}.${id}`, wrapped: false });
      expect({ id: `${r.meta.id}.${id}`, doubled: /\{(\w+)\} \(\{\1\}\)/.test(m.template) }).toEqual({ id: `${r.meta.id}.${id}`, doubled: false });
    }
  }
});

test.each(RULES.map((r) => [r.meta.id]))("%s is shown under a title that names the problem, not a topic", (id) => {
  expect(ruleTitle(id)).toMatch(/\b(berbeda|salah|tidak|belum|dua kali|sebagai teks)\b/);
});
