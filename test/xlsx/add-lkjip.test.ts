/** The LKjIP copy's XML, part by part: well-formed, charts as the chart spec says, the workbook's own prefix, our old charts removed. */
import { readFileSync } from "node:fs";
import { XMLValidator } from "fast-xml-parser";
import { SAMPLE } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { buildLkjip, type LkjipTables } from "../../src/core/lkjip";
import { chartsOf } from "../../src/core/lkjip/charts";
import { columnLetter, layOut, numbersOf } from "../../src/core/lkjip/layout";
import { addLkjipToParts } from "../../src/xlsx/add-lkjip";
import { listSheets, readOoxml } from "../../src/xlsx/ooxml";
import { readZip } from "../support/zip";

const sampleParts = new Map(readZip(readFileSync(SAMPLE)).map((e) => [e.name, e.data.toString("utf8")]));
const workbook = readOoxml((n) => (sampleParts.has(n) ? Buffer.from(sampleParts.get(n)!) : undefined));
const tables = buildLkjip(checkWorkbook(workbook, { rules: [] }), workbook);

function apply(parts: Map<string, string>, t: LkjipTables = tables) {
  const r = addLkjipToParts((n) => parts.get(n), [...parts.keys()], t, numbersOf(workbook));
  const merged = new Map(parts);
  for (const [k, v] of r.parts) {
    if (v === null) merged.delete(k);
    else merged.set(k, v);
  }
  return { ...r, merged };
}

const wellFormed = (name: string, xml: string) => expect({ name, valid: XMLValidator.validate(xml) }).toEqual({ name, valid: true });
const sheetPath = (parts: Map<string, string>, name: string) =>
  listSheets(parts.get("xl/workbook.xml")!, parts.get("xl/_rels/workbook.xml.rels")!).find((s) => s.name === name)!.path!;

test("from the sample: only workbook.xml, its rels, content types and styles change; every part written is well-formed", () => {
  const { parts, sheet, charts } = apply(sampleParts);
  expect(sheet).toBe("Tabel LKjIP");
  expect([...parts.keys()].filter((k) => sampleParts.has(k)).sort()).toEqual([
    "[Content_Types].xml",
    "xl/_rels/workbook.xml.rels",
    "xl/styles.xml",
    "xl/workbook.xml",
  ]);
  const added = [...parts.keys()].filter((k) => !sampleParts.has(k));
  expect(added.filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k))).toHaveLength(charts);
  expect(added.filter((k) => /^xl\/drawings\/drawing\d+\.xml$/.test(k))).toHaveLength(1);
  for (const [name, xml] of parts) wellFormed(name, xml!);
});

