/** The copy's XML changes, part by part: only what must change, well-formed, in the workbook's own prefix. */
import { readFileSync } from "node:fs";
import { XMLValidator } from "fast-xml-parser";
import { SAMPLE } from "../../src/cli/main";
import type { Finding } from "../../src/core/findings";
import { REPORT_MARK } from "../../src/core/report-sheet";
import { addFindingsToParts, escapeXml, removeOurConditionalFormats } from "../../src/xlsx/add-findings";
import { decodeXml, listSheets } from "../../src/xlsx/ooxml";
import { readZip } from "../support/zip";

const finding = (sheet: string, cell: string, severity: Finding["severity"] = "error"): Finding => ({
  rule: "target-tahunan",
  severity,
  sheet,
  cell,
  related: [],
  expected: "80",
  found: "85",
  message: `Target di ${sheet}!${cell} berbeda dengan PK; samakan dengan PK.`,
});

function partsOf(buf: Buffer): Map<string, string> {
  return new Map(readZip(buf).map((e) => [e.name, e.data.toString("utf8")]));
}

function apply(parts: Map<string, string>, findings: Finding[]) {
  const { parts: changed, reportSheet } = addFindingsToParts((n) => parts.get(n), [...parts.keys()], findings);
  const merged = new Map(parts);
  for (const [k, v] of changed) merged.set(k, v);
  return { changed, merged, reportSheet };
}

const wellFormed = (xml: string) => expect(XMLValidator.validate(xml)).toBe(true);
const sheetPath = (parts: Map<string, string>, name: string) =>
  listSheets(parts.get("xl/workbook.xml")!, parts.get("xl/_rels/workbook.xml.rels")!).find((s) => s.name === name)!.path!;

const sample = partsOf(readFileSync(SAMPLE));

test("only the highlighted sheets, styles, workbook, its relationships and content types change; one part is added", () => {
  const { changed, merged, reportSheet } = apply(sample, [finding("PPS", "D6"), finding("PPS", "C7", "warning"), finding("SKM", "D6", "info")]);
  expect(reportSheet).toBe("Hasil Pemeriksaan");
  const pps = sheetPath(sample, "PPS");
  const added = [...changed.keys()].filter((k) => !sample.has(k));
  expect(added).toHaveLength(1);
  expect([...changed.keys()].filter((k) => sample.has(k)).sort()).toEqual(
    ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", pps].sort(),
  );
  for (const xml of changed.values()) wellFormed(xml);
  // The info finding is listed, never highlighted: the SKM sheet is untouched.
  expect(changed.has(sheetPath(sample, "SKM"))).toBe(false);
  const ppsXml = changed.get(pps)!;
  expect(ppsXml).toMatch(
    /<conditionalFormatting sqref="D6"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>ISTEXT\(&quot;SAKIP-sorotan-galat&quot;\)<\/formula>/,
  );
  expect(ppsXml).toMatch(/<conditionalFormatting sqref="C7">.*SAKIP-sorotan-peringatan/);
  // Everything but the inserted blocks is the sheet as it was.
  expect(removeOurConditionalFormats(ppsXml)).toBe(sample.get(pps));
  const wb = merged.get("xl/workbook.xml")!;
  expect(wb).toContain(`<definedName name="${REPORT_MARK}" hidden="1">&apos;Hasil Pemeriksaan&apos;!$A$1</definedName>`.replace(/&apos;/g, "'"));
  const report = sheetPath(merged, "Hasil Pemeriksaan");
  expect(merged.get("[Content_Types].xml")).toContain(`<Override PartName="/${report}"`);
  const rows = merged.get(report)!;
  expect(rows).toContain("Target di PPS!D6 berbeda dengan PK; samakan dengan PK.");
  expect(rows).toContain(`<hyperlink ref="D2" location="'PPS'!D6" display="PPS!D6"/>`);
  expect(rows).not.toMatch(/<f>/);
});

test("the dxf ids point at the two fills appended to styles.xml", () => {
  const { changed } = apply(sample, [finding("PPS", "D6"), finding("PPS", "C7", "warning")]);
  const styles = changed.get("xl/styles.xml")!;
  const dxfs = [...styles.matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1]!);
  const ppsXml = changed.get(sheetPath(sample, "PPS"))!;
  const id = (marker: string) => Number(new RegExp(`dxfId="(\\d+)"[^>]*><formula>ISTEXT\\(&quot;${marker}`).exec(ppsXml)![1]);
  expect(dxfs[id("SAKIP-sorotan-galat")]).toContain('rgb="FFF4B6B6"');
  expect(dxfs[id("SAKIP-sorotan-peringatan")]).toContain('rgb="FFFFE08A"');
  const count = Number(/<dxfs count="(\d+)"/.exec(styles)![1]);
  expect(count).toBe(dxfs.length);
});

