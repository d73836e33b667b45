/**
 * The rows of a check that hold a sub kegiatan code, each with what the official list says of it:
 * what the nomenklatur rules (satuan-, indikator-, kode-nomenklatur) report on and what Ringkasan
 * counts. Any indicator table (PK, Renaksi, PKPK, PPS, Capaian, and any kind added later) whose row
 * carries a code of sub kegiatan shape, and every sub kegiatan row of a realisasi anggaran, are
 * taken; account codes (5.1.02.01.01.0024, as long as a sub kegiatan's) are not. Built once per
 * index (CheckContext) and shared.
 */
import type { CheckResult } from "../check";
import type { CheckContext } from "../rules/context";
import { isAccountCode } from "../tables/levels";
import type { BudgetRow, BudgetTable, IndicatorRow, IndicatorTable, Table } from "../tables/types";
import { LEVEL_OF_SEGMENTS, normalizeKode } from "./code";
import { compareIndikator, type IndikatorComparison } from "./indikator";
import { jenisOfCodes } from "./jenis";
import { normalizeName, type JenisPemda, type LookupResult, type Nomenklatur, type SubKegiatan } from "./lookup";
import { compareSatuan, type SatuanComparison } from "./satuan";

export interface Pos {
  readonly r: number;
  readonly c: number;
}

export interface SubKegiatanRow {
  readonly table: Table;
  /** The code as the file writes it. */
  readonly code: string;
  /** Where the code is written (its own column, or at the start of the name). */
  readonly codeAt: Pos;
  /** The sub kegiatan's name as the row carries it, with its cell; null where the row does not. */
  readonly name: { readonly text: string; readonly at: Pos } | null;
  /** The indicator row, for rows of indicator tables; null for a budget row. */
  readonly indicator: IndicatorRow | null;
  /** The realisasi anggaran row, for rows of a budget table; null for an indicator row. */
  readonly budget: BudgetRow | null;
  /** The first row of its sub kegiatan in the table (one indicator table row per indicator): code and name are checked here once. */
  readonly first: boolean;
  readonly lookup: LookupResult;
  /** The list's row to compare with: for the workbook's level of government, or the one the file's name or indicator fits. */
  readonly official: SubKegiatan | null;
  /**
   * Whether this indicator is compared with the official one: the row whose indicator is the
   * official one (or near it), else the sub kegiatan's first indicator; another indicator beside
   * it in the same sub kegiatan is the file's own addition and is not compared.
   */
  readonly compared: boolean;
  readonly indikator: IndikatorComparison | null;
  readonly satuan: SatuanComparison | null;
}

export interface SubKegiatanRows {
  /** The level of government the rows were looked up for; undefined when neither the caller, the text nor the codes tell. */
  readonly jenisPemda: JenisPemda | undefined;
  readonly rows: readonly SubKegiatanRow[];
}

const memo = new WeakMap<CheckContext, SubKegiatanRows>();

/** A written code of sub kegiatan shape (six segments, not an account's), normalised; else null. */
export function subKegiatanCode(code: string | null | undefined): string | null {
  if (!code || isAccountCode(code)) return null;
  const k = normalizeKode(code);
  return k && LEVEL_OF_SEGMENTS[k.split(".").length] === "sub kegiatan" ? k : null;
}

interface Candidate {
  readonly table: Table;
  readonly code: string;
  readonly kode: string;
  readonly codeAt: Pos;
  readonly name: { readonly text: string; readonly at: Pos } | null;
  readonly indicator: IndicatorRow | null;
  readonly budget: BudgetRow | null;
  readonly first: boolean;
}

