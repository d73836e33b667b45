/**
 * Our sheets in the open workbook (the report sheet, the LKjIP tables) are known by a hidden
 * workbook-level name whose reference points at them, so a rename keeps them ours and a user's
 * sheet of the same name is never taken for one of them.
 */
import { sheetOfReference } from "../core/report-sheet";

export interface Marked {
  /** The mark, or a null object when the workbook has none. */
  readonly mark: Excel.NamedItem;
  /** Our sheet's current name, when the mark points at a sheet that exists. */
  readonly sheet: string | null;
  /** Every sheet's name, ours included. */
  readonly names: string[];
}

/** One round trip: the mark of this name, the sheet it points at, and all sheet names. */
export async function findMarked(context: Excel.RequestContext, markName: string): Promise<Marked> {
  const mark = context.workbook.names.getItemOrNullObject(markName);
  mark.load("formula");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((ws) => ws.name);
  const target = mark.isNullObject ? null : sheetOfReference(mark.formula);
  // Excel compares sheet names without case; a mark turned #REF! (its sheet deleted) matches none.
  const sheet = target === null ? null : (names.find((n) => n.toLowerCase() === target.toLowerCase()) ?? null);
  return { mark, sheet, names };
}
