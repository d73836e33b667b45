/**
 * The rich workbook fixture (test/support/rich-workbook.ts) is a sound package: a well-formed zip,
 * every XML part parses, every relationship resolves, every part has a content type; and
 * LibreOffice opens it and reads what was added (skipped where soffice is not installed).
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { convert, sofficePath } from "../support/libreoffice";
import { RICH, richWorkbook, richWorkbookParts, richXlsm, type Part } from "../support/rich-workbook";
import { readZip, writeZip } from "../support/zip";

jest.setTimeout(180_000);

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

const SAMPLE = join(__dirname, "..", "..", "contoh", "contoh-kecamatan.xlsx");

function asList<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

interface Rel {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

/** The part a .rels file describes: "xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; "_rels/.rels" → "" (the package). */
function sourceOf(relsName: string): string {
  return relsName.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
}

function relsOf(parts: Map<string, Buffer>, relsName: string): Rel[] {
  const doc = parser.parse(parts.get(relsName)!.toString("utf8")) as { Relationships: { Relationship?: Rel | Rel[] } };
  return asList(doc.Relationships.Relationship);
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(source), target));
}

function contentTypes(parts: Map<string, Buffer>): { defaults: Map<string, string>; overrides: Map<string, string> } {
  const doc = parser.parse(parts.get("[Content_Types].xml")!.toString("utf8")) as {
    Types: { Default: { Extension: string; ContentType: string }[]; Override: { PartName: string; ContentType: string }[] };
  };
  return {
    defaults: new Map(asList(doc.Types.Default).map((d) => [d.Extension.toLowerCase(), d.ContentType])),
    overrides: new Map(asList(doc.Types.Override).map((o) => [o.PartName.slice(1), o.ContentType])),
  };
}

function contentTypeOf(parts: Map<string, Buffer>, name: string): string | undefined {
  const { defaults, overrides } = contentTypes(parts);
  return overrides.get(name) ?? defaults.get(name.slice(name.lastIndexOf(".") + 1).toLowerCase());
}

/** The checks every sound package passes; returns the parts by name. */
function checkPackage(zip: Buffer): Map<string, Buffer> {
  const entries = readZip(zip);
  const parts = new Map(entries.map((e) => [e.name, e.data]));
  expect(parts.size).toBe(entries.length);

  // Every XML part parses.
  for (const [name, data] of parts) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const valid = XMLValidator.validate(data.toString("utf8"));
    if (valid !== true) throw new Error(`${name}: ${JSON.stringify(valid.err)}`);
  }

  // Every internal relationship target exists; every r:id a part uses is one of its relationships.
  for (const relsName of [...parts.keys()].filter((n) => n.endsWith(".rels"))) {
    const source = sourceOf(relsName);
    if (source !== "") expect([relsName, parts.has(source)]).toEqual([relsName, true]);
    const list = relsOf(parts, relsName);
    expect(new Set(list.map((r) => r.Id)).size).toBe(list.length);
    for (const r of list) {
      if (r.TargetMode === "External") continue;
      const target = resolveTarget(source, r.Target);
      expect([relsName, r.Target, parts.has(target)]).toEqual([relsName, r.Target, true]);
    }
  }
  for (const [name, data] of parts) {
    if (!/\.(xml|vml)$/.test(name)) continue;
    const used = [...data.toString("utf8").matchAll(/\br:(?:id|embed|link)="([^"]+)"/g)].map((m) => m[1]!);
    if (used.length === 0) continue;
    const relsName = name.replace(/([^/]*)$/, "_rels/$1.rels");
    const ids = new Set(parts.has(relsName) ? relsOf(parts, relsName).map((r) => r.Id) : []);
    for (const id of used) expect([name, id, ids.has(id)]).toEqual([name, id, true]);
  }

  // Every part has a content type, and every override names a part that exists.
  const { overrides } = contentTypes(parts);
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml" || name.endsWith("/")) continue;
    expect([name, contentTypeOf(parts, name) !== undefined]).toEqual([name, true]);
  }
  for (const name of overrides.keys()) expect([name, parts.has(name)]).toEqual([name, true]);
  return parts;
}

