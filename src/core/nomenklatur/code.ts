/**
 * Codes of the nomenclature as files write them, brought to the list's form: spaces and trailing
 * dots dropped, each segment zero-padded to its width (bidang 1.02, program 02, kegiatan 2.01,
 * sub kegiatan 0001), so that `1.02.02.02.01.0001`, `1.2.2.2.1.1` and `1.02.02.2.01.0001 ` are
 * one code. `X.XX` (any bidang, the penunjang program) is kept as the list writes it.
 */

/** Width of each segment: urusan, bidang, program, kegiatan (two), sub kegiatan. */
const WIDTHS = [1, 2, 2, 1, 2, 4] as const;

/** Levels by number of segments. */
export type Level = "urusan" | "bidang" | "program" | "kegiatan" | "sub kegiatan";
export const LEVEL_OF_SEGMENTS: Record<number, Level | undefined> = { 2: "bidang", 3: "program", 5: "kegiatan", 6: "sub kegiatan" };

/**
 * The list's form of a code, or null when the text is not a code (a segment too long, a letter,
 * an empty segment, more than six segments). Codes of 2, 3, 5 and 6 segments are accepted.
 */
export function normalizeKode(input: unknown): string | null {
  if (input === null || input === undefined) return null;
  const text = String(input)
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[.,]+$/, "")
    .toUpperCase();
  if (text === "") return null;
  const parts = text.split(".");
  if (!LEVEL_OF_SEGMENTS[parts.length]) return null;
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    const width = WIDTHS[i]!;
    if (i < 2 && /^X+$/.test(part)) {
      // X.XX: the penunjang program's "any bidang"; written X.XX in the list.
      out.push("X".repeat(width));
      continue;
    }
    if (!/^\d+$/.test(part)) return null;
    const digits = part.replace(/^0+(?=\d)/, "");
    if (digits.length > width) return null;
    out.push(digits.padStart(width, "0"));
  }
  if ((out[0] === "X") !== (out[1] === "XX")) return null;
  return out.join(".");
}

/** The bidang (first two segments) of a normalised code. */
export function bidangOf(kode: string): string {
  return kode.split(".").slice(0, 2).join(".");
}

/**
 * The penunjang program's form of a code under a named bidang: `7.01.01.2.01.0001` →
 * `X.XX.01.2.01.0001`. Null when the code is not in program 01 or already X.XX.
 */
export function penunjangForm(kode: string): string | null {
  const parts = kode.split(".");
  if (parts.length < 3 || parts[2] !== "01" || parts[0] === "X") return null;
  return ["X", "XX", ...parts.slice(2)].join(".");
}
