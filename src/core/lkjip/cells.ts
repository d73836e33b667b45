/** Making table cells: figures read from the workbook with their source, computed figures with their inputs. */
import { capaian, type Polarity } from "../formulas";
import { a1 } from "../grid";
import { formatId } from "../messages";
import { matchesStated, roundTo } from "../numbers";
import type { NumCell, Table, TextCell } from "../tables/types";
import type { LkjipCell, LkjipFormula, LkjipSource } from "./types";

export function sourceOf(table: Pick<Table, "sheet">, cell: { r: number; c: number }): LkjipSource {
  return { sheet: table.sheet, cell: a1(cell.r, cell.c) };
}

export function at(s: LkjipSource): string {
  return `${s.sheet}!${s.cell}`;
}

export function text(value: string, note?: string): LkjipCell {
  return note ? { value, note } : { value };
}

export function textFrom(table: Pick<Table, "sheet">, cell: TextCell | null, fallback = ""): LkjipCell {
  return cell ? { value: cell.text, source: sourceOf(table, cell) } : { value: fallback };
}

export function blank(note?: string): LkjipCell {
  return note ? { value: null, note } : { value: null };
}

/** A number read from a cell, or a blank cell saying why it is missing. */
export function read(table: Pick<Table, "sheet">, cell: NumCell | null, missing?: string): LkjipCell {
  return cell ? { value: cell.value, source: sourceOf(table, cell) } : blank(missing);
}

export function computed(value: number | string | null, formula: LkjipFormula, from: readonly LkjipSource[], note?: string): LkjipCell {
  return { value, computed: { formula, from: [...from] }, ...(note ? { note } : {}) };
}

/** A number as the LKjIP prints it: Indonesian separators, at most `decimals` decimals. */
export function shownId(n: number, decimals = 2): string {
  return formatId(roundTo(n, decimals), decimals);
}

export const CAPAIAN_FORMULA: Record<Polarity, LkjipFormula> = {
  positif: "capaian",
  negatif: "capaian-negatif",
  "target/realisasi": "capaian-target/realisasi",
};

/** A figure placed with its source: the cell it was read from. */
export interface Placed {
  readonly n: NumCell;
  readonly src: LkjipSource;
}

/** A figure read from the workbook, with its source. */
export function figure(p: Placed): LkjipCell {
  return { value: p.n.value, source: p.src };
}

export function placed(table: Pick<Table, "sheet">, n: NumCell | null): Placed | null {
  return n ? { n, src: sourceOf(table, n) } : null;
}

/**
 * The capaian of realisasi against target by the indicator's polarity, as a cell; null value with
 * the reason when it cannot be computed. `stated` is a capaian the workbook writes for the same
 * figures: when it differs from the computed one at its own decimals the note says so.
 */
export function capaianCell(
  realisasi: Placed | null,
  target: Placed | null,
  polarity: Polarity,
  stated?: Placed | null,
): { cell: LkjipCell; value: number | null } {
  if (!realisasi || !target) return { cell: blank(), value: null };
  const c = capaian(realisasi.n.value, target.n.value, polarity);
  if (!c.ok) return { cell: blank(c.message), value: null };
  let note: string | undefined;
  if (stated && !matchesStated(stated.n.value, stated.n.decimals, c.value)) {
    note = `Tertulis ${formatId(stated.n.value, Math.max(stated.n.decimals, 0))} di ${at(stated.src)}; hasil hitung ${shownId(c.value)}.`;
  }
  return { cell: computed(c.value, CAPAIAN_FORMULA[polarity], [realisasi.src, target.src], note), value: c.value };
}

export function average(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}
