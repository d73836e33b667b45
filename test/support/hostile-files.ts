/**
 * Hostile and unusual .xlsx files, built byte by byte (never downloaded, never committed): far
 * cells, rows beyond Excel's grid, huge merges, unclosed tags, huge shared strings, archives that
 * show different readers different parts, and valid but unusual encodings of the sample workbook
 * (namespace prefixes, UTF-16, the 1904 date system). The tests check each ends in a clear
 * Indonesian line or is read correctly; `npm run bench` measures each one's time and memory.
 */
import { readFileSync } from "node:fs";
import * as zlib from "node:zlib";
import { SAMPLE } from "../../src/cli/main";
import { readZip, writeZip, type ZipEntry } from "./zip";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const text = (s: string) => Buffer.from(s, "utf8");

/** The smallest workbook ExcelJS and Excel accept, with the given sheet XML and optional parts. */
export function minimalXlsx(sheetXml: Buffer, extra: ZipEntry[] = [], workbookInner = ""): Buffer {
  return writeZip([
    {
      name: "[Content_Types].xml",
      data: text(
        `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: "_rels/.rels",
      data: text(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: "xl/workbook.xml",
      data: text(
        `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${workbookInner}<sheets><sheet name="Data Besar" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: text(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml },
    ...extra,
  ]);
}

/** A worksheet part with the given <sheetData> content and what follows it (merges). */
export function sheet(rows: string, after = ""): Buffer {
  return text(`<?xml version="1.0"?><worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`);
}

const crc = (b: Buffer, previous?: number) => (zlib as unknown as { crc32: (b: Buffer, p?: number) => number }).crc32(b, previous);

/**
 * A part of head + body × times + tail, deflated without ever holding it inflated: each piece is
 * deflated on its own and ends with a full flush (no back-reference crosses it), so the repeated
 * piece's bytes can simply be repeated.
 */
export function repeatedPart(name: string, head: string, body: string, times: number, tail: string): ZipEntry {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 1 };
  const h = text(head);
  const b = text(body);
  const t = text(tail);
  const rawBody = zlib.deflateRawSync(b, flush);
  let c = crc(h);
  for (let i = 0; i < times; i++) c = crc(b, c);
  c = crc(t, c);
  const raw = Buffer.concat([zlib.deflateRawSync(h, flush), ...Array<Buffer>(times).fill(rawBody), zlib.deflateRawSync(t)]);
  return { name, data: Buffer.alloc(0), raw, declaredSize: h.length + b.length * times + t.length, crc: c };
}

/** The workbook, sheet and relationship parts of minimalXlsx, with a sharedStrings part given. */
function withSharedStrings(part: ZipEntry): Buffer {
  return minimalXlsx(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), [part]);
}

/** Offsets of the zip's records, to corrupt them on purpose. */
function locate(zip: Buffer): { eocd: number; central: number[]; local: number[] } {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  const central: number[] = [];
  const local: number[] = [];
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    central.push(p);
    local.push(zip.readUInt32LE(p + 42));
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return { eocd, central, local };
}

/** The name of part i as written in its local header, replaced by another of the same length. */
export function withLocalName(zip: Buffer, i: number, name: string): Buffer {
  const out = Buffer.from(zip);
  const { local } = locate(out);
  const at = local[i]!;
  if (out.readUInt16LE(at + 26) !== Buffer.byteLength(name)) throw new Error("same length only");
  out.write(name, at + 30, "utf8");
  return out;
}

/** The end record's entry count lowered by one, so a reader trusting it misses the last part. */
export function withCountOneLow(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  const { eocd } = locate(out);
  out.writeUInt16LE(out.readUInt16LE(eocd + 8) - 1, eocd + 8);
  out.writeUInt16LE(out.readUInt16LE(eocd + 10) - 1, eocd + 10);
  return out;
}

/** The end record's count and directory size both lowered, hiding the last record entirely. */
export function withLastRecordHidden(zip: Buffer): Buffer {
  const out = withCountOneLow(zip);
  const { eocd, central } = locate(out);
  // `locate` read count - 1 records; the hidden one starts where they end.
  const last = central[central.length - 1]!;
  const hidden = last + 46 + out.readUInt16LE(last + 28) + out.readUInt16LE(last + 30) + out.readUInt16LE(last + 32);
  out.writeUInt32LE(hidden - out.readUInt32LE(eocd + 16), eocd + 12);
  return out;
}

