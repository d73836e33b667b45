/** Printing findings for a person (grouped by file and sheet) or as one JSON document. */
import { countBySeverity, type TableSummary } from "../core/check";
import { SEVERITY_LABEL, type Finding } from "../core/findings";
import { TABLE_LABEL } from "../core/tables/types";
import { groupBy } from "../core/group";

export interface FileResult {
  readonly file: string;
  /** The workbook's sheet names in workbook order, when it was read. */
  readonly sheets?: readonly string[];
  readonly tables: TableSummary[];
  readonly findings: Finding[];
  /** Set when the file could not be read. */
  readonly error?: string;
  /** What the user should know about the file (macros not run, links not followed). */
  readonly notes?: string[];
  /** Where the highlighted copy was written. */
  readonly copy?: string;
  /** Why no copy was written although one was asked for (the check itself still stands). */
  readonly copyError?: string;
}

/**
 * Text from a workbook or a file name, made safe for a terminal: control characters (escape
 * sequences, carriage returns, new lines) and bidirectional overrides are shown as escapes
 * instead of acting on the screen. JSON output stays exact.
 */
export function terminalSafe(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/**
 * Items grouped by sheet, the sheets in workbook order (a sheet the order does not know, last in
 * first-seen order); within a sheet the items keep their order.
 */
export function bySheetInWorkbookOrder<T extends { readonly sheet: string }>(items: readonly T[], sheets: readonly string[] = []): [string, T[]][] {
  const rank = new Map(sheets.map((s, i) => [s, i]));
  const groups = [...groupBy(items, (x) => x.sheet)];
  const at = (s: string, i: number) => rank.get(s) ?? sheets.length + i;
  return groups
    .map((g, i) => [g, at(g[0], i)] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([g]) => g);
}

/** One file's section of the text report, every line ending in a new line. */
export function textSection(r: FileResult): string {
  const t = terminalSafe;
  const lines: string[] = [];
  lines.push(`== ${t(r.file)}`);
  for (const n of r.notes ?? []) lines.push(`   Catatan: ${t(n)}.`);
  if (r.error) {
    lines.push(`   Tidak dapat dibaca: ${t(r.error)}.`);
    return `${lines.join("\n")}\n`;
  }
  lines.push("   Tabel ditemukan:");
  for (const [sheet, ts] of bySheetInWorkbookOrder(r.tables, r.sheets)) {
    lines.push(`     ${t(sheet)}: ${ts.map((x) => `${TABLE_LABEL[x.kind]} ${x.range}`).join(", ")}`);
  }
  for (const [sheet, fs] of bySheetInWorkbookOrder(r.findings, r.sheets)) {
    lines.push(`   -- Sheet ${t(sheet)}`);
    for (const f of fs) {
      const related = f.related.length ? ` [bandingkan: ${f.related.map((x) => (x.sheet === f.sheet ? x.cell : `${t(x.sheet)}!${x.cell}`)).join(", ")}]` : "";
      lines.push(`   ${f.cell.padEnd(6)} ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.rule}: ${t(f.message)}${related}`);
    }
  }
  const c = countBySeverity(r.findings);
  lines.push(r.findings.length ? `   Jumlah: ${c.error} galat, ${c.warning} peringatan, ${c.info} info.` : "   Tidak ada temuan.");
  if (r.copy) lines.push(`   Salinan bersorotan: ${t(r.copy)}`);
  if (r.copyError) lines.push(`   Salinan tidak ditulis: ${t(r.copyError)}.`);
  return `${lines.join("\n")}\n`;
}

/** The closing line of a text report over several files. */
export function textTotal(results: readonly FileResult[]): string {
  if (results.length <= 1) return "";
  const c = countBySeverity(results.flatMap((r) => r.findings));
  const bad = results.filter((r) => r.error).length;
  const noCopy = results.filter((r) => r.copyError).length;
  const extra = [bad ? `${bad} tidak dapat dibaca` : "", noCopy ? `${noCopy} tanpa salinan` : ""].filter(Boolean).join(", ");
  return `\nTotal ${results.length} berkas${extra ? ` (${extra})` : ""}: ${c.error} galat, ${c.warning} peringatan, ${c.info} info.\n`;
}

/** Version of the JSON report's shape; raised when a field changes meaning or goes away (README, "Keluaran JSON"). */
export const JSON_SCHEMA_VERSION = 1;

/**
 * A number as the messages write it (Indonesian: dot for thousands, comma for decimals: 80,
 * 98,27, 1.187.420.000, -3,5), or null for any other text ("Sedang", "≥ 6.200", "kosong").
 */
export function numberOfText(text: string | null): number | null {
  if (text === null) return null;
  const s = text.trim().replace(/^\u2212/, "-");
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(s)) return null;
  const n = Number(s.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

function totals(findings: readonly Finding[]) {
  const c = countBySeverity(findings);
  return { error: c.error, warning: c.warning, info: c.info };
}

function jsonFile(r: FileResult) {
  return {
    file: r.file,
    ...(r.error ? { error: r.error } : {}),
    ...(r.notes?.length ? { notes: r.notes } : {}),
    ...(r.copy ? { copy: r.copy } : {}),
    ...(r.copyError ? { copyError: r.copyError } : {}),
    totals: totals(r.findings),
    tables: bySheetInWorkbookOrder(r.tables, r.sheets).flatMap(([, ts]) => ts.map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind }))),
    findings: bySheetInWorkbookOrder(r.findings, r.sheets).flatMap(([, fs]) =>
      fs.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        sheet: f.sheet,
        cell: f.cell,
        ...(f.messageId ? { messageId: f.messageId } : {}),
        ...(f.cells ? { cells: f.cells } : {}),
        related: f.related.map((x) => ({ sheet: x.sheet, cell: x.cell })),
        expected: f.expected,
        found: f.found,
        expectedValue: numberOfText(f.expected),
        foundValue: numberOfText(f.found),
        message: f.message,
      })),
    ),
  };
}

/**
 * The JSON report in pieces, so each file is written as soon as it is checked: the opening,
 * one piece per file (the first without a leading comma) and the closing with the totals over
 * all files. Together they are exactly `JSON.stringify({ schemaVersion, files, totals }, null, 2)`.
 */
export const JSON_OPEN = `{\n  "schemaVersion": ${JSON_SCHEMA_VERSION},\n  "files": [`;
export function jsonPiece(r: FileResult, first: boolean): string {
  const body = JSON.stringify(jsonFile(r), null, 2).replace(/\n/g, "\n    ");
  return `${first ? "" : ","}\n    ${body}`;
}
export function jsonClose(results: readonly FileResult[]): string {
  const all = { files: results.length, unreadable: results.filter((r) => r.error).length, ...totals(results.flatMap((r) => r.findings)) };
  const tail = JSON.stringify(all, null, 2).replace(/\n/g, "\n  ");
  return `${results.length === 0 ? "]" : "\n  ]"},\n  "totals": ${tail}\n}\n`;
}
