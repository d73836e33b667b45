/** Start-up: in Excel, the Excel host and the ribbon commands; in a plain browser, the preview. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeMissing, registerCommands } from "../commands/office-host";
import { App } from "./App";
import { excelHost } from "./excel-host";
import { previewHost } from "./preview-host";

/** Resolves with whether the page runs inside Excel; outside Office (a plain browser) it is false. */
function whenOfficeReady(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(false);
  return Office.onReady().then((info) => info.host === Office.HostType.Excel);
}

function Preview(): React.JSX.Element {
  const [selection, setSelection] = React.useState<string | null>(null);
  const host = React.useMemo(() => previewHost((sheet, cell) => setSelection(`${sheet}!${cell}`)), []);
  return <App host={host} previewSelection={selection} />;
}

void whenOfficeReady()
  .catch(() => false)
  .then((inExcel) => {
    const root = document.getElementById("root");
    if (!root) return;
    let app: React.JSX.Element = <Preview />;
    if (inExcel) {
      registerCommands();
      app = <App host={excelHost} unavailable={officeMissing()} />;
    }
    createRoot(root).render(<FluentProvider theme={webLightTheme}>{app}</FluentProvider>);
  });
