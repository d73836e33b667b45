/**
 * The build's functions.json (made by custom-functions-metadata-plugin from the JSDoc in
 * src/functions/functions.ts): every function with its Indonesian description and parameters,
 * and every exported function of functions.ts registered under its Excel name.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { installCustomFunctions } from "../support/custom-functions-double";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

const metadata = JSON.parse(readFileSync(join(__dirname, "..", "..", "dist", "functions.json"), "utf8")) as { functions: Fn[] };
const byName = new Map(metadata.functions.map((f) => [f.name, f]));

// Function → parameters in the order the issue gives them.
const EXPECTED: Record<string, string[]> = {
  CAPAIAN: ["realisasi", "target", "polaritas"],
  KATEGORI: ["capaian", "skala"],
  MUTU: ["ikm", "tampilan"],
  PREDIKAT: ["nilai", "tampilan"],
  IKM: ["jawaban", "bobot"],
  NRR: ["jawaban"],
  IKM_NRR: ["nrr", "bobot"],
  SERAPAN: ["realisasi", "pagu"],
  EFISIENSI: ["realisasi", "pagu"],
  STATUS_EFISIENSI: ["capaian_kinerja", "capaian_anggaran"],
  AKUMULASI: ["nilai", "metode"],
  NOMENKLATUR: ["kode", "kolom", "jenis_pemda"],
  SATUAN_RESMI: ["kode", "jenis_pemda"],
};
const OPTIONAL = new Set(["polaritas", "skala", "tampilan", "bobot", "kolom", "jenis_pemda"]);
// Words that show a text is Indonesian rather than English help text.
const INDONESIAN = /\b(dan|atau|dari|yang|per|sel|nilai|bawaan|persentase|rentang|menurut|bila|capaian|mis\.)\b/i;
const ENGLISH = /\b(the|returns?|value of|number of|percentage)\b/i;

test("lists exactly the SAKIP functions", () => {
  expect([...byName.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
});

test.each(Object.entries(EXPECTED))("%s has its parameters in order, described in Indonesian", (name, params) => {
  const f = byName.get(name)!;
  expect(f.id).toBe(name);
  expect(f.description.length).toBeGreaterThan(20);
  expect(f.description).toMatch(INDONESIAN);
  expect(f.description).not.toMatch(ENGLISH);
  expect(f.parameters.map((p) => p.name)).toEqual(params);
  for (const p of f.parameters) {
    expect(p.description && p.description.length).toBeGreaterThan(5);
    expect(p.description).not.toMatch(ENGLISH);
    expect(Boolean(p.optional)).toBe(OPTIONAL.has(p.name));
  }
});

test("range parameters are matrices and NRR spills a matrix", () => {
  for (const [fn, param] of [["IKM", "jawaban"], ["NRR", "jawaban"], ["IKM_NRR", "nrr"], ["AKUMULASI", "nilai"]]) {
    expect(byName.get(fn!)!.parameters.find((p) => p.name === param)!.dimensionality).toBe("matrix");
  }
  expect(byName.get("NRR")!.result.dimensionality).toBe("matrix");
});

test("every function in functions.json is exported from functions.ts under its lower-case name", () => {
  installCustomFunctions();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require("../../src/functions/functions") as Record<string, unknown>;
  for (const name of byName.keys()) expect(typeof exported[name.toLowerCase()]).toBe("function");
  expect(Object.keys(exported).sort()).toEqual([...byName.keys()].map((n) => n.toLowerCase()).sort());
});

test("the built bundle registers each function with CustomFunctions.associate exactly once", () => {
  const bundle = readFileSync(join(__dirname, "..", "..", "dist", "functions.js"), "utf8");
  for (const name of byName.keys()) {
    const hits = bundle.split(`CustomFunctions.associate("${name}"`).length - 1;
    expect({ name, hits }).toEqual({ name, hits: 1 });
  }
});

test("NOMENKLATUR and SATUAN_RESMI give text; the list is a chunk of its own, loaded only when they need it", () => {
  for (const name of ["NOMENKLATUR", "SATUAN_RESMI"]) expect(byName.get(name)!.result.type).toBe("string");
  const dist = join(__dirname, "..", "..", "dist");
  // The kinerja of CSV line 7653 (X.XX.01.2.01.0001): only the list holds it, never the page's scripts
  // (the Rumus card shows that row's name and satuan, not its kinerja).
  const fromList = "Tersusunnya Dokumen Perencanaan Perangkat Daerah";
  for (const entry of ["functions.js", "taskpane.js"]) expect(readFileSync(join(dist, entry), "utf8").includes(fromList)).toBe(false);
  const chunk = readFileSync(join(dist, "nomenklatur.js"), "utf8");
  expect(chunk.includes(fromList)).toBe(true);
  expect(chunk.length).toBeGreaterThan(1_000_000);
});