/** Every XML part of an .xlsx with its SpreadsheetML elements written with the prefix x:, as OpenXML-SDK exporters do. */
export function withPrefix(xlsx: Buffer): Buffer {
  return writeZip(
    readZip(xlsx).map((e) => {
      const s = e.data.toString("utf8");
      if (!e.name.endsWith(".xml") || !s.includes(`xmlns="${MAIN_NS}"`)) return e;
      const prefixed = s
        .replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`)
        .replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, (_, slash: string, name: string) => `<${slash}x:${name}`);
      return { name: e.name, data: text(prefixed) };
    }),
  );
}

/** Every XML part under xl/ of an .xlsx re-encoded as UTF-16 with a byte order mark (LE, or BE for styles). */
export function asUtf16(xlsx: Buffer): Buffer {
  return writeZip(
    readZip(xlsx).map((e) => {
      if (!e.name.startsWith("xl/") || !/\.(xml|rels)$/.test(e.name)) return e;
      const s = e.data.toString("utf8").replace(/^<\?xml([^?]*?)encoding="[^"]*"/, '<?xml$1encoding="UTF-16"');
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
      return { name: e.name, data: e.name.endsWith("styles.xml") ? Buffer.from(le).swap16() : le };
    }),
  );
}

/** A workbook in the 1904 date system: A1 holds serial `serial` formatted as a date (built-in format 14). */
export function date1904(serial: number, system1904 = true): Buffer {
  const styles = text(
    `<?xml version="1.0"?><styleSheet xmlns="${MAIN_NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  return minimalXlsx(
    sheet(`<row r="1"><c r="A1" s="1"><v>${serial}</v></c><c r="B1"><v>${serial}</v></c></row>`),
    [{ name: "xl/styles.xml", data: styles }],
    system1904 ? '<workbookPr date1904="1"/>' : "",
  );
}

/** The sample workbook with rows added at the end of its first sheet's data (after its last row). */
export function sampleWithRows(rowsXml: string): Buffer {
  let done = false;
  return writeZip(
    readZip(readFileSync(SAMPLE)).map((e) => {
      if (done || !/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) return e;
      done = true;
      return { name: e.name, data: text(e.data.toString("utf8").replace(/<\/sheetData>/, `${rowsXml}</sheetData>`)) };
    }),
  );
}

/** The hostile files, by name. Each builds its archive when called. */
export const HOSTILE: Record<string, () => Buffer> = {
  /** The sample with one value in the last cell of Excel's grid: valid, read sparsely. */
  xfd1048576: () => sampleWithRows('<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>'),
  /** The sample with a value at XFD60 and one at A1048576: valid, read sparsely. */
  "xfd60-a1048576": () => sampleWithRows('<row r="60"><c r="XFD60"><v>1</v></c></row><row r="1048576"><c r="A1048576"><v>2</v></c></row>'),
  /** A row number past 2^32. */
  "baris-2pangkat32": () => minimalXlsx(sheet('<row r="4294967297"><c r="A4294967297"><v>1</v></c></row>')),
  /** A column past XFD. */
  "kolom-xfe": () => minimalXlsx(sheet('<row r="1"><c r="XFE1"><v>1</v></c></row>')),
  /** One merge over a hundred billion rows. */
  "merge-a99999999999": () =>
    minimalXlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:A99999999999"/></mergeCells>')),
  /** 2,000 merges of 100 × 100 cells (20 million merged cells). */
  "merge-2000x100x100": () => {
    const merges: string[] = [];
    for (let i = 0; i < 2000; i++) merges.push(`<mergeCell ref="A${i * 100 + 1}:CV${i * 100 + 100}"/>`);
    return minimalXlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>', `<mergeCells count="2000">${merges.join("")}</mergeCells>`));
  },
  /** A million <c> tags never closed (quadratic for a lazy regular expression). */
  "sejuta-c-terbuka": () => minimalXlsx(sheet(`<row r="2">${'<c r="B2">'.repeat(1_000_000)}</row>`)),
  /** One shared string of 199 MB. */
  "teks-bersama-199mb": () =>
    withSharedStrings(
      repeatedPart("xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="${MAIN_NS}"><si><t>`, "a".repeat(1 << 20), 199, "</t></si></sst>"),
    ),
  /** Thirty million empty shared strings. */
  "30juta-si-kosong": () =>
    withSharedStrings(repeatedPart("xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="${MAIN_NS}">`, "<si/>".repeat(100_000), 300, "</sst>")),
  /** The local header names another sheet than the central directory. */
  "nama-lokal-berbeda": () => withLocalName(minimalXlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>')), 4, "xl/worksheets/sheetX.xml"),
  /** The end record counts one part too few (a reader trusting it misses the last part; JSZip reads it). */
  "jumlah-kurang-satu": () =>
    withCountOneLow(minimalXlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), [{ name: "xl/vbaProject.bin", data: text("Sub Auto_Open()") }])),
  /** Two parts with the same name but for case. */
  "nama-kembar": () =>
    minimalXlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), [
      { name: "XL/Worksheets/Sheet1.xml", data: sheet('<row r="1"><c r="A1"><v>2</v></c></row>') },
    ]),
};
