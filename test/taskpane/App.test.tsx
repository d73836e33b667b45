/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import * as React from "react";
import { App } from "../../src/taskpane/App";

function renderApp(inExcel: boolean) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App inExcel={inExcel} />
    </FluentProvider>,
  );
}

test("shows the product's name as the pane's heading", () => {
  renderApp(true);
  expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("SAKIP Excel");
  expect(screen.getByText(/=SAKIP\.CAPAIAN\(/)).toBeTruthy();
});

test("outside Excel it says so and how to install the add-in", () => {
  renderApp(false);
  expect(screen.getByText(/dibuka di luar Excel/)).toBeTruthy();
  expect(screen.queryByText(/=SAKIP\.CAPAIAN\(/)).toBeNull();
});
