/** @jest-environment jsdom */
/**
 * "Buat Tabel LKjIP" and "Hapus Tabel LKjIP" in the pane: over the Excel adapter on the recording
 * double; disabled in the preview, saying why.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import * as React from "react";
import { checkWorkbook } from "../../src/core/check";
import { LKJIP_SHEET } from "../../src/core/lkjip/layout";
import { lkjipWritten } from "../../src/excel/lkjip-sheet";
import { clearLkjip, runCheck, runLkjip } from "../../src/excel/run-check";
import { App } from "../../src/taskpane/App";
import type { WorkbookHost } from "../../src/taskpane/host";
import { LKJIP_ONLY_IN_EXCEL, LKJIP_REMOVE_ONLY_IN_EXCEL } from "../../src/taskpane/PeriksaPanel";
import { doubleOf, installExcelEnums, newSheet, userState, type ExcelDouble } from "../support/excel-double";
import { sheetFromTsv, typed } from "../support/tsv";

(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const PK = typed(
  sheetFromTsv("PK 2025", "Sasaran\tIndikator Kinerja\tSatuan\tTarget\nMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t88"),
);
const CAPAIAN = typed(
  sheetFromTsv("Capaian", "Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\nIndeks Kepuasan Masyarakat\tIndeks\t88\t90,26\t102,57"),
);

/** The pane over the Excel adapter on a recording double, wired as excel-host.ts wires it to Excel. */
function excelHostOn(xl: ExcelDouble): WorkbookHost {
  return {
    kind: "excel",
    check: ({ reportSheet, onProgress }) => runCheck(xl.context, { highlight: true, reportSheet, onProgress }),
    clear: async () => "",
    select: async () => undefined,
    insertFormula: async () => "A1",
    writeLkjip: async () => lkjipWritten(await runLkjip(xl.context)),
    removeLkjip: () => clearLkjip(xl.context),
  };
}

function renderApp(host: WorkbookHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("Buat Tabel LKjIP", () => {
  beforeAll(installExcelEnums);

  test("after a check it writes the tables into our sheet, says where in Indonesian, and leaves the user's sheets as they were", async () => {
    const xl = doubleOf({ sheets: [PK, CAPAIAN] });
    xl.sheets.push(newSheet(LKJIP_SHEET, [["Tabel saya sendiri"]]));
    const before = xl.sheets.map(userState);
    renderApp(excelHostOn(xl));
    expect(screen.queryByRole("button", { name: "Buat Tabel LKjIP" })).toBeNull();
    await press("Periksa");
    await press("Buat Tabel LKjIP");
    const ours = `${LKJIP_SHEET} (2)`;
    expect(
      screen.getByText(
        new RegExp(`^6 tabel LKjIP Bab III tahun 2025 ditulis di sheet "${ours.replace(/[()]/g, "\\$&")}"\\. Angka dari buku kerja ditulis sebagai rumus`),
      ),
    ).toBeTruthy();
    // A PK and a Capaian IKU only: the pane names the tables the workbook lacks for the others.
    expect(
      screen.getByText(/Data yang belum ada di buku kerja: .*Tabel 5: Tidak ada tabel Realisasi Anggaran: tambahkan tabel Realisasi Anggaran/),
    ).toBeTruthy();
    expect(screen.getByText(/Tabel 6: Tidak ada target triwulan: tambahkan tabel Rencana Aksi/)).toBeTruthy();
    expect(xl.sheet(ours).formulas.size).toBeGreaterThan(0);
    expect([...xl.sheet(ours).formulas.values()]).toContain("='PK 2025'!D2");
    expect(xl.sheets.filter((s) => s.name !== ours).map(userState)).toEqual(before);
    // Again: ours replaced, not added.
    await press("Buat Tabel LKjIP");
    expect(xl.sheets.map((s) => s.name)).toEqual(["PK 2025", "Capaian", LKJIP_SHEET, ours]);
  });

  test("a failure is said in Indonesian and the button is usable again", async () => {
    const host: WorkbookHost = {
      kind: "excel",
      check: async () => checkWorkbook({ sheets: [PK] }),
      clear: async () => "",
      select: async () => undefined,
      insertFormula: async () => "A1",
      writeLkjip: async () => {
        throw Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" });
      },
    };
    renderApp(host);
    await press("Periksa");
    await press("Buat Tabel LKjIP");
    expect(screen.getByText(/The workbook is protected\. \(AccessDenied\)/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Buat Tabel LKjIP" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("in the preview the button is disabled and says why", async () => {
    const host: WorkbookHost = {
      kind: "preview",
      check: async () => checkWorkbook({ sheets: [PK] }),
      clear: async () => "",
      select: async () => undefined,
      insertFormula: async () => "A1",
    };
    renderApp(host);
    await press("Periksa");
    const button = screen.getByRole("button", { name: "Buat Tabel LKjIP" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    await act(async () => {
      fireEvent.focus(button);
      fireEvent.pointerEnter(button);
      fireEvent.mouseEnter(button);
    });
    await act(async () => new Promise((r) => setTimeout(r, 300)));
    expect(screen.getByText(LKJIP_ONLY_IN_EXCEL)).toBeTruthy();
  });
});

describe("Hapus Tabel LKjIP", () => {
  beforeAll(installExcelEnums);

  test('in Excel, before any check too: removes only our sheet, its charts with it; a user\'s "Tabel LKjIP" stays; with none of ours it says so', async () => {
    const xl = doubleOf({ sheets: [PK, CAPAIAN] });
    xl.sheets.push(newSheet(LKJIP_SHEET, [["Tabel saya sendiri"]]));
    const before = xl.sheets.map(userState);
    renderApp(excelHostOn(xl));
    await press("Hapus Tabel LKjIP");
    expect(
      screen.getByText("Tidak ada sheet Tabel LKjIP buatan SAKIP Excel di buku kerja ini; tidak ada yang dihapus. Sheet milik Anda tidak diubah."),
    ).toBeTruthy();
    expect(xl.sheets.map(userState)).toEqual(before);
    await press("Periksa");
    await press("Buat Tabel LKjIP");
    const ours = `${LKJIP_SHEET} (2)`;
    expect(xl.sheets.map((s) => s.name)).toEqual(["PK 2025", "Capaian", LKJIP_SHEET, ours]);
    await press("Hapus Tabel LKjIP");
    expect(screen.getByText(`Sheet "${ours}" buatan SAKIP Excel beserta diagramnya dihapus. Sheet milik Anda tidak diubah.`)).toBeTruthy();
    expect(xl.sheets.map(userState)).toEqual(before);
    expect(xl.names).toEqual([]);
    expect((screen.getByRole("button", { name: "Hapus Tabel LKjIP" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("in the preview it appears after a check, disabled, and says why", async () => {
    const host: WorkbookHost = {
      kind: "preview",
      check: async () => checkWorkbook({ sheets: [PK] }),
      clear: async () => "",
      select: async () => undefined,
      insertFormula: async () => "A1",
    };
    renderApp(host);
    expect(screen.queryByRole("button", { name: "Hapus Tabel LKjIP" })).toBeNull();
    await press("Periksa");
    const button = screen.getByRole("button", { name: "Hapus Tabel LKjIP" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    await act(async () => {
      fireEvent.focus(button);
      fireEvent.pointerEnter(button);
      fireEvent.mouseEnter(button);
    });
    await act(async () => new Promise((r) => setTimeout(r, 300)));
    expect(screen.getByText(LKJIP_REMOVE_ONLY_IN_EXCEL)).toBeTruthy();
  });
});
