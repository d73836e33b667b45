/**
 * @jest-environment jsdom
 */
/**
 * Ringkasan says how many sub kegiatan rows match the official list: on the sample, whose PKPK
 * plants one satuan of another word (a difference) and one written short (which still matches).
 */
import { readFileSync } from "node:fs";
import { TextDecoder } from "node:util";
import { join } from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import * as React from "react";
import { SAMPLE } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/cli/read-xlsx";
import { checkWorkbook } from "../../src/core/check";
import { loadNomenklatur } from "../../src/core/nomenklatur";
import { nomenklaturSummary } from "../../src/core/summary";
import { nomenklaturLine, RingkasanPanel } from "../../src/taskpane/RingkasanPanel";

// jsdom has no TextDecoder; the workbook reader (which runs in Node and browsers alike) needs one.
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= TextDecoder;

test("the sample's sub kegiatan rows against the list, in one line of Ringkasan", async () => {
  const list = await loadNomenklatur(async () => JSON.parse(readFileSync(join(__dirname, "..", "..", "src", "core", "nomenklatur", "data.json"), "utf8")));
  const { workbook } = await readWorkbookFile(SAMPLE);
  const result = checkWorkbook(workbook, { nomenklatur: list });
  const summary = nomenklaturSummary(result)!;
  // contoh/README.md: PKPK TW III!D9 "Dokumen" where the list says "Laporan" is the one difference.
  const differing = result.findings.filter((f) => f.rule.endsWith("-nomenklatur") && f.severity === "warning");
  expect(differing.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(["PKPK TW III!D9 satuan-nomenklatur"]);
  expect(summary.differing).toBe(1);
  expect(summary.matching).toBeGreaterThanOrEqual(2);
  render(
    <FluentProvider theme={webLightTheme}>
      <RingkasanPanel result={result} onRun={() => undefined} onSelect={() => undefined} active={null} />
    </FluentProvider>,
  );
  expect(screen.getByRole("heading", { name: "Nomenklatur sub kegiatan" })).toBeTruthy();
  expect(screen.getByText(nomenklaturLine(summary))).toBeTruthy();
  expect(nomenklaturLine(summary)).toMatch(
    new RegExp(`^${summary.matching} dari ${summary.rows} baris sub kegiatan \\(${summary.codes} kode\\) sesuai nomenklatur; 1 berbeda`),
  );
  expect(screen.getByText(/^Nomenklatur: .*Kepmendagri/)).toBeTruthy();
});

test("without the list, Ringkasan says the rows were not compared", () => {
  expect(nomenklaturLine(null)).toBe("Daftar nomenklatur tidak dimuat; kode, indikator dan satuan sub kegiatan tidak dibandingkan.");
});
