/** @jest-environment jsdom */
/**
 * How the pane picks its Fluent theme: Office's dark themes give the dark one, the system's high
 * contrast (forced colours) the high-contrast one, whatever Office's colours say.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import * as React from "react";
import { PaneThemeProvider } from "../../src/taskpane/PaneTheme";
import { FLUENT_THEME, paneThemeOf, type OfficeThemeLike } from "../../src/taskpane/theme";

/** A matchMedia whose answers the test sets, with change listeners it can fire. */
function fakeMedia(initial: Record<string, boolean>) {
  const state = { ...initial };
  const listeners = new Map<string, Set<() => void>>();
  window.matchMedia = ((query: string) => ({
    get matches() {
      return state[query] ?? false;
    },
    media: query,
    onchange: null,
    addEventListener: (_: string, l: () => void) => {
      if (!listeners.has(query)) listeners.set(query, new Set());
      listeners.get(query)!.add(l);
    },
    removeEventListener: (_: string, l: () => void) => listeners.get(query)?.delete(l),
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  return {
    set(query: string, value: boolean) {
      state[query] = value;
      for (const l of listeners.get(query) ?? []) l();
    },
  };
}

const media = (on: string[]) => (q: string) => on.includes(q);
const OFFICE_WHITE: OfficeThemeLike = { bodyBackgroundColor: "#FFFFFF", isDarkTheme: false };
const OFFICE_BLACK: OfficeThemeLike = { bodyBackgroundColor: "#000000", isDarkTheme: true };

describe("paneThemeOf", () => {
  test.each([
    ["Office white, no system preference", "light", OFFICE_WHITE, []],
    ["Office black", "dark", OFFICE_BLACK, []],
    ["Office dark grey by its colour only (no isDarkTheme)", "dark", { bodyBackgroundColor: "#262626" }, []],
    ["Office colourful by its colour only", "light", { bodyBackgroundColor: "#E6E6E6" }, []],
    // Windows high contrast: Office follows it and its webview reports forced colours.
    ["Windows high contrast with Office black", "contrast", OFFICE_BLACK, ["(forced-colors: active)"]],
    ["Windows high contrast with Office white (a light contrast theme)", "contrast", OFFICE_WHITE, ["(forced-colors: active)"]],
    ["an EdgeHTML webview in high contrast", "contrast", OFFICE_WHITE, ["(-ms-high-contrast: active)"]],
    // Black on white is also Office's ordinary theme: colours alone are never high contrast.
    ["Office's white theme reported as pure black on white", "light", { bodyBackgroundColor: "#ffffff" }, []],
    ["macOS Increase contrast keeps light", "light", OFFICE_WHITE, ["(prefers-contrast: more)"]],
    ["outside Office, the browser's dark scheme", "dark", null, ["(prefers-color-scheme: dark)"]],
    ["outside Office, forced colours", "contrast", null, ["(forced-colors: active)", "(prefers-color-scheme: dark)"]],
    ["outside Office, nothing said", "light", null, []],
  ] as const)("%s → %s", (_, expected, office, on) => {
    expect(paneThemeOf(office, media([...on]))).toBe(expected);
  });

  test("each pane theme is a Fluent theme: light, dark and the high-contrast one (in the web themes' typeface)", () => {
    expect(FLUENT_THEME.light).toBe(webLightTheme);
    expect(FLUENT_THEME.dark).toBe(webDarkTheme);
    expect({ ...FLUENT_THEME.contrast, fontFamilyBase: teamsHighContrastTheme.fontFamilyBase }).toEqual(teamsHighContrastTheme);
    expect(FLUENT_THEME.contrast.fontFamilyBase).toBe(webLightTheme.fontFamilyBase);
    expect(FLUENT_THEME.contrast.colorNeutralBackground1).toBe("#000000");
  });
});

describe("PaneThemeProvider", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test("outside Excel: follows forced colours as they come and go, on the provider and the page", () => {
    const m = fakeMedia({ "(prefers-color-scheme: dark)": false });
    render(
      <PaneThemeProvider inExcel={false}>
        <p>isi</p>
      </PaneThemeProvider>,
    );
    const provider = () => screen.getByText("isi").closest<HTMLElement>("[data-tema]")!;
    expect(provider().dataset.tema).toBe("light");
    act(() => m.set("(forced-colors: active)", true));
    expect(provider().dataset.tema).toBe("contrast");
    expect(document.documentElement.dataset.tema).toBe("contrast");
    act(() => m.set("(forced-colors: active)", false));
    act(() => m.set("(prefers-color-scheme: dark)", true));
    expect(provider().dataset.tema).toBe("dark");
  });

  test("in Excel: Office's black theme is dark, and high contrast wins over it; a theme change is followed", () => {
    let officeTheme: OfficeThemeLike = OFFICE_WHITE;
    const handlers: (() => void)[] = [];
    (globalThis as { Office?: unknown }).Office = {
      context: {
        get officeTheme() {
          return officeTheme;
        },
        document: { addHandlerAsync: (_: unknown, h: () => void) => handlers.push(h) },
      },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
    };
    const m = fakeMedia({});
    render(
      <PaneThemeProvider inExcel>
        <p>isi</p>
      </PaneThemeProvider>,
    );
    const provider = () => screen.getByText("isi").closest<HTMLElement>("[data-tema]")!;
    expect(provider().dataset.tema).toBe("light");
    officeTheme = OFFICE_BLACK;
    act(() => handlers.forEach((h) => h()));
    expect(provider().dataset.tema).toBe("dark");
    act(() => m.set("(forced-colors: active)", true));
    expect(provider().dataset.tema).toBe("contrast");
  });
});
