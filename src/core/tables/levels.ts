/** Placing rows in the program > kegiatan > sub kegiatan hierarchy, by code where there is one. */
import type { Level } from "./types";

/** A budget code at the start of a text: "7.01.01 PROGRAM …", "1.01.01.2.01.0001 …". */
const LEADING_CODE = /^\s*(\d{1,2}(?:\.\d{1,4}){1,6})\.?\s+(.*)$/;

export function splitLeadingCode(text: string): { code: string | null; rest: string } {
  const m = LEADING_CODE.exec(text);
  return m ? { code: m[1] as string, rest: (m[2] as string).trim() } : { code: null, rest: text };
}

/**
 * Normalises a code so that differently zero-padded files match: "1.01.01.02.01.0001" and
 * "1.01.01.2.01.0001" both become "1.1.1.2.1.1".
 */
export function normalizeCode(code: string): string {
  return code
    .split(/[.\s]+/)
    .filter((p) => p !== "")
    .map((p) => String(Number(p)))
    .join(".");
}

/** Level of a Kepmendagri 050-5889 code by its number of segments (urusan.bidang.program[.kegiatan 2][.sub]). */
export function levelOfCode(code: string): "program" | "kegiatan" | "subkegiatan" | null {
  const n = normalizeCode(code).split(".").length;
  if (n === 3) return "program";
  if (n === 5) return "kegiatan";
  if (n === 6) return "subkegiatan";
  return null;
}

/** Level from the signs the seed shows: capitals or "PROGRAM" for programs, a leading "- " for kegiatan. */
export function levelOfText(text: string): "program" | "kegiatan" | "subkegiatan" | null {
  const t = text.trim();
  if (/^sub\s*-?\s*kegiatan\b/i.test(t) || /^(--|–\s*-|•\s*-|\d+\)\s*-)/.test(t)) return "subkegiatan";
  if (/^program\b/i.test(t)) return "program";
  if (/^kegiatan\b/i.test(t) || /^[-–•]\s*/.test(t)) return "kegiatan";
  const letters = t.replace(/[^A-Za-z]/g, "");
  if (letters.length >= 6 && letters === letters.toUpperCase()) return "program";
  return null;
}

/** Strips list marks and the level word so that "- Administrasi Keuangan" matches "Administrasi Keuangan". */
export function cleanItemName(text: string): string {
  return text
    .replace(/^[-–•\s]+/, "")
    .replace(/^sub\s*kegiatan\s*:?\s*/i, "")
    .trim();
}

export function isLevel(x: string): x is Level {
  return ["tujuan", "sasaran", "program", "kegiatan", "subkegiatan"].includes(x);
}
