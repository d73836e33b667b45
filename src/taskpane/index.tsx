/** Start-up: in Excel, the Excel host and the ribbon commands; in a plain browser, the preview. */
import { FluentProvider } from "@fluentui/react-components";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeMissing, registerCommands } from "../commands/office-host";
import { App } from "./App";
import { excelHost } from "./excel-host";
import { previewHost } from "./preview-host";
import { FLUENT_THEME, paneThemeOf, type OfficeThemeLike, type PaneTheme } from "./theme";

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

function officeTheme(): OfficeThemeLike | null {
  try {
    return typeof Office !== "undefined" ? ((Office.context?.officeTheme as OfficeThemeLike | undefined) ?? null) : null;
  } catch {
    return null;
  }
}

const media = (query: string) => typeof window.matchMedia === "function" && window.matchMedia(query).matches;

/** The theme now, and again whenever Office's theme or the system's colours change. */
function useTheme(inExcel: boolean): PaneTheme {
  const [theme, setTheme] = React.useState<PaneTheme>(() => paneThemeOf(inExcel ? officeTheme() : null, media));
  React.useEffect(() => {
    const update = () => setTheme(paneThemeOf(inExcel ? officeTheme() : null, media));
    const queries = ["(forced-colors: active)", "(prefers-color-scheme: dark)"].map((q) => window.matchMedia?.(q)).filter((q): q is MediaQueryList => !!q);
    queries.forEach((q) => q.addEventListener?.("change", update));
    if (inExcel) {
      try {
        Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, update);
      } catch {
        // Not every Excel raises theme changes; the theme at start-up stays.
      }
    }
    return () => queries.forEach((q) => q.removeEventListener?.("change", update));
  }, [inExcel]);
  return theme;
}

function Root({ inExcel }: { inExcel: boolean }): React.JSX.Element {
  const theme = useTheme(inExcel);
  React.useEffect(() => {
    document.documentElement.dataset.tema = theme;
  }, [theme]);
  return (
    <FluentProvider theme={FLUENT_THEME[theme]} style={{ minHeight: "100vh" }}>
      {inExcel ? <App host={excelHost} unavailable={officeMissing()} /> : <Preview />}
    </FluentProvider>
  );
}

void whenOfficeReady()
  .catch(() => false)
  .then((inExcel) => {
    const root = document.getElementById("root");
    if (!root) return;
    if (inExcel) registerCommands();
    createRoot(root).render(<Root inExcel={inExcel} />);
  });
