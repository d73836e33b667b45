/** The pane's host inside Excel: every call is one Excel.run over the adapter in src/excel. */
import { insertFormula, selectCell } from "../excel/navigate";
import { lkjipWritten } from "../excel/lkjip-sheet";
import { clearCheck, clearLkjip, runCheck, runLkjip } from "../excel/run-check";
import { loadNomenklatur } from "../core/nomenklatur";
import type { WorkbookHost } from "./host";

export const excelHost: WorkbookHost = {
  kind: "excel",
  check: async ({ reportSheet, onProgress }) => {
    // The nomenklatur list (its own chunk) before the synchronous check; if it cannot be fetched the other rules still run.
    const nomenklatur = await loadNomenklatur().catch(() => undefined);
    return Excel.run((context) => runCheck(context, { highlight: true, reportSheet, onProgress, nomenklatur }));
  },
  clear: () => Excel.run(clearCheck),
  select: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
  insertFormula: (formula) => Excel.run((context) => insertFormula(context, formula)),
  writeLkjip: () => Excel.run(async (context) => lkjipWritten(await runLkjip(context))),
  removeLkjip: () => Excel.run(clearLkjip),
};
