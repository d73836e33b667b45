/**
 * Looking inside an .xlsx before ExcelJS does: a zip bomb, a truncated archive or a sheet far
 * beyond any SAKIP workbook would otherwise exhaust memory or time. Every part is inflated here
 * with a hard cap on its size (so a part that lies about its size is caught too), the cells that
 * hold values are counted, and macros and links to other workbooks are noted (never run, never
 * opened). Errors are Indonesian sentences for the user.
 */
import { inflateRawSync } from "node:zlib";
import { listSheets } from "../xlsx/ooxml";

export class RefusedFile extends Error {}

export const LIMITS = {
  /** Parts in the archive; a workbook of 200 sheets has about 450. */
  parts: 10_000,
  /** Bytes one part may expand to. */
  partBytes: 200 * 1024 * 1024,
  /** Bytes all parts together may expand to. */
  totalBytes: 400 * 1024 * 1024,
  /** Cells holding a value, in all sheets: 2.6 × a 40-perangkat-daerah roll-up; keeps memory under 1 GB. */
  valueCells: 1_000_000,
  /** Rows in one sheet: 30 × the 10,000 respondents of a large SKM. */
  sheetRows: 300_000,
};

export interface Inspection {
  /** Notes for the user: macros ignored, external links not followed. */
  readonly notes: string[];
  readonly valueCells: number;
  /** The parts a cell reader needs (workbook, relationships, strings, styles, sheets), inflated. */
  readonly parts: Map<string, Buffer>;
}

/** Parts kept for reading cells; the rest (drawings, media, printer settings…) are only checked. */
const KEEP = /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

const fmt = (n: number) => n.toLocaleString("id-ID");
const corrupt = (why: string) => new RefusedFile(`berkas .xlsx rusak atau tidak lengkap (${why}); buka dan simpan ulang di Excel`);

function entries(buf: Buffer): Entry[] {
  // End of central directory: the last 22 bytes, or further back when there is a comment.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("akhir arsip tidak ditemukan, mungkin terpotong saat diunduh atau disalin");
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new RefusedFile("berkas memakai format ZIP64 (lebih dari 4 GB atau 65.535 bagian); ini bukan buku kerja SAKIP yang wajar");
  if (count > LIMITS.parts) throw new RefusedFile(`arsip berisi ${fmt(count)} bagian (batas ${fmt(LIMITS.parts)})`);
  const out: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt("daftar isi arsip rusak");
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: Entry = {
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
    };
    out.push(entry);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

function inflate(buf: Buffer, e: Entry): Buffer {
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) throw corrupt(`bagian ${e.name} tidak ditemukan`);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  if (start + e.compressed > buf.length) throw corrupt(`bagian ${e.name} terpotong`);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return data;
  if (e.method !== 8) throw corrupt(`bagian ${e.name} dimampatkan dengan cara yang tidak dikenal`);
  try {
    // One byte over the declared size is enough to know the declaration lies.
    return inflateRawSync(data, { maxOutputLength: e.size + 1 });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new RefusedFile(`bagian ${e.name} mengembang melebihi ukuran yang dinyatakannya (kemungkinan "bom zip"); berkas tidak dibuka`);
    }
    throw corrupt(`bagian ${e.name} tidak dapat diekstrak`);
  }
}

function count(xml: Buffer, tags: string[]): number {
  let n = 0;
  for (const tag of tags) {
    for (let i = xml.indexOf(tag); i >= 0; i = xml.indexOf(tag, i + tag.length)) n++;
  }
  return n;
}

/** Cells with a value (`<v>`) or an inline string (`<is>`), and rows (`<row>`), of a sheet part. */
function countSheet(xml: Buffer): { values: number; rows: number } {
  return { values: count(xml, ["<v>", "<v ", "<is>"]), rows: count(xml, ["<row ", "<row>"]) };
}

/** Sheet names by their part path, from xl/workbook.xml and its relationships. */
function sheetNames(parts: Map<string, Buffer>): Map<string, string> {
  const text = (name: string) => parts.get(name)?.toString("utf8") ?? "";
  const names = new Map<string, string>();
  for (const s of listSheets(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels"))) if (s.path) names.set(s.path, s.name);
  return names;
}

/** Inspects an .xlsx archive in memory; throws RefusedFile with the reason when it must not be opened. */
export function inspectXlsx(buf: Buffer): Inspection {
  const list = entries(buf);
  const declared = list.reduce((n, e) => n + e.size, 0);
  const big = list.find((e) => e.size > LIMITS.partBytes);
  if (big || declared > LIMITS.totalBytes) {
    throw new RefusedFile(`isi berkas mengembang menjadi ${fmt(Math.round(declared / 1048576))} MB setelah diekstrak (batas ${fmt(LIMITS.totalBytes / 1048576)} MB); kemungkinan "bom zip" atau bukan buku kerja SAKIP`);
  }
  // Parts a cell reader does not need are dropped as soon as they are checked.
  const parts = new Map<string, Buffer>();
  const counts: [string, { values: number; rows: number }][] = [];
  for (const e of list) {
    if (e.name.endsWith("/")) continue;
    const data = inflate(buf, e);
    if (data.length !== e.size) throw corrupt(`ukuran bagian ${e.name} tidak sesuai`);
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) counts.push([e.name, countSheet(data)]);
    if (KEEP.test(e.name)) parts.set(e.name, data);
  }
  if (!parts.has("xl/workbook.xml")) throw new RefusedFile("arsip ini bukan buku kerja Excel (xl/workbook.xml tidak ada)");
  const names = sheetNames(parts);
  let valueCells = 0;
  for (const [path, n] of counts) {
    const sheet = names.has(path) ? `sheet "${names.get(path)}"` : `bagian ${path}`;
    if (n.rows > LIMITS.sheetRows) {
      throw new RefusedFile(`${sheet} berisi ${fmt(n.rows)} baris (batas ${fmt(LIMITS.sheetRows)} baris per sheet); hapus baris di bawah tabel yang tidak dipakai atau pisahkan datanya`);
    }
    valueCells += n.values;
    if (valueCells > LIMITS.valueCells) {
      throw new RefusedFile(`${sheet} membuat jumlah sel berisi data melebihi ${fmt(LIMITS.valueCells)} (sheet ini saja ${fmt(n.values)}); periksa per perangkat daerah atau hapus data yang bukan tabel SAKIP`);
    }
  }
  const notes: string[] = [];
  if (list.some((e) => /^xl\/vbaProject\.bin$/i.test(e.name))) notes.push("berkas berisi makro; makro tidak dijalankan");
  const links = list.filter((e) => /^xl\/externalLinks\/[^/]+\.xml$/.test(e.name)).length;
  if (links > 0) notes.push(`berkas bertaut ke ${links} buku kerja lain; nilai tersimpan yang dipakai, tautannya tidak dibuka`);
  return { notes, valueCells, parts };
}
