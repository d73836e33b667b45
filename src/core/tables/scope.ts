/**
 * Roll-up workbooks hold several perangkat daerah, each with its own PK, Renaksi, PPS and PKPK
 * sheets ("PK Dinkes", "Renaksi Dinkes", "PK Dinsos" …). Indicators are compared only within one
 * perangkat daerah. The scope of a sheet is its name without the words naming the document, the
 * year or the quarter. A scope is a perangkat daerah's when it holds two or more kinds of
 * indicator table (its PK and its Renaksi, say); scoping applies only when there are two or more
 * such scopes, so a single perangkat daerah's workbook is compared as a whole, whatever its
 * sheet names ("Capaian IKU" beside "Capaian IKU Multiyear" stays one document set).
 */
import { isIndicatorTable, type Table } from "./types";

const DOCUMENT_WORDS = new Set([
  "pk",
  "perjanjian",
  "kinerja",
  "perubahan",
  "renaksi",
  "rencana",
  "aksi",
  "pps",
  "pkpk",
  "pengukuran",
  "capaian",
  "iku",
  "renja",
  "evaluasi",
  "rkpd",
  "form",
  "hasil",
  "indikator",
  "utama",
  "tw",
  "triwulan",
  "tahun",
  "realisasi",
  "anggaran",
  "skm",
  "ikm",
  "responden",
  "tabel",
  "lampiran",
  "sheet",
  "lembar",
  "data",
  "i",
  "ii",
  "iii",
  "iv",
]);

export function scopeOf(sheet: string): string {
  return sheet
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !DOCUMENT_WORDS.has(w) && !/^\d+$/.test(w) && !/^(tw|sheet|lembar)\d+$/.test(w))
    .join(" ");
}

/**
 * The groups of tables to check together: one per perangkat daerah, each with the tables that
 * belong to no perangkat daerah (a kabupaten-wide Capaian IKU, say); the remaining budget and SKM
 * tables once, on their own. A workbook that is not a roll-up is one group.
 */
export function scopeGroups(tables: readonly Table[]): Table[][] {
  const kindsOfScope = new Map<string, Set<string>>();
  for (const t of tables) {
    const s = scopeOf(t.sheet);
    if (s === "" || !isIndicatorTable(t)) continue;
    const set = kindsOfScope.get(s) ?? kindsOfScope.set(s, new Set()).get(s)!;
    set.add(t.kind);
  }
  const rollup = new Set([...kindsOfScope].filter(([, kinds]) => kinds.size >= 2).map(([s]) => s));
  if (rollup.size < 2) return [[...tables]];
  const shared = tables.filter((t) => !rollup.has(scopeOf(t.sheet)));
  const sharedIndicators = shared.filter(isIndicatorTable);
  const groups = [...rollup].map((s) => [...tables.filter((t) => scopeOf(t.sheet) === s), ...sharedIndicators]);
  const rest = shared.filter((t) => !isIndicatorTable(t));
  if (rest.length > 0) groups.push(rest);
  return groups;
}
