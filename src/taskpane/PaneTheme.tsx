/** The pane's Fluent theme, following Office's theme and the system's colours (see theme.ts). */
import { FluentProvider } from "@fluentui/react-components";
import * as React from "react";
import { FLUENT_THEME, paneThemeOf, THEME_QUERIES, type OfficeThemeLike, type PaneTheme } from "./theme";

function officeTheme(): OfficeThemeLike | null {
  try {
    return typeof Office !== "undefined" ? ((Office.context?.officeTheme as OfficeThemeLike | undefined) ?? null) : null;
  } catch {
    return null;
  }
}

const media = (query: string) => typeof window.matchMedia === "function" && window.matchMedia(query).matches;

/** The theme now, and again whenever Office's theme or the system's colours change. */
export function usePaneTheme(inExcel: boolean): PaneTheme {
  const [theme, setTheme] = React.useState<PaneTheme>(() => paneThemeOf(inExcel ? officeTheme() : null, media));
  React.useEffect(() => {
    const update = () => setTheme(paneThemeOf(inExcel ? officeTheme() : null, media));
    const queries = THEME_QUERIES.map((q) => (typeof window.matchMedia === "function" ? window.matchMedia(q) : null)).filter((q): q is MediaQueryList => !!q);
    queries.forEach((q) => q.addEventListener?.("change", update));
    if (inExcel) {
      try {
        Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, update);
      } catch {
        // Not every Excel raises theme changes; the theme at start-up stays.
      }
    }
    // A change that came before the listeners were in place.
    update();
    return () => queries.forEach((q) => q.removeEventListener?.("change", update));
  }, [inExcel]);
  return theme;
}

/** FluentProvider with the pane's theme; the page's root element names it in data-tema (light, dark, contrast). */
export function PaneThemeProvider({ inExcel, children }: { inExcel: boolean; children: React.ReactNode }): React.JSX.Element {
  const theme = usePaneTheme(inExcel);
  React.useEffect(() => {
    document.documentElement.dataset.tema = theme;
  }, [theme]);
  return (
    <FluentProvider theme={FLUENT_THEME[theme]} style={{ minHeight: "100vh" }} data-tema={theme}>
      {children}
    </FluentProvider>
  );
}
