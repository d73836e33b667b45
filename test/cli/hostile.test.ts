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
import { asUtf16, date1904, HOSTILE, minimalXlsx, withLastRecordHidden, withPrefix } from "../support/hostile-files";
import { readZip, writeZip } from "../support/zip";

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
    minimalXlsx(Buffer.from("<worksheet/>"), [
      { name: "xl/media/isi.bin", data: Buffer.alloc(0), raw: deflateRawSync(Buffer.alloc(1024)), declaredSize: 3_900_000_000 },
    ]),
  );
  // Declares 1 KB but expands to 64 MB of zeros (and would go on): caught while inflating.
  const lying = file(
    "bom-berbohong.xlsx",
    minimalXlsx(Buffer.from("<worksheet/>"), [
      { name: "xl/styles.xml", data: Buffer.alloc(1024), raw: deflateRawSync(Buffer.alloc(64 * 1024 * 1024)), declaredSize: 1024 },
    ]),
  );
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
  const xlsm = file(
    "dengan-makro.xlsm",
    writeZip([...parts, { name: "xl/vbaProject.bin", data: Buffer.from('Attribute VB_Name = "Module1"\nSub Auto_Open()\nShell "calc.exe"\nEnd Sub\n') }]),
  );
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
    writeZip([
      ...parts,
      {
        name: "xl/externalLinks/externalLink1.xml",
        data: Buffer.from(
          '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook><sheetNames><sheetName val="Target"/></sheetNames></externalBook></externalLink>',
        ),
      },
    ]),
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

function readBuffer(buf: Buffer) {
  const archive = openArchive(buf);
  return readOoxml((name) => archive.read(name));
}

