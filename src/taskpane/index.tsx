/** Start-up: in Excel, the Excel host and the ribbon commands; in a plain browser, the preview. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeMissing, registerCommands } from "../commands/office-host";
import { App } from "./App";
import { excelHost } from "./excel-host";
import { previewHost } from "./preview-host";
import { PaneThemeProvider } from "./PaneTheme";

/** Resolves with whether the page runs inside Excel; outside Office (a plain browser) it is false. */
function whenOfficeReady(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(false);
  return Office.onReady().then((info) => info.host === Office.HostType.Excel);
}

/** The preview has no grid: the cell a click selects is shown in the pane, beside the item clicked. */
function Preview(): React.JSX.Element {
  const host = React.useMemo(() => previewHost(() => undefined), []);
  return <App host={host} />;
}

function Root({ inExcel }: { inExcel: boolean }): React.JSX.Element {
  return <PaneThemeProvider inExcel={inExcel}>{inExcel ? <App host={excelHost} unavailable={officeMissing()} /> : <Preview />}</PaneThemeProvider>;
}

void whenOfficeReady()
  .catch(() => false)
  .then((inExcel) => {
    const root = document.getElementById("root");
    if (!root) return;
    if (inExcel) registerCommands();
    createRoot(root).render(<Root inExcel={inExcel} />);
  });
