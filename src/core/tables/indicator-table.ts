/** Reading PK, Capaian IKU, Renaksi, PPS and PKPK tables into indicator rows. */
import { cellAt, MergeIndex, rowLength, sheetWidth, textOf, type Sheet } from "../grid";
import { CellReader, codeAcross, codeSpan, kindForSatuan } from "./cells";
import { isSignatureRow, isTableEnd } from "./ends";
import { cellFit, isHeaderishRow, normalizeLabel, type Column, type Header, type Role } from "./header";
import { requiredRoles } from "./kinds";
import { cleanItemName, levelOfCode, levelOfText, splitLeadingCode } from "./levels";
import { scalePercentFractions } from "./percent-fractions";
import { unitScaleOf } from "./unit";
import type { IndicatorRow, IndicatorTable, Level, NumCell, Quarter } from "./types";

/** Picks the column of a role for the table's year: the one without a year, or the latest year. */
function pick(columns: Column[], role: Role, quarter: number | null, year: number | null): Column | undefined {
  const all = columns.filter((c) => c.role === role && c.quarter === quarter);
  if (all.length <= 1) return all[0];
  if (year !== null) {
    const same = all.find((c) => c.year === year);
    if (same) return same;
  }
  return all.find((c) => c.year === null) ?? all.reduce((a, b) => ((b.year ?? 0) >= (a.year ?? 0) ? b : a));
}

export { isTableEnd } from "./ends";

/** The column of a role outside the quarters (a yearly column), else the first of that role. */
export function roleColumn(cols: readonly Column[], role: Role): number | undefined {
  return (cols.find((c) => c.role === role && c.quarter === null) ?? cols.find((c) => c.role === role))?.c;
}

/** An anggaran before its revision ("Anggaran Murni", "Sebelum Perubahan", "Pagu Induk", "Semula"). */
const BEFORE_CHANGE = /murni|sebelum|induk|semula|\bawal\b/;
/** An anggaran after its revision ("Setelah Perubahan", "Sesudah Perubahan", "P-APBD", "Menjadi"). */
const AFTER_CHANGE = /perubahan|setelah|sesudah|\bp ?apbd\b|\bpak\b|menjadi/;

/** Whether a column's label names a revised figure ("Setelah Perubahan") and not the one before it ("Murni"). */
export function isRevisedLabel(label: string): boolean {
  const l = normalizeLabel(label);
  return AFTER_CHANGE.test(l) && !BEFORE_CHANGE.test(l);
}

/**
 * The anggaran column in force among a table's yearly pagu columns (`accept` leaves out others,
 * such as a Sisa): of "Anggaran Murni" and "Anggaran Setelah Perubahan" the revised one, as the
 * realisasi and its percentage are held to it; of "Anggaran 2024" and "Anggaran 2025" the later;
 * else the first.
 */
export function paguColumn(cols: readonly Column[], accept: (c: Column) => boolean = () => true): number | undefined {
  const all = cols.filter((c) => c.role === "pagu" && c.quarter === null && accept(c));
  if (all.length <= 1) return all[0]?.c ?? roleColumn(cols, "pagu");
  const revised = all.find((c) => isRevisedLabel(c.label));
  if (revised) return revised.c;
  // Two years' anggaran (last year's kept beside this year's): the later year's.
  const dated = all.filter((c) => c.year !== null);
  if (dated.length === all.length) return dated.reduce((a, b) => (b.year! > a.year! ? b : a)).c;
  return (all.find((c) => !BEFORE_CHANGE.test(normalizeLabel(c.label))) ?? all[0]!).c;
}

function firstText(sheet: Sheet, r: number, width: number): string {
  for (let c = 0; c < Math.min(width, rowLength(sheet, r)); c++) {
    const t = textOf(cellAt(sheet, r, c));
    if (t !== "") return t;
  }
  return "";
}

/** Words a wrapped line of a name ends with when the name goes on below. */
const OPEN_END = /\b(yang|dan|atau|di|ke|dari|pada|untuk|dengan|terhadap|dalam|oleh|serta|sesuai|per|bagi|tentang)$/i;

/**
 * Whether row r holds only the rest of the indicator name of the row above: the indicator cell
 * and nothing else in the row, starting in lower case or after a name left open ("… yang").
 */
