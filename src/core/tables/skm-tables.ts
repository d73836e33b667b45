/** Reading SKM data: the unsur table (NRR, konversi, mutu, IKM) and raw answers (one row a respondent). */
import { cellAt, rowLength, sheetWidth, textOf, type Sheet } from "../grid";
import { CellReader } from "./cells";
import { normalizeLabel, type Header, type Role } from "./header";
import { isSignatureRow, isTableEnd } from "./ends";
import type { NumCell, ReadProblem, SkmAnswersTable, SkmUnsurRow, SkmUnsurTable, TextCell } from "./types";

export function readSkmUnsurTable(sheet: Sheet, header: Header, title: string): SkmUnsurTable {
  const cols = header.columns;
  const col = (role: Role) => cols.find((c) => c.role === role)?.c;
  const cells = new CellReader(sheet);
  const width = sheetWidth(sheet);
  const unsurC = col("unsur");
  const nrrC = col("nrr");
  const konvC = col("konversi");
  const mutuC = col("mutu");
  const columns: Record<string, number> = {};
  for (const c of cols) if (!(c.role in columns)) columns[c.role] = c.c;
  const rows: SkmUnsurRow[] = [];
  let nrrTertimbang: NumCell | null = null;
  let ikm: NumCell | null = null;
  let ikmMutu: TextCell | null = null;
  let last = header.r1;
  let blankRun = 0;
  for (let r = header.dataStart; r < sheet.rows.length; r++) {
    let label = "";
    for (let c = 0; c < Math.min(width, rowLength(sheet, r)) && label === ""; c++) {
      const v = cellAt(sheet, r, c);
      if (typeof v === "string" && /[A-Za-z]/.test(v)) label = textOf(v);
    }
    const unsur = cells.text(r, unsurC);
    if (!label && !unsur) {
      if (++blankRun >= 2) break;
      continue;
    }
    if (isTableEnd(label) || isSignatureRow(sheet, r, blankRun > 0)) break;
    blankRun = 0;
    last = r;
    const l = normalizeLabel(label);
    if (/tertimbang/.test(l)) {
      nrrTertimbang = firstNumber(cells, r, width, "index");
      continue;
    }
    if (/ikm unit|indeks kepuasan|nilai ikm|^ikm\b|nilai skm/.test(l)) {
      ikm = cells.num(r, konvC, "index") ?? lastNumber(cells, r, width);
      ikmMutu = cells.text(r, mutuC);
      continue;
    }
    if (/responden|jumlah/.test(l)) continue;
    if (!unsur || /^\d+$/.test(unsur.text)) continue;
    rows.push({ r, unsur, nrr: cells.num(r, nrrC, "index"), konversi: cells.num(r, konvC, "index"), mutu: cells.text(r, mutuC) });
  }
  return {
    kind: "skm-unsur",
    sheet: sheet.name,
    area: { r0: header.r0, c0: Math.min(...cols.map((c) => c.c)), r1: last, c1: Math.max(...cols.map((c) => c.c)) },
    title,
    headerRow: header.r0,
    problems: cells.problems,
    columns,
    rows,
    nrrTertimbang,
    ikm,
    ikmMutu,
  };
}

function firstNumber(cells: CellReader, r: number, width: number, kind: "index"): NumCell | null {
  for (let c = 0; c < Math.min(width, rowLength(cells.sheet, r)); c++) {
    const v = cellAt(cells.sheet, r, c);
    if (typeof v === "number" || (typeof v === "string" && /^\s*\d/.test(v))) {
      const n = cells.num(r, c, kind);
      if (n) return n;
    }
  }
  return null;
}

function lastNumber(cells: CellReader, r: number, width: number): NumCell | null {
  for (let c = Math.min(width, rowLength(cells.sheet, r)) - 1; c >= 0; c--) {
    const v = cellAt(cells.sheet, r, c);
    if (typeof v === "number" || (typeof v === "string" && /^\s*\d/.test(v))) {
      const n = cells.num(r, c, "index");
      if (n) return n;
    }
  }
  return null;
}

