/**
 * Comparing an indicator written in a file with the official indicator of its sub kegiatan:
 * equal once case, spacing and punctuation are set aside, or near — a typo such as "Jumalh
 * Dokumen …", or the official text without its bracket ("… Penyelamatan" for "… Penyelamatan
 * (RISPKP)") — reported as such. What is in brackets counts otherwise: the list has indicators
 * that differ only there ("(Tingkat Risiko Menengah Tinggi)" and "(… Menengah Rendah dan Rendah)").
 */
import { normalizeName } from "./lookup";

export type IndikatorVerdict = "sama" | "sama-ejaan" | "mirip" | "beda";

export interface IndikatorComparison {
  /**
   * "sama": written exactly as the list writes it; "sama-ejaan": equal but for case, spacing or
   * punctuation; "mirip": a few letters apart (a typo; `distance` says how many) or the same but
   * for a bracket only one of the two has; "beda": another indicator.
   */
  readonly result: IndikatorVerdict;
  readonly found: string;
  readonly official: string;
  /** Letters apart (insertions, deletions, substitutions, swaps of neighbours) when "mirip". */
  readonly distance?: number;
}

/** Near: at most one edit per 12 letters of the longer key, and never below 12 letters. */
export const NEAR_MIN_LENGTH = 12;
const near = (length: number) => Math.floor(length / NEAR_MIN_LENGTH);

/**
 * Optimal string alignment distance (Levenshtein plus a swap of two neighbouring letters as one
 * edit: "Jumalh" is one edit from "Jumlah"), with an early exit above `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Compares the indicator found in a file with the official one of its sub kegiatan. */
export function compareIndikator(found: string, official: string): IndikatorComparison {
  if (found.trim() === official.trim()) return { result: "sama", found, official };
  const f = normalizeName(found);
  const o = normalizeName(official);
  if (f === o && f !== "") return { result: "sama-ejaan", found, official };
  const bracket = /\([^)]*\)/;
  if (bracket.test(found) !== bracket.test(official)) {
    const unbracketed = (s: string) => normalizeName(s.replace(/\([^)]*\)/g, " "));
    if (unbracketed(found) === unbracketed(official) && unbracketed(found) !== "") return { result: "mirip", found, official };
  }
  const max = near(Math.max(f.length, o.length));
  if (Math.min(f.length, o.length) >= NEAR_MIN_LENGTH && max >= 1) {
    const distance = editDistance(f, o, max);
    if (distance <= max) return { result: "mirip", found, official, distance };
  }
  return { result: "beda", found, official };
}
