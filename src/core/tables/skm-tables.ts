/** Reading SKM data: the unsur table (NRR, konversi, mutu, IKM) and raw answers (one row a respondent). */
import { answerOf } from "../answers";
import { cellAt, rowLength, sheetWidth, textOf, type Sheet } from "../grid";
import { CellReader } from "./cells";
import { normalizeLabel, type Header, type Role } from "./header";
import { isSignatureRow, isTableEnd } from "./ends";
import type { SkmProcessing } from "./skm-types";
import type { NumCell, ReadProblem, SkmAnswersTable, SkmUnsurRow, SkmUnsurTable, TextCell } from "./types";

export function readSkmUnsurTable(sheet: Sheet, header: Header, title: string): SkmUnsurTable {
  const cols = header.columns;
  const col = (role: Role) => cols.find((c) => c.role === role)?.c;
  const cells = new CellReader(sheet);
  const width = sheetWidth(sheet);
  const unsurC = col("unsur");
  // "NRR x 25" / "NRR × 25" is the konversi (the header words read it as an NRR); "NRR Tertimbang" is neither.
  const times25 = cols.find((c) => c.role === "nrr" && TIMES_25.test(normalizeLabel(c.label)))?.c;
  const nrrC = cols.find((c) => c.role === "nrr" && c.c !== times25 && !WEIGHTED.test(normalizeLabel(c.label)))?.c ?? col("nrr");
  const konvC = col("konversi") ?? times25;
  const mutuC = col("mutu");
  // The Kinerja column: "Kinerja Unit Pelayanan", or a column headed just "Kinerja".
  const kinerjaC = col("kinerja") ?? header.labels?.find((l) => /^kinerja\b/.test(normalizeLabel(l.label)) && l.c !== mutuC)?.c;
  const columns: Record<string, number> = {};
  for (const c of cols) if (!(c.role in columns)) columns[c.role] = c.c;
  if (konvC !== undefined) columns.konversi = konvC;
  if (nrrC !== undefined) columns.nrr = nrrC;
  if (kinerjaC !== undefined) columns.kinerja = kinerjaC;
  const rows: SkmUnsurRow[] = [];
  let ikmKinerja: TextCell | null = null;
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
    if (WEIGHTED.test(l) && !IKM_LABEL.test(l)) {
      nrrTertimbang = firstNumber(cells, r, width, "index");
      continue;
    }
    if (/ikm unit|indeks kepuasan|nilai ikm|^ikm\b|nilai skm/.test(l) || IKM_LABEL.test(l)) {
      ikm = cells.num(r, konvC, "index") ?? lastNumber(cells, r, width);
      ikmMutu = cells.text(r, mutuC);
      ikmKinerja = cells.text(r, kinerjaC);
      continue;
    }
    if (/responden|jumlah/.test(l)) continue;
    if (!unsur || /^\d+$/.test(unsur.text)) continue;
    rows.push({
      r,
      unsur,
      nrr: cells.num(r, nrrC, "index"),
      konversi: cells.num(r, konvC, "index"),
      mutu: cells.text(r, mutuC),
      kinerja: cells.text(r, kinerjaC),
    });
  }
  return {
    kind: "skm-unsur",
    sheet: sheet.name,
    area: { r0: header.r0, c0: Math.min(...cols.map((c) => c.c)), r1: last, c1: Math.max(kinerjaC ?? 0, ...cols.map((c) => c.c)) },
    title,
    headerRow: header.r0,
    problems: cells.problems,
    columns,
    rows,
    nrrTertimbang,
    ikm,
    ikmMutu,
    ikmKinerja,
  };
}

/** NRR × bobot: "NRR Tertimbang", and "NRR x Bobot" / "Total NRR x Bobot" as survey apps write it. */
const WEIGHTED = /tertimbang|\bnrr\b.*\bbobot\b|\bbobot\b.*\bnrr\b/;

