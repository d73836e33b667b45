/** One rule, one file, named as its id; every rule file is registered, and every rule has its test file. */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
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
