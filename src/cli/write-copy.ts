/**
 * The highlighted copy: the input archive with every part copied byte for byte (its compressed
 * bytes as stored, so charts, pivots, macros, links and anything we do not understand survive),
 * except the few parts add-findings (or add-lkjip) changes, adds or removes. Read through the same guard as checking.
 *
 * The zip writer is written here rather than taken from a library because it must pass the
 * input's compressed entries through untouched; the zip libraries at hand (JSZip, yazl, fflate)
 * inflate and recompress or store every entry.
 */
import { crc32, deflateRawSync } from "node:zlib";
import type { Finding } from "../core/findings";
import type { NumberAt } from "../core/lkjip/layout";
import type { LkjipTables } from "../core/lkjip/types";
import { addFindingsToParts } from "../xlsx/add-findings";
import { addLkjipToParts } from "../xlsx/add-lkjip";
import { decodePart } from "../xlsx/ooxml";
import type { TextPart } from "../xlsx/parts";
import { openArchive, type ArchiveEntry } from "./zip-guard";

/** A changed part is written as UTF-8, so its declaration must say so. */
function encodePart(text: string): Buffer {
  return Buffer.from(text.replace(/^(<\?xml[^>]*\sencoding=")[^"]*(")/i, "$1UTF-8$2"), "utf8");
}

/** An entry to write: an input entry's fields, with its name as bytes and its compressed body. */
type Out = Omit<ArchiveEntry, "name" | "raw" | "compressedSize" | "extra" | "comment"> & {
  readonly name: Buffer;
  readonly body: Uint8Array;
  readonly extra: Uint8Array;
  readonly comment: Uint8Array;
};

/** An input entry as it was, sizes in the local header (no data descriptor). */
function copied(e: ArchiveEntry): Out {
  return { ...e, name: Buffer.from(e.name, "utf8"), body: e.raw, flags: e.flags & ~0x8 };
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function fresh(name: string, text: string, like: ArchiveEntry | undefined, now: { time: number; date: number }): Out {
  const data = encodePart(text);
  return {
    name: Buffer.from(name, "utf8"),
    method: 8,
    crc32: crc32(data),
    size: data.length,
    body: deflateRawSync(data),
    versionMadeBy: like?.versionMadeBy ?? 20,
    versionNeeded: 20,
    flags: (like?.flags ?? 0) & 0x800,
    time: like?.time ?? now.time,
    date: like?.date ?? now.date,
    internalAttrs: like?.internalAttrs ?? 0,
    externalAttrs: like?.externalAttrs ?? 0,
    extra: like?.extra ?? Buffer.alloc(0),
    comment: like?.comment ?? Buffer.alloc(0),
  };
}

/** The fields a local header and a central-directory record share, in the same order, from `at`. */
function writeShared(b: Buffer, at: number, e: Out): void {
  b.writeUInt16LE(e.versionNeeded, at);
  b.writeUInt16LE(e.flags, at + 2);
  b.writeUInt16LE(e.method, at + 4);
  b.writeUInt16LE(e.time, at + 6);
  b.writeUInt16LE(e.date, at + 8);
  b.writeUInt32LE(e.crc32, at + 10);
  b.writeUInt32LE(e.body.length, at + 14);
  b.writeUInt32LE(e.size, at + 18);
  b.writeUInt16LE(e.name.length, at + 22);
}

export function writeZip(entries: readonly Out[]): Buffer {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeShared(local, 4, e);
    local.writeUInt16LE(0, 28);
    chunks.push(local, e.name, e.body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(e.versionMadeBy, 4);
    writeShared(cd, 6, e);
    cd.writeUInt16LE(e.extra.length, 30);
    cd.writeUInt16LE(e.comment.length, 32);
    cd.writeUInt16LE(0, 34);
    cd.writeUInt16LE(e.internalAttrs, 36);
    cd.writeUInt32LE(e.externalAttrs >>> 0, 38);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, e.name, e.extra, e.comment);
    offset += 30 + e.name.length + e.body.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}

export interface Copy {
  readonly data: Buffer;
  readonly reportSheet: string;
  /** The parts that differ from the input (changed, added or removed). */
  readonly changed: readonly string[];
}

/**
 * The input archive (given as its bytes) with these parts changed, added, or removed (null): every
 * other entry copied with its compressed bytes as they are, in the input's order, new parts after.
 */
function withParts<T extends { parts: ReadonlyMap<string, string | null> }>(
  input: Buffer,
  change: (text: TextPart, names: readonly string[]) => T,
): T & { data: Buffer } {
  const archive = openArchive(input);
  const byName = new Map(archive.entries.map((e) => [e.name, e]));
  const text = (name: string) => {
    const b = archive.read(name);
    return b === undefined ? undefined : decodePart(b);
  };
  const result = change(text, [...byName.keys()]);
  const { parts } = result;
  const now = dosTime(new Date());
  const out: Out[] = [];
  for (const e of archive.entries) {
    if (!parts.has(e.name)) out.push(copied(e));
    else if (parts.get(e.name) !== null) out.push(fresh(e.name, parts.get(e.name)!, e, now));
  }
  for (const [name, xml] of parts) if (!byName.has(name) && xml !== null) out.push(fresh(name, xml, undefined, now));
  return { ...result, data: writeZip(out) };
}

/** The copy of an .xlsx (given as its bytes) with these findings highlighted and listed. */
export function writeCopy(input: Buffer, findings: readonly Finding[]): Copy {
  const r = withParts(input, (text, names) => addFindingsToParts(text, names, findings));
  return { data: r.data, reportSheet: r.reportSheet, changed: [...r.parts.keys()] };
}

export interface LkjipCopy {
  readonly data: Buffer;
  /** Our LKjIP sheet's name in the copy. */
  readonly sheet: string;
  readonly charts: number;
  /** The parts that differ from the input (changed, added or removed). */
  readonly changed: readonly string[];
}

/** The copy of an .xlsx (given as its bytes) with our "Tabel LKjIP" sheet and its charts. */
export function writeLkjipCopy(input: Buffer, tables: LkjipTables, numberAt?: NumberAt): LkjipCopy {
  const r = withParts(input, (text, names) => addLkjipToParts(text, names, tables, numberAt));
  return { data: r.data, sheet: r.sheet, charts: r.charts, changed: [...r.parts.keys()] };
}