/**
 * A label that names the IKM even where it spells out how it is made: "IKM Unit Pelayanan (NRR
 * Tertimbang x 25)", "Jumlah NRR Tertimbang x 25". Without it such a row reads as the NRR tertimbang.
 */
const IKM_LABEL = /^(nilai )?(ikm|skm)\b|^indeks kepuasan|\bx\s*25\b|\b25\b$/;

/** A konversi heading written as the formula: "NRR x 25", "NRR × 25", "NRR*25" (normalised: "nrr x 25", "nrr 25"). */
const TIMES_25 = /\bnrr\b.*\b(x\s*)?25\b/;

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
const UNSUR_WORDS = [
  /persyaratan/,
  /prosedur|sistem|mekanisme/,
  /waktu/,
  /biaya|tarif/,
  /produk|spesifikasi/,
  /kompetensi/,
  /perilaku/,
  /pengaduan|saran|masukan/,
  /sarana|prasarana/,
];
const UNSUR_CODE = /^(u|unsur|p|q)\s*-?\s*(\d{1,2})$/;
/** Who answered, when and for which service: never answers, even when coded 1–6 like answers. */
const RESPONDENT_HEADER =
  /kelamin|\busia\b|\bumur\b|pendidikan|pekerjaan|tanggal|\btgl\b|\bnama\b|alamat|telepon|\bhp\b|^jenis layanan|^layanan|pengisian|survei|survey|responden|domisili|timestamp|cap waktu|stempel waktu|\bemail\b|\be mail\b|\bsurel\b/;
/** Free text after the answers (saran, kritik, masukan); unsur 8 names penanganan pengaduan. */
const FREE_TEXT_HEADER = /\b(saran|kritik|masukan|komentar|pesan|usulan|harapan|keluhan|catatan|keterangan)\b/;
const HAS_WORD = /\p{L}{3}/u;
/** A questionnaire's question used as a column header. */
const QUESTION = /^(\d{1,2} )?(bagaimana|apakah|menurut|seberapa)\b.*\b(pendapat|pemahaman|penilaian|saudara|anda|bapak|ibu)\b/;

/**
 * The answer option words of the PermenPANRB 14/2017 questionnaire, as survey forms export them
 * ("Sangat sesuai", "Kurang mudah", "Gratis", "Dikelola dengan baik"), by their value 1–4.
 */
const OPTION_WORDS: readonly [RegExp, number][] = [
  [/^(sangat mahal|tidak ada|buruk|sangat buruk)$/, 1],
  [/^tidak (sesuai|mudah|cepat|kompeten|sopan|ramah|baik|puas|jelas|wajar|terjangkau|tepat|nyaman|lengkap|memadai|berfungsi)\b/, 1],
  [/^(cukup mahal|mahal|cukup|ada tetapi tidak berfungsi|ada tapi tidak berfungsi)$/, 2],
  [/^kurang (sesuai|mudah|cepat|kompeten|sopan|ramah|baik|puas|jelas|wajar|terjangkau|tepat|nyaman|lengkap|memadai)\b/, 2],
  [/^(gratis|dikelola dengan baik)$/, 4],
  [/^sangat (sesuai|mudah|cepat|kompeten|sopan|ramah|baik|puas|memuaskan|jelas|wajar|terjangkau|tepat|nyaman|lengkap|memadai)\b/, 4],
  [/^(murah|berfungsi kurang maksimal)$/, 3],
  [/^(sesuai|mudah|cepat|kompeten|sopan|ramah|baik|puas|memuaskan|jelas|wajar|terjangkau|tepat|nyaman|lengkap|memadai)\b/, 3],
];

/**
 * One answer cell: 1–4 or null for blank as `answerOf` reads it, or the value a form's option
 * states: "4 - Sangat sesuai", "(3) Sesuai", the option's letter (a … d), or its words alone. A five-step scale
 * ("Sangat tidak puas") is no 1–4 answer. Undefined when it is none of these.
 */