test("a user's own sheet named Hasil Pemeriksaan is kept; ours gets a free name; a re-run rewrites ours in place", () => {
  // The user's sheet: the PK sheet renamed "Hasil Pemeriksaan" in workbook.xml (its part stays the same).
  const user = new Map(sample);
  const pkName = listSheets(sample.get("xl/workbook.xml")!, sample.get("xl/_rels/workbook.xml.rels")!)[0]!.name;
  user.set("xl/workbook.xml", sample.get("xl/workbook.xml")!.replace(`name="${pkName}"`, 'name="Hasil Pemeriksaan"'));
  const first = apply(user, [finding("PPS", "D6")]);
  expect(first.reportSheet).toBe("Hasil Pemeriksaan (2)");
  const userPart = sheetPath(user, "Hasil Pemeriksaan");
  expect(first.changed.has(userPart)).toBe(false);

  // Checking the copy again: ours is found by its mark and rewritten; no third sheet, one highlight block.
  const second = apply(first.merged, [finding("PPS", "C7", "warning")]);
  expect(second.reportSheet).toBe("Hasil Pemeriksaan (2)");
  expect(listSheets(second.merged.get("xl/workbook.xml")!, second.merged.get("xl/_rels/workbook.xml.rels")!)).toHaveLength(
    listSheets(first.merged.get("xl/workbook.xml")!, "").length,
  );
  expect(second.changed.has("xl/workbook.xml")).toBe(false);
  const pps = second.merged.get(sheetPath(sample, "PPS"))!;
  expect(pps.match(/SAKIP-sorotan-/g)).toHaveLength(1);
  expect(pps).toContain('sqref="C7"');
  expect(second.changed.has(userPart)).toBe(false);
  const ours = second.merged.get(sheetPath(second.merged, "Hasil Pemeriksaan (2)"))!;
  expect(ours).toContain("PPS!C7");
  expect(ours).not.toContain("PPS!D6");
});

test("the user's own conditional formats stay, ahead of ours in priority", () => {
  const pps = sheetPath(sample, "PPS");
  const own =
    '<conditionalFormatting sqref="A1:Z99"><cfRule type="cellIs" dxfId="0" priority="7" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>';
  const parts = new Map(sample);
  const xml = sample.get(pps)!;
  const at = xml.indexOf("<pageMargins");
  parts.set(pps, xml.slice(0, at) + own + xml.slice(at));
  const out = apply(parts, [finding("PPS", "D6")]).changed.get(pps)!;
  expect(out).toContain(own);
  expect(out).toMatch(/SAKIP-sorotan-galat/);
  expect(Number(/dxfId="\d+" priority="(\d+)"><formula>ISTEXT/.exec(out)![1])).toBe(8);
  expect(out.indexOf(own)).toBeLessThan(out.indexOf("SAKIP-sorotan"));
});

test("a workbook written with a namespace prefix gets its additions in the same prefix", () => {
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const parts = new Map<string, string>([
    [
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ],
    [
      "xl/workbook.xml",
      `<x:workbook xmlns:x="${ns}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="PPS" sheetId="3" r:id="rId1"/></x:sheets></x:workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ],
    ["xl/styles.xml", `<x:styleSheet xmlns:x="${ns}"><x:fonts count="1"><x:font/></x:fonts><x:cellXfs count="1"><x:xf/></x:cellXfs></x:styleSheet>`],
    [
      "xl/worksheets/sheet1.xml",
      `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>`,
    ],
  ]);
  const { changed } = apply(parts, [finding("PPS", "A1")]);
  for (const xml of changed.values()) wellFormed(xml);
  expect(changed.get("xl/worksheets/sheet1.xml")).toMatch(
    /<x:conditionalFormatting sqref="A1"><x:cfRule [^>]*><x:formula>.*<\/x:conditionalFormatting><x:pageMargins/,
  );
  expect(changed.get("xl/workbook.xml")).toMatch(
    /<x:sheet name="Hasil Pemeriksaan" sheetId="4" r:id="rId3"\/><\/x:sheets><x:definedNames><x:definedName name="_SAKIP_HasilPemeriksaan" hidden="1">/,
  );
  expect(changed.get("xl/styles.xml")).toMatch(/<x:fonts count="3">/);
  // Fills and borders, missing here, come with their reserved first entries (none, gray125; no border).
  expect(changed.get("xl/styles.xml")).toMatch(
    /<x:fills count="6"><x:fill><x:patternFill patternType="none"\/><\/x:fill><x:fill><x:patternFill patternType="gray125"\/>/,
  );
  expect(changed.get("xl/styles.xml")).toMatch(/<x:borders count="2"><x:border><x:left\/>/);
  expect(changed.get("xl/styles.xml")).toMatch(/<x:cellXfs count="9">/);
  expect(changed.get("xl/styles.xml")).toMatch(/<x:dxfs count="2"><x:dxf><x:fill>/);
});

test("text from a workbook is written so that the reader gets it back exactly", () => {
  for (const s of ['a & b < c > "d"', "baris\u0001 \u001b[2J", "_x0041_ tetap teks", "Tab\tdan\nbaris", "😀 emoji"]) {
    const xml = escapeXml(s);
    wellFormed(`<t>${xml}</t>`);
    expect(decodeXml(xml)).toBe(s);
  }
});