describe("the rich workbook is a sound package", () => {
  test("well-formed zip, parsing XML, resolving relationships, a content type for every part", () => {
    checkPackage(richWorkbook());
  });

  test("it holds every added feature, where RICH says", () => {
    const parts = checkPackage(richWorkbook());
    const text = (name: string) => parts.get(name)!.toString("utf8");
    const type = (name: string) => contentTypeOf(parts, name);

    const workbook = parser.parse(text("xl/workbook.xml")) as {
      workbook: {
        sheets: { sheet: { name: string }[] };
        definedNames: { definedName: { name: string; localSheetId?: string; hidden?: string; "#text": string | number }[] };
        workbookProtection: unknown;
      };
    };
    const sheetNames = workbook.workbook.sheets.sheet.map((s) => s.name);
    expect(sheetNames.indexOf(RICH.attachment.name)).toBe(RICH.attachment.index);
    expect(sheetNames).toEqual(expect.arrayContaining([RICH.highlightedSheet.name, RICH.pivot.sheet, RICH.phonetic.sheet, RICH.chartSheet.name]));
    const names = workbook.workbook.definedNames.definedName;
    const named = (n: string) => names.find((d) => d.name === n)!;
    expect(named(RICH.definedNames.hidden.name).hidden).toBe("1");
    expect(Number(named(RICH.definedNames.local.name).localSheetId)).toBe(sheetNames.indexOf("Lampiran"));
    expect(Number(named(RICH.definedNames.printArea.name).localSheetId)).toBe(sheetNames.indexOf("Lampiran"));
    expect(String(named(RICH.definedNames.constant.name)["#text"])).toBe(RICH.definedNames.constant.value);
    expect(workbook.workbook.workbookProtection).toBeDefined();

    expect(type("xl/charts/chart1.xml")).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    expect(type(RICH.chartSheet.part)).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml");
    expect(type(RICH.pivot.part)).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml");
    expect(type("xl/pivotCache/pivotCacheRecords1.xml")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml");
    expect(text("xl/pivotCache/pivotCacheRecords1.xml").match(/<r>/g)).toHaveLength(RICH.data.length);
    expect(type("xl/threadedComments/threadedComment1.xml")).toBe("application/vnd.ms-excel.threadedcomments+xml");
    expect(type("xl/persons/person.xml")).toBe("application/vnd.ms-excel.person+xml");
    expect(type("xl/metadata.xml")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml");
    expect(type(RICH.picture.part)).toBe("image/png");
    expect(parts.get(RICH.picture.part)!.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(type("docProps/custom.xml")).toBe("application/vnd.openxmlformats-officedocument.custom-properties+xml");
    expect(type("xl/externalLinks/externalLink1.xml")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml");
    expect(text("xl/tables/table1.xml")).toContain('headerRowCount="1"');
    expect(text("xl/styles.xml")).toContain(`<cellStyle name="${RICH.namedStyle.name}"`);

    const pps = text(RICH.highlightedSheet.part);
    for (const bit of [
      "<dataValidation ",
      `location="${RICH.hyperlink.location}"`,
      "<rowBreaks ",
      "<colBreaks ",
      "<legacyDrawing ",
      RICH.unknownExtension.uri,
    ]) {
      expect([bit, pps.includes(bit)]).toEqual([bit, true]);
    }
    const lampiran = text(RICH.attachment.part);
    for (const bit of ['cm="1"', `>${RICH.externalReference.formula}<`, "<protectedRanges>", "<sheetProtection ", "<tableParts "]) {
      expect([bit, lampiran.includes(bit)]).toEqual([bit, true]);
    }
    expect(text(RICH.phonetic.part)).toContain("<rPh ");
    expect(text("xl/drawings/drawing1.xml")).toContain(`name="${RICH.picture.name}"`);
    expect(text("xl/drawings/drawing1.xml")).toContain(`<xdr:ext cx="${RICH.picture.widthEmu}" cy="${RICH.picture.heightEmu}"/>`);
  });

  test("the sample's parts are kept byte for byte, except the few edited to hold the additions", () => {
    const sample = new Map(readZip(readFileSync(SAMPLE)).map((e) => [e.name, e.data]));
    const rich = new Map(richWorkbookParts().map((p: Part) => [p.name, p.data]));
    const changed = [...sample.keys()].filter((n) => !sample.get(n)!.equals(rich.get(n)!)).sort();
    expect(changed).toEqual(
      [
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/app.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        RICH.highlightedSheet.part,
      ].sort(),
    );
  });

  test("the checks catch a broken package: a missing part, a dangling relationship, a part without a content type", () => {
    const parts = richWorkbookParts();
    const without = (name: string) => writeZip(parts.filter((p) => p.name !== name));
    expect(() => checkPackage(without("xl/charts/chart1.xml"))).toThrow();
    expect(() => checkPackage(without("xl/drawings/_rels/drawing1.xml.rels"))).toThrow();
    const stray = writeZip([...parts, { name: "xl/unknown.dat", data: Buffer.from("x") }]);
    expect(() => checkPackage(stray)).toThrow();
    const broken = writeZip(parts.map((p) => (p.name === "xl/tables/table1.xml" ? { name: p.name, data: Buffer.from("<table><unclosed></table>") } : p)));
    expect(() => checkPackage(broken)).toThrow(/table1\.xml/);
  });

  test("the .xlsm variant: a VBA project and the macro-enabled workbook content type", () => {
    const parts = checkPackage(richXlsm());
    expect(parts.has(RICH.vbaProject)).toBe(true);
    expect(contentTypeOf(parts, RICH.vbaProject)).toBe("application/vnd.ms-office.vbaProject");
    expect(contentTypeOf(parts, "xl/workbook.xml")).toBe("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(relsOf(parts, "xl/_rels/workbook.xml.rels").some((r) => r.Type.endsWith("/vbaProject") && r.Target === "vbaProject.bin")).toBe(true);
  });
});

const soffice = sofficePath();
const withLibreOffice = soffice ? describe : describe.skip;
const skipNote = soffice ? "" : " (skipped: LibreOffice's soffice is not installed here; CI installs it)";

withLibreOffice(`LibreOffice opens the rich workbook${skipNote}`, () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sakip-rich-"));
    writeFileSync(join(dir, "kaya.xlsx"), richWorkbook());
    writeFileSync(join(dir, "kaya.xlsm"), richXlsm());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("converts the .xlsx and the .xlsm to PDF with exit code 0", async () => {
    for (const file of ["kaya.xlsx", "kaya.xlsm"]) {
      const out = join(dir, `pdf-${file}`);
      const r = await convert(join(dir, file), "pdf", out);
      expect([file, r.code, r.timedOut]).toEqual([file, 0, false]);
      expect(r.output).not.toBeNull();
      expect(readFileSync(r.output!).subarray(0, 5).toString("ascii")).toBe("%PDF-");
    }
  });

  test("reads the added sheets: the data, the pivot table recomputed from its cache, the phonetic strings' text", async () => {
    const out = join(dir, "csv");
    const r = await convert(join(dir, "kaya.xlsx"), "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1", out);
    expect(r.code).toBe(0);
    const csv = (sheet: string) =>
      readFileSync(join(out, `kaya-${sheet}.csv`), "utf8")
        .trim()
        .split(/\r?\n/);
    expect(readdirSync(out).length).toBe(13);

    const lampiran = csv(RICH.attachment.name);
    expect(lampiran[0]).toBe("Program,Anggaran,,Terurut,,Tahun lalu");
    RICH.data.forEach(([program, amount], i) => expect(lampiran[i + 1]!.startsWith(`${program},${amount},`)).toBe(true));
    // The external reference keeps its cached value (the linked file does not exist here).
    expect(lampiran[1]!.endsWith(`,${RICH.externalReference.cached}`)).toBe(true);

    const programs = [...new Set(RICH.data.map(([p]) => p))];
    const sums = programs.map((p) => RICH.data.filter(([q]) => q === p).reduce((s, [, v]) => s + v, 0));
    const pivot = csv(RICH.pivot.sheet).filter((l) => l.replace(/,/g, "") !== "");
    expect(pivot.slice(1)).toEqual([...programs.map((p, i) => `${p},${sums[i]}`), expect.stringMatching(new RegExp(`,${sums.reduce((a, b) => a + b, 0)}$`))]);

    expect(csv(RICH.phonetic.sheet)).toEqual(["Kota mitra,東京", "Kota mitra kedua,大阪"]);
  });
});