export function answerOfCell(v: unknown): number | null | undefined {
  const a = answerOf(v);
  if (a !== undefined || typeof v !== "string") return a;
  const t = v.trim();
  // The questionnaire's option letter: a (1) … d (4), as paper forms are typed in.
  const letter = /^([a-d])\.?$/i.exec(t);
  if (letter) return "abcd".indexOf((letter[1] as string).toLowerCase()) + 1;
  const lead = /^\(?([1-4])\)?\s*[-–.:)=]?\s*\p{L}/u.exec(t);
  if (lead) return Number(lead[1]);
  const l = normalizeLabel(t);
  if (/^sangat tidak\b/.test(l)) return undefined;
  for (const [re, n] of OPTION_WORDS) if (re.test(l)) return n;
  return undefined;
}
/** Fewer invalid answers than this are typing slips, each reported on its cell. */
const MIN_INVALID = 3;
/** Rows sampled under a header to tell free text from answers. */
const SAMPLE_ROWS = 60;

/** Whether a header label names an unsur column (by code or by the unsur's name). */
function isUnsurHeader(l: string): boolean {
  // A survey form's question as the header ("1. Bagaimana pendapat Saudara tentang kesesuaian
  // persyaratan pelayanan …?") may be long; any other long header is no unsur's.
  if (l.length > (QUESTION.test(l) ? 300 : 60)) return false;
  if (!QUESTION.test(l) && RESPONDENT_HEADER.test(l)) return false;
  if (UNSUR_CODE.test(l)) return true;
  if (FREE_TEXT_HEADER.test(l) && !/pengaduan|penanganan/.test(l)) return false;
  return UNSUR_WORDS.some((w) => w.test(l)) && !/indikator|nrr|konversi|mutu/.test(l);
}

/** Whether the column under a header holds free text: most of its filled cells are words that are no answer option. */
function isFreeTextColumn(sheet: Sheet, r: number, c: number): boolean {
  let filled = 0;
  let words = 0;
  for (let rr = r + 1; rr < Math.min(sheet.rows.length, r + 1 + SAMPLE_ROWS); rr++) {
    const v = cellAt(sheet, rr, c);
    if (v === null || v === "") continue;
    if (isProcessingRow(sheet, rr, c)) break;
    filled++;
    if (typeof v === "string" && HAS_WORD.test(v) && answerOfCell(v) === undefined) words++;
  }
  return words > 0 && words * 2 >= filled;
}

/**
 * Columns of a raw-answers header row at r: "U1…U9" or the unsur names; null when it is not one.
 * Demographic columns (jenis kelamin, usia, pendidikan, pekerjaan: often coded 1–6) and free text
 * (saran, kritik, masukan) are never answer columns, nor is any column that holds mostly words.
 */
export function answerColumns(sheet: Sheet, r: number): number[] | null {
  const width = Math.min(sheetWidth(sheet), rowLength(sheet, r));
  const named: number[] = [];
  for (let c = 0; c < width; c++) {
    const v = cellAt(sheet, r, c);
    if (typeof v === "string" && isUnsurHeader(normalizeLabel(v))) named.push(c);
  }
  if (named.length < 5) return null;
  const found = named.filter((c) => !isFreeTextColumn(sheet, r, c));
  if (found.length < 5) return null;
  // Answers below: the next non-blank row holds small integers in most of these columns.
  for (let rr = r + 1; rr < Math.min(sheet.rows.length, r + 4); rr++) {
    const vals = found.map((c) => cellAt(sheet, rr, c)).filter((v) => v !== null && v !== "");
    if (vals.length === 0) continue;
    const small = vals.filter((v) => /^[0-4]$/.test(String(v).trim()) || (typeof v === "string" && answerOfCell(v) != null)).length;
    return small >= Math.ceil(vals.length / 2) ? found : null;
  }
  return null;
}

