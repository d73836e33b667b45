/** Reading an .xlsx file with ExcelJS into the engine's plain workbook. Never writes to the file. */
import { open, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import { parseA1, type Area, type CellValue, type Sheet, type Workbook } from "../core/grid";

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

/** Checks that a file can be an .xlsx before ExcelJS sees it, with a clear reason when not. */
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

function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("error" in v && v.error) return String(v.error);
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return toCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v) return toCellValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  }
  return String(v);
}

export function sheetFromWorksheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged cell repeats its master's value in ExcelJS; only the master holds it.
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      out[col - 1] = toCellValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  const merges: Area[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const a = parseA1(ref);
    if (a) merges.push(a);
  }
  return { name: ws.name, rows, merges };
}

export async function loadExcelJs(path: string): Promise<ExcelJS.Workbook> {
  await assertXlsx(path);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new UnreadableFile(`berkas .xlsx rusak atau tidak lengkap (${why.split("\n")[0]})`);
  }
  return wb;
}

export function workbookFrom(wb: ExcelJS.Workbook): Workbook {
  return { sheets: wb.worksheets.filter((ws) => ws.state !== "veryHidden").map(sheetFromWorksheet) };
}
