/**
 * Reading the open workbook into the engine's plain grids, in a fixed number of round trips:
 * 1. the sheets' names and our report sheet's mark; 2. every sheet's used range with its values, and its merged areas.
 * Where Excel refuses the second as too large (over 5 MB on the web, or 5,000,000 cells in a
 * sheet), it is asked again without the values, which then come in blocks of whole rows under a
 * cell budget, one round trip a budget; a block Excel still refuses (very long texts) is split in
 * two and retried.
 *
 * Hidden rows (Sheet.hiddenRows) cost one more round trip, only when some sheet has them: the used
 * range's `rowHidden` comes with the second (true: all hidden, false: none, null: mixed); for a
 * mixed sheet the used range's visible cells (`getSpecialCellsOrNullObject("Visible")`, ExcelApi
 * 1.9) come as rectangular areas, a few addresses however many rows, and a row no area covers is
 * hidden. (The visible view, `getVisibleView()`, names rows only through one address per cell.)
 * Where that answer is refused or says nothing is visible (every column hidden too), the sheet's
 * hidden rows stay unknown (undefined), as before this was read.
 */
import { parseA1, type Area, type CellValue, type Sheet, type Workbook } from "../core/grid";
import { REPORT_MARK, sheetOfReference } from "../core/report-sheet";
import { LKJIP_MARK } from "../core/lkjip/layout";

export interface ReadOptions {
  /** Cells loaded in one round trip: about 4 MB of values at 20 bytes a cell. */
  readonly cellsPerSync?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export const CELLS_PER_SYNC = 200_000;

interface Block {
  readonly sheet: number;
  readonly row: number;
  readonly rows: number;
}

/** Excel's refusals of a request or response that is too large. */
function tooLarge(e: unknown): boolean {
  const code = e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
  return /PayloadSizeLimitExceeded|RequestSizeLimitExceeded/.test(code);
}

/** Two halves of a round trip's blocks: by block, or a single block by its rows; null when one row. */
function split(blocks: Block[]): [Block[], Block[]] | null {
  if (blocks.length > 1) {
    const m = Math.ceil(blocks.length / 2);
    return [blocks.slice(0, m), blocks.slice(m)];
  }
  const b = blocks[0]!;
  if (b.rows <= 1) return null;
  const m = Math.ceil(b.rows / 2);
  return [[{ ...b, rows: m }], [{ sheet: b.sheet, row: b.row + m, rows: b.rows - m }]];
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** "Sheet 1'!B2:C3" or "Data!B2" → the area after the sheet name. */
export function areaOfAddress(address: string): Area | null {
  return parseA1(address.slice(address.lastIndexOf("!") + 1));
}

export async function readOpenWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<Workbook> {
  const budget = Math.max(1, options.cellsPerSync ?? CELLS_PER_SYNC);
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  // Our report sheet is known by its mark, not its name: a user's "Hasil Pemeriksaan" is data.
  const mark = context.workbook.names.getItemOrNullObject(REPORT_MARK);
  mark.load("formula");
  // So is our "Tabel LKjIP" sheet: its figures are formulas over the data, not data.
  const lkjip = context.workbook.names.getItemOrNullObject(LKJIP_MARK);
  lkjip.load("formula");
  await context.sync();

  const ours = [mark, lkjip].map((m) => (m.isNullObject ? null : sheetOfReference(m.formula)?.toLowerCase()));
  const sheets = worksheets.items.filter((ws) => ws.visibility !== Excel.SheetVisibility.veryHidden && !ours.includes(ws.name.toLowerCase()));
  const ask = (withValues: boolean) =>
    sheets.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load(withValues ? "values,rowIndex,columnIndex,rowCount,columnCount,rowHidden" : "rowIndex,columnIndex,rowCount,columnCount,rowHidden");
      const merged = ws.getRange().getMergedAreasOrNullObject();
      merged.areas.load("items/address");
      return { ws, used, merged };
    });
  let shapes = ask(true);
  let withValues = true;
  try {
    await context.sync();
  } catch {
    // Too large for one response (or another refusal, which the next request meets again).
    shapes = ask(false);
    withValues = false;
    await context.sync();
  }

