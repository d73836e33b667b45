/**
 * A "rich" workbook for testing the command line's `--keluaran` copy: the sample
 * contoh/contoh-kecamatan.xlsx (SAKIP tables with planted inconsistencies, so findings and
 * highlights happen) with, added as real OOXML parts and relationships, the things a copy that
 * goes through a spreadsheet library tends to lose. RICH says where each one is.
 *
 * Built by hand, part by part, so the bytes are known: a copy writer that keeps parts byte for
 * byte can be checked against richWorkbookParts().
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { crc32, readZip, writeZip } from "./zip";

export interface Part {
  readonly name: string;
  readonly data: Buffer;
}

const SAMPLE = join(__dirname, "..", "..", "contoh", "contoh-kecamatan.xlsx");

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkg: "http://schemas.openxmlformats.org/package/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  tc: "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments",
} as const;

const CT = {
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  sheetMacro: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  chartsheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  threaded: "application/vnd.ms-excel.threadedcomments+xml",
  person: "application/vnd.ms-excel.person+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  pivotCache: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  metadata: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
  vba: "application/vnd.ms-office.vbaProject",
} as const;

const REL = {
  worksheet: `${NS.rel}/worksheet`,
  chartsheet: `${NS.rel}/chartsheet`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  image: `${NS.rel}/image`,
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  threaded: "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
  person: "http://schemas.microsoft.com/office/2017/10/relationships/person",
  pivotTable: `${NS.rel}/pivotTable`,
  pivotCache: `${NS.rel}/pivotCacheDefinition`,
  pivotRecords: `${NS.rel}/pivotCacheRecords`,
  table: `${NS.rel}/table`,
  metadata: `${NS.rel}/sheetMetadata`,
  externalLink: `${NS.rel}/externalLink`,
  externalPath: `${NS.rel}/externalLinkPath`,
  custom: `${NS.rel}/custom-properties`,
  vba: "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
} as const;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Where each added feature is, for tests that check a copy kept it. */
export const RICH = {
  /** The sample's sheet that gets error highlights; it also carries notes, a threaded comment, validation, a link, page breaks and an unknown extension. */
  highlightedSheet: { name: "PPS", part: "xl/worksheets/sheet3.xml" },
  notes: [
    { sheet: "PPS", cell: "A1", author: "Inspektorat Kabupaten", text: "Periksa kembali target triwulan." },
    { sheet: "PPS", cell: "D5", author: "Siti Rahma", text: "Target ini berbeda dengan Perjanjian Kinerja.", threaded: true },
  ],
  validation: { sheet: "PPS", sqref: "Q5:Q7", list: "Lampiran!$A$2:$A$5" },
  hyperlink: { sheet: "PPS", cell: "A1", location: "'Lampiran'!A1" },
  pageBreaks: { sheet: "PPS", afterRow: 4, afterColumn: 4 },
  unknownExtension: { sheet: "PPS", uri: "{5A4B1C0D-E001-4B5A-9D1E-5A4B1C0DE001}" },
  /** A data sheet with a table, a pivot source, a dynamic array, an external reference, a chart and a picture; protected with an editable range. */
  attachment: { name: "Lampiran", part: "xl/worksheets/sheet10.xml", index: 9 },
  /** Program / Anggaran, A1:B5 on Lampiran; the table and the pivot cache cover it. */
  data: [
    ["Pelayanan", 300],
    ["Pemerintahan", 100],
    ["Pelayanan", 400],
    ["Pemerintahan", 200],
  ] as const,
  table: { name: "TabelAnggaran", ref: "A1:B5" },
  dynamicArray: { cell: "D2", ref: "D2:D5", formula: "_xlfn._xlws.SORT(B2:B5)" },
  externalReference: { cell: "F2", formula: "[1]Anggaran!$A$1", cached: 1250000, file: "file:///C:/SAKIP/anggaran-2024.xlsx" },
  namedStyle: { name: "Catatan SAKIP", cell: "A7" },
  picture: { name: "Logo Kecamatan", part: "xl/media/image1.png", widthEmu: 952500, heightEmu: 952500 },
  pivot: { sheet: "Pivot", part: "xl/pivotTables/pivotTable1.xml", location: "A3:B6" },
  phonetic: { sheet: "Catatan Fonetik", part: "xl/worksheets/sheet12.xml" },
  chartSheet: { name: "Grafik", part: "xl/chartsheets/sheet1.xml" },
  definedNames: {
    constant: { name: "PersenTargetMinimal", value: "0.95" },
    hidden: { name: "_AnggaranTersembunyi", ref: "Lampiran!$B$2:$B$5" },
    local: { name: "DaftarProgram", localSheetId: 9, ref: "Lampiran!$A$2:$A$5" },
    printArea: { name: "_xlnm.Print_Area", localSheetId: 9, ref: "Lampiran!$A$1:$F$7" },
  },
  customProperty: { name: "Unit Kerja", value: "Kecamatan Contoh" },
  vbaProject: "xl/vbaProject.bin",
} as const;

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function rels(list: readonly { id: string; type: string; target: string; external?: boolean }[]): string {
  const items = list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`);
  return `${XML}<Relationships xmlns="${NS.pkg}">${items.join("")}</Relationships>`;
}

/** A small real PNG: 16×16, RGB, amber with a red diagonal. */
export function smallPng(): Buffer {
  const w = 16;
  const h = 16;
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc(h * (1 + w * 3));
  for (let y = 0; y < h; y++) {
    raw[y * (1 + w * 3)] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      const p = y * (1 + w * 3) + 1 + x * 3;
      const [r, g, b] = x === y ? [0xf4, 0x40, 0x40] : [0xff, 0xe0, 0x8a];
      raw[p] = r;
      raw[p + 1] = g;
      raw[p + 2] = b;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function inlineStr(ref: string, text: string, style?: number): string {
  return `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`} t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
}

function num(ref: string, v: number): string {
  return `<c r="${ref}"><v>${v}</v></c>`;
}

function barChart(title: string, barDir: "col" | "bar"): string {
  const cats = RICH.data.map(([p], i) => `<c:pt idx="${i}"><c:v>${p}</c:v></c:pt>`).join("");
  const vals = RICH.data.map(([, v], i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return (
    `${XML}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${esc(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${barDir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Lampiran!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Anggaran</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:cat><c:strRef><c:f>Lampiran!$A$2:$A$5</c:f><c:strCache><c:ptCount val="4"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Lampiran!$B$2:$B$5</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="4"/>${vals}</c:numCache></c:numRef></c:val></c:ser>` +
    `<c:gapWidth val="150"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>` +
    `<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${barDir === "col" ? "b" : "l"}"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/></c:catAx>` +
    `<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${barDir === "col" ? "l" : "b"}"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

function graphicFrame(id: number, name: string, relId: string): string {
  return (
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${esc(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame>`
  );
}

const marker = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;

const PERSON_ID = "{6C1F4E2A-3B5D-4F6E-8A7B-9C0D1E2F3A4B}";
const THREAD_ID = "{0A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9}";

/** The added parts and the edits to the sample's parts, as name → text (or bytes). */
function additions(macros: boolean): { add: Map<string, string | Buffer>; edit: Map<string, (xml: string) => string> } {
  const add = new Map<string, string | Buffer>();
  const edit = new Map<string, (xml: string) => string>();
  const [note, threaded] = RICH.notes;

  // --- PPS: notes (legacy comments with VML), a threaded comment, validation, a link, breaks, an unknown extension.
  add.set(
    "xl/comments1.xml",
    `${XML}<comments xmlns="${NS.main}"><authors><author>${note.author}</author><author>tc=${THREAD_ID}</author></authors><commentList>` +
      `<comment ref="${note.cell}" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>${note.author}:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">\n${note.text}</t></r></text></comment>` +
      `<comment ref="${threaded.cell}" authorId="1"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ${threaded.text}</t></text></comment>` +
      `</commentList></comments>`,
  );
  const vmlShape = (n: number, row: number, col: number) =>
    `<v:shape id="_x0000_s${1024 + n}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:${2 + row * 15}pt;width:144pt;height:60pt;z-index:${n};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  add.set(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>` +
      `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
      `${vmlShape(1, 0, 0)}${vmlShape(2, 4, 3)}</xml>`,
  );
  add.set(
    "xl/threadedComments/threadedComment1.xml",
    `${XML}<ThreadedComments xmlns="${NS.tc}" xmlns:x="${NS.main}"><threadedComment ref="${threaded.cell}" dT="2025-05-12T09:30:00.00" personId="${PERSON_ID}" id="${THREAD_ID}"><text>${threaded.text}</text></threadedComment></ThreadedComments>`,
  );
  add.set(
    "xl/persons/person.xml",
    `${XML}<personList xmlns="${NS.tc}" xmlns:x="${NS.main}"><person displayName="${threaded.author}" id="${PERSON_ID}" userId="siti.rahma@kecamatan-contoh.go.id" providerId="None"/></personList>`,
  );
  add.set(
    "xl/worksheets/_rels/sheet3.xml.rels",
    rels([
      { id: "rId1", type: REL.comments, target: "../comments1.xml" },
      { id: "rId2", type: REL.vmlDrawing, target: "../drawings/vmlDrawing1.vml" },
      { id: "rId3", type: REL.threaded, target: "../threadedComments/threadedComment1.xml" },
    ]),
  );
  edit.set(RICH.highlightedSheet.part, (xml) => {
    const v = RICH.validation;
    const beforeMargins =
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Program" error="Pilih program dari daftar." sqref="${v.sqref}"><formula1>${v.list}</formula1></dataValidation></dataValidations>` +
      `<hyperlinks><hyperlink ref="${RICH.hyperlink.cell}" location="${esc(RICH.hyperlink.location)}" display="Lihat lampiran"/></hyperlinks>`;
    const atEnd =
      `<rowBreaks count="1" manualBreakCount="1"><brk id="${RICH.pageBreaks.afterRow}" max="16383" man="1"/></rowBreaks>` +
      `<colBreaks count="1" manualBreakCount="1"><brk id="${RICH.pageBreaks.afterColumn}" max="1048575" man="1"/></colBreaks>` +
      `<legacyDrawing r:id="rId2"/>` +
      `<extLst><ext uri="${RICH.unknownExtension.uri}" xmlns:sk="urn:sakip-excel:uji"><sk:catatanUji nilai="ekstensi yang tidak dikenal harus tetap ada"/></ext></extLst>`;
    return must(must(xml, "<pageMargins", `${beforeMargins}<pageMargins`), "</worksheet>", `${atEnd}</worksheet>`);
  });

  // --- Lampiran: data with a table, a dynamic array, an external reference, a named style, protection, a drawing.
  const rows = RICH.data.map(([program, anggaran], i) => {
    const r = i + 2;
    let cells = inlineStr(`A${r}`, program) + num(`B${r}`, anggaran);
    if (r === 2) cells += `<c r="D2" cm="1"><f t="array" ref="${RICH.dynamicArray.ref}">${RICH.dynamicArray.formula}</f><v>${sorted()[0]}</v></c>`;
    else cells += num(`D${r}`, sorted()[i]!);
    if (r === 2) cells += `<c r="F2"><f>${RICH.externalReference.formula}</f><v>${RICH.externalReference.cached}</v></c>`;
    return `<row r="${r}">${cells}</row>`;
  });
  add.set(
    RICH.attachment.part,
    `${XML}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><dimension ref="A1:F7"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      `<sheetData><row r="1">${inlineStr("A1", "Program")}${inlineStr("B1", "Anggaran")}${inlineStr("D1", "Terurut")}${inlineStr("F1", "Tahun lalu")}</row>${rows.join("")}` +
      `<row r="7">${inlineStr(RICH.namedStyle.cell, "Catatan: angka dalam juta rupiah.", 3)}</row></sheetData>` +
      `<sheetProtection sheet="1" objects="1" scenarios="1"/><protectedRanges><protectedRange sqref="B2:B5" name="IsianAnggaran"/></protectedRanges>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`,
  );
  add.set(
    "xl/worksheets/_rels/sheet10.xml.rels",
    rels([
      { id: "rId1", type: REL.drawing, target: "../drawings/drawing1.xml" },
      { id: "rId2", type: REL.table, target: "../tables/table1.xml" },
    ]),
  );
  add.set(
    "xl/tables/table1.xml",
    `${XML}<table xmlns="${NS.main}" id="1" name="${RICH.table.name}" displayName="${RICH.table.name}" ref="${RICH.table.ref}" headerRowCount="1" totalsRowShown="0">` +
      `<autoFilter ref="${RICH.table.ref}"/><tableColumns count="2"><tableColumn id="1" name="Program"/><tableColumn id="2" name="Anggaran"/></tableColumns>` +
      `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  const pic = RICH.picture;
  add.set(
    "xl/drawings/drawing1.xml",
    `${XML}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(7, 0)}</xdr:from><xdr:to>${marker(14, 15)}</xdr:to>${graphicFrame(2, "Grafik Anggaran", "rId1")}<xdr:clientData/></xdr:twoCellAnchor>` +
      `<xdr:oneCellAnchor><xdr:from>${marker(7, 17)}</xdr:from><xdr:ext cx="${pic.widthEmu}" cy="${pic.heightEmu}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="${pic.name}" descr="Logo kecamatan (gambar uji)"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${pic.widthEmu}" cy="${pic.heightEmu}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`,
  );
  add.set(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels([
      { id: "rId1", type: REL.chart, target: "../charts/chart1.xml" },
      { id: "rId2", type: REL.image, target: "../media/image1.png" },
    ]),
  );
  add.set("xl/charts/chart1.xml", barChart("Anggaran per program", "col"));
  add.set(pic.part, smallPng());

  // --- The dynamic array's metadata.
  add.set(
    "xl/metadata.xml",
    `${XML}<metadata xmlns="${NS.main}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">` +
      `<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>` +
      `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
      `<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
  );

  // --- The external workbook the formula in F2 refers to as [1].
  add.set(
    "xl/externalLinks/externalLink1.xml",
    `${XML}<externalLink xmlns="${NS.main}" xmlns:r="${NS.r}"><externalBook r:id="rId1"><sheetNames><sheetName val="Anggaran"/></sheetNames>` +
      `<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>${RICH.externalReference.cached}</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  add.set("xl/externalLinks/_rels/externalLink1.xml.rels", rels([{ id: "rId1", type: REL.externalPath, target: RICH.externalReference.file, external: true }]));

  // --- Pivot: cache over Lampiran!A1:B5 (records included) and a pivot table on its own sheet.
  const programs = [...new Set(RICH.data.map(([p]) => p))];
  const amounts = RICH.data.map(([, v]) => v);
  add.set(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${XML}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="rId1" refreshOnLoad="0" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="${RICH.data.length}">` +
      `<cacheSource type="worksheet"><worksheetSource ref="${RICH.table.ref}" sheet="${RICH.attachment.name}"/></cacheSource><cacheFields count="2">` +
      `<cacheField name="Program" numFmtId="0"><sharedItems count="${programs.length}">${programs.map((p) => `<s v="${p}"/>`).join("")}</sharedItems></cacheField>` +
      `<cacheField name="Anggaran" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="${Math.min(...amounts)}" maxValue="${Math.max(...amounts)}"/></cacheField>` +
      `</cacheFields></pivotCacheDefinition>`,
  );
  add.set("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels([{ id: "rId1", type: REL.pivotRecords, target: "pivotCacheRecords1.xml" }]));
  add.set(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${XML}<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.r}" count="${RICH.data.length}">${RICH.data.map(([p, v]) => `<r><x v="${programs.indexOf(p)}"/><n v="${v}"/></r>`).join("")}</pivotCacheRecords>`,
  );
  add.set(
    RICH.pivot.part,
    `${XML}<pivotTableDefinition xmlns="${NS.main}" name="PivotAnggaran" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Nilai" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
      `<location ref="${RICH.pivot.location}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
      `<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="${programs.length + 1}">${programs.map((_, i) => `<item x="${i}"/>`).join("")}<item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
      `<rowFields count="1"><field x="0"/></rowFields><rowItems count="${programs.length + 1}">${programs.map((_, i) => (i === 0 ? "<i><x/></i>" : `<i><x v="${i}"/></i>`)).join("")}<i t="grand"><x/></i></rowItems>` +
      `<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Jumlah Anggaran" fld="1" baseField="0" baseItem="0"/></dataFields>` +
      `<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`,
  );
  add.set("xl/pivotTables/_rels/pivotTable1.xml.rels", rels([{ id: "rId1", type: REL.pivotCache, target: "../pivotCache/pivotCacheDefinition1.xml" }]));
  const sums = programs.map((p) => RICH.data.filter(([q]) => q === p).reduce((s, [, v]) => s + v, 0));
  const pivotRows = programs.map((p, i) => `<row r="${4 + i}">${inlineStr(`A${4 + i}`, p)}${num(`B${4 + i}`, sums[i]!)}</row>`);
  const grand = 4 + programs.length;
  add.set(
    "xl/worksheets/sheet11.xml",
    `${XML}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><dimension ref="A3:B${grand}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      `<sheetData><row r="3">${inlineStr("A3", "Label Baris")}${inlineStr("B3", "Jumlah Anggaran")}</row>${pivotRows.join("")}` +
      `<row r="${grand}">${inlineStr(`A${grand}`, "Total Keseluruhan")}${num(
        `B${grand}`,
        sums.reduce((s, v) => s + v, 0),
      )}</row></sheetData>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  add.set("xl/worksheets/_rels/sheet11.xml.rels", rels([{ id: "rId1", type: REL.pivotTable, target: "../pivotTables/pivotTable1.xml" }]));

  // --- Inline strings with phonetic runs (the names of a partner city, with their readings).
  const phonetic = (ref: string, base: string, reading: string) =>
    `<c r="${ref}" t="inlineStr"><is><t>${base}</t><rPh sb="0" eb="${base.length}"><t>${reading}</t></rPh><phoneticPr fontId="0" type="fullwidthKatakana"/></is></c>`;
  add.set(
    RICH.phonetic.part,
    `${XML}<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}"><dimension ref="A1:B2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
      `<sheetData><row r="1">${inlineStr("A1", "Kota mitra")}${phonetic("B1", "東京", "トウキョウ")}</row><row r="2">${inlineStr("A2", "Kota mitra kedua")}${phonetic("B2", "大阪", "オオサカ")}</row></sheetData>` +
      `<phoneticPr fontId="0" type="fullwidthKatakana"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );

  // --- A chart sheet.
  add.set(
    RICH.chartSheet.part,
    `${XML}<chartsheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetPr/><sheetViews><sheetView zoomScale="100" workbookViewId="0" zoomToFit="1"/></sheetViews>` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  );
  add.set("xl/chartsheets/_rels/sheet1.xml.rels", rels([{ id: "rId1", type: REL.drawing, target: "../drawings/drawing2.xml" }]));
  add.set(
    "xl/drawings/drawing2.xml",
    `${XML}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666667" cy="6300000"/>${graphicFrame(2, "Grafik Lembar", "rId1")}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
  );
  add.set("xl/drawings/_rels/drawing2.xml.rels", rels([{ id: "rId1", type: REL.chart, target: "../charts/chart2.xml" }]));
  add.set("xl/charts/chart2.xml", barChart("Anggaran per program (lembar grafik)", "bar"));

  // --- A named cell style (bold, from the sample's second font) used by Lampiran!A7 as cellXfs 3.
  edit.set("xl/styles.xml", (xml) => {
    let out = must(
      xml,
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
      '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"/></cellStyleXfs>',
    );
    out = must(out, '<cellXfs count="3">', '<cellXfs count="4">');
    out = must(out, "</cellXfs>", '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="1" applyFont="1"/></cellXfs>');
    return must(
      out,
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
      `<cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="${RICH.namedStyle.name}" xfId="1"/></cellStyles>`,
    );
  });

  // --- The workbook: protection, the new sheets, the external reference, defined names, the pivot cache.
  const dn = RICH.definedNames;
  edit.set("xl/workbook.xml", (xml) => {
    let out = must(xml, "<sheets>", '<workbookProtection lockStructure="1"/><sheets>');
    out = must(
      out,
      "</sheets>",
      `<sheet sheetId="10" name="${RICH.attachment.name}" state="visible" r:id="rId20"/><sheet sheetId="11" name="${RICH.pivot.sheet}" state="visible" r:id="rId21"/>` +
        `<sheet sheetId="12" name="${RICH.phonetic.sheet}" state="visible" r:id="rId22"/><sheet sheetId="13" name="${RICH.chartSheet.name}" state="visible" r:id="rId23"/></sheets>` +
        `<externalReferences><externalReference r:id="rId24"/></externalReferences>` +
        `<definedNames><definedName name="${dn.hidden.name}" hidden="1">${dn.hidden.ref}</definedName>` +
        `<definedName name="${dn.local.name}" localSheetId="${dn.local.localSheetId}">${dn.local.ref}</definedName>` +
        `<definedName name="${dn.constant.name}">${dn.constant.value}</definedName>` +
        `<definedName name="${dn.printArea.name}" localSheetId="${dn.printArea.localSheetId}">${dn.printArea.ref}</definedName></definedNames>`,
    );
    return must(out, '<calcPr calcId="171027"/>', '<calcPr calcId="171027"/><pivotCaches><pivotCache cacheId="1" r:id="rId25"/></pivotCaches>');
  });
  const workbookRels = [
    { id: "rId20", type: REL.worksheet, target: "worksheets/sheet10.xml" },
    { id: "rId21", type: REL.worksheet, target: "worksheets/sheet11.xml" },
    { id: "rId22", type: REL.worksheet, target: "worksheets/sheet12.xml" },
    { id: "rId23", type: REL.chartsheet, target: "chartsheets/sheet1.xml" },
    { id: "rId24", type: REL.externalLink, target: "externalLinks/externalLink1.xml" },
    { id: "rId25", type: REL.pivotCache, target: "pivotCache/pivotCacheDefinition1.xml" },
    { id: "rId26", type: REL.metadata, target: "metadata.xml" },
    { id: "rId27", type: REL.person, target: "persons/person.xml" },
    ...(macros ? [{ id: "rId28", type: REL.vba, target: "vbaProject.bin" }] : []),
  ];
  edit.set("xl/_rels/workbook.xml.rels", (xml) => must(xml, "</Relationships>", `${rels(workbookRels).replace(/^[\s\S]*?<Relationships[^>]*>/, "")}`));

  // --- Custom document properties, and the sheet list in app.xml.
  add.set(
    "docProps/custom.xml",
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${RICH.customProperty.name}"><vt:lpwstr>${RICH.customProperty.value}</vt:lpwstr></property>` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Tahun Anggaran"><vt:i4>2025</vt:i4></property></Properties>`,
  );
  edit.set("_rels/.rels", (xml) =>
    must(xml, "</Relationships>", `<Relationship Id="rId4" Type="${REL.custom}" Target="docProps/custom.xml"/></Relationships>`),
  );
  edit.set("docProps/app.xml", (xml) => {
    const worksheets = [...xml.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]!).filter((n) => n !== "Worksheets");
    const all = [...worksheets, RICH.attachment.name, RICH.pivot.sheet, RICH.phonetic.sheet];
    const heading = `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${all.length}</vt:i4></vt:variant><vt:variant><vt:lpstr>Charts</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>`;
    const titles = `<TitlesOfParts><vt:vector size="${all.length + 1}" baseType="lpstr">${[...all, RICH.chartSheet.name].map((n) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts>`;
    return xml.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, heading + titles);
  });

  // --- Content types for every new part.
  const overrides: [string, string][] = [
    ["/xl/worksheets/sheet10.xml", CT.worksheet],
    ["/xl/worksheets/sheet11.xml", CT.worksheet],
    ["/xl/worksheets/sheet12.xml", CT.worksheet],
    ["/xl/chartsheets/sheet1.xml", CT.chartsheet],
    ["/xl/drawings/drawing1.xml", CT.drawing],
    ["/xl/drawings/drawing2.xml", CT.drawing],
    ["/xl/charts/chart1.xml", CT.chart],
    ["/xl/charts/chart2.xml", CT.chart],
    ["/xl/comments1.xml", CT.comments],
    ["/xl/threadedComments/threadedComment1.xml", CT.threaded],
    ["/xl/persons/person.xml", CT.person],
    ["/xl/pivotTables/pivotTable1.xml", CT.pivotTable],
    ["/xl/pivotCache/pivotCacheDefinition1.xml", CT.pivotCache],
    ["/xl/pivotCache/pivotCacheRecords1.xml", CT.pivotRecords],
    ["/xl/tables/table1.xml", CT.table],
    ["/xl/metadata.xml", CT.metadata],
    ["/xl/externalLinks/externalLink1.xml", CT.externalLink],
    ["/docProps/custom.xml", CT.custom],
  ];
  edit.set("[Content_Types].xml", (xml) => {
    let out = macros ? must(xml, `ContentType="${CT.sheet}"`, `ContentType="${CT.sheetMacro}"`) : xml;
    const defaults = `<Default Extension="png" ContentType="image/png"/>${macros ? `<Default Extension="bin" ContentType="${CT.vba}"/>` : ""}`;
    out = must(out, '<Default Extension="xml" ContentType="application/xml"/>', `<Default Extension="xml" ContentType="application/xml"/>${defaults}`);
    return must(out, "</Types>", `${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`);
  });

  if (macros) add.set(RICH.vbaProject, Buffer.from("SAKIP Excel: bukan proyek VBA sungguhan, hanya bita uji.\n", "utf8"));
  return { add, edit };
}

