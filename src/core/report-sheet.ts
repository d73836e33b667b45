/**
 * What both adapters write back: the "Hasil Pemeriksaan" sheet's rows and the cells to highlight.
 * Plain data, so the Excel adapter and the command line write exactly the same report.
 */
import { SEVERITY_LABEL, type Finding } from "./findings";

export const REPORT_SHEET = "Hasil Pemeriksaan";

export const REPORT_COLUMNS: readonly { readonly header: string; readonly width: number }[] = [
  { header: "No", width: 5 },
  { header: "Tingkat", width: 11 },
  { header: "Aturan", width: 18 },
  { header: "Sel", width: 24 },
  { header: "Pesan", width: 90 },
  { header: "Seharusnya", width: 16 },
  { header: "Tertulis", width: 16 },
  { header: "Bandingkan dengan", width: 30 },
];

/** Index of the column holding the link to the finding's cell. */
export const LINK_COLUMN = 3;

export interface ReportRow {
  /** Text and numbers only; nothing here is ever written as a formula. */
  readonly values: readonly (string | number)[];
  /** The link target for the "Sel" column, as an address Excel follows: 'Sheet'!B3. */
  readonly link: string;
}

/** A sheet name quoted for an address, with its apostrophes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function reportRows(findings: readonly Finding[]): ReportRow[] {
  return findings.map((f, i) => ({
    values: [
      i + 1,
      SEVERITY_LABEL[f.severity],
      f.rule,
      `${f.sheet}!${f.cell}`,
      f.message,
      f.expected ?? "",
      f.found ?? "",
      f.related.map((x) => `${x.sheet}!${x.cell}`).join(", "),
    ],
    link: `${quotedSheet(f.sheet)}!${f.cell}`,
  }));
}

export type HighlightSeverity = "error" | "warning";

export interface SheetHighlights {
  readonly sheet: string;
  /** Cells to mark red; a cell with an error is never also marked amber. */
  readonly error: string[];
  readonly warning: string[];
}

/** The cells to highlight, per sheet, errors taking precedence; info findings are not highlighted. */
export function highlightsBySheet(findings: readonly Finding[]): SheetHighlights[] {
  const sheets = new Map<string, { error: Set<string>; warning: Set<string> }>();
  for (const f of findings) {
    if (f.severity === "info" || f.sheet === REPORT_SHEET) continue;
    let s = sheets.get(f.sheet);
    if (!s) sheets.set(f.sheet, (s = { error: new Set(), warning: new Set() }));
    s[f.severity].add(f.cell);
  }
  return [...sheets].map(([sheet, s]) => ({
    sheet,
    error: [...s.error],
    warning: [...s.warning].filter((c) => !s.error.has(c)),
  }));
}
