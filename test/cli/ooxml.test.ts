/**
 * The lean cell reader the command line checks with must read exactly what ExcelJS reads: on the
 * sample, on generated roll-ups, on awkward cells, and on random grids (fast-check).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { generateWorkbook, SIZES, toExcelJs } from "../../bench/generate";
import { SAMPLE } from "../../src/cli/main";
import { openArchive } from "../../src/cli/zip-guard";
import type { Workbook } from "../../src/core/grid";
import { workbookFrom } from "../support/from-exceljs";
import { REPORT_MARK, REPORT_SHEET, reportMarkReference } from "../../src/core/report-sheet";
import { readOoxml } from "../../src/xlsx/ooxml";

jest.setTimeout(120_000);

function lean(buf: Buffer): Workbook {
  const archive = openArchive(buf);
  return readOoxml((name) => archive.read(name));
}

async function viaExcelJs(buf: Buffer): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return workbookFrom(wb);
}

async function toXlsx(grids: Workbook, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const x = toExcelJs(grids);
  edit?.(x);
  return Buffer.from(await x.xlsx.writeBuffer());
}

test("the sample workbook reads the same", async () => {
  const buf = readFileSync(SAMPLE);
  expect(lean(buf)).toEqual(await viaExcelJs(buf));
});

test("a generated roll-up of 10 perangkat daerah reads the same", async () => {
  const buf = await toXlsx(generateWorkbook(SIZES.sedang));
  expect(lean(buf)).toEqual(await viaExcelJs(buf));
});

test("awkward cells: entities, rich text, booleans, cached results and errors, dates, merges, hidden sheets", async () => {
  const buf = await toXlsx({ sheets: [] }, (wb) => {
    const ws = wb.addWorksheet("Data & <Uji>");
    ws.getCell("A1").value = "Indikator \"A\" & <B> 'C'";
    ws.getCell("B1").value = { richText: [{ text: "Nilai " }, { font: { bold: true }, text: "SAKIP" }] };
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = { formula: "B2*2", result: 176 } as ExcelJS.CellFormulaValue;
    ws.getCell("E1").value = { formula: "VLOOKUP(1,A:A,2,0)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
    ws.getCell("F1").value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell("G1").value = { formula: 'CONCAT("a","b")', result: "ab" } as ExcelJS.CellFormulaValue;
    ws.getCell("A3").value = "  spasi   di dalam  ";
    ws.getCell("B3").value = 93.853;
    ws.getCell("C3").value = -0.5;
    ws.getCell("D3").value = 10599350000;
    ws.getCell("A5").value = "gabung";
    ws.mergeCells("A5:C6");
    ws.getCell("J9").value = "Ω ≥ 91 ✓";
    wb.addWorksheet("Tersembunyi", { state: "hidden" }).getCell("A1").value = 1;
    wb.addWorksheet("Sangat tersembunyi", { state: "veryHidden" }).getCell("A1").value = 2;
  });
  const expected = await viaExcelJs(buf);
  expect(lean(buf)).toEqual(expected);
  expect(expected.sheets.map((s) => s.name)).toEqual(["Data & <Uji>", "Tersembunyi"]);
  expect(expected.sheets[0]!.rows[0]).toEqual(["Indikator \"A\" & <B> 'C'", "Nilai SAKIP", true, 176, "#N/A", "2025-12-31", "ab"]);
});

test("property: any grid of text, numbers and booleans reads the same as ExcelJS reads it", async () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.integer(),
    fc.boolean(),
    fc
      .oneof(fc.string({ maxLength: 12 }), fc.string({ maxLength: 8, unit: "grapheme" }))
      .filter((s) => s !== "" && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s)),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
  await fc.assert(
    fc.asyncProperty(grid, async (rows) => {
      const buf = await toXlsx({ sheets: [{ name: "Acak", rows, merges: [] }] });
      expect(lean(buf)).toEqual(await viaExcelJs(buf));
    }),
    { numRuns: 60 },
  );
});

test("our report sheet (the one the hidden mark points at) is left out; a user's sheet of the same name is read", async () => {
  const edit = (marked: boolean) => (wb: ExcelJS.Workbook) => {
    wb.addWorksheet("Data").getCell("A1").value = "isi";
    wb.addWorksheet(REPORT_SHEET).getCell("A1").value = "Hasil";
    if (marked) wb.definedNames.add(reportMarkReference(REPORT_SHEET), REPORT_MARK);
  };
  const marked = await toXlsx({ sheets: [] }, edit(true));
  expect(lean(marked).sheets.map((s) => s.name)).toEqual(["Data"]);
  const users = await toXlsx({ sheets: [] }, edit(false));
  expect(lean(users)).toEqual(await viaExcelJs(users));
  expect(lean(users).sheets.map((s) => s.name)).toEqual(["Data", REPORT_SHEET]);
});

test("phonetic runs are left out, unknown elements in rows and cells are skipped, and '>' in attribute values does not end a tag", () => {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const sst = `<sst ${ns}><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><r><rPr><b/></rPr><t xml:space="preserve">Nilai </t></r><r><t>&amp; SAKIP</t></r></si></sst>`;
  const styles = `<styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="[&gt;=100]0;&quot;x>y&quot;"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
  const sheet = `<worksheet ${ns}><sheetData><row r="1"><ext:foo xmlns:ext="urn:x">teks</ext:foo><c r="A1" t="s"><x14:unknown xmlns:x14="urn:y"/><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>150</v></c><c r="D1" t="inlineStr"><is><t>a</t><rPh><t>b</t></rPh><t>c</t></is></c></row></sheetData></worksheet>`;
  const parts: Record<string, string> = {
    "xl/workbook.xml": `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/sharedStrings.xml": sst,
    "xl/styles.xml": styles,
    "xl/worksheets/sheet1.xml": sheet,
  };
  const wb = readOoxml((name) => (parts[name] === undefined ? undefined : new TextEncoder().encode(parts[name])));
  expect(wb.sheets[0]!.rows).toEqual([["漢字", "Nilai & SAKIP", 150, "ac"]]);
});

test("hidden rows are read with their cells and listed in hiddenRows (0-based), as ExcelJS reads them", async () => {
  const buf = await toXlsx({ sheets: [] }, (wb) => {
    const ws = wb.addWorksheet("PK");
    ws.getCell("A1").value = "Indikator";
    ws.getCell("A2").value = "Indikator lama";
    ws.getCell("B2").value = 75;
    ws.getCell("A3").value = "Indikator baru";
    ws.getCell("A5").value = "catatan";
    ws.getRow(2).hidden = true;
    ws.getRow(5).hidden = true;
    wb.addWorksheet("Terlihat").getCell("A1").value = 1;
  });
  const wb = lean(buf);
  expect(wb).toEqual(await viaExcelJs(buf));
  expect(wb.sheets[0]!.rows[1]).toEqual(["Indikator lama", 75]);
  expect([...(wb.sheets[0]!.hiddenRows ?? [])]).toEqual([1, 4]);
  expect(wb.sheets[1]!.hiddenRows).toBeUndefined();
});

test('hidden="true" and a prefixed <x:row> hide a row; hidden="0" or "false" do not', () => {
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const row = (r: number, hidden: string) => `<x:row r="${r}"${hidden}><x:c r="A${r}" t="inlineStr"><x:is><x:t>b${r}</x:t></x:is></x:c></x:row>`;
  const sheet = `<x:worksheet ${ns}><x:sheetData>${row(1, ' hidden="true"')}${row(2, ' hidden="0"')}${row(3, ' hidden="false"')}${row(4, ' hidden="1"')}${row(5, "")}</x:sheetData></x:worksheet>`;
  const parts: Record<string, string> = {
    "xl/workbook.xml": `<x:workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml": sheet,
  };
  const wb = readOoxml((name) => (parts[name] === undefined ? undefined : new TextEncoder().encode(parts[name])));
  expect(wb.sheets[0]!.rows).toEqual([["b1"], ["b2"], ["b3"], ["b4"], ["b5"]]);
  expect([...(wb.sheets[0]!.hiddenRows ?? [])]).toEqual([0, 3]);
});