function isContinuation(sheet: Sheet, r: number, indikator: { text: string; c: number }, aboveText: string): boolean {
  const row = sheet.rows[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    if (c === indikator.c) continue;
    const v = row[c];
    if (v !== null && v !== undefined && v !== "") return false;
  }
  const t = indikator.text.trim();
  return /^[\p{Ll}(]/u.test(t) || OPEN_END.test(aboveText.trim());
}

/**
 * The year a table reports on where its targets are given for several years (a Renstra matrix
 * "Target 2021 … 2025" beside "Realisasi 2021 … 2025"): the year its capaian column names, else the
 * one year of those its title names ("CAPAIAN KINERJA TAHUN 2024"); null when neither tells.
 */
function reportYear(cols: readonly Column[], title: string): number | null {
  const years = new Set(cols.filter((c) => (c.role === "target" || c.role === "targetTahunan") && c.quarter === null && c.year !== null).map((c) => c.year!));
  if (years.size < 2) return null;
  const named = cols.find((c) => c.role === "capaian" && c.quarter === null && c.year !== null && years.has(c.year))?.year;
  if (named !== undefined && named !== null) return named;
  const inTitle = [...new Set([...title.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1])).filter((y) => years.has(y)))];
  return inTitle.length === 1 ? inTitle[0]! : null;
}

/** The one year a title (or sheet name) names: "PERJANJIAN KINERJA TAHUN 2024", "PK 2025"; null for none or several. */
function titleYear(title: string): number | null {
  const years = [...new Set([...title.matchAll(/\b(20\d\d)\b/g)].map((m) => Number(m[1])))];
  return years.length === 1 ? years[0]! : null;
}

