/**
 * What both adapters write back: the "Hasil Pemeriksaan" sheet's rows and the cells to highlight.
 * Plain data, so the Excel adapter and the command line write exactly the same report.
 */
import { SEVERITY_LABEL, type Finding } from "./findings";

export const REPORT_SHEET = "Hasil Pemeriksaan";

/**
 * The mark that tells our report sheet from a user's sheet of the same name: a hidden
 * workbook-level defined name whose reference points at our sheet (it follows a rename). A sheet
 * named "Hasil Pemeriksaan" without it is the user's: never read as a report, never replaced.
 */
export const REPORT_MARK = "_SAKIP_HasilPemeriksaan";

/** The reference the mark holds, without the leading "=" (OOXML) — Excel shows it with one. */
export function reportMarkReference(sheet: string): string {
  return `${quotedSheet(sheet)}!$A$1`;
}

/** The sheet a defined name's reference points at ("'Hasil Pemeriksaan'!$A$1", "=Data!A1"), or null. */
export function sheetOfReference(formula: string): string | null {
  const f = formula.trim().replace(/^=/, "");
  // A name whose sheet was deleted refers to #REF! — no sheet, even if one is called "#REF".
  if (/^#REF!/i.test(f)) return null;
  const quoted = /^'((?:[^']|'')+)'!/.exec(f);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const bare = /^([^'!]+)!/.exec(f);
  return bare ? bare[1]! : null;
}

/** Our report sheet's name, from the workbook's defined names (name and reference), or null. */
export function markedReportSheet(names: readonly { readonly name: string; readonly formula: string }[]): string | null {
  const mark = names.find((n) => n.name.toLowerCase() === REPORT_MARK.toLowerCase());
  return mark ? sheetOfReference(mark.formula) : null;
}

/** A name for a new report sheet that no sheet has (case-insensitive, as Excel compares). */
export function freeReportSheetName(existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(REPORT_SHEET.toLowerCase())) return REPORT_SHEET;
  for (let i = 2; ; i++) {
    const name = `${REPORT_SHEET} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Highlight conditional formats: always TRUE; the quoted text marks the format as ours. */
export const MARKER_FORMULA: Record<HighlightSeverity, string> = {
  error: '=ISTEXT("SAKIP-sorotan-galat")',
  warning: '=ISTEXT("SAKIP-sorotan-peringatan")',
};
/** Highlight fill colours, as #RRGGBB. */
export const FILL: Record<HighlightSeverity, string> = { error: "#F4B6B6", warning: "#FFE08A" };

export function isOurFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && /SAKIP-sorotan-/.test(formula);
}

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

/**
 * The cells to highlight, per sheet, errors taking precedence; info findings are not highlighted.
 * Our own report sheet is never read, so it has no findings; a user's sheet of the same name does.
 */
export function highlightsBySheet(findings: readonly Finding[]): SheetHighlights[] {
  const sheets = new Map<string, { error: Set<string>; warning: Set<string> }>();
  for (const f of findings) {
    if (f.severity === "info") continue;
    let s = sheets.get(f.sheet);
    if (!s) sheets.set(f.sheet, (s = { error: new Set(), warning: new Set() }));
    for (const cell of f.cells ?? [f.cell]) s[f.severity].add(cell);
  }
  return [...sheets].map(([sheet, s]) => ({
    sheet,
    error: [...s.error],
    warning: [...s.warning].filter((c) => !s.error.has(c)),
  }));
}
