/**
 * Matching indicators across documents by normalised name: case, spacing, punctuation and an
 * abbreviation in brackets do not count. Near matches (one name a word longer than the other,
 * or a typo) are used too, and reported, naming both spellings. Matching is by hash for exact
 * names and by rare-word blocking for near ones, so it grows with the number of indicators, not
 * its square.
 */
import { memoize } from "./memo";

const STOP = new Set(["dan", "yang", "di", "ke", "dari", "pada", "untuk", "dalam", "atau", "the", "of"]);

/** An indicator's matching key; memoised, as every rule and every pairing asks for it. */
export const normalizeIndicator = memoize(function normalizeIndicator(name: string): string {
  return (
    name
      // The number or letter staff put before an indicator in its cell ("1. Nilai SAKIP", "1.2 …", "a) …").
      .replace(/^\s*(?:(?:\d{1,2}\.){1,3}\d{0,2}|\d{1,2}\)|[a-zA-Z][.)])\s+(?=\p{L})/u, "")
      .toLowerCase()
      .replace(/\([^)]*\)/g, " ")
      .replace(/[^\p{L}\p{N}%]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
});

function tokens(key: string): string[] {
  return key.split(" ").filter((t) => t.length > 1 && !STOP.has(t));
}

/** Levenshtein distance with an early exit above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/** A name's words without its stop words, every other word (a single letter, a number) kept. */
function contentWords(key: string): string {
  return key
    .split(" ")
    .filter((t) => t !== "" && !STOP.has(t))
    .join(" ");
}

/**
 * Whether two different normalised names are near enough to be the same indicator: the same words
 * but for stop words ("Persentase guru yang bersertifikat pendidik" and "Persentase guru
 * bersertifikat pendidik"), one word more, or a typo. A near match is reported, never silent.
 */
export function isNearMatch(a: string, b: string): boolean {
  const ca = contentWords(a);
  if (ca.includes(" ") && ca === contentWords(b)) return true;
  const ta = tokens(a);
  const tb = tokens(b);
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (small.length >= 3 && large.length - small.length === 1) {
    const set = new Set(large);
    if (small.every((t) => set.has(t))) return true;
  }
  // An abbreviation for the whole name: "IKM" for "Indeks Kepuasan Masyarakat".
  if (isInitialsOf(a, b) || isInitialsOf(b, a)) return true;
  // A typo is in a word: names that differ in a number or a lone letter (2024 / 2025, kelas A / B) differ.
  if (markers(a) !== markers(b)) return false;
  const max = Math.floor(Math.max(a.length, b.length) * 0.08);
  return Math.min(a.length, b.length) >= 12 && max >= 1 && editDistance(a, b, max) <= max;
}

/** The initials of a name of two words or more ("indeks kepuasan masyarakat" → "ikm"), or null. */
function initials(key: string): string | null {
  const words = key.split(" ").filter((t) => t !== "" && !STOP.has(t));
  return words.length >= 2 && words.every((w) => /^\p{L}/u.test(w)) ? words.map((w) => w[0]).join("") : null;
}

/** Whether `short` is one word, the initials of `long` (IKM, IPM, IRB). */
function isInitialsOf(short: string, long: string): boolean {
  return !short.includes(" ") && short.length >= 2 && initials(long) === short;
}

/** The numbers and lone letters of a name, which tell indicators apart. */
function markers(key: string): string {
  return key
    .split(" ")
    .filter((t) => /^\d+$/.test(t) || t.length === 1)
    .join(" ");
}

/**
 * Resolves each name key to a canonical key shared across tables. `keysByTable` lists the keys of
 * each table. A key seen in only some tables is matched to a near key of another table.
 * Returns the alias map (key → canonical) and the near pairs found. Of two near spellings in as
 * many tables, the one of the table ranked first (`rankOfTable`, lower first; by default the
 * table's position) is the canonical one, so the other is the spelling reported.
 */
export function resolveKeys(
  keysByTable: readonly (readonly string[])[],
  rankOfTable: readonly number[] = keysByTable.map((_, i) => i),
): {
  canonical: Map<string, string>;
  near: { key: string; to: string }[];
} {
  const owners = new Map<string, Set<number>>();
  keysByTable.forEach((keys, t) => keys.forEach((k) => (owners.get(k) ?? owners.set(k, new Set()).get(k)!).add(t)));
  const all = [...owners.keys()];
  // Rare-word blocking: each key is indexed under its two rarest words.
  const freq = new Map<string, number>();
  for (const k of all) for (const t of new Set(tokens(k))) freq.set(t, (freq.get(t) ?? 0) + 1);
  const rare = (k: string) => [...new Set(tokens(k))].sort((x, y) => (freq.get(x) ?? 0) - (freq.get(y) ?? 0)).slice(0, 2);
  const block = new Map<string, string[]>();
  for (const k of all) for (const t of rare(k)) (block.get(t) ?? block.set(t, []).get(t)!).push(k);
  // A long name is found from its abbreviation too: indexed under its initials.
  for (const k of all) {
    const i = initials(k);
    if (i && i.length >= 2) (block.get(i) ?? block.set(i, []).get(i)!).push(k);
  }

  const canonical = new Map<string, string>();
  const near: { key: string; to: string }[] = [];
  const tableCount = keysByTable.length;
  // Keys present in more tables become the targets; keys in fewer tables look for a near one.
  const rankOf = (k: string) => Math.min(...[...owners.get(k)!].map((t) => rankOfTable[t] ?? t));
  const ordered = [...all].sort((x, y) => owners.get(y)!.size - owners.get(x)!.size || rankOf(x) - rankOf(y) || (x < y ? -1 : 1));
  for (const k of ordered) {
    if (canonical.has(k)) continue;
    canonical.set(k, k);
    if (owners.get(k)!.size === tableCount) continue;
    const candidates = new Set<string>();
    for (const t of [...rare(k), ...(initials(k) ? [initials(k)!] : [])]) for (const other of block.get(t) ?? []) if (other !== k) candidates.add(other);
    for (const other of candidates) {
      if (canonical.has(other)) continue;
      const overlap = [...owners.get(other)!].some((t) => owners.get(k)!.has(t));
      if (overlap) continue; // both spellings in one table: two indicators, not one
      if (isNearMatch(k, other)) {
        canonical.set(other, k);
        near.push({ key: other, to: k });
      }
    }
  }
  return { canonical, near };
}