test("far cells inside Excel's grid are read sparsely; cells, rows and merges outside it are refused naming the sheet and cell", async () => {
  const names = ["xfd1048576", "xfd60-a1048576", "baris-2pangkat32", "kolom-xfe", "merge-a99999999999", "merge-2000x100x100", "sejuta-c-terbuka"];
  const paths = names.map((n) => file(`${n}.xlsx`, HOSTILE[n]!()));
  const good = file("baik-2.xlsx", sample);
  const { files } = await check([...paths, good]);
  const by = new Map(files.map((f, i) => [names[i] ?? "baik", f]));
  // A stray far value changes nothing in what the sample's tables say.
  const said = (f: JsonFile) => f.findings.map((x) => `${x.sheet}!${x.cell} ${x.rule} ${x.message}`);
  expect(by.get("xfd1048576")!.error).toBeUndefined();
  expect(said(by.get("xfd1048576")!)).toEqual(said(by.get("baik")!));
  expect(by.get("xfd60-a1048576")!.error).toBeUndefined();
  expect(said(by.get("xfd60-a1048576")!)).toEqual(said(by.get("baik")!));
  expect(by.get("baris-2pangkat32")!.error).toMatch(/sheet "Data Besar": baris 4294967297 berada di luar batas Excel/);
  expect(by.get("kolom-xfe")!.error).toMatch(/sheet "Data Besar": sel XFE1 berada di luar batas Excel \(kolom terakhir XFD/);
  expect(by.get("merge-a99999999999")!.error).toMatch(/sheet "Data Besar": sel A1:A99999999999 berada di luar batas Excel/);
  expect(by.get("merge-2000x100x100")!.error).toMatch(/sheet "Data Besar" membuat sel gabungan \(merge\) melebihi batas/);
  // A million <c> never closed: scanned once, read, and nothing in them.
  expect(by.get("sejuta-c-terbuka")!.error).toMatch(/tidak ada tabel SAKIP/);
  expect(by.get("baik")!.error).toBeUndefined();
  expect(by.get("baik")!.findings.length).toBeGreaterThanOrEqual(12);

  const far = readBuffer(HOSTILE["xfd1048576"]!()).sheets[0]!;
  const plain = readBuffer(sample).sheets[0]!;
  expect(far.rows.length).toBe(1_048_576);
  expect(far.rows[1_048_575]!.length).toBe(16_384);
  expect(far.rows[1_048_575]![16_383]).toBe(7);
  expect(far.rows.slice(0, plain.rows.length)).toEqual(plain.rows);
  expect(far.rows[plain.rows.length + 1]).toEqual([]);
  const two = readBuffer(HOSTILE["xfd60-a1048576"]!()).sheets[0]!;
  expect(two.rows[59]![16_383]).toBe(1);
  expect(two.rows[1_048_575]).toEqual([2]);
  expect(readBuffer(HOSTILE["sejuta-c-terbuka"]!()).sheets[0]!.rows).toEqual([]);
});

test("huge shared strings are refused by the real limits; the good file is checked", async () => {
  const big = file("teks-199mb.xlsx", HOSTILE["teks-bersama-199mb"]!());
  const many = file("30juta-si.xlsx", HOSTILE["30juta-si-kosong"]!());
  const good = file("baik-3.xlsx", sample);
  const { files } = await check([big, many, good]);
  expect(files[0]!.error).toMatch(
    new RegExp(`teks bersama \\(sharedStrings\\) berisi lebih dari ${READ_LIMITS.sharedStringChars.toLocaleString("id-ID").replace(/\./g, "\\.")} karakter`),
  );
  expect(files[1]!.error).toMatch(/daftar teks bersama \(sharedStrings\) berisi lebih dari 1\.000\.000 teks/);
  expect(files[2]!.error).toBeUndefined();
  expect(files[2]!.findings.length).toBeGreaterThanOrEqual(12);
});

test("archives that show different readers different parts are refused; the good file is checked", async () => {
  const names = ["nama-lokal-berbeda", "jumlah-kurang-satu", "nama-kembar"];
  const paths = names.map((n) => file(`${n}.xlsx`, HOSTILE[n]!()));
  const hidden = file("tersembunyi.xlsx", withLastRecordHidden(HOSTILE["xfd60-a1048576"]!()));
  const good = file("baik-4.xlsx", sample);
  const { files } = await check([...paths, hidden, good]);
  expect(files[0]!.error).toMatch(/daftar isi arsip tidak sesuai dengan isinya \(nama bagian "xl\/worksheets\/sheet1\.xml" berbeda di kepala bagiannya\)/);
  expect(files[1]!.error).toMatch(/jumlah bagian di akhir arsip \(5\) lebih kecil daripada isi daftar/);
  expect(files[2]!.error).toMatch(/bagian "XL\/Worksheets\/Sheet1\.xml" muncul dua kali/);
  expect(files[3]!.error).toMatch(/ukuran atau letak daftar isi tidak cocok dengan akhir arsip/);
  expect(files[4]!.error).toBeUndefined();
  expect(files[4]!.findings.length).toBeGreaterThanOrEqual(12);
});

/** Changes part `index` of a zip (its central record at `cd`, its local header at `local`). */
function patched(zip: Buffer, edit: (out: Buffer, at: { cd: number; local: number; eocd: number }) => void, index = 0): Buffer {
  const out = Buffer.from(zip);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let cd = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < index; i++) cd += 46 + out.readUInt16LE(cd + 28) + out.readUInt16LE(cd + 30) + out.readUInt16LE(cd + 32);
  edit(out, { cd, local: out.readUInt32LE(cd + 42), eocd });
  return out;
}

