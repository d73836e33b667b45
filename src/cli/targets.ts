/**
 * Where the highlighted copies go, and writing them without ever losing a file: a target that is
 * an input (by path, through a symbolic link or a hard link) is refused; an existing file that is
 * not a copy we made is replaced only with --timpa; each copy is written to a temporary file in
 * the target folder and renamed into place only when complete, so a failed write leaves nothing
 * half-written where a good file was. Messages are Indonesian, one line each.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, statSync } from "node:fs";
import { open, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join, normalize } from "node:path";
import { LKJIP_MARK } from "../core/lkjip/layout";
import { REPORT_MARK } from "../core/report-sheet";
import { openArchive } from "./zip-guard";

export class RefusedTarget extends Error {}

/** A file's identity (device and inode, after following links), or null when it does not exist. */
async function identity(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

export async function inputIdentities(files: readonly string[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const f of files) {
    const id = await identity(f);
    if (id) ids.add(id);
  }
  return ids;
}

const isWorkbookName = (p: string) => /\.xls[xm]$/i.test(p);

/**
 * The copy's path for every input, or a usage error. `out` is a folder (made when missing) unless
 * it names an .xlsx/.xlsm file, which is allowed for a single input only. Inputs with the same
 * file name get distinct copies (-diperiksa, -diperiksa-2 …; -lkjip for the LKjIP tables); a copy keeps its input's extension
 * (an .xlsm stays an .xlsm with its macros).
 */
export function planTargets(files: readonly string[], out: string, suffix = "diperiksa"): string[] | string {
  if (out.trim() === "") return "Opsi --keluaran memerlukan folder atau nama berkas, bukan teks kosong.";
  const isDir = existsSync(out) && statSync(out).isDirectory();
  if (!isDir && isWorkbookName(out) && !out.endsWith("/")) {
    if (files.length > 1) return `Dengan beberapa berkas, --keluaran harus berupa folder, bukan nama berkas ("${out}").`;
    return [normalize(out)];
  }
  if (existsSync(out) && !isDir) return `--keluaran "${out}" sudah ada dan bukan folder.`;
  mkdirSync(out, { recursive: true });
  const used = new Set<string>();
  return files.map((file) => {
    const ext = /\.xlsm$/i.test(file) ? ".xlsm" : ".xlsx";
    const stem = `${basename(file, extname(file))}-${suffix}`;
    let name = `${stem}${ext}`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${stem}-${i}${ext}`;
    used.add(name.toLowerCase());
    // As the user wrote it (relative stays relative), so the report names it the way they did.
    return join(out, name);
  });
}

/** Whether an existing file is a copy this tool wrote (it carries our report mark or our LKjIP mark). */
async function isOurCopy(path: string): Promise<boolean> {
  try {
    const s = await stat(path);
    if (!s.isFile() || s.size > 200 * 1024 * 1024) return false;
    const wb = openArchive(await readFile(path)).read("xl/workbook.xml");
    return wb !== undefined && (wb.includes(Buffer.from(REPORT_MARK)) || wb.includes(Buffer.from(LKJIP_MARK)));
  } catch {
    return false;
  }
}

async function assertWritable(target: string, inputs: ReadonlySet<string>, overwrite: boolean): Promise<void> {
  const id = await identity(target);
  if (id === null) return;
  if (inputs.has(id)) throw new RefusedTarget(`"${target}" adalah berkas masukan (atau tautan ke sana); berkas masukan tidak pernah ditimpa`);
  if (statSync(target).isDirectory()) throw new RefusedTarget(`"${target}" adalah folder`);
  if (!overwrite && !(await isOurCopy(target))) {
    throw new RefusedTarget(`"${target}" sudah ada dan bukan salinan buatan SAKIP Excel; pakai --timpa untuk menimpanya, atau pilih folder lain`);
  }
}

/** Writes a copy next to its target and renames it into place once complete. */
export async function writeSafely(target: string, data: Uint8Array, inputs: ReadonlySet<string>, overwrite: boolean): Promise<void> {
  await assertWritable(target, inputs, overwrite);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.sementara`);
  const fh = await open(temp, "wx");
  try {
    await fh.writeFile(data);
    await fh.sync();
    await fh.close();
    // Checked again: the target may have appeared while the copy was written.
    await assertWritable(target, inputs, overwrite);
    await rename(temp, target);
  } catch (e) {
    await fh.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (e instanceof RefusedTarget) throw e;
    throw new RefusedTarget(`gagal menulis "${target}" (${(e as Error).message})`);
  }
}
