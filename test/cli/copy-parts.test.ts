/**
 * The highlighted copy is the original plus our additions: on a workbook with charts, a pivot,
 * comments, names, protection, links, phonetic runs and macros, every part of the input is in the
 * copy with the same compressed bytes, except the few that must change; those differ only by what
 * we add. LibreOffice, a second reader, opens the copy and finds the highlights and the report.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { openArchive } from "../../src/cli/zip-guard";
import { REPORT_MARK } from "../../src/core/report-sheet";
import { removeOurConditionalFormats } from "../../src/xlsx/add-findings";
import { decodePart, listSheets } from "../../src/xlsx/ooxml";
import { convert, sofficePath } from "../support/libreoffice";
import { RICH, richWorkbook, richXlsm } from "../support/rich-workbook";

jest.setTimeout(300_000);

interface Result {
  code: number;
  copy: string;
  findings: { sheet: string; cell: string; severity: string }[];
}

async function copyOf(name: string, data: Buffer): Promise<Result & { input: string }> {
  const dir = mkdtempSync(join(tmpdir(), "sakip-kaya-"));
  const input = join(dir, name);
  writeFileSync(input, data);
  let out = "";
  const code = await main(["periksa", input, "--keluaran", join(dir, "hasil"), "--json"], { out: (s) => void (out += s), err: () => undefined });
  const f = (JSON.parse(out) as { files: { copy: string; findings: Result["findings"] }[] }).files[0]!;
  return { code, copy: f.copy, findings: f.findings, input };
}

const text = (a: ReturnType<typeof openArchive>, name: string) => decodePart(a.read(name)!);

describe.each([
  ["kaya.xlsx", richWorkbook, "kaya-diperiksa.xlsx"],
  ["kaya.xlsm", richXlsm, "kaya-diperiksa.xlsm"],
])("%s", (name, make, copyName) => {
  let r: Result & { input: string };
  let input: ReturnType<typeof openArchive>;
  let copy: ReturnType<typeof openArchive>;
  beforeAll(async () => {
    r = await copyOf(name, make());
    input = openArchive(readFileSync(r.input));
    copy = openArchive(readFileSync(r.copy));
  });

  test("every part of the input is in the copy; all but the ones that must change keep their compressed bytes", () => {
    expect(r.code).toBe(1);
    expect(r.copy.endsWith(copyName)).toBe(true);
    const sheets = listSheets(text(input, "xl/workbook.xml"), text(input, "xl/_rels/workbook.xml.rels"));
    const highlighted = new Set(r.findings.filter((f) => f.severity !== "info").map((f) => sheets.find((s) => s.name === f.sheet)!.path!));
    expect(highlighted.has(RICH.highlightedSheet.part)).toBe(true);
    const mustChange = new Set(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", ...highlighted]);
    const inCopy = new Map(copy.entries.map((e) => [e.name, e]));
    for (const e of input.entries) {
      const c = inCopy.get(e.name);
      expect(c).toBeDefined();
      if (mustChange.has(e.name)) continue;
      expect({ name: e.name, same: Buffer.compare(c!.raw, e.raw) === 0 && c!.crc32 === e.crc32 && c!.method === e.method }).toEqual({
        name: e.name,
        same: true,
      });
    }
    const added = copy.entries.filter((e) => !input.entries.some((i) => i.name === e.name)).map((e) => e.name);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  test("the changed sheets differ only by our conditional formats", () => {
    for (const e of input.entries) {
      if (!/^xl\/worksheets\//.test(e.name)) continue;
      const before = text(input, e.name);
      const after = text(copy, e.name);
      expect(removeOurConditionalFormats(after)).toBe(before);
    }
    expect(text(copy, RICH.highlightedSheet.part)).toContain("SAKIP-sorotan-galat");
  });

  test("workbook.xml gains only our sheet, its hidden mark, its print titles and the view that opens it; every defined name of the user stays", () => {
    const before = text(input, "xl/workbook.xml");
    const after = text(copy, "xl/workbook.xml");
    // No sheet of the input is selected in its own part: ours is opened (activeTab), in workbook.xml alone.
    const ours = listSheets(after, text(copy, "xl/_rels/workbook.xml.rels")).findIndex((s) => s.name === "Hasil Pemeriksaan");
    expect(after).toContain(`<bookViews><workbookView activeTab="${ours}"/></bookViews>`);
    expect(after).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'Hasil Pemeriksaan'!\$1:\$1<\/definedName>/);
    const stripped = after
      .replace(/<bookViews><workbookView activeTab="\d+"\/><\/bookViews>/, "")
      .replace(/<sheet name="Hasil Pemeriksaan"[^>]*\/>/, "")
      .replace(new RegExp(`<definedName name="${REPORT_MARK}" hidden="1">[^<]*</definedName>`), "")
      .replace(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'Hasil Pemeriksaan'!\$1:\$1<\/definedName>/, "");
    expect(stripped).toBe(before);
    for (const n of [RICH.definedNames.constant.name, RICH.definedNames.hidden.name, RICH.definedNames.local.name, "_xlnm.Print_Area"])
      expect(after).toContain(`name="${n}"`);
  });

  const lo = sofficePath() ? test : test.skip;
  lo("LibreOffice opens the copy: every sheet's values as in the input, the highlights and the report sheet read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sakip-lo-"));
    const csv = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";
    for (const [label, file] of [
      ["asli", r.input],
      ["salinan", r.copy],
    ] as const) {
      mkdirSync(join(dir, label));
      const c = await convert(file, csv, join(dir, label));
      expect(c.code).toBe(0);
    }
    const csvs = (label: string) =>
      new Map(readdirSync(join(dir, label)).map((f) => [f.replace(/^kaya(-diperiksa)?-/, ""), readFileSync(join(dir, label, f), "utf8")]));
    const before = csvs("asli");
    const after = csvs("salinan");
    expect(before.size).toBeGreaterThan(5);
    for (const [sheet, content] of before) expect({ sheet, content: after.get(sheet) }).toEqual({ sheet, content });
    const report = after.get("Hasil Pemeriksaan.csv")!;
    expect(report.split("\n").filter((l) => l.trim()).length).toBe(1 + r.findings.length);
    expect(report).toContain("PPS!");
    // Saved again by LibreOffice, the copy's highlights come back as conditional formats it understood.
    mkdirSync(join(dir, "ulang"));
    const again = await convert(r.copy, "xlsx", join(dir, "ulang"));
    expect(again.code).toBe(0);
    const resaved = openArchive(readFileSync(again.output!));
    const sheetsXml = resaved.entries
      .filter((e) => e.name.startsWith("xl/worksheets/"))
      .map((e) => decodePart(resaved.read(e.name)!))
      .join("");
    expect(sheetsXml).toContain("SAKIP-sorotan-galat");
    const pdf = await convert(r.copy, "pdf", join(dir, "pdf"));
    expect(pdf.code).toBe(0);
    expect(pdf.output).not.toBeNull();
  });
});