export function readIndicatorTable(
  sheet: Sheet,
  header: Header,
  kind: IndicatorTable["kind"],
  title: string,
  quarter: number | null,
  isHeaderAt: (r: number) => boolean,
): IndicatorTable {
  const cols = header.columns;
  const width = sheetWidth(sheet);
  const cells = new CellReader(sheet);
  const merges = new MergeIndex(sheet.merges);
  const col = (role: Role) => roleColumn(cols, role);
  const kodeSpan = codeSpan(sheet, header, col("kode"));

  // The year of the report: the year named with the yearly target, if any.
  const targetCol = pick(cols, "targetTahunan", null, null) ?? pick(cols, "target", null, null);
  const year = reportYear(cols, title) ?? targetCol?.year ?? titleYear(title);
  const yearlyTarget = pick(cols, "targetTahunan", null, year) ?? (quarter === null ? pick(cols, "target", null, year) : undefined);
  const quarterTarget = quarter !== null ? pick(cols, "target", null, year) : undefined;
  const realisasiCol = pick(cols, "realisasi", null, year);
  const capaianCol = pick(cols, "capaian", null, year);
  const twCols = [1, 2, 3, 4].map((q) => ({
    target: pick(cols, "target", q, null)?.c ?? pick(cols, "targetTahunan", q, null)?.c,
    realisasi: pick(cols, "realisasi", q, null)?.c,
    capaian: pick(cols, "capaian", q, null)?.c,
    kategori: pick(cols, "kategori", q, null)?.c,
  }));
  // A one-quarter form ("Target TW II | Realisasi TW II | Capaian (%)"): the columns without a
  // quarter beside that quarter's are that quarter's too; the yearly target stays yearly.
  const withQuarter = twCols.map((t, i) => (t.target !== undefined || t.realisasi !== undefined || t.capaian !== undefined ? i + 1 : 0)).filter((q) => q > 0);
  const soleQuarter = quarter === null && withQuarter.length === 1 && (kind === "pps" || kind === "pkpk") ? (withQuarter[0] as number) : null;
  if (soleQuarter !== null) {
    const tw = twCols[soleQuarter - 1]!;
    tw.realisasi ??= realisasiCol?.c;
    tw.capaian ??= capaianCol?.c;
  }
  const ownQuarter = quarter ?? soleQuarter;
  if (quarter !== null) {
    const tw = twCols[quarter - 1]!;
    tw.target ??= quarterTarget?.c;
    tw.realisasi ??= realisasiCol?.c;
    tw.capaian ??= capaianCol?.c;
  }
  // The budget of the year: a column outside the quarters, or the one quarter a one-quarter sheet
  // holds. A quarter's spending under "Realisasi Triwulan I | Keuangan" is not the year's.
  const budgetCol = (role: Role) => pick(cols, role, null, null)?.c ?? (ownQuarter !== null ? pick(cols, role, ownQuarter, null)?.c : undefined);
  const required = requiredRoles(kind);
  const columns: Record<string, number> = {};
  for (const c of cols) if (!(c.role in columns)) columns[c.role] = c.c;

  let tujuan = "";
  let sasaran = "";
  let item = "";
  let itemLevel: Level | null = null;
  let itemCode: string | null = null;
  let seenProgram = false;
  let lastLevel: Level | null = null;
  const rows: IndicatorRow[] = [];
  let blankRun = 0;
  let lastDataRow = header.r1;
  let r = header.dataStart;

  for (; r < sheet.rows.length; r++) {
    const first = firstText(sheet, r, width);
    const rowBlank = first === "" && !(sheet.rows[r] ?? []).some((v) => typeof v === "number");
    if (rowBlank) {
      if (++blankRun >= 2) break;
      continue;
    }
    if (isTableEnd(first) || isSignatureRow(sheet, r, blankRun > 0) || (blankRun > 0 && isHeaderishRow(sheet, r))) break;
    blankRun = 0;
    if (r > header.dataStart && isHeaderAt(r)) break;
    lastDataRow = r;

    const tujuanCell = cells.text(r, col("tujuan"));
    const sasaranCell = cells.text(r, col("sasaran"));
    const uraianCell = cells.text(r, col("uraian"));
    const codeCell = codeAcross(sheet, r, kodeSpan);
    if (tujuanCell) tujuan = tujuanCell.text;
    if (sasaranCell) sasaran = sasaranCell.text;
    let rowLevel: Level | null = null;
    if (uraianCell || codeCell) {
      const split = uraianCell ? splitLeadingCode(uraianCell.text) : { code: null, rest: "" };
      const code = codeCell?.text ?? split.code;
      const name = uraianCell ? split.rest : item;
      let lvl: Level | null = (code && levelOfCode(code)) || (uraianCell ? levelOfText(uraianCell.text) : null);
      if (!lvl && uraianCell) lvl = seenProgram ? "kegiatan" : "sasaran";
      if (lvl === "program") seenProgram = true;
      if (uraianCell) item = cleanItemName(name);
      itemLevel = lvl;
      itemCode = code;
      rowLevel = lvl;
    } else if (sasaranCell) rowLevel = "sasaran";
    else if (tujuanCell) rowLevel = "tujuan";

    const indikator = cells.text(r, col("indikator"));
    const satuan = cells.text(r, col("satuan"));
    // An indicator name wrapped onto the next row by hand ("Persentase perangkat daerah yang
    // terhubung" / "jaringan intra pemerintah"): that row holds the rest of the name and nothing
    // else. It continues the name above; it is no indicator of its own.
    const above = rows[rows.length - 1];
    if (indikator && above && above.r === r - 1 && isContinuation(sheet, r, indikator, above.indikator.text)) {
      above.indikator = { ...above.indikator, text: `${above.indikator.text} ${indikator.text}` };
      continue;
    }
    // A summary line ("Rata-rata capaian kinerja", "Jumlah") has no satuan; "Jumlah desa …" with one is an indicator.
    if (indikator && !satuan && /^(rata\s*-?\s*rata|jumlah|total)\b/i.test(indikator.text) && !cells.text(r, yearlyTarget?.c)) continue;
    const kind = kindForSatuan(satuan?.text);
    if (!indikator) {
      // A heading or summary row ("TUJUAN 1 …", "Rata-rata capaian") carries no indicator; a row with
      // numbers but no indicator name is a blank required cell.
      const hasNumbers = [yearlyTarget?.c, realisasiCol?.c, ...twCols.map((t) => t.target)].some(
        (c) => c !== undefined && cellFit(cellAt(sheet, r, c), "target") > 0,
      );
      // Under an indicator merged down over its action rows (a Renaksi's Rencana Aksi with their
      // own quarter outputs) the name is not blank: it is the merged cell's.
      const ic = col("indikator");
      const underMerged = ic !== undefined && (merges.areaOf(r, ic)?.r0 ?? r) < r;
      if (hasNumbers && !underMerged && !/^(rata|jumlah|total)/i.test(first) && ic !== undefined) {
        cells.problems.push({ r, c: col("indikator")!, found: "", message: "indikator-kosong" });
      }
      continue;
    }
    const level: Level | null =
      rowLevel ??
      (col("uraian") !== undefined || col("kode") !== undefined ? itemLevel : null) ??
      lastLevel ??
      (sasaran ? "sasaran" : tujuan ? "tujuan" : null);
    lastLevel = level;
    const context =
      level === "tujuan"
        ? tujuan
        : level === "sasaran"
          ? (sasaranCell?.text ?? (uraianCell && itemLevel === "sasaran" ? item : sasaran || item))
          : item || sasaran || tujuan;

    const tw = twCols.map((t): Quarter => ({
      target: cells.num(r, t.target, kind),
      realisasi: cells.num(r, t.realisasi, kind),
      capaian: cells.num(r, t.capaian, "percent"),
      ...(t.kategori !== undefined ? { kategori: cells.text(r, t.kategori) } : {}),
    })) as [Quarter, Quarter, Quarter, Quarter];
    const row: IndicatorRow = {
      r,
      level,
      context,
      code: level === "program" || level === "kegiatan" || level === "subkegiatan" ? itemCode : null,
      indikator,
      satuan,
      target: cells.num(r, yearlyTarget?.c, kind),
      realisasi: ownQuarter === null ? cells.num(r, realisasiCol?.c, kind) : null,
      capaian: ownQuarter === null ? cells.num(r, capaianCol?.c, "percent") : null,
      // The year's (or the one-quarter sheet's) kategori; a quarter's own is in tw[q].kategori.
      kategori: cells.text(r, pick(cols, "kategori", null, year)?.c),
      targetAkhir: cells.num(r, col("targetAkhir"), kind),
      sifat: cells.text(r, col("sifat")),
      tw,
      // Of several yearly pagu columns (murni and perubahan, two years) the one in force; else the own quarter's.
      pagu: cells.num(r, cols.some((c) => c.role === "pagu" && c.quarter === null) ? paguColumn(cols) : budgetCol("pagu"), "rupiah"),
      realisasiAnggaran: cells.num(r, budgetCol("realisasiAnggaran"), "rupiah"),
      persenAnggaran: cells.num(r, budgetCol("persenAnggaran"), "percent"),
      blanks: [],
    };
    for (const role of required) {
      const c = role === "target" ? yearlyTarget?.c : role === "realisasi" ? realisasiCol?.c : col(role);
      if (c !== undefined && textOf(cellAt(sheet, r, c)) === "") row.blanks.push({ r, c, column: role });
    }
    rows.push(row);
  }
  // Capaian and serapan columns formatted as a percentage hold fractions (1.0257 for 102,57 %).
  scalePercentFractions(
    rows.flatMap((row) => [
      { cell: row.capaian, set: (n) => void (row.capaian = n) },
      ...row.tw.map((q) => ({ cell: q.capaian, set: (n: NumCell) => void (q.capaian = n) })),
      { cell: row.persenAnggaran ?? null, set: (n: NumCell) => void (row.persenAnggaran = n) },
    ]),
  );
  const maxCol = Math.max(...cols.map((c) => c.c));
  const minCol = Math.min(...cols.map((c) => c.c));
  return {
    kind,
    sheet: sheet.name,
    area: { r0: header.r0, c0: minCol, r1: Math.max(lastDataRow, header.r1), c1: maxCol },
    title,
    headerRow: header.r0,
    problems: cells.problems,
    columns,
    year,
    perubahan: kind === "pk" && /perubahan/i.test(title),
    quarter: ownQuarter,
    rows,
    // Only rupiah columns have a unit to scale: pagu and realisasi anggaran.
    unitScale:
      col("pagu") !== undefined || col("realisasiAnggaran") !== undefined ? unitScaleOf(sheet, header, title, Math.max(lastDataRow, header.r1), isHeaderAt) : 1,
  };
}
