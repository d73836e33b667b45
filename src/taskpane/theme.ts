/**
 * The pane follows Office's theme: Excel's dark themes give Fluent's dark theme, Windows high
 * contrast the high-contrast one. Outside Office (the preview) the browser's colour scheme decides.
 *
 * High contrast is read from the browser, not from Office.context.officeTheme. When Windows runs a
 * contrast theme, Office follows it and its webview (Edge WebView2, or the browser for Excel on the
 * web) reports `forced-colors: active`; older EdgeHTML webviews report `-ms-high-contrast: active`.
 * officeTheme's colours cannot tell high contrast apart: Office's ordinary white theme is also
 * black on white, and a light contrast theme (Desert) is not even extreme. They decide only
 * between light and dark. `prefers-contrast: more` (macOS "Increase contrast") is not high
 * contrast either: it keeps the user's light or dark look.
 *
 * In high contrast the pane uses Fluent's teamsHighContrastTheme (white on black, system-like
 * highlight colours); under forced colours the browser then replaces colours with the user's
 * system colours, so states must never be told by colour alone (see FindingList's active item).
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type PaneTheme = "light" | "dark" | "contrast";

/** What the pane reads of Office.context.officeTheme (absent outside Office). */
export interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
}

/** Media queries that mean the system runs a high-contrast (forced colours) theme. */
export const CONTRAST_QUERIES = ["(forced-colors: active)", "(-ms-high-contrast: active)"] as const;

/** Every media query the theme depends on: a change of any of them re-reads the theme. */
export const THEME_QUERIES = [...CONTRAST_QUERIES, "(prefers-color-scheme: dark)"] as const;

/** Relative luminance (0 black … 1 white) of #RRGGBB or #RGB; null when it is not a colour. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The pane's theme from Office's theme and the browser's media queries. */
export function paneThemeOf(office: OfficeThemeLike | null | undefined, media: (query: string) => boolean): PaneTheme {
  if (CONTRAST_QUERIES.some((q) => media(q))) return "contrast";
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const l = luminance(office.bodyBackgroundColor);
    if (l !== null) return l < 0.25 ? "dark" : "light";
  }
  return media("(prefers-color-scheme: dark)") ? "dark" : "light";
}

/**
 * Fluent's high-contrast theme with the web themes' fonts: its own stack puts -apple-system and
 * system-ui before Segoe UI, so on some systems the pane would change typeface (and width) with
 * the contrast setting. Colours, strokes and everything else are teamsHighContrastTheme's.
 */
const contrastTheme: Theme = {
  ...teamsHighContrastTheme,
  fontFamilyBase: webLightTheme.fontFamilyBase,
  fontFamilyMonospace: webLightTheme.fontFamilyMonospace,
  fontFamilyNumeric: webLightTheme.fontFamilyNumeric,
};

export const FLUENT_THEME: Record<PaneTheme, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: contrastTheme };
