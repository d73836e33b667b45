/** The pane's host inside Excel: every call is one Excel.run over the adapter in src/excel. */
import { msg } from "../core/messages";
import { removeHighlights } from "../excel/highlights";
import { insertFormula, selectCell } from "../excel/navigate";
import { removeReportSheet } from "../excel/report-sheet";
import { runCheck } from "../excel/run-check";
import type { WorkbookHost } from "./host";

export const excelHost: WorkbookHost = {
  kind: "excel",
  check: ({ reportSheet, onProgress }) => Excel.run((context) => runCheck(context, { highlight: true, reportSheet, onProgress })),
  clear: () =>
    Excel.run(async (context) => {
      const formats = await removeHighlights(context);
      const sheet = await removeReportSheet(context);
      return msg.highlightsRemoved(formats, sheet);
    }),
  select: (sheet, cell) => Excel.run((context) => selectCell(context, sheet, cell)),
  insertFormula: (formula) => Excel.run((context) => insertFormula(context, formula)),
};
