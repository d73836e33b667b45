import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

/** Resolves with whether the page runs inside Excel; outside Office (a plain browser) it is false. */
function whenOfficeReady(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(false);
  return Office.onReady().then((info) => info.host === Office.HostType.Excel);
}

void whenOfficeReady()
  .catch(() => false)
  .then((inExcel) => {
    const root = document.getElementById("root");
    if (!root) return;
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <App inExcel={inExcel} />
      </FluentProvider>,
    );
  });
