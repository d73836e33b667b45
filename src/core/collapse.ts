/**
 * Many findings of one rule's message on one column of a sheet, close together, say one thing:
 * the column is written another way than the rule expects. They become one finding at the first
 * cell that names the range and the count, so a reviewer reads it once; every cell stays
 * highlighted. Findings scattered down a long column (a wrong serapan here and there in 5.000
 * budget rows) are separate mistakes and stay separate findings.
 */
import type { Finding } from "./findings";
import { parseA1 } from "./grid";

/** More findings than this of one message on one column are collapsed… */
export const COLLAPSE_OVER = 5;
/** …when they stand on at least one row in this many of the rows they span. */
const DENSITY = 3;

const columnOf = (cell: string) => /^[A-Z]+/.exec(cell)?.[0] ?? "";

export function collapseColumns(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const col = columnOf(f.cell);
    // A finding about a range (a table, a region) is never grouped.
    if (col === "" || f.cell.includes(":")) continue;
    const key = `${f.rule}\u0000${f.messageId ?? f.severity}\u0000${f.sheet}\u0000${col}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const collapsed = new Map<Finding, Finding | null>();
  for (const [, list] of groups) {
    if (list.length <= COLLAPSE_OVER) continue;
    const rows = list.map((f) => parseA1(f.cell)!.r0);
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    if (list.length * DENSITY < bottom - top + 1) continue;
    const col = columnOf(list[0]!.cell);
    const range = `${col}${top + 1}:${col}${bottom + 1}`;
    const first = list[0]!;
    collapsed.set(first, {
      ...first,
      message: `${first.message} Hal yang sama ada di ${list.length - 1} sel lain di kolom ${col} (${range}); periksa kolom ini sekaligus.`,
      cells: list.map((f) => f.cell),
    });
    for (const f of list.slice(1)) collapsed.set(f, null);
  }
  if (collapsed.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const c = collapsed.get(f);
    if (c === undefined) out.push(f);
    else if (c !== null) out.push(c);
  }
  return out;
}
