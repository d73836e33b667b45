/** One file's check (and its copy's bytes when asked): what a worker does for the batch. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkWorkbook } from "../core/check";
import { loadNomenklatur, type Nomenklatur } from "../core/nomenklatur";
import { readWorkbookFile, UnreadableFile } from "./read-xlsx";
import type { FileResult } from "./report";
import { writeCopy } from "./write-copy";
import { RefusedFile } from "./zip-guard";

export interface Checked {
  readonly result: FileResult;
  /** The highlighted copy's bytes, when a copy was asked for and the file was checked. */
  readonly copy?: Uint8Array;
}

const NO_TABLE = "tidak ada tabel SAKIP (PK, Capaian, Renaksi, PPS, PKPK, anggaran atau SKM) yang dikenali";

/**
 * The official sub kegiatan list for the nomenklatur rules: loaded once per worker (the first file
 * it checks), or null with the reason when it cannot be (then those rules report nothing).
 */
async function nomenklatur(): Promise<{ list: Nomenklatur } | { list: null; note: string }> {
  try {
    // data.json beside the compiled nomenklatur module (lib/core/nomenklatur), or the source's under tsx.
    return { list: await loadNomenklatur(async () => JSON.parse(await readFile(join(__dirname, "..", "core", "nomenklatur", "data.json"), "utf8"))) };
  } catch (e) {
    return {
      list: null,
      note: `daftar nomenklatur sub kegiatan tidak dapat dimuat (${e instanceof Error ? e.message : String(e)}); kode, indikator dan satuan sub kegiatan tidak dibandingkan dengan nomenklatur`,
    };
  }
}

export async function checkOne(file: string, wantCopy: boolean): Promise<Checked> {
  try {
    const list = await nomenklatur();
    const { workbook, notes: readNotes, data } = await readWorkbookFile(file);
    const notes = list.list ? readNotes : [...readNotes, list.note];
    const result = checkWorkbook(workbook, list.list ? { nomenklatur: list.list } : {});
    const sheets = workbook.sheets.map((s) => s.name);
    if (result.tables.length === 0) return { result: { file, sheets, tables: [], findings: [], notes, error: NO_TABLE } };
    const checked: FileResult = { file, sheets, tables: result.tables, findings: result.findings, notes };
    if (!wantCopy) return { result: checked };
    try {
      // A copy of exactly the bytes that were checked, through the same guard.
      const copy = writeCopy(data, result.findings);
      return { result: checked, copy: copy.data };
    } catch (e) {
      return { result: { ...checked, copyError: `salinan tidak dapat dibuat (${e instanceof Error ? e.message : String(e)})` } };
    }
  } catch (e) {
    const why = e instanceof UnreadableFile || e instanceof RefusedFile ? e.message : `kesalahan tak terduga: ${e instanceof Error ? e.message : String(e)}`;
    return { result: { file, tables: [], findings: [], error: why } };
  }
}
