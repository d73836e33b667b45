/**
 * What both adapters write back: the "Hasil Pemeriksaan" sheet's rows and the cells to highlight.
 * Plain data, so the Excel adapter and the command line write exactly the same report.
 */
import { SEVERITY_LABEL, type CellRef, type Finding, type Severity } from "./findings";
import { areaA1, parseA1 } from "./grid";
import { ruleTitle } from "./rule-titles";

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

/** The report sheet's print titles (its header row on every printed page), without the leading "=". */
export function printTitlesReference(sheet: string): string {
  return `${quotedSheet(sheet)}!$1:$1`;
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

/**
 * The report's columns; `width` in Excel's character units. Together about 170 characters: one
 * landscape page wide at fit-to-width. Long text wraps and reads down; No and Tingkat never wrap.
 */
export const REPORT_COLUMNS: readonly { readonly header: string; readonly width: number; readonly wrap?: boolean }[] = [
  { header: "No", width: 5 },
  { header: "Tingkat", width: 11 },
  { header: "Masalah", width: 22, wrap: true },
  { header: "Sel", width: 22, wrap: true },
  { header: "Pesan", width: 58, wrap: true },
  { header: "Seharusnya", width: 15, wrap: true },
  { header: "Tertulis", width: 15, wrap: true },
  { header: "Bandingkan dengan", width: 24, wrap: true },
];

/** Index of the column holding the link to the finding's cell. */
export const LINK_COLUMN = 3;
/** Index of the column holding the link to the cells the finding disagrees with. */
export const RELATED_COLUMN = 7;
/** Index of the column holding the severity, filled with its colour. */
export const SEVERITY_COLUMN = 1;

/** The severity cell's fill in the report, as #RRGGBB: the highlight colours, and a pale blue for info. */
export const SEVERITY_FILL: Record<Severity, string> = { error: "#F4B6B6", warning: "#FFE08A", info: "#DCE9F7" };

/** Header row fill, as #RRGGBB. */
export const HEADER_FILL = "#D9E1F2";

export interface ReportRow {
  /** Text and numbers only; nothing here is ever written as a formula. */
  readonly values: readonly (string | number)[];
  readonly severity: Severity;
  /** The link target for the "Sel" column, as an address Excel follows: 'Sheet'!B3. */
  readonly link: string;
  /** The link target for "Bandingkan dengan": the related cells (their bounding range on one sheet, else the first), or null. */
  readonly relatedLink: string | null;
}

/** A sheet name quoted for an address, with its apostrophes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * How many lines a report row takes once its long columns wrap, estimated by breaking its text at
 * spaces into each column's width (about one character of text per width unit: text is narrower
 * than the digit "0" the unit is measured by, so the estimate errs on the tall side). For the copy's row heights: LibreOffice prints a row at its stored height, and
 * a row of wrapped text stored one line high overprints the rows under it.
 */
export function reportRowLines(values: readonly (string | number)[]): number {
  let lines = 1;
  values.forEach((v, i) => {
    const column = REPORT_COLUMNS[i];
    if (!column?.wrap || typeof v !== "string" || v === "") return;
    const room = Math.max(1, Math.floor(column.width * 1.05) - 1);
    let n = 0;
    for (const paragraph of v.split(/\r?\n/)) {
      let line = 0;
      n++;
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const w = word.length;
        if (line === 0) line = w;
        else if (line + 1 + w <= room) line += 1 + w;
        else {
          n++;
          line = w;
        }
        // A word longer than the column breaks inside it.
        while (line > room) {
          n++;
          line -= room;
        }
      }
    }
    lines = Math.max(lines, n);
  });
  return lines;
}

/**
 * A finding's "Seharusnya" and "Tertulis" as a reader takes them: a blank cell is "(kosong)", and
 * a required cell left blank says what belongs there ("Satuan diisi"), not just a column name.
 */
export function shownValues(f: Pick<Finding, "rule" | "expected" | "found">): { expected: string | null; found: string | null } {
  if (f.rule === "sel-kosong") return { expected: f.expected === null ? "diisi" : `${f.expected} diisi`, found: "(kosong)" };
  const blank = (v: string | null) => (v === null ? null : v.trim() === "" || v === "kosong" ? "(kosong)" : v);
  return { expected: blank(f.expected), found: blank(f.found) };
}

/** The related cells as a reader writes them: by sheet, "Capaian IKU!E6, F6; PK 2025!F7". */
export function relatedText(related: readonly CellRef[]): string {
  const bySheet = new Map<string, string[]>();
  for (const r of related) {
    const cells = bySheet.get(r.sheet) ?? [];
    if (!bySheet.has(r.sheet)) bySheet.set(r.sheet, cells);
    cells.push(r.cell);
  }
  return [...bySheet].map(([sheet, cells]) => `${sheet}!${cells.join(", ")}`).join("; ");
}

/** Where "Bandingkan dengan" links: on one sheet the range around all related cells, else the first one. */
export function relatedLink(related: readonly CellRef[]): string | null {
  const first = related[0];
  if (!first) return null;
  if (related.length === 1 || related.some((r) => r.sheet !== first.sheet)) return `${quotedSheet(first.sheet)}!${first.cell}`;
  const areas = related.map((r) => parseA1(r.cell));
  if (areas.some((a) => a === null)) return `${quotedSheet(first.sheet)}!${first.cell}`;
  const box = {
    r0: Math.min(...areas.map((a) => a!.r0)),
    c0: Math.min(...areas.map((a) => a!.c0)),
    r1: Math.max(...areas.map((a) => a!.r1)),
    c1: Math.max(...areas.map((a) => a!.c1)),
  };
  return `${quotedSheet(first.sheet)}!${areaA1(box)}`;
}

export function reportRows(findings: readonly Finding[]): ReportRow[] {
  return findings.map((f, i) => {
    const shown = shownValues(f);
    return {
      values: [
        i + 1,
        SEVERITY_LABEL[f.severity],
        ruleTitle(f.rule),
        `${f.sheet}!${f.cell}`,
        f.message,
        shown.expected ?? "",
        shown.found ?? "",
        relatedText(f.related),
      ],
      severity: f.severity,
      link: `${quotedSheet(f.sheet)}!${f.cell}`,
      relatedLink: relatedLink(f.related),
    };
  });
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