function indicatorCandidates(table: IndicatorTable): Candidate[] {
  const out: Candidate[] = [];
  const codeCol = table.columns.kode ?? table.columns.uraian;
  const nameCol = table.columns.uraian;
  let prev = null as { kode: string | null; context: string } | null;
  for (const row of table.rows) {
    const kode = subKegiatanCode(row.code);
    const first = kode !== null && prev?.kode !== kode;
    if (kode !== null && row.code !== null && codeCol !== undefined) {
      // The name is the row's when the table has a name column and it was written with this code:
      // a code in its own column beside an empty name cell leaves the reader the name above.
      const stale = first && prev !== null && prev.context === row.context;
      const known = nameCol !== undefined && row.level === "subkegiatan" && row.context.trim() !== "" && !stale;
      const lastName = first ? null : (out[out.length - 1]?.name ?? null);
      out.push({
        table,
        code: row.code,
        kode,
        codeAt: { r: row.r, c: codeCol },
        name: first ? (known ? { text: row.context, at: { r: row.r, c: nameCol } } : null) : lastName,
        indicator: row,
        budget: null,
        first,
      });
    }
    if (first || kode === null) prev = { kode, context: row.context };
  }
  return out;
}

function budgetCandidates(table: BudgetTable): Candidate[] {
  return table.rows.flatMap((row): Candidate[] => {
    const kode = row.level === "subkegiatan" ? subKegiatanCode(row.code) : null;
    if (kode === null || row.code === null) return [];
    const at = { r: row.name.r, c: row.name.c };
    return [
      {
        table,
        code: row.code,
        kode,
        codeAt: { r: row.r, c: table.columns.kode ?? row.name.c },
        name: row.name.text.trim() ? { text: row.name.text, at } : null,
        indicator: null,
        budget: row,
        first: true,
      },
    ];
  });
}

const goodIndikator = (c: IndikatorComparison | null) => c !== null && c.result !== "beda";
const sameName = (a: string, b: string) => normalizeName(a) === normalizeName(b);

/** The list's row for a candidate: the only one, or among a province's and a kabupaten/kota's the one the file fits. */
function officialOf(res: LookupResult, c: Candidate): SubKegiatan | null {
  if (res.status !== "ada") return null;
  if (res.rows.length === 1) return res.rows[0]!;
  const fits = res.rows.filter(
    (r) => (c.name && sameName(r.nama, c.name.text)) || (c.indicator && goodIndikator(compareIndikator(c.indicator.indikator.text, r.indikator))),
  );
  if (fits.length >= 1) return fits[0]!;
  // Neither fits: only when both levels state the same indicator and satuan is there one to compare with.
  const [a, b] = res.rows;
  return a && b && sameName(a.indikator, b.indikator) && a.satuan === b.satuan && sameName(a.nama, b.nama) ? a : null;
}

/** The sub kegiatan rows of a check's index, looked up; empty without the list. */
export function subKegiatanRows(ctx: CheckContext): SubKegiatanRows {
  const done = memo.get(ctx);
  if (done) return done;
  const result = build(ctx, ctx.nomenklatur);
  memo.set(ctx, result);
  return result;
}

function build(ctx: CheckContext, n: Nomenklatur | undefined): SubKegiatanRows {
  if (!n) return { jenisPemda: ctx.jenisPemda, rows: [] };
  const candidates = [
    ...ctx.indicatorTables.flatMap(indicatorCandidates),
    ...ctx.tables.filter((t): t is BudgetTable => t.kind === "anggaran").flatMap(budgetCandidates),
  ];
  const jenisPemda =
    ctx.jenisPemda ??
    jenisOfCodes(
      n,
      candidates.map((c) => ({ code: c.kode, name: c.name?.text, indikator: c.indicator?.indikator.text })),
    );
  const rows: SubKegiatanRow[] = [];
  // Indicator rows by sub kegiatan (a run of rows of one code in one table), to tell its indicator from additions.
  let block: SubKegiatanRow[] = [];
  const flush = () => {
    const good = block.filter((r) => goodIndikator(r.indikator));
    const chosen = good.length > 0 ? good : block.slice(0, 1);
    for (const r of block) rows.push(chosen.includes(r) ? r : { ...r, compared: false, satuan: null });
    block = [];
  };
  for (const c of candidates) {
    if (c.first) flush();
    const lookup = n.lookup(c.kode, jenisPemda ? { jenisPemda } : {});
    const official = officialOf(lookup, c);
    const indikator = c.indicator && official ? compareIndikator(c.indicator.indikator.text, official.indikator) : null;
    const satuan = c.indicator?.satuan && official ? compareSatuan(c.indicator.satuan.text, official.satuan) : null;
    const row: SubKegiatanRow = {
      table: c.table,
      code: c.code,
      codeAt: c.codeAt,
      name: c.name,
      indicator: c.indicator,
      budget: c.budget,
      first: c.first,
      lookup,
      official,
      compared: official !== null,
      indikator,
      satuan,
    };
    if (c.indicator) block.push(row);
    else {
      flush();
      rows.push(row);
    }
  }
  flush();
  return { jenisPemda, rows };
}

