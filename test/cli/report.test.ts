/**
 * The report's shape: files named as the user gave them, tables one line per sheet, findings
 * grouped by sheet in workbook order, a per-file read failure in the report (stdout) and as one
 * line on stderr, and the JSON document's schema version, totals and numeric expected/found.
 */
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { SAMPLE } from "../../src/cli/main";
import { numberOfText } from "../../src/cli/report";
import { listSheets } from "../../src/xlsx/ooxml";
import { run } from "../support/cli";
import { readZip } from "../support/zip";
import { readFileSync } from "node:fs";

const SHEETS = (() => {
  const parts = new Map(readZip(readFileSync(SAMPLE)).map((e) => [e.name, e.data.toString("utf8")]));
  return listSheets(parts.get("xl/workbook.xml")!, parts.get("xl/_rels/workbook.xml.rels")!).map((s) => s.name);
})();

interface JsonFinding {
  sheet: string;
  cell: string;
  rule: string;
  severity: string;
  expected: string | null;
  found: string | null;
  expectedValue: number | null;
  foundValue: number | null;
}
interface JsonDoc {
  schemaVersion: number;
  files: { file: string; error?: string; totals: { error: number; warning: number; info: number }; tables: { sheet: string }[]; findings: JsonFinding[] }[];
  totals: { files: number; unreadable: number; error: number; warning: number; info: number };
}

const isSubsequence = (xs: string[], order: string[]) => {
  const ranks = xs.map((x) => order.indexOf(x));
  return ranks.every((r, i) => r >= 0 && (i === 0 || r >= ranks[i - 1]!));
};

test("the text report: tables one line per sheet, findings grouped by sheet in workbook order", async () => {
  const { out } = await run(["periksa", SAMPLE]);
  const lines = out.split("\n");
  const at = lines.indexOf("   Tabel ditemukan:");
  expect(at).toBe(1);
  const tableLines = lines.slice(at + 1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith("     ")));
  expect(tableLines).toContain("     PK 2025: Perjanjian Kinerja A4:F8");
  for (const l of tableLines) expect(l.length).toBeLessThan(100);
  const tableSheets = tableLines.map((l) => l.trim().split(": ")[0]!);
  expect(isSubsequence(tableSheets, SHEETS)).toBe(true);
  const findingSheets = lines.filter((l) => l.startsWith("   -- Sheet ")).map((l) => l.slice("   -- Sheet ".length));
  expect(findingSheets.length).toBeGreaterThan(5);
  expect(new Set(findingSheets).size).toBe(findingSheets.length);
  expect(isSubsequence(findingSheets, SHEETS)).toBe(true);
});

test("a file is named as the user gave it: relative stays relative, absolute stays absolute, the default sample relative", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-nama-"));
  const abs = join(dir, "kecamatan.xlsx");
  copyFileSync(SAMPLE, abs);
  const rel = relative(process.cwd(), abs);
  const r = await run(["periksa", rel, abs]);
  expect(r.out).toContain(`== ${rel}\n`);
  expect(r.out).toContain(`== ${abs}\n`);
  const cwd = process.cwd();
  try {
    process.chdir(join(__dirname, "..", ".."));
    expect((await run(["periksa"])).out).toMatch(/^== contoh\/contoh-kecamatan\.xlsx\n/);
    expect((await run(["periksa", "--keluaran", relative(process.cwd(), dir)])).out).toContain(
      `Salinan bersorotan: ${join(relative(process.cwd(), dir), "contoh-kecamatan-diperiksa.xlsx")}\n`,
    );
  } finally {
    process.chdir(cwd);
  }
});

test("a file that cannot be read: its section stays in the report on stdout and one line goes to stderr", async () => {
  for (const json of [false, true]) {
    const r = await run(["periksa", "/tidak/ada.xlsx", SAMPLE, ...(json ? ["--json"] : [])]);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toContain("/tidak/ada.xlsx: tidak dapat dibaca: berkas tidak ditemukan atau tidak dapat dibuka.");
    if (!json) expect(r.out).toContain("== /tidak/ada.xlsx\n   Tidak dapat dibaca: berkas tidak ditemukan atau tidak dapat dibuka.\n");
    else expect((JSON.parse(r.out) as JsonDoc).files[0]!.error).toBe("berkas tidak ditemukan atau tidak dapat dibuka");
  }
});

test("--json: schema version first, totals per file and overall, numbers as numbers beside the localised text", async () => {
  const r = await run(["periksa", SAMPLE, "/tidak/ada.xlsx", "--json"]);
  expect(r.out.startsWith('{\n  "schemaVersion": 1,\n  "files": [')).toBe(true);
  const doc = JSON.parse(r.out) as JsonDoc;
  expect(Object.keys(doc)).toEqual(["schemaVersion", "files", "totals"]);
  // The streamed pieces are exactly the document pretty-printed.
  expect(r.out).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  const [sample, missing] = doc.files;
  expect(sample!.totals).toEqual({ error: 10, warning: 4, info: 2 });
  expect(missing!.totals).toEqual({ error: 0, warning: 0, info: 0 });
  expect(doc.totals).toEqual({ files: 2, unreadable: 1, error: 10, warning: 4, info: 2 });
  const byRule = new Map(sample!.findings.map((f) => [f.rule, f]));
  expect(byRule.get("target-tahunan")).toMatchObject({ expected: "80", found: "85", expectedValue: 80, foundValue: 85 });
  expect(byRule.get("capaian")).toMatchObject({ expected: "98,27", found: "97,27", expectedValue: 98.27, foundValue: 97.27 });
  expect(byRule.get("anggaran")).toMatchObject({ expected: "176.405.694", expectedValue: 176405694, foundValue: 177405694 });
  expect(byRule.get("kategori")).toMatchObject({ expected: "Sedang", found: "Tinggi", expectedValue: null, foundValue: null });
  for (const f of sample!.findings)
    expect(Object.keys(f)).toEqual([
      "rule",
      "severity",
      "sheet",
      "cell",
      "messageId",
      "related",
      "expected",
      "found",
      "expectedValue",
      "foundValue",
      "message",
    ]);
  expect(
    isSubsequence(
      sample!.findings.map((f) => f.sheet),
      SHEETS,
    ),
  ).toBe(true);
});

test.each([
  ["80", 80],
  ["98,27", 98.27],
  ["1.187.420.000", 1187420000],
  ["-3,5", -3.5],
  ["0", 0],
  ["6.100", 6100],
  ["≥ 6.200", null],
  ["Sedang", null],
  ["1.2", null],
  ["12.34", null],
  ["", null],
  [null, null],
])("numberOfText(%j) = %j", (text, n) => {
  expect(numberOfText(text)).toBe(n);
});
