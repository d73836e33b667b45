/** Reading an .xlsx file into the engine's plain workbook through the archive guard. Never writes to the file. */
import { open, readFile, stat } from "node:fs/promises";
import type { Workbook } from "../core/grid";
import { readOoxml, RefusedWorkbook } from "../xlsx/ooxml";
import { openArchive, RefusedFile, type Archive } from "./zip-guard";

export class UnreadableFile extends Error {}

/** Largest file the command line opens; a roll-up of 40 perangkat daerah is far below it. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

async function magic(path: string): Promise<Buffer> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(8);
    await fh.read(buf, 0, 8, 0);
    return buf;
  } finally {
    await fh.close();
  }
}

/** Checks that a file can be an .xlsx before it is opened, with a clear reason when not. */
export async function assertXlsx(path: string): Promise<void> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new UnreadableFile("bukan berkas (mungkin folder)");
    size = s.size;
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile("berkas tidak ditemukan atau tidak dapat dibuka");
  }
  if (size === 0) throw new UnreadableFile("berkas kosong (0 bita)");
  if (size > MAX_FILE_BYTES) throw new UnreadableFile(`berkas terlalu besar (${Math.round(size / 1048576)} MB; batas ${MAX_FILE_BYTES / 1048576} MB)`);
  const m = await magic(path);
  if (m[0] === 0xd0 && m[1] === 0xcf && m[2] === 0x11 && m[3] === 0xe0) {
    throw new UnreadableFile("berkas dilindungi kata sandi atau berformat .xls lama; buka di Excel, hapus kata sandinya atau simpan sebagai .xlsx");
  }
  if (!(m[0] === 0x50 && m[1] === 0x4b && m[2] === 0x03 && m[3] === 0x04)) {
    throw new UnreadableFile("bukan berkas .xlsx (isinya bukan arsip Office Open XML)");
  }
}

async function opened(path: string): Promise<{ data: Buffer; archive: Archive }> {
  await assertXlsx(path);
  const data = await readFile(path);
  try {
    const archive = openArchive(data);
    if (!archive.entries.some((e) => e.name.toLowerCase() === "xl/workbook.xml")) {
      throw new RefusedFile("arsip ini bukan buku kerja Excel (xl/workbook.xml tidak ada)");
    }
    return { data, archive };
  } catch (e) {
    if (e instanceof RefusedFile) throw new UnreadableFile(e.message);
    throw e;
  }
}

/**
 * For checking: the archive opened and checked, then its cells read by the lean reader, each part
 * inflated once, one sheet at a time, within READ_LIMITS. The file's bytes come back too, so a
 * copy is made of exactly the bytes that were checked.
 */
export async function readWorkbookFile(path: string): Promise<{ workbook: Workbook; notes: string[]; data: Buffer }> {
  const { archive, data } = await opened(path);
  try {
    return { workbook: readOoxml((name) => archive.read(name)), notes: archive.notes, data };
  } catch (e) {
    if (e instanceof RefusedFile || e instanceof RefusedWorkbook) throw new UnreadableFile(e.message);
    throw new UnreadableFile(`berkas .xlsx rusak atau tidak lengkap (${e instanceof Error ? e.message : String(e)})`);
  }
}
