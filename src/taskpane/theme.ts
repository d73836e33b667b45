/**
 * The pane follows Office's theme: Excel's dark themes give Fluent's dark theme, Windows high
 * contrast (forced colours) the high-contrast one. Outside Office (the preview) the browser's
 * colour scheme decides.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type PaneTheme = "light" | "dark" | "contrast";

/** What the pane reads of Office.context.officeTheme (absent outside Office). */
export interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
  readonly isDarkTheme?: boolean;
}

/** Relative luminance (0 black … 1 white) of #RRGGBB or #RGB; null when it is not a colour. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The pane's theme from Office's theme and the browser's media queries. */
export function paneThemeOf(office: OfficeThemeLike | null | undefined, media: (query: string) => boolean): PaneTheme {
  if (media("(forced-colors: active)")) return "contrast";
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const l = luminance(office.bodyBackgroundColor);
    if (l !== null) return l < 0.25 ? "dark" : "light";
  }
  return media("(prefers-color-scheme: dark)") ? "dark" : "light";
}

export const FLUENT_THEME: Record<PaneTheme, Theme> = { light: webLightTheme, dark: webDarkTheme, contrast: teamsHighContrastTheme };