/** Names of the nine unsur (PermenPANRB 14/2017) as they appear in column headers. */
const UNSUR_WORDS = [/persyaratan/, /prosedur|sistem|mekanisme/, /waktu/, /biaya|tarif/, /produk|spesifikasi/, /kompetensi/, /perilaku/, /pengaduan|saran|masukan/, /sarana|prasarana/];
const UNSUR_CODE = /^(u|unsur|p|q)\s*-?\s*(\d{1,2})$/;

/** Columns of a raw-answers header row at r: "U1…U9" or the unsur names; null when it is not one. */
export function answerColumns(sheet: Sheet, r: number): number[] | null {
  const width = Math.min(sheetWidth(sheet), rowLength(sheet, r));
  const found: number[] = [];
  for (let c = 0; c < width; c++) {
    const v = cellAt(sheet, r, c);
    if (typeof v !== "string") continue;
    const l = normalizeLabel(v);
    if (l.length > 60) continue;
    if (UNSUR_CODE.test(l) || (UNSUR_WORDS.some((w) => w.test(l)) && !/indikator|nrr|konversi|mutu/.test(l))) found.push(c);
  }
  if (found.length < 5) return null;
  // Answers below: the next non-blank row holds small integers in most of these columns.
  for (let rr = r + 1; rr < Math.min(sheet.rows.length, r + 4); rr++) {
    const vals = found.map((c) => cellAt(sheet, rr, c)).filter((v) => v !== null && v !== "");
    if (vals.length === 0) continue;
    const small = vals.filter((v) => /^[0-4]$/.test(String(v).trim())).length;
    return small >= Math.ceil(vals.length / 2) ? found : null;
  }
  return null;
}

export function readSkmAnswers(sheet: Sheet, r0: number, columns: number[], title: string): SkmAnswersTable {
  const problems: ReadProblem[] = [];
  const answers: (number | null)[][] = [];
  const respondentRows: number[] = [];
  let blankRun = 0;
  let last = r0;
  for (let r = r0 + 1; r < sheet.rows.length; r++) {
    const vals = columns.map((c) => cellAt(sheet, r, c));
    if (vals.every((v) => v === null || v === "")) {
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    let label = "";
    for (let c = 0; c < (columns[0] as number) && label === ""; c++) label = textOf(cellAt(sheet, r, c));
    if (/^(jumlah|nrr|rata|total|ikm|nilai|sumber|bobot)/i.test(label)) break;
    const row: (number | null)[] = [];
    let text = false;
    for (let j = 0; j < columns.length; j++) {
      const v = vals[j];
      if (v === null || v === "" || v === 0) row.push(null);
      else if (v === 1 || v === 2 || v === 3 || v === 4) row.push(v);
      else {
        const t = String(v).trim();
        if (/^[1-4]$/.test(t)) row.push(Number(t));
        else {
          if (/[A-Za-z]{3}/.test(t) && j === 0) text = true;
          problems.push({ r, c: columns[j] as number, found: t, message: "jawaban-tidak-sah" });
          row.push(null);
        }
      }
    }
    if (text && row.every((x) => x === null)) break; // a summary line under the answers ("Jumlah", "NRR")
    last = r;
    answers.push(row);
    respondentRows.push(r);
  }
  const colsRec: Record<string, number> = {};
  columns.forEach((c, j) => (colsRec[`U${j + 1}`] = c));
  return {
    kind: "skm-jawaban",
    sheet: sheet.name,
    area: { r0, c0: Math.min(...columns), r1: last, c1: Math.max(...columns) },
    title,
    headerRow: r0,
    problems,
    columns: colsRec,
    unsur: columns.map((c) => ({ text: textOf(cellAt(sheet, r0, c)), r: r0, c })),
    answers,
    respondentRows,
  };
}