test("openArchive: names, overlaps, headers that disagree, ZIP64 and data descriptors", () => {
  const one = (name: string) => writeZip([{ name, data: Buffer.from("<x/>") }]);
  for (const bad of ["/xl/workbook.xml", "xl/../workbook.xml", "xl\\workbook.xml", "xl/work\u0000book.xml"]) {
    expect(() => openArchive(one(bad))).toThrow(/nama bagian .* tidak sah/);
  }
  const two = writeZip([
    { name: "a.xml", data: Buffer.from("<a>satu</a>") },
    { name: "b.xml", data: Buffer.from("<b>dua</b>") },
  ]);
  expect(openArchive(two).read("A.XML")!.toString()).toBe("<a>satu</a>");
  expect(openArchive(two).read("c.xml")).toBeUndefined();
  // The second central record points at the first part's bytes.
  expect(() => openArchive(patched(two, (o, at) => o.writeUInt32LE(0, at.cd + 42), 1))).toThrow(/nama bagian "b\.xml" berbeda|menumpang/);
  const sameName = writeZip([
    { name: "a.xml", data: Buffer.from("<a/>") },
    { name: "b.xml", data: Buffer.from("<b/>") },
  ]);
  expect(() =>
    openArchive(
      patched(
        sameName,
        (o, at) => {
          o.writeUInt32LE(0, at.cd + 42);
          o.write("a.xml", at.cd + 46);
        },
        1,
      ),
    ),
  ).toThrow(/muncul dua kali/);
  expect(() => openArchive(patched(two, (o, at) => o.writeUInt32LE(o.readUInt32LE(at.local + 22) + 1, at.local + 22)))).toThrow(/berbeda di kepala bagiannya/);
  expect(() => openArchive(patched(two, (o, at) => o.writeUInt16LE(0, at.local + 8)))).toThrow(/cara pemampatan/);
  expect(() => openArchive(patched(two, (o, at) => o.writeUInt16LE(12, at.cd + 10)))).toThrow(/cara yang tidak dikenal/);
  expect(() => openArchive(patched(two, (o, at) => o.writeUInt16LE(0xffff, at.eocd + 10)))).toThrow(/ZIP64/);
  expect(() => openArchive(patched(two, (o, at) => o.writeUInt32LE(0xffffffff, at.cd + 24)))).toThrow(/ZIP64/);
  // A CRC that does not match what inflates.
  expect(() =>
    openArchive(
      patched(two, (o, at) => {
        o.writeUInt32LE(1, at.cd + 16);
        o.writeUInt32LE(1, at.local + 14);
      }),
    ).read("a.xml"),
  ).toThrow(/tidak cocok dengan CRC-nya/);

  // A data descriptor (flag bit 3): local sizes 0, the real ones after the data.
  const data = Buffer.from("<a>deskriptor</a>");
  const body = deflateRawSync(data);
  const name = Buffer.from("a.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(name.length, 26);
  const crc = openArchive(writeZip([{ name: "a.xml", data }])).entries[0]!.crc32;
  const desc = Buffer.alloc(16);
  desc.writeUInt32LE(0x08074b50, 0);
  desc.writeUInt32LE(crc, 4);
  desc.writeUInt32LE(body.length, 8);
  desc.writeUInt32LE(data.length, 12);
  const cd = Buffer.alloc(46);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt16LE(20, 4);
  cd.writeUInt16LE(20, 6);
  cd.writeUInt16LE(8, 8);
  cd.writeUInt16LE(8, 10);
  cd.writeUInt32LE(crc, 16);
  cd.writeUInt32LE(body.length, 20);
  cd.writeUInt32LE(data.length, 24);
  cd.writeUInt16LE(name.length, 28);
  const localPart = Buffer.concat([local, name, body, desc]);
  const dir = Buffer.concat([cd, name]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  const withDescriptor = Buffer.concat([localPart, dir, end]);
  expect(openArchive(withDescriptor).read("a.xml")!.toString()).toBe("<a>deskriptor</a>");
  const lyingDescriptor = Buffer.from(withDescriptor);
  lyingDescriptor.writeUInt32LE(data.length + 5, 30 + name.length + body.length + 12);
  expect(() => openArchive(lyingDescriptor)).toThrow(/catatan penutupnya/);
});

test("valid but unusual: namespace prefixes, UTF-16 parts and the 1904 date system are read", async () => {
  const plain = readBuffer(sample);
  expect(readBuffer(withPrefix(sample))).toEqual(plain);
  expect(readBuffer(asUtf16(sample))).toEqual(plain);
  const prefixed = file("berawalan.xlsx", withPrefix(sample));
  const utf16 = file("utf16.xlsx", asUtf16(sample));
  const good = file("baik-5.xlsx", sample);
  const { files } = await check([prefixed, utf16, good]);
  const strip = (f: JsonFile) => f.findings.map((x) => `${x.sheet}!${x.cell} ${x.rule} ${x.message}`);
  expect(files[2]!.findings.length).toBeGreaterThanOrEqual(12);
  expect(strip(files[0]!)).toEqual(strip(files[2]!));
  expect(strip(files[1]!)).toEqual(strip(files[2]!));

  const day = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  expect(readBuffer(date1904(45_000)).sheets[0]!.rows[0]).toEqual([iso(Date.UTC(1904, 0, 1) + 45_000 * day), 45_000]);
  expect(readBuffer(date1904(45_000, false)).sheets[0]!.rows[0]).toEqual([iso(Date.UTC(1899, 11, 30) + 45_000 * day), 45_000]);
  expect(readBuffer(date1904(0)).sheets[0]!.rows[0]).toEqual(["1904-01-01", 0]);
});