/** Whether the name a row carries is the official one (true where the row carries none, or nothing to compare with). */
export function nameMatches(row: SubKegiatanRow): boolean {
  if (!row.name || !row.official || row.lookup.status !== "ada" || row.lookup.via === "kode-lama") return true;
  return compareIndikator(row.name.text, row.official.nama).result.startsWith("sama");
}

/** How a row stands against the list: sesuai, berbeda (something a warning names), or not compared. */
export function rowVerdict(row: SubKegiatanRow): "sesuai" | "berbeda" | "tidak-dibandingkan" {
  const res = row.lookup;
  if (res.status === "tidak-ada" || res.status === "jenis-lain" || (res.status === "ada" && res.via === "kode-lama")) return "berbeda";
  if (res.status !== "ada" || !row.official || (row.indicator && !row.compared)) return "tidak-dibandingkan";
  if (!nameMatches(row)) return "berbeda";
  if (row.indikator && !row.indikator.result.startsWith("sama")) return "berbeda";
  if (row.satuan && row.satuan.result === "beda") return "berbeda";
  return "sesuai";
}

/** Ringkasan's count of rows against the nomenclature. */
export interface NomenklaturSummary {
  /** Rows holding a sub kegiatan code (indicator rows and realisasi anggaran rows). */
  readonly rows: number;
  /** Of those, rows whose code, name, indicator and satuan are the list's (a satuan written short, "Dok", counts as the list's). */
  readonly matching: number;
  /** Rows with a difference the nomenklatur rules report: a code not listed, former or of the other level; another name, indicator or satuan (not a satuan written short). */
  readonly differing: number;
  /** Rows not compared: the level of government is unknown and the two levels differ, or a further indicator of a sub kegiatan beside its official one. */
  readonly unchecked: number;
  /** Distinct sub kegiatan codes among the rows. */
  readonly codes: number;
  /** The level of government the codes were looked up for (undefined when not known). */
  readonly jenisPemda: JenisPemda | undefined;
}

/**
 * How many sub kegiatan rows of a check match the official list; null when the check ran without
 * the list (then the nomenklatur rules reported nothing either).
 */
export function nomenklaturSummary(result: Pick<CheckResult, "contexts">): NomenklaturSummary | null {
  if (!result.contexts.some((c) => c.nomenklatur)) return null;
  const seen = new Set<object>();
  const codes = new Set<string>();
  let rows = 0;
  let matching = 0;
  let differing = 0;
  let jenisPemda: JenisPemda | undefined;
  for (const ctx of result.contexts) {
    const s = subKegiatanRows(ctx);
    jenisPemda ??= s.jenisPemda;
    for (const row of s.rows) {
      // A row of a table shared by several perangkat daerah is counted once.
      const id = row.indicator ?? row.budget ?? row;
      if (seen.has(id)) continue;
      seen.add(id);
      rows++;
      codes.add(subKegiatanCode(row.code)!);
      const v = rowVerdict(row);
      if (v === "sesuai") matching++;
      else if (v === "berbeda") differing++;
    }
  }
  return { rows, matching, differing, unchecked: rows - matching - differing, codes: codes.size, jenisPemda };
}
