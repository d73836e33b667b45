/** The pane's host inside Excel: every call is one Excel.run over the adapter in src/excel. */
import { insertFormula, selectCell } from "../excel/navigate";
import { clearCheck, runCheck } from "../excel/run-check";
import type { WorkbookHost } from "./host";

export const excelHost: WorkbookHost = {
  kind: "excel",
  check: ({ reportSheet, onProgress }) => Excel.run((context) => runCheck(context, { highlight: true, reportSheet, onProgress })),
  clear: () => Excel.run(clearCheck),
  select: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
  insertFormula: (formula) => Excel.run((context) => insertFormula(context, formula)),
};