/** What a row of the processing block under the answers states, from its label. */
type ProcessingLine = "sums" | "nrr" | "weighted" | "konversi" | "ikm" | "mutu" | "kinerja" | "other";

function processingLine(label: string): ProcessingLine | null {
  const l = normalizeLabel(label.replace(/[∑Σ]/g, " jumlah "));
  if (l === "") return null;
  if (/^bobot/.test(l)) return "other";
  // "NRR Tertimbang", and "NRR x Bobot" / "Total NRR x Bobot" as survey apps write it.
  if (WEIGHTED.test(l) && !IKM_LABEL.test(l)) return "weighted";
  if (/^(nilai )?(ikm|skm)\b|indeks kepuasan/.test(l) || IKM_LABEL.test(l)) return "ikm";
  if (/^(nilai )?konversi/.test(l)) return "konversi";
  if (/^(nilai )?mutu/.test(l)) return "mutu";
  if (/^kinerja/.test(l)) return "kinerja";
  if (/^(nrr|nilai rata|rata)/.test(l)) return "nrr";
  if (/^(jumlah|total|nilai per unsur|skor)/.test(l)) return /responden/.test(l) ? "other" : "sums";
  if (/^(bobot|sumber|keterangan)/.test(l)) return "other";
  return null;
}

/** The label of row r left of column c: its first non-blank cell, when that is text. */
function rowLabel(sheet: Sheet, r: number, c: number): { text: string; c: number } | null {
  for (let cc = 0; cc < Math.min(c, rowLength(sheet, r)); cc++) {
    const v = cellAt(sheet, r, cc);
    if (v === null || v === "") continue;
    return typeof v === "string" && HAS_WORD.test(v) ? { text: textOf(v), c: cc } : null;
  }
  return null;
}

function isProcessingRow(sheet: Sheet, r: number, firstAnswer: number): boolean {
  const l = rowLabel(sheet, r, firstAnswer);
  return l !== null && processingLine(l.text) !== null;
}

/**
 * The PermenPANRB 14/2017 processing block starting at row r0 under answers in `columns`: Σ nilai,
 * NRR and NRR tertimbang per unsur, their sum, IKM (× 25), mutu and kinerja. Never respondents.
 */
