/**
 * Opening an .xlsx archive before anything reads it: a zip bomb, a truncated archive or an
 * archive that shows one reader something else than another would otherwise exhaust memory or
 * let a hidden part through. The central directory is checked against the local headers, the
 * end record and itself; parts are inflated on demand with a hard cap on their declared size
 * (so a part that lies about its size is caught too). Macros and links to other workbooks are
 * noted (never run, never opened). Errors are Indonesian sentences for the user.
 *
 * Both checking (read-xlsx) and the highlighted copy use this one API, so what is checked is
 * exactly what is copied.
 */
import * as zlib from "node:zlib";

export class RefusedFile extends Error {}

export const LIMITS = {
  /** Parts in the archive; a workbook of 200 sheets has about 450. */
  parts: 10_000,
  /** Bytes one part may expand to. */
  partBytes: 200 * 1024 * 1024,
  /** Bytes all parts together may expand to. */
  totalBytes: 400 * 1024 * 1024,
};

export interface ArchiveEntry {
  /** As in the central directory, validated (no leading "/", "..", "\\", NUL; unique ignoring case). */
  readonly name: string;
  /** 0 stored or 8 deflate (others refused). */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** Declared uncompressed size. */
  readonly size: number;
  /** The compressed bytes exactly as stored in the file. */
  readonly raw: Buffer;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly internalAttrs: number;
  readonly externalAttrs: number;
  /** Central directory extra field and comment. */
  readonly extra: Buffer;
  readonly comment: Buffer;
}

export interface Archive {
  readonly entries: readonly ArchiveEntry[];
  /**
   * Inflated bytes of one part (exact name, or case-insensitive as OPC allows), capped at its
   * declared size; RefusedFile when it lies. undefined when absent. Not cached.
   */
  read(name: string): Buffer | undefined;
  /** Notes for the user (macros not run, external links not followed). */
  readonly notes: string[];
}

const fmt = (n: number) => n.toLocaleString("id-ID");
const corrupt = (why: string) => new RefusedFile(`berkas .xlsx rusak atau tidak lengkap (${why}); buka dan simpan ulang di Excel`);
const zip64 = () => new RefusedFile("berkas memakai format ZIP64 (lebih dari 4 GB atau 65.535 bagian); ini bukan buku kerja SAKIP yang wajar");
/** An archive that shows different readers different contents: refused, whatever it holds. */
const inconsistent = (why: string) => new RefusedFile(`daftar isi arsip tidak sesuai dengan isinya (${why}); berkas tidak dibuka`);

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const ZIP64_LOCATOR = 0x07064b50;

/** The end-of-central-directory record: the last one whose comment runs exactly to the end. */
function findEnd(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
  }
  throw corrupt("akhir arsip tidak ditemukan, mungkin terpotong saat diunduh atau disalin");
}

function checkName(name: string, seen: Set<string>): void {
  const shown = JSON.stringify(name.slice(0, 80));
  if (name === "" || name.startsWith("/") || name.includes("\\") || name.includes("\0") || name.split("/").some((s) => s === ".." || s === ".")) {
    throw inconsistent(`nama bagian ${shown} tidak sah`);
  }
  const key = name.toLowerCase();
  if (seen.has(key)) throw inconsistent(`bagian ${shown} muncul dua kali`);
  seen.add(key);
}

const crc32: (b: Buffer) => number = (zlib as unknown as { crc32?: (b: Buffer) => number }).crc32 ?? crc32Slow;