test("each chart is the spec's: anchor and size in cells, categories and series ranges on our sheet, columns as a clustered bar chart and the Renaksi target as a line on the same axes", () => {
  const { merged, sheet } = apply(sampleParts);
  const spec = chartsOf(tables, layOut(tables, numbersOf(workbook)));
  expect(spec.some((c) => c.series.some((s) => s.as === "line"))).toBe(true);
  const ours = sheetPath(merged, sheet);
  const drawingName = `xl/drawings/${/Target="\.\.\/drawings\/([^"]+)"/.exec(merged.get(ours.replace(/([^/]+)$/, "_rels/$1.rels"))!)![1]}`;
  const drawing = merged.get(drawingName)!;
  const drawingRels = merged.get(drawingName.replace(/([^/]+)$/, "_rels/$1.rels"))!;
  const anchors = [
    ...drawing.matchAll(
      /<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>.*?<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>.*?r:id="(rId\d+)"/g,
    ),
  ];
  expect(anchors).toHaveLength(spec.length);
  spec.forEach((c, i) => {
    const [, col, row, toCol, toRow, rid] = anchors[i]!.map((x) => x);
    expect([Number(col), Number(row), Number(toCol), Number(toRow)]).toEqual([
      c.anchor.column,
      c.anchor.row,
      c.anchor.column + c.size.columns,
      c.anchor.row + c.size.rows,
    ]);
    const target = new RegExp(`Id="${rid}"[^>]*Target="\\.\\./charts/([^"]+)"`).exec(drawingRels)![1];
    const xml = merged.get(`xl/charts/${target}`)!;
    const range = (column: number) => `'${sheet}'!$${columnLetter(column)}$${c.firstRow + 1}:$${columnLetter(column)}$${c.lastRow + 1}`;
    expect(xml).toContain(`<c:cat><c:strRef><c:f>${range(c.categories)}</c:f>`);
    for (const s of c.series) expect(xml).toContain(`<c:val><c:numRef><c:f>${range(s.column)}</c:f>`);
    expect(xml).toContain(`<a:t>${c.title.replace(/&/g, "&amp;")}</a:t>`);
    const columns = c.series.filter((s) => s.as === "column").length;
    const lines = c.series.filter((s) => s.as === "line").length;
    expect((xml.match(/<c:barChart><c:barDir val="col"\/><c:grouping val="clustered"\/>/g) ?? []).length).toBe(columns ? 1 : 0);
    expect((xml.match(/<c:lineChart>/g) ?? []).length).toBe(lines ? 1 : 0);
    // Both chart kinds on the one pair of axes.
    const axes = [...xml.matchAll(/<c:axId val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(axes).size).toBe(2);
  });
});

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const tiny: LkjipTables = {
  year: 2025,
  tables: [
    {
      id: "capaian",
      title: "Capaian Kinerja Tahun 2025",
      columns: [
        { key: "indikator", label: "Indikator Kinerja", kind: "text" },
        { key: "target", label: "Target 2025", kind: "number" },
        { key: "realisasi", label: "Realisasi 2025", kind: "number" },
        { key: "capaian", label: "Capaian 2025 (%)", kind: "percent" },
      ],
      rows: [
        {
          kind: "indikator",
          cells: [
            { value: "Indeks Kepuasan Masyarakat" },
            { value: 88, source: { sheet: "PK", cell: "D2" } },
            { value: 90.26, source: { sheet: "PK", cell: "E2" } },
            {
              value: (90.26 / 88) * 100,
              computed: {
                formula: "capaian",
                from: [
                  { sheet: "PK", cell: "E2" },
                  { sheet: "PK", cell: "D2" },
                ],
              },
            },
          ],
        },
      ],
      notes: [],
    },
  ],
};

test("a workbook written with a namespace prefix and without styles.xml gets its additions in its prefix, and a minimal styles part", () => {
  const parts = new Map([
    [
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ],
    ["xl/workbook.xml", `<x:workbook xmlns:x="${NS}" xmlns:r="${R}"><x:sheets><x:sheet name="PK" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`],
    [
      "xl/_rels/workbook.xml.rels",
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
    ["xl/worksheets/sheet1.xml", `<x:worksheet xmlns:x="${NS}"><x:sheetData/></x:worksheet>`],
  ]);
  const r = addLkjipToParts((n) => parts.get(n), [...parts.keys()], tiny);
  const wb = r.parts.get("xl/workbook.xml")!;
  expect(wb).toMatch(
    /<x:sheet name="Tabel LKjIP" sheetId="2" r:id="rId\d+"\/><\/x:sheets><x:definedNames><x:definedName name="_SAKIP_TabelLKjIP" hidden="1">'Tabel LKjIP'!\$A\$1<\/x:definedName><\/x:definedNames><x:calcPr fullCalcOnLoad="1"\/>/,
  );
  expect(r.parts.get("xl/styles.xml")).toContain("<cellXfs count=");
  expect(r.parts.get("xl/_rels/workbook.xml.rels")).toContain('Target="styles.xml"');
  const ct = r.parts.get("[Content_Types].xml")!;
  expect(ct).toContain('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>');
  for (const p of ["/xl/styles.xml", "/xl/worksheets/sheet2.xml", "/xl/drawings/drawing1.xml", "/xl/charts/chart1.xml"])
    expect(ct).toContain(`<Override PartName="${p}"`);
  const sheet = r.parts.get("xl/worksheets/sheet2.xml")!;
  expect(sheet).toContain("<f>'PK'!E2/'PK'!D2*100</f>");
  for (const [name, xml] of r.parts) wellFormed(name, xml!);
});

test("run again on its own copy: our sheet rewritten in place; the old drawing, charts and the chart style parts Excel adds are removed with their content types", () => {
  const first = apply(sampleParts).merged;
  const ours = sheetPath(first, "Tabel LKjIP");
  // As Excel saves a chart it touched: a chart rels part with its style and colours.
  first.set(
    "xl/charts/_rels/chart1.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/chartStyle" Target="style1.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/chartColorStyle" Target="colors1.xml"/></Relationships>`,
  );
  first.set("xl/charts/style1.xml", `<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="201"/>`);
  first.set("xl/charts/colors1.xml", `<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" meth="cycle" id="10"/>`);
  first.set(
    "[Content_Types].xml",
    first
      .get("[Content_Types].xml")!
      .replace(
        "</Types>",
        `<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/><Override PartName="/xl/charts/colors1.xml" ContentType="application/vnd.ms-office.chartcolorstyle+xml"/></Types>`,
      ),
  );
  const second = apply(first);
  expect(sheetPath(second.merged, "Tabel LKjIP")).toBe(ours);
  for (const gone of ["xl/charts/style1.xml", "xl/charts/colors1.xml", "xl/charts/_rels/chart1.xml.rels"]) {
    expect(second.parts.get(gone)).toBeNull();
    expect(second.merged.get("[Content_Types].xml")).not.toContain(`/${gone}"`);
  }
  // Same names for the new drawing and charts; the sheet list and the mark as they were.
  expect([...second.merged.keys()].sort()).toEqual([...apply(sampleParts).merged.keys()].sort());
  expect(second.merged.get("xl/workbook.xml")).toBe(first.get("xl/workbook.xml"));
});
