/** Printing findings for a person (grouped by file and sheet) or as one JSON document. */
import { countBySeverity, type TableSummary } from "../core/check";
import { SEVERITY_LABEL, type Finding } from "../core/findings";
import { TABLE_LABEL } from "../core/tables/types";
import { groupBy } from "../core/group";

export interface FileResult {
  readonly file: string;
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
  const bySheet = groupBy(r.tables, (x) => x.sheet);
  lines.push(`   Tabel ditemukan: ${[...bySheet].map(([s, ts]) => `${t(s)} (${ts.map((x) => `${TABLE_LABEL[x.kind]} ${x.range}`).join(", ")})`).join("; ")}`);
  const groups = groupBy(r.findings, (f) => f.sheet);
  for (const [sheet, fs] of groups) {
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

export function textReport(results: readonly FileResult[]): string {
  return results.map(textSection).join("") + textTotal(results);
}

function jsonFile(r: FileResult) {
  return {
    file: r.file,
    ...(r.error ? { error: r.error } : {}),
    ...(r.notes?.length ? { notes: r.notes } : {}),
    ...(r.copy ? { copy: r.copy } : {}),
    ...(r.copyError ? { copyError: r.copyError } : {}),
    tables: r.tables.map((t) => ({ sheet: t.sheet, range: t.range, kind: t.kind })),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      related: f.related.map((x) => ({ sheet: x.sheet, cell: x.cell })),
      expected: f.expected,
      found: f.found,
      message: f.message,
    })),
  };
}

/**
 * The JSON report in pieces, so each file is written as soon as it is checked: the opening,
 * one piece per file (the first without a leading comma) and the closing. Together they are
 * exactly `JSON.stringify({ files }, null, 2)`.
 */
export const JSON_OPEN = '{\n  "files": [';
export function jsonPiece(r: FileResult, first: boolean): string {
  const body = JSON.stringify(jsonFile(r), null, 2).replace(/\n/g, "\n    ");
  return `${first ? "" : ","}\n    ${body}`;
}
export function jsonClose(count: number): string {
  return count === 0 ? "]\n}\n" : "\n  ]\n}\n";
}

export function jsonReport(results: readonly FileResult[]): string {
  return JSON_OPEN + results.map((r, i) => jsonPiece(r, i === 0)).join("") + jsonClose(results.length);
}
