/** The check on the open workbook, end to end: read, check, highlight, and the report sheet. */
import { checkWorkbook, type CheckResult } from "../core/check";
import { msg } from "../core/messages";
import type { Nomenklatur } from "../core/nomenklatur/lookup";
import { buildLkjip, gapsOf, gapsText } from "../core/lkjip";
import { applyHighlights, removeHighlights } from "./highlights";
import { numbersOf } from "../core/lkjip/layout";
import { lkjipRemoved, removeLkjipSheet, writeLkjipSheetWithCharts } from "./lkjip-sheet";
import { chartsSupported } from "./requirements";
import { readOpenWorkbook, type ReadOptions } from "./read-workbook";
import { removeReportSheet, writeReportSheet } from "./report-sheet";

export interface RunOptions extends ReadOptions {
  readonly highlight?: boolean;
  readonly reportSheet?: boolean;
  /** The official sub kegiatan list, loaded by the caller; without it the nomenklatur rules report nothing. */
  readonly nomenklatur?: Nomenklatur;
}

export interface RunResult extends CheckResult {
  /** The report sheet written, by its name ("Hasil Pemeriksaan (2)" beside a user's sheet), or null. */
  readonly reportSheet: string | null;
}

export async function runCheck(context: Excel.RequestContext, options: RunOptions = {}): Promise<RunResult> {
  const workbook = await readOpenWorkbook(context, options);
  const result = checkWorkbook(workbook, { nomenklatur: options.nomenklatur });
  if (options.highlight ?? true) await applyHighlights(context, result.findings);
  const reportSheet = (options.reportSheet ?? false) ? await writeReportSheet(context, result.findings) : null;
  return { ...result, reportSheet };
}

/**
 * Removes what the check added: our highlights, and our report sheet with its mark. A workbook
 * never checked loses nothing. Returns the message for the user.
 */
export async function clearCheck(context: Excel.RequestContext): Promise<string> {
  const formats = await removeHighlights(context);
  const sheet = await removeReportSheet(context);
  return msg.highlightsRemoved(formats, sheet);
}

/** A failed download as browsers report it (fetch's TypeError), or as our loaders word it. */
const DOWNLOAD_FAILED = /failed to fetch|networkerror|load failed|network request failed|tidak dapat diambil|tidak dapat diunduh/i;

/**
 * A sentence our own code wrote for the user, in Bahasa Indonesia ("Rumus hanya dapat disisipkan
 * di Excel. …"): shown as it is, neither clipped nor called a bug.
 */
const OUR_SENTENCE = /\b(tidak|hanya|dapat|pilih|pasang|buku kerja|sel)\b.*[.!?)]$/i;

/** An Indonesian message for anything Excel or the engine threw. */
export function describeError(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && "message" in e) {
    return msg.excelFailed(`${String((e as { message: unknown }).message)} (${String((e as { code: unknown }).code)})`);
  }
  const text = e instanceof Error ? e.message : String(e);
  if (DOWNLOAD_FAILED.test(text)) return msg.downloadFailed(/tidak dapat/i.test(text) ? text : `Berkas tidak dapat diunduh (${text})`);
  if (OUR_SENTENCE.test(text.trim())) return text.trim();
  return msg.unexpected(text);
}

export interface LkjipOptions extends ReadOptions {
  /** Whether this Excel draws charts (ExcelApi 1.7); by default asked of Office. */
  readonly charts?: boolean;
}

/**
 * The LKjIP chapter III tables of the open workbook, written into our "Tabel LKjIP" sheet: read,
 * build (no rules needed: the tables use what the engine reads and matches), write. Returns the
 * sheet's name, how many tables it holds, how many charts (null: this Excel draws none), and what
 * the workbook lacks for them (gapsText, "" when nothing).
 */
export async function runLkjip(
  context: Excel.RequestContext,
  options: LkjipOptions = {},
): Promise<{ sheet: string; tables: number; year: number | null; charts: number | null; gaps: string }> {
  const workbook = await readOpenWorkbook(context, options);
  const tables = buildLkjip(checkWorkbook(workbook, { rules: [] }), workbook);
  const drawn = options.charts ?? chartsSupported();
  const { sheet, charts } = await writeLkjipSheetWithCharts(context, tables, numbersOf(workbook), { charts: drawn });
  return { sheet, tables: tables.tables.length, year: tables.year, charts: drawn ? charts : null, gaps: gapsText(gapsOf(tables)) };
}

/** Removes our "Tabel LKjIP" sheet and its mark (see removeLkjipSheet); returns the message for the user. */
export async function clearLkjip(context: Excel.RequestContext): Promise<string> {
  return lkjipRemoved(await removeLkjipSheet(context));
}
