/**
 * A capaian or serapan column formatted as a percentage in Excel holds fractions: 102,57 % is
 * stored as 1.0257, and that is what both Excel's values and the file give us. A column whose
 * numbers are all such fractions is read as the percentages the user sees.
 */
import { roundTo } from "../numbers";
import type { NumCell } from "./types";
import { groupBy } from "../group";

/** Above this no capaian column is a fraction: 250 % would be 2.5. */
const MAX_FRACTION = 2.5;

export function isFractionColumn(cells: readonly NumCell[]): boolean {
  return cells.length > 0 && cells.every((n) => !n.fromText && Math.abs(n.value) <= MAX_FRACTION) && cells.some((n) => Math.abs(n.value) >= 0.05);
}

export function asPercent(n: NumCell): NumCell {
  const decimals = Math.max(0, n.decimals - 2);
  return { ...n, value: roundTo(n.value * 100, Math.max(decimals, 10)), decimals };
}

/** A number read from a cell, and how to put its replacement back where it was read from. */
export interface Slot {
  readonly cell: NumCell | null;
  readonly set: (n: NumCell) => void;
}

/** Scales the fraction columns among the slots, column by column. */
export function scalePercentFractions(slots: readonly Slot[]): void {
  const filled = slots.flatMap((s) => (s.cell ? [{ cell: s.cell, set: s.set }] : []));
  for (const list of groupBy(filled, (s) => s.cell.c).values()) {
    if (!isFractionColumn(list.map((x) => x.cell))) continue;
    for (const x of list) x.set(asPercent(x.cell));
  }
}
