/**
 * The build's functions.json (made by custom-functions-metadata-plugin from the JSDoc in
 * src/functions/functions.ts): every function with its Indonesian description and parameters,
 * and every exported function of functions.ts registered under its Excel name.
 */
import { readFileSync } from "node:fs";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { installCustomFunctions } from "../support/custom-functions-double";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  type?: string;
  customEnumId?: string;
}
interface Enum {
  id: string;
  type: string;
  values: { name: string; stringValue?: string; numberValue?: number; tooltip?: string }[];
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
  helpUrl?: string;
}

const metadata = JSON.parse(readFileSync(join(__dirname, "..", "..", "dist", "functions.json"), "utf8")) as { functions: Fn[]; enums?: Enum[] };
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
  for (const [fn, param] of [
    ["IKM", "jawaban"],
    ["NRR", "jawaban"],
    ["IKM_NRR", "nrr"],
    ["AKUMULASI", "nilai"],
  ]) {
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

// Option argument → its custom enum's id and values (what Excel's AutoComplete offers), in order.
const ENUMS: Record<string, [string, string[]]> = {
  "CAPAIAN.polaritas": ["POLARITAS", ["positif", "negatif", "target/realisasi"]],
  "KATEGORI.skala": ["SKALA_KATEGORI", ["permendagri", "lebih-dari"]],
  "MUTU.tampilan": ["TAMPILAN", ["huruf", "kata", "lengkap"]],
  "PREDIKAT.tampilan": ["TAMPILAN", ["huruf", "kata", "lengkap"]],
  "AKUMULASI.metode": ["METODE_AKUMULASI", ["kumulatif", "akhir", "rata-rata"]],
  "NOMENKLATUR.kolom": ["KOLOM_NOMENKLATUR", ["nama", "indikator", "satuan", "kinerja", "program", "kegiatan", "kode", "keterangan"]],
  "NOMENKLATUR.jenis_pemda": ["JENIS_PEMDA", ["provinsi", "kabupaten/kota"]],
  "SATUAN_RESMI.jenis_pemda": ["JENIS_PEMDA", ["provinsi", "kabupaten/kota"]],
};

test("the option arguments carry custom enums with their values and an Indonesian tooltip each; no other argument does", () => {
  const enums = new Map((metadata.enums ?? []).map((e) => [e.id, e]));
  expect([...enums.keys()].sort()).toEqual([...new Set(Object.values(ENUMS).map(([id]) => id))].sort());
  for (const f of metadata.functions) {
    for (const p of f.parameters) {
      const expected = ENUMS[`${f.name}.${p.name}`];
      if (!expected) {
        // bobot among them: a number (0,111) or the text "1/n", left "any" so Excel passes numbers as numbers.
        expect({ fn: f.name, param: p.name, type: p.type, customEnumId: p.customEnumId }).toEqual({
          fn: f.name,
          param: p.name,
          type: "any",
          customEnumId: undefined,
        });
        continue;
      }
      const [id, values] = expected;
      expect({ fn: f.name, param: p.name, customEnumId: p.customEnumId, type: p.type }).toEqual({
        fn: f.name,
        param: p.name,
        customEnumId: id,
        type: "string",
      });
      const e = enums.get(id)!;
      expect(e.type).toBe("string");
      expect(e.values.map((v) => v.stringValue)).toEqual(values);
      for (const v of e.values) {
        expect(v.name).toMatch(/^[a-z_]+$/);
        expect(v.tooltip!.length).toBeGreaterThan(5);
        expect(v.tooltip).not.toMatch(ENGLISH);
        // The parameter's help text names every value the enum offers.
        expect(p.description).toContain(`"${v.stringValue}"`);
      }
    }
  }
});

test("every function has its help page as helpUrl", () => {
  for (const f of metadata.functions) {
    expect({ id: f.id, helpUrl: f.helpUrl }).toEqual({ id: f.id, helpUrl: `https://localhost:3000/bantuan/${f.id.toLowerCase()}.html` });
    const page = readFileSync(join(__dirname, "..", "..", "dist", "bantuan", `${f.id.toLowerCase()}.html`), "utf8");
    for (const p of f.parameters) {
      const e = metadata.enums?.find((x) => x.id === p.customEnumId);
      // Each value the enum offers is listed on the page (minified, its quotes may be written either way).
      for (const v of e?.values ?? []) expect(page).toMatch(new RegExp(`<code>(&quot;|")${v.stringValue!.replace("/", "\\/")}(&quot;|")</code>`));
    }
  }
});

test("functions.json is valid against the custom functions part of Microsoft's add-in manifest schema", () => {
  // The unified manifest's schema (from office-addin-manifest's @microsoft/app-manifest) describes
  // exactly what functions.json holds: functions, enums and allowCustomDataForDataTypeAny.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require("ajv-draft-04") as new (o: object) => {
    addSchema(s: object, key: string): void;
    validate(ref: string | object, data: unknown): boolean;
    errors?: unknown[];
  };
  const dir = join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");
  const newest = readdirSync(dir)
    .filter((v) => /^v\d+\.\d+$/.test(v))
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    .pop()!;
  const schema = JSON.parse(readFileSync(join(dir, newest, "MicrosoftTeams.schema.json"), "utf8")) as Record<string, unknown>;
  delete schema.id;
  delete schema.$id;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(schema, "manifest");
  const ok = ajv.validate({ $ref: "manifest#/definitions/extensionCustomFunctions" }, metadata);
  expect({ newest, errors: ok ? [] : ajv.errors }).toEqual({ newest, errors: [] });
});
