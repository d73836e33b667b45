/**
 * Hostile and broken files: each ends with a clear Indonesian message, in bounded time and memory,
 * and the other files of the batch are still checked. Built here, byte by byte, not downloaded.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { main, SAMPLE } from "../../src/cli/main";
import { LIMITS, openArchive, RefusedFile } from "../../src/cli/zip-guard";
import { READ_LIMITS, readOoxml, RefusedWorkbook } from "../../src/xlsx/ooxml";
import { readZip, writeZip, type ZipEntry } from "../support/zip";

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), "sakip-hostile-"));
const sample = readFileSync(SAMPLE);

interface JsonFile {
  file: string;
  error?: string;
  notes?: string[];
  findings: { sheet: string; cell: string; rule: string; message: string }[];
}

async function check(files: string[]): Promise<{ code: number; files: JsonFile[] }> {
  let out = "";
  const code = await main(["periksa", ...files, "--json"], { out: (s) => void (out += s), err: () => undefined });
  return { code, files: (JSON.parse(out) as { files: JsonFile[] }).files };
}

function file(name: string, data: Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
}

/** The smallest workbook ExcelJS and Excel accept, with the given sheet XML. */
function minimalXlsx(sheetXml: Buffer, extra: ZipEntry[] = []): Buffer {
  const text = (s: string) => Buffer.from(s, "utf8");
  return writeZip([
    { name: "[Content_Types].xml", data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>') },
    { name: "_rels/.rels", data: text('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: "xl/workbook.xml", data: text('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data Besar" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: "xl/_rels/workbook.xml.rels", data: text('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>') },
    { name: "xl/worksheets/sheet1.xml", data: sheetXml },
    ...extra,
  ]);
}

function millionRows(): Buffer {
  const parts = ['<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= 1_000_000; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  parts.push("</sheetData></worksheet>");
  return Buffer.from(parts.join(""), "utf8");
}

test("not a zip, a truncated zip, a zip bomb (declared and lying) and a million rows: each refused with its reason; the good file is checked", async () => {
  const notZip = file("catatan.xlsx", Buffer.from("Ini bukan buku kerja, hanya teks.\n"));
  const truncated = file("terpotong.xlsx", sample.subarray(0, Math.floor(sample.length / 2)));
  // Declares 3,9 GB for one part: refused before anything is inflated.
  const declared = file(
    "bom-dinyatakan.xlsx",
    minimalXlsx(Buffer.from("<worksheet/>"), [{ name: "xl/media/isi.bin", data: Buffer.alloc(0), raw: deflateRawSync(Buffer.alloc(1024)), declaredSize: 3_900_000_000 }]),
  );
  // Declares 1 KB but expands to 64 MB of zeros (and would go on): caught while inflating.
  const lying = file("bom-berbohong.xlsx", minimalXlsx(Buffer.from("<worksheet/>"), [{ name: "xl/styles.xml", data: Buffer.alloc(1024), raw: deflateRawSync(Buffer.alloc(64 * 1024 * 1024)), declaredSize: 1024 }]));
  const huge = file("sejuta-baris.xlsx", minimalXlsx(millionRows()));
  const good = file("baik.xlsx", sample);

  const { code, files } = await check([notZip, truncated, declared, lying, huge, good]);
  expect(code).toBe(2);
  const by = new Map(files.map((f) => [f.file, f]));
  expect(by.get(notZip)!.error).toMatch(/bukan berkas \.xlsx/);
  expect(by.get(truncated)!.error).toMatch(/rusak atau tidak lengkap \(akhir arsip tidak ditemukan, mungkin terpotong/);
  expect(by.get(declared)!.error).toMatch(/mengembang menjadi 3\.719 MB setelah diekstrak \(batas 400 MB\).*bom zip/);
  expect(by.get(lying)!.error).toMatch(/xl\/styles\.xml mengembang melebihi ukuran yang dinyatakannya.*bom zip/);
  expect(by.get(huge)!.error).toMatch(/sheet "Data Besar" berisi lebih dari 300\.000 baris \(batas 300\.000 baris per sheet\)/);
  // The good file of the same batch is checked in full.
  expect(by.get(good)!.error).toBeUndefined();
  expect(by.get(good)!.findings.length).toBeGreaterThanOrEqual(12);
});

test("the archive's and the reader's limits hold whatever the size of the archive's lies", () => {
  const cells = (n: number, perRow: number) => {
    const rows: string[] = [];
    for (let r = 1; r <= n / perRow; r++) rows.push(`<row r="${r}">${"<c><v>1</v></c>".repeat(perRow)}</row>`);
    return Buffer.from(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`);
  };
  const read = (buf: Buffer) => {
    const archive = openArchive(buf);
    return readOoxml((name) => archive.read(name));
  };
  expect(() => read(minimalXlsx(cells(READ_LIMITS.valueCells + 10, 10)))).toThrow(RefusedWorkbook);
  expect(() => read(minimalXlsx(cells(READ_LIMITS.valueCells + 10, 10)))).toThrow(/sheet "Data Besar" membuat jumlah sel berisi data melebihi 1\.000\.000/);
  const ok = read(minimalXlsx(cells(400_000, 10)));
  expect(ok.sheets[0]!.rows.length).toBe(40_000);
  expect(ok.sheets[0]!.rows.every((row) => row.length === 10)).toBe(true);
  expect(() => openArchive(writeZip([{ name: "a", data: Buffer.alloc(10), declaredSize: LIMITS.partBytes + 1 }]))).toThrow(RefusedFile);
  expect(() => openArchive(Buffer.from("PK\u0003\u0004 tanpa daftar isi"))).toThrow(/akhir arsip tidak ditemukan/);
});

test("an archive without xl/workbook.xml is not an Excel workbook", async () => {
  const word = file("dokumen.xlsx", writeZip([{ name: "word/document.xml", data: Buffer.from("<w/>") }]));
  const { files } = await check([word]);
  expect(files[0]!.error).toMatch(/bukan buku kerja Excel/);
});

async function sampleWith(edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(sample as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("an .xlsm with macros is checked, and the macros are never run (only noted)", async () => {
  const parts = readZip(sample);
  const xlsm = file("dengan-makro.xlsm", writeZip([...parts, { name: "xl/vbaProject.bin", data: Buffer.from("Attribute VB_Name = \"Module1\"\nSub Auto_Open()\nShell \"calc.exe\"\nEnd Sub\n") }]));
  const { files } = await check([xlsm]);
  expect(files[0]!.error).toBeUndefined();
  expect(files[0]!.notes).toEqual(["berkas berisi makro; makro tidak dijalankan"]);
  expect(files[0]!.findings.length).toBeGreaterThanOrEqual(12);
});

test("links to other workbooks: the cached values are used and the link is noted, never followed", async () => {
  const linked = await sampleWith((wb) => {
    // PK 2025!F7 = 80 in the sample; here it comes from another workbook, with 80 cached.
    wb.getWorksheet("PK 2025")!.getCell("F7").value = { formula: "[1]Target!B2", result: 80 } as ExcelJS.CellFormulaValue;
  });
  const parts = readZip(linked);
  const withLink = file(
    "bertaut.xlsx",
    writeZip([...parts, { name: "xl/externalLinks/externalLink1.xml", data: Buffer.from('<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook><sheetNames><sheetName val="Target"/></sheetNames></externalBook></externalLink>') }]),
  );
  const { files } = await check([withLink]);
  expect(files[0]!.notes).toEqual(["berkas bertaut ke 1 buku kerja lain; nilai tersimpan yang dipakai, tautannya tidak dibuka"]);
  expect(files[0]!.findings.filter((f) => f.sheet === "PK 2025" && f.cell === "F7")).toEqual([]);
});

test("formulas with cached errors are findings at their cell, naming the error", async () => {
  const withError = file(
    "galat.xlsx",
    await sampleWith((wb) => {
      wb.getWorksheet("PK 2025")!.getCell("F7").value = { formula: "VLOOKUP(D7,Target!A:B,2,FALSE)", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
    }),
  );
  const { files } = await check([withError]);
  const f = files[0]!.findings.filter((x) => x.sheet === "PK 2025" && x.cell === "F7");
  expect(f.map((x) => x.rule)).toEqual(["tidak-terbaca"]);
  expect(f[0]!.message).toMatch(/galat #N\/A/);
});