/** The values of Lampiran!B2:B5, sorted, as the dynamic array D2:D5 shows them. */
function sorted(): number[] {
  return RICH.data.map(([, v]) => v as number).sort((a, b) => a - b);
}

/** Replaces the one occurrence of `find`; throws when the sample changed and it is not there. */
function must(xml: string, find: string, replace: string): string {
  const at = xml.indexOf(find);
  if (at < 0 || xml.indexOf(find, at + 1) >= 0) throw new Error(`rich-workbook: expected exactly one ${find.slice(0, 60)} in the sample`);
  return xml.slice(0, at) + replace + xml.slice(at + find.length);
}

/** Every part of the rich workbook, in zip order: the sample's parts (some edited), then the new ones. */
export function richWorkbookParts(options: { macros?: boolean } = {}): Part[] {
  const { add, edit } = additions(options.macros ?? false);
  const parts: Part[] = readZip(readFileSync(SAMPLE)).map((e) => {
    const f = edit.get(e.name);
    return { name: e.name, data: f ? Buffer.from(f(e.data.toString("utf8")), "utf8") : e.data };
  });
  const names = new Set(parts.map((p) => p.name));
  for (const name of edit.keys()) if (!names.has(name)) throw new Error(`rich-workbook: the sample has no ${name}`);
  for (const [name, data] of add) {
    if (names.has(name)) throw new Error(`rich-workbook: the sample already has ${name}`);
    parts.push({ name, data: typeof data === "string" ? Buffer.from(data, "utf8") : data });
  }
  return parts;
}

/** The rich workbook as .xlsx bytes. */
export function richWorkbook(): Buffer {
  return writeZip(richWorkbookParts().map((p) => ({ name: p.name, data: p.data })));
}

/** The same with a VBA project, as .xlsm bytes (the workbook's content type is macro-enabled). */
export function richXlsm(): Buffer {
  return writeZip(richWorkbookParts({ macros: true }).map((p) => ({ name: p.name, data: p.data })));
}
