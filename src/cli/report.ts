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
}

export function textReport(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`== ${r.file}`);
    for (const n of r.notes ?? []) lines.push(`   Catatan: ${n}.`);
    if (r.error) {
      lines.push(`   Tidak dapat dibaca: ${r.error}.`);
      continue;
    }
    const bySheet = groupBy(r.tables, (t) => t.sheet);
    lines.push(`   Tabel ditemukan: ${[...bySheet].map(([s, ts]) => `${s} (${ts.map((t) => `${TABLE_LABEL[t.kind]} ${t.range}`).join(", ")})`).join("; ")}`);
    const groups = groupBy(r.findings, (f) => f.sheet);
    for (const [sheet, fs] of groups) {
      lines.push(`   -- Sheet ${sheet}`);
      for (const f of fs) {
        const related = f.related.length ? ` [bandingkan: ${f.related.map((x) => (x.sheet === f.sheet ? x.cell : `${x.sheet}!${x.cell}`)).join(", ")}]` : "";
        lines.push(`   ${f.cell.padEnd(6)} ${SEVERITY_LABEL[f.severity].padEnd(10)} ${f.rule}: ${f.message}${related}`);
      }
    }
    const c = countBySeverity(r.findings);
    lines.push(r.findings.length ? `   Jumlah: ${c.error} galat, ${c.warning} peringatan, ${c.info} info.` : "   Tidak ada temuan.");
  }
  if (results.length > 1) {
    const all = results.flatMap((r) => r.findings);
    const c = countBySeverity(all);
    const bad = results.filter((r) => r.error).length;
    lines.push("", `Total ${results.length} berkas${bad ? ` (${bad} tidak dapat dibaca)` : ""}: ${c.error} galat, ${c.warning} peringatan, ${c.info} info.`);
  }
  return lines.join("\n");
}

export function jsonReport(results: readonly FileResult[]): string {
  return JSON.stringify(
    {
      files: results.map((r) => ({
        file: r.file,
        ...(r.error ? { error: r.error } : {}),
        ...(r.notes?.length ? { notes: r.notes } : {}),
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
      })),
    },
    null,
    2,
  );
}