function readProcessing(sheet: Sheet, r0: number, columns: number[], cells: CellReader): SkmProcessing {
  const first = columns[0] as number;
  const width = sheetWidth(sheet);
  const perUnsur: Partial<Record<"sums" | "nrr" | "weighted" | "konversi", (NumCell | null)[]>> = {};
  let weightedTotal: NumCell | null = null;
  let ikm: NumCell | null = null;
  let mutu: TextCell | null = null;
  let kinerja: TextCell | null = null;
  let r1 = r0;
  let blankRun = 0;
  for (let r = r0; r < sheet.rows.length; r++) {
    if (rowLength(sheet, r) === 0 || sheet.rows[r]!.every((v) => v === null || v === "")) {
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    const label = rowLabel(sheet, r, first) ?? rowLabel(sheet, r, width);
    const line = label ? processingLine(label.text) : null;
    if (!label || !line || isTableEnd(label.text)) break;
    r1 = r;
    if (line === "other") continue;
    if (line === "mutu" || line === "kinerja") {
      let t: TextCell | null = null;
      for (let c = label.c + 1; c < rowLength(sheet, r) && !t; c++) {
        const v = cellAt(sheet, r, c);
        if (typeof v === "string" && (line === "mutu" ? /^\s*[A-D]\s*$/i.test(v) || HAS_WORD.test(v) : HAS_WORD.test(v))) t = { text: textOf(v), r, c };
      }
      if (line === "mutu") mutu = t;
      else kinerja = t;
      continue;
    }
    const filled = columns.filter((c) => {
      const v = cellAt(sheet, r, c);
      return v !== null && v !== "";
    }).length;
    if (line !== "ikm" && filled * 2 >= columns.length && filled > 1) {
      perUnsur[line] = columns.map((c) => cells.num(r, c, "index"));
      continue;
    }
    // A single value: the row's first number right of its label.
    let n: NumCell | null = null;
    for (let c = label.c + 1; c < rowLength(sheet, r) && !n; c++) {
      const v = cellAt(sheet, r, c);
      if (v !== null && v !== "") n = cells.num(r, c, "index");
    }
    if (line === "ikm") {
      ikm = n;
      // "IKM … | 93,85 | A | Sangat Baik" on one line.
      for (let c = (n?.c ?? label.c) + 1; c < rowLength(sheet, r); c++) {
        const v = cellAt(sheet, r, c);
        if (typeof v !== "string" || v.trim() === "") continue;
        if (!mutu && /^[A-D]$/i.test(v.trim())) mutu = { text: textOf(v), r, c };
        else if (!kinerja && HAS_WORD.test(v)) kinerja = { text: textOf(v), r, c };
      }
    } else if (line === "weighted") weightedTotal = n;
  }
  return {
    sums: perUnsur.sums ?? null,
    nrr: perUnsur.nrr ?? null,
    weighted: perUnsur.weighted ?? null,
    konversi: perUnsur.konversi ?? null,
    weightedTotal,
    ikm,
    mutu,
    kinerja,
    r0,
    r1,
  };
}

export function readSkmAnswers(sheet: Sheet, r0: number, columns: number[], title: string): SkmAnswersTable {
  const problems: ReadProblem[] = [];
  const answers: (number | null)[][] = [];
  const respondentRows: number[] = [];
  const first = columns[0] as number;
  let processing: SkmProcessing | null = null;
  let blankRun = 0;
  let last = r0;
  for (let r = r0 + 1; r < sheet.rows.length; r++) {
    if (isProcessingRow(sheet, r, first)) {
      const cells = new CellReader(sheet);
      const block = readProcessing(sheet, r, columns, cells);
      problems.push(...cells.problems);
      last = block.r1;
      const { sums, nrr, weighted, konversi, weightedTotal, ikm, mutu, kinerja } = block;
      if (sums || nrr || weighted || konversi || weightedTotal || ikm || mutu || kinerja) processing = block;
      break;
    }
    const vals = columns.map((c) => cellAt(sheet, r, c));
    if (vals.every((v) => v === null || v === "")) {
      if (++blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    const row: (number | null)[] = [];
    let text = false;
    const bad: ReadProblem[] = [];
    for (let j = 0; j < columns.length; j++) {
      const v = vals[j];
      const a = answerOfCell(v);
      if (a !== undefined) row.push(a);
      else {
        const t = String(v).trim();
        if (/[A-Za-z]{3}/.test(t) && j === 0) text = true;
        bad.push({ r, c: columns[j] as number, found: t, message: "jawaban-tidak-sah" });
        row.push(null);
      }
    }
    if (text && row.every((x) => x === null)) break; // a summary line under the answers ("Jumlah", "NRR")
    problems.push(...bad);
    last = r;
    answers.push(row);
    respondentRows.push(r);
  }
  const colsRec: Record<string, number> = {};
  columns.forEach((c, j) => (colsRec[`U${j + 1}`] = c));
  // Many answers outside 1–4 say the columns were misread or the scale is another (1–5, a
  // five-step "Sangat tidak puas … Sangat puas"): one doubt for the region, not an error a cell.
  const invalid = problems.filter((p) => p.message === "jawaban-tidak-sah").length;
  const filled = answers.reduce((n, row) => n + row.filter((a) => a !== null).length, 0) + invalid;
  const doubt =
    invalid >= MIN_INVALID && invalid * 10 > filled
      ? {
          reason: `${invalid} dari ${filled} jawaban respondennya bukan nilai 1–4 (skala SKM PermenPANRB 14/2017)`,
          expected: "jawaban 1–4",
          found: "jawaban di luar 1–4",
        }
      : null;
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
    processing,
    doubt,
  };
}
