/** Placing rows in the program > kegiatan > sub kegiatan hierarchy, by code where there is one. */

/** A budget code at the start of a text: "7.01.01 PROGRAM …", "1.01.01.2.01.0001 …". */
const LEADING_CODE = /^\s*(\d{1,2}(?:\.\d{1,4}){1,6})\.?\s+(.*)$/;

export function splitLeadingCode(text: string): { code: string | null; rest: string } {
  const m = LEADING_CODE.exec(text);
  return m ? { code: m[1] as string, rest: (m[2] as string).trim() } : { code: null, rest: text };
}

/**
 * A long code before a name: an organisation's (SIPD's "2.15.0.00.0.00.01.0000 DINAS …", 7–10
 * segments) or a sub kegiatan's followed by an account's ("2.15.02.2.01.0001.5.1.02.01.01.0024
 * Belanja …"), which the budget codes' pattern leaves out.
 */
const LONG_CODE = /^\s*(\d{1,2}(?:\.\d{1,4}){6,11})\.?(?:\s+(.*))?$/;

export function splitLongCode(text: string): { code: string; rest: string } | null {
  const m = LONG_CODE.exec(text);
  return m ? { code: m[1] as string, rest: (m[2] ?? "").trim() } : null;
}

/**
 * The account code at the end of a sub kegiatan's code joined to an account's, as some SIPD
 * exports write an account's row ("2.15.02.2.01.0001.5.1.02.01.01.0024" → "5.1.02.01.01.0024");
 * null for any other code (an organisation's "2.15.0.00.0.00.01.0000" has no account group after
 * its sixth segment).
 */
export function accountTail(code: string): string | null {
  const s = segments(code);
  if (s.length < 8 || !/^[456]$/.test(s[6]!) || !/^\d$/.test(s[7]!)) return null;
  return s.slice(6).join(".");
}

/** A row naming an organisation or one of its units, not a budget item ("DINAS PERHUBUNGAN", "UPTD …", "Sekretariat"). */
export const UNIT_NAME =
  /^(dinas|badan|kantor|kecamatan|sekretariat|inspektorat|satuan polisi|rumah sakit|rsud|kelurahan|perangkat daerah|unit organisasi|sub unit|uptd?|upt|bagian|sub ?bagian|subbag|seksi|bidang(?!\s+urusan)|puskesmas|balai|cabang dinas|instalasi)\b/i;

/** A subtotal row ("Sub Total", "SUBTOTAL", "Jumlah Sub Total"): the sum of a block, no item and no grand total. */
export const SUBTOTAL = /^(jumlah\s+)?sub\s*-?\s*total\b/i;

/**
 * An urusan's one-digit code written before its name in the same cell, as SIPD and Evaluasi Renja
 * exports write it: "1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
 * "7 UNSUR KEWILAYAHAN". Only a name follows the digit (it starts with a letter): "1 000" and
 * "3 %" are no code. The caller decides whether the digit is an urusan (URUSAN_NAME, or a row
 * below whose code extends it) or a list number ("1 Penyusunan Renja").
 */
const URUSAN_CODE = /^\s*(\d)\.?\s+(\p{L}.*)$/u;

/** The names of the urusan and unsur of Kepmendagri 050-5889/2021 (1–3 URUSAN …, 4–9 UNSUR …). */
export const URUSAN_NAME = /^(urusan|unsur)\b/i;

export function splitUrusanCode(text: string): { code: string; rest: string } | null {
  const m = URUSAN_CODE.exec(text);
  return m ? { code: m[1] as string, rest: (m[2] as string).trim() } : null;
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

/**
 * The rows of a budget table: the Kepmendagri 050-5889 hierarchy (urusan `5`, bidang urusan `5.02`,
 * program `5.02.01`, kegiatan `5.02.01.2.01`, sub kegiatan `5.02.01.2.01.0001`) and the accounts
 * (rekening, Permendagri 90/2019: akun `5`, kelompok `5.1`, jenis `5.1.02`, objek `5.1.02.01`,
 * rincian objek `5.1.02.01.01`, sub rincian objek `5.1.02.01.01.0024`).
 */
export type BudgetLevel = "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan" | "rekening";

/** The account groups of an LRA: 4 pendapatan, 5 belanja, 6 pembiayaan. */
export type AccountGroup = "pendapatan" | "belanja" | "pembiayaan";

const ACCOUNT_GROUP: Record<string, AccountGroup> = { "4": "pendapatan", "5": "belanja", "6": "pembiayaan" };

function segments(code: string): string[] {
  return code.split(/[.\s]+/).filter((p) => p !== "");
}

/**
 * Whether a code of two or more segments is an account's: it starts with an account group (4, 5, 6)
 * followed by a one-digit kelompok (`5.1`, `5.1.02.01.01.0024`), where a bidang urusan is written
 * with two digits (`5.01`, `5.01.01.2.01.0001`).
 */
export function isAccountCode(code: string): boolean {
  const s = segments(code);
  return s.length >= 2 && s[0]! in ACCOUNT_GROUP && /^\d$/.test(s[1]!);
}

/** The account group of an account code (`4.1.02` → pendapatan), or null for any other code. */
export function accountGroupOf(code: string): AccountGroup | null {
  const s = segments(code);
  return s.length === 1 || isAccountCode(code) ? (ACCOUNT_GROUP[s[0]!] ?? null) : null;
}

/** Names of the account heads of an LRA ("PENDAPATAN DAERAH", "BELANJA OPERASI", "PEMBIAYAAN DAERAH"). */
export const ACCOUNT_NAME = /^(pendapatan|belanja|pembiayaan|penerimaan pembiayaan|pengeluaran pembiayaan)\b/i;

/**
 * Level of a budget row's code by its pattern, not its segment count alone: an account code
 * (`5.1.02.01.01.0024`) has as many segments as a sub kegiatan's and is still an account. A code of
 * one segment is an urusan, or an account group when the row's name says so ("5 BELANJA DAERAH").
 */
export function budgetLevelOfCode(code: string, name = ""): BudgetLevel | null {
  const s = segments(code);
  if (s.length === 0 || s.length > 6 || !s.every((p) => /^(\d{1,4}|x{1,2})$/i.test(p))) return null;
  if (s.length === 1) return ACCOUNT_NAME.test(name.trim()) && s[0]! in ACCOUNT_GROUP ? "rekening" : "urusan";
  if (isAccountCode(code)) return "rekening";
  if (s.length === 2) return "bidang";
  if (s.length === 3) return "program";
  if (s.length === 5) return "kegiatan";
  if (s.length === 6) return "subkegiatan";
  return null;
}

/** Level of a Kepmendagri 050-5889 program, kegiatan or sub kegiatan code; null for any other code (an account's, an urusan's). */
export function levelOfCode(code: string): "program" | "kegiatan" | "subkegiatan" | null {
  const l = budgetLevelOfCode(code);
  return l === "program" || l === "kegiatan" || l === "subkegiatan" ? l : null;
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
