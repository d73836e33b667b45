/**
 * Highlights as conditional formats: the user's fills, borders, values, formulas and own
 * conditional formats stay untouched. Ours are known by the marker in their rule formula, which
 * is stored in the workbook with them, so "Hapus sorotan" finds exactly them after a reopen too.
 */
import type { Finding } from "../core/findings";
import { FILL, highlightsBySheet, isOurFormula, MARKER_FORMULA } from "../core/report-sheet";

export { FILL, MARKER_FORMULA };

/** Addresses a single RangeAreas takes; longer lists are split into several formats. */
const ADDRESSES_PER_FORMAT = 400;

/** Removes our conditional formats from every sheet; returns how many were removed. */
export async function removeHighlights(context: Excel.RequestContext): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const collections = worksheets.items.map((ws) => {
    const cfs = ws.getRange().conditionalFormats;
    cfs.load("items/type");
    return cfs;
  });
  await context.sync();
  const customs = collections.flatMap((cfs) => cfs.items.filter((cf) => cf.type === Excel.ConditionalFormatType.custom));
  for (const cf of customs) cf.custom.rule.load("formula");
  if (customs.length === 0) return 0;
  await context.sync();
  const ours = customs.filter((cf) => isOurFormula(cf.custom.rule.formula));
  for (const cf of ours) cf.delete();
  if (ours.length > 0) await context.sync();
  return ours.length;
}

/** Replaces our highlights with those of these findings: errors red, warnings amber. */
export async function applyHighlights(context: Excel.RequestContext, findings: readonly Finding[]): Promise<number> {
  await removeHighlights(context);
  const worksheets = context.workbook.worksheets;
  let added = 0;
  for (const h of highlightsBySheet(findings)) {
    const ws = worksheets.getItem(h.sheet);
    // Warnings first: a format added later takes priority, so errors are on top.
    for (const severity of ["warning", "error"] as const) {
      const cells = h[severity];
      for (let i = 0; i < cells.length; i += ADDRESSES_PER_FORMAT) {
        const cf = ws.getRanges(cells.slice(i, i + ADDRESSES_PER_FORMAT).join(",")).conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = MARKER_FORMULA[severity];
        cf.custom.format.fill.color = FILL[severity];
        added++;
      }
    }
  }
  if (added > 0) await context.sync();
  return added;
}