function crc32Slow(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Parses and checks an archive in memory; throws RefusedFile with the reason when it must not be
 * opened. Nothing is inflated here; `read` inflates one part at a time.
 */
export function openArchive(buf: Buffer): Archive {
  if (buf.length < 22) throw corrupt("akhir arsip tidak ditemukan, mungkin terpotong saat diunduh atau disalin");
  const end = findEnd(buf);
  if (end >= 20 && buf.readUInt32LE(end - 20) === ZIP64_LOCATOR) throw zip64();
  const disk = buf.readUInt16LE(end + 4);
  const cdDisk = buf.readUInt16LE(end + 6);
  const onDisk = buf.readUInt16LE(end + 8);
  const count = buf.readUInt16LE(end + 10);
  const cdSize = buf.readUInt32LE(end + 12);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || onDisk === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw zip64();
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw corrupt("arsip terbagi atas beberapa cakram");
  if (count > LIMITS.parts) throw new RefusedFile(`arsip berisi ${fmt(count)} bagian (batas ${fmt(LIMITS.parts)})`);
  // The directory must fill exactly the bytes between its offset and the end record: no record
  // hidden after the declared count, none before the declared offset.
  if (cdOffset + cdSize !== end) throw inconsistent("ukuran atau letak daftar isi tidak cocok dengan akhir arsip");

  const entries: ArchiveEntry[] = [];
  const seen = new Set<string>();
  const spans: [number, number, string][] = [];
  let declared = 0;
  let p = cdOffset;
  while (p < end) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL) throw corrupt("daftar isi arsip rusak");
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > end) throw corrupt("daftar isi arsip rusak");
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLength);
    const name = nameBytes.toString("utf8");
    if (entries.length >= count) throw inconsistent(`jumlah bagian di akhir arsip (${fmt(count)}) lebih kecil daripada isi daftar`);
    checkName(name, seen);
    const shown = JSON.stringify(name.slice(0, 80));
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const offset = buf.readUInt32LE(p + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) throw zip64();
    if (flags & 0x41) throw new RefusedFile(`bagian ${shown} dienkripsi; buka di Excel, hapus kata sandinya lalu simpan ulang`);
    if (method !== 0 && method !== 8) throw corrupt(`bagian ${shown} dimampatkan dengan cara yang tidak dikenal`);
    if (method === 0 && compressedSize !== size) throw inconsistent(`ukuran bagian ${shown} yang tidak dimampatkan tidak cocok`);
    declared += size;

    // The local header must say what the central directory says (JSZip and others trust it).
    if (offset + 30 > cdOffset || buf.readUInt32LE(offset) !== LOCAL) throw corrupt(`bagian ${shown} tidak ditemukan`);
    const localNameLength = buf.readUInt16LE(offset + 26);
    const localExtraLength = buf.readUInt16LE(offset + 28);
    const localName = buf.subarray(offset + 30, offset + 30 + localNameLength);
    if (!localName.equals(nameBytes)) throw inconsistent(`nama bagian ${shown} berbeda di kepala bagiannya`);
    const localFlags = buf.readUInt16LE(offset + 6);
    if (buf.readUInt16LE(offset + 8) !== method || (localFlags & 0x08) !== (flags & 0x08))
      throw inconsistent(`cara pemampatan bagian ${shown} berbeda di kepala bagiannya`);
    const lCrc = buf.readUInt32LE(offset + 14);
    const lCompressed = buf.readUInt32LE(offset + 18);
    const lSize = buf.readUInt32LE(offset + 22);
    const deferred = (flags & 0x08) !== 0 && lCrc === 0 && lCompressed === 0 && lSize === 0;
    if (!deferred && (lCrc !== crc || lCompressed !== compressedSize || lSize !== size))
      throw inconsistent(`ukuran atau CRC bagian ${shown} berbeda di kepala bagiannya`);
    const start = offset + 30 + localNameLength + localExtraLength;
    let stop = start + compressedSize;
    if (stop > cdOffset) throw corrupt(`bagian ${shown} terpotong`);
    if (flags & 0x08) {
      // Data descriptor after the data, with or without its signature; it too must agree.
      const sig = stop + 16 <= cdOffset && buf.readUInt32LE(stop) === DESCRIPTOR ? 4 : 0;
      if (stop + sig + 12 > cdOffset) throw corrupt(`bagian ${shown} terpotong`);
      if (buf.readUInt32LE(stop + sig) !== crc || buf.readUInt32LE(stop + sig + 4) !== compressedSize || buf.readUInt32LE(stop + sig + 8) !== size) {
        throw inconsistent(`ukuran atau CRC bagian ${shown} berbeda di catatan penutupnya`);
      }
      stop += sig + 12;
    }
    spans.push([offset, stop, name]);
    entries.push({
      name,
      method,
      crc32: crc,
      compressedSize,
      size,
      raw: buf.subarray(start, start + compressedSize),
      versionMadeBy: buf.readUInt16LE(p + 4),
      versionNeeded: buf.readUInt16LE(p + 6),
      flags,
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      internalAttrs: buf.readUInt16LE(p + 36),
      externalAttrs: buf.readUInt32LE(p + 38),
      extra: buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength),
      comment: buf.subarray(p + 46 + nameLength + extraLength, next),
    });
    p = next;
  }
  if (entries.length !== count) throw inconsistent(`jumlah bagian di akhir arsip (${fmt(count)}) tidak sama dengan isi daftar (${fmt(entries.length)})`);
  // No two parts share bytes (overlapping parts make small archives inflate to huge sizes).
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]![0] < spans[i - 1]![1]) throw inconsistent(`bagian ${JSON.stringify(spans[i]![2])} menumpang pada bagian ${JSON.stringify(spans[i - 1]![2])}`);
  }
  if (declared > LIMITS.totalBytes || entries.some((e) => e.size > LIMITS.partBytes)) {
    throw new RefusedFile(
      `isi berkas mengembang menjadi ${fmt(Math.round(declared / 1048576))} MB setelah diekstrak (batas ${fmt(LIMITS.totalBytes / 1048576)} MB); kemungkinan "bom zip" atau bukan buku kerja SAKIP`,
    );
  }

  const byName = new Map<string, ArchiveEntry>();
  const byLower = new Map<string, ArchiveEntry>();
  for (const e of entries) {
    byName.set(e.name, e);
    byLower.set(e.name.toLowerCase(), e);
  }
  const notes: string[] = [];
  if (entries.some((e) => /^xl\/vbaProject\.bin$/i.test(e.name))) notes.push("berkas berisi makro; makro tidak dijalankan");
  const links = entries.filter((e) => /^xl\/externalLinks\/[^/]+\.xml$/i.test(e.name)).length;
  if (links > 0) notes.push(`berkas bertaut ke ${links} buku kerja lain; nilai tersimpan yang dipakai, tautannya tidak dibuka`);
  return {
    entries,
    notes,
    read(name: string): Buffer | undefined {
      const e = byName.get(name) ?? byLower.get(name.toLowerCase());
      return e ? inflate(e) : undefined;
    },
  };
}

function inflate(e: ArchiveEntry): Buffer {
  const shown = JSON.stringify(e.name.slice(0, 80));
  let data: Buffer;
  if (e.method === 0) data = e.raw;
  else {
    try {
      // One byte over the declared size is enough to know the declaration lies. One output chunk
      // of that size (within the caps) spares zlib's copy of many small chunks into one.
      data = zlib.inflateRawSync(e.raw, { maxOutputLength: Math.max(1, e.size + 1), chunkSize: Math.max(64, e.size + 1) });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        throw new RefusedFile(`bagian ${e.name} mengembang melebihi ukuran yang dinyatakannya (kemungkinan "bom zip"); berkas tidak dibuka`);
      }
      throw corrupt(`bagian ${shown} tidak dapat diekstrak`);
    }
  }
  if (data.length > e.size)
    throw new RefusedFile(`bagian ${e.name} mengembang melebihi ukuran yang dinyatakannya (kemungkinan "bom zip"); berkas tidak dibuka`);
  if (data.length !== e.size) throw corrupt(`ukuran bagian ${shown} tidak sesuai`);
  if (crc32(data) !== e.crc32) throw corrupt(`isi bagian ${shown} tidak cocok dengan CRC-nya`);
  return data;
}