  const rows: CellValue[][][] = sheets.map(() => []);
  const merges: Area[][] = shapes.map((s) => {
    if (s.merged.isNullObject) return [];
    return s.merged.areas.items.map((a) => areaOfAddress(a.address)).filter((a): a is Area => a !== null);
  });
  const put = (sheet: number, row0: number, values: unknown[][]) => {
    const col0 = shapes[sheet]!.used.columnIndex;
    const target = rows[sheet]!;
    values.forEach((line, k) => {
      const row: CellValue[] = new Array<CellValue>(col0).fill(null);
      for (const v of line) row.push(toCellValue(v));
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      target[row0 + k] = row;
    });
  };
  const hidden = await hiddenRowsOf(
    context,
    shapes.map((s) => s.used),
  );
  const result = (): Workbook => ({
    sheets: sheets.map((ws, i): Sheet => {
      const r = rows[i]!;
      for (let k = 0; k < r.length; k++) if (r[k] === undefined) r[k] = [];
      const h = hidden[i];
      return h?.size ? { name: ws.name, rows: r, merges: merges[i]!, hiddenRows: h } : { name: ws.name, rows: r, merges: merges[i]! };
    }),
  });
  if (withValues) {
    let cells = 0;
    shapes.forEach((s, i) => {
      if (s.used.isNullObject) return;
      put(i, s.used.rowIndex, s.used.values);
      cells += s.used.rowCount * s.used.columnCount;
    });
    options.onProgress?.(cells, cells);
    return result();
  }

  // Blocks of whole rows, each at most `budget` cells, packed into round trips of at most `budget` cells.
  const syncs: Block[][] = [[]];
  let inSync = 0;
  let total = 0;
  shapes.forEach((s, i) => {
    if (s.used.isNullObject) return;
    const { rowIndex, rowCount, columnCount } = s.used;
    const rowsPerBlock = Math.max(1, Math.floor(budget / columnCount));
    for (let r = 0; r < rowCount; r += rowsPerBlock) {
      const n = Math.min(rowsPerBlock, rowCount - r);
      if (inSync > 0 && inSync + n * columnCount > budget) {
        syncs.push([]);
        inSync = 0;
      }
      syncs[syncs.length - 1]!.push({ sheet: i, row: rowIndex + r, rows: n });
      inSync += n * columnCount;
      total += n * columnCount;
    }
  });

  let done = 0;
  /** Loads blocks in one round trip; when Excel refuses the size (long texts), in two halves. */
  const load = async (blocks: Block[]): Promise<void> => {
    const ranges = blocks.map((b) => {
      const { ws, used } = shapes[b.sheet]!;
      return ws.getRangeByIndexes(b.row, used.columnIndex, b.rows, used.columnCount).load("values");
    });
    try {
      await context.sync();
    } catch (e) {
      const halves = tooLarge(e) ? split(blocks) : null;
      if (!halves) throw e;
      for (const half of halves) await load(half);
      return;
    }
    blocks.forEach((b, j) => {
      put(b.sheet, b.row, ranges[j]!.values);
      done += b.rows * shapes[b.sheet]!.used.columnCount;
    });
    options.onProgress?.(done, total);
  };
  for (const blocks of syncs) if (blocks.length > 0) await load(blocks);
  return result();
}

/**
 * Each sheet's hidden rows (0-based) from its used range's `rowHidden`, loaded with the used range;
 * one round trip more for the sheets where it is mixed (see the header). Undefined where unknown.
 */
async function hiddenRowsOf(context: Excel.RequestContext, used: readonly Excel.Range[]): Promise<(Set<number> | undefined)[]> {
  const out: (Set<number> | undefined)[] = used.map(() => undefined);
  const mixed: number[] = [];
  used.forEach((u, i) => {
    if (u.isNullObject) return;
    if (u.rowHidden === true) out[i] = new Set(Array.from({ length: u.rowCount }, (_, k) => u.rowIndex + k));
    else if (u.rowHidden === null) mixed.push(i);
  });
  if (!mixed.length) return out;
  const visible = mixed.map((i) => {
    const v = used[i]!.getSpecialCellsOrNullObject(Excel.SpecialCellType.visible);
    v.areas.load("items/address");
    return v;
  });
  try {
    await context.sync();
  } catch {
    // Refused (too many areas for one response): hidden rows stay unknown, as before they were read.
    return out;
  }
  mixed.forEach((i, j) => {
    const v = visible[j]!;
    if (v.isNullObject) return;
    const { rowIndex, rowCount } = used[i]!;
    // Areas repeat the same row runs once per run of visible columns; each run is marked once.
    const runs = new Set<string>();
    const shown = new Uint8Array(rowCount);
    for (const a of v.areas.items) {
      const area = areaOfAddress(a.address);
      if (!area || runs.has(`${area.r0}:${area.r1}`)) continue;
      runs.add(`${area.r0}:${area.r1}`);
      for (let r = Math.max(area.r0, rowIndex); r <= Math.min(area.r1, rowIndex + rowCount - 1); r++) shown[r - rowIndex] = 1;
    }
    const h = new Set<number>();
    for (let k = 0; k < rowCount; k++) if (!shown[k]) h.add(rowIndex + k);
    out[i] = h;
  });
  return out;
}
