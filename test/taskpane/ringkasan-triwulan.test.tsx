/**
 * @jest-environment jsdom
 */
/**
 * Ringkasan's quarterly status on the sample workbook (contoh/README.md lists what it plants): the
 * sentence naming the indicators below their Rencana Aksi, a small chart per indicator as an image
 * with its figures in words, and the latest quarter per indicator with its status in words.
 */
import { TextDecoder } from "node:util";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import * as React from "react";
import { SAMPLE } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { quarterlyLine, quarterlyStatus } from "../../src/core/summary";
import { quarterlyChartLabel, RingkasanPanel } from "../../src/taskpane/RingkasanPanel";

(globalThis as { TextDecoder?: unknown }).TextDecoder ??= TextDecoder;

let result: CheckResult;
beforeAll(async () => {
  const { workbook } = await readWorkbookFile(SAMPLE);
  result = checkWorkbook(workbook);
});

function renderPanel(theme = webLightTheme, onSelect: (key: string, sheet: string, cell: string) => void = () => undefined) {
  return render(
    <FluentProvider theme={theme}>
      <RingkasanPanel result={result} onRun={() => undefined} onSelect={onSelect} active={null} />
    </FluentProvider>,
  );
}

test("the sentence names the sample's indicators below plan at their latest quarter: desa tertib administrasi 60 of 80 at TW IV, SAKIP 64,86 of 66", () => {
  const line = quarterlyLine(quarterlyStatus(result));
  expect(line).toMatch(/^\d+ dari \d+ indikator di bawah rencana pada triwulan terakhir yang diukur: /);
  expect(line).toContain("Persentase desa yang tertib administrasi (TW IV, capaian 75 %)");
  expect(line).toContain("Nilai SAKIP Kecamatan (TW IV, capaian 98,27 %)");
  expect(line).not.toContain("Indeks Kepuasan Masyarakat");
  renderPanel();
  expect(screen.getByRole("heading", { name: "Status triwulan terhadap Rencana Aksi" })).toBeTruthy();
  expect(screen.getByTestId("status-triwulan").textContent).toBe(line);
});

test("a small chart per indicator, an image whose name gives every quarter's target and realisasi", () => {
  const list = quarterlyStatus(result);
  renderPanel();
  const charts = screen.getAllByTestId("grafik-triwulan");
  expect(charts).toHaveLength(list.length);
  for (const c of charts) expect(c.getAttribute("role")).toBe("img");
  const desa = screen.getByRole("img", { name: /^Persentase desa yang tertib administrasi \(%\): / });
  expect(desa.getAttribute("aria-label")).toBe(
    "Persentase desa yang tertib administrasi (%): TW I target 20, realisasi 15; TW II target 40, realisasi 35; TW III target 60, realisasi 50; TW IV target 80, realisasi 60.",
  );
  expect(quarterlyChartLabel(list.find((i) => i.indikator === "Nilai SAKIP Kecamatan")!)).toBe(
    "Nilai SAKIP Kecamatan (Nilai): TW I target 60, realisasi belum diukur; TW II target 62, realisasi belum diukur; TW III target 64, realisasi belum diukur; TW IV target 66, realisasi 64,86.",
  );
  // Four realisasi bars under plan (one per quarter), four target lines; the tallest figure (80) reaches the top.
  const bars = desa.querySelectorAll("rect");
  expect(bars).toHaveLength(4);
  expect(desa.querySelectorAll("line")).toHaveLength(1 + 4);
  const heights = [...bars].map((b) => Number(b.getAttribute("height")));
  expect(heights.map((h) => Math.round((h / heights[3]!) * 60))).toEqual([15, 35, 50, 60]);
  const classes = new Set([...bars].map((b) => b.getAttribute("class")));
  expect(classes.size).toBe(1);
  // Colours come from the theme's tokens (CSS variables), not fixed in the SVG.
  for (const b of bars) expect(b.getAttribute("fill")).toBeNull();
  // The legend says in words what the marks mean.
  for (const t of ["Realisasi", "Di bawah rencana", "Target Rencana Aksi"]) expect(screen.getAllByText(t).length).toBeGreaterThan(0);
});

test("the latest quarter per indicator with its status in words; a name selects its Rencana Aksi row", () => {
  const selected: string[] = [];
  renderPanel(webDarkTheme, (_, sheet, cell) => selected.push(`${sheet}!${cell}`));
  const table = screen.getByRole("table", { name: "Status triwulan terakhir yang diukur" });
  const desa = within(table).getByRole("button", { name: /^Persentase desa yang tertib administrasi: pilih sel Renaksi!C6$/ });
  const body = desa.closest("tbody")!;
  expect(within(body).getByText("Di bawah rencana")).toBeTruthy();
  const cells = [...body.querySelectorAll("tr")[1]!.querySelectorAll("td")].map((td) => td.textContent);
  expect(cells).toEqual(["TW IV", "80", "60", "75"]);
  fireEvent.click(desa);
  expect(selected).toEqual(["Renaksi!C6"]);
  const ikm = within(table)
    .getAllByRole("button", { name: /^Indeks Kepuasan Masyarakat \(IKM\): / })[0]!
    .closest("tbody")!;
  expect(within(ikm).getByText("Sesuai rencana")).toBeTruthy();
  expect([...ikm.querySelectorAll("tr")[1]!.querySelectorAll("td")].map((td) => td.textContent)).toEqual(["TW IV", "88", "89,45", "101,65"]);
});
