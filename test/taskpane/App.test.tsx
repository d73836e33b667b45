/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import * as React from "react";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import type { Sheet } from "../../src/core/grid";
import { App } from "../../src/taskpane/App";
import type { WorkbookHost } from "../../src/taskpane/host";
import { REPORT_SHEET } from "../../src/core/report-sheet";
import { clearCheck, runCheck } from "../../src/excel/run-check";
import { doubleOf, installExcelEnums, newSheet, userState, type ExcelDouble } from "../support/excel-double";
import { sheetFromTsv, typed } from "../support/tsv";

// jsdom has no layout and no ResizeObserver; Fluent's MessageBar observes its own size.
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** PK says 88, Renaksi says 85 for the same indicator: one target-tahunan error. */
const PK = typed(sheetFromTsv("PK", "Sasaran\tIndikator Kinerja\tSatuan\tTarget\nMeningkatnya kualitas pelayanan\tIndeks Kepuasan Masyarakat\tIndeks\t88"));
const RENAKSI_BAD = typed(
  sheetFromTsv("Renaksi", "Indikator Kinerja\tSatuan\tTarget\tTW I\tTW II\tTW III\tTW IV\nIndeks Kepuasan Masyarakat\tIndeks\t85\t85\t85\t85\t85"),
);
const CAPAIAN = typed(
  sheetFromTsv("Capaian", "Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\nIndeks Kepuasan Masyarakat\tIndeks\t88\t90,26\t102,57"),
);

interface Recorded {
  host: WorkbookHost;
  selected: string[];
  inserted: string[];
  resolveCheck?: () => void;
}

/** A host over in-memory sheets that runs the real engine; `hold` keeps the check running until released. */
function hostOf(sheets: Sheet[], opts: { kind?: WorkbookHost["kind"]; fail?: Error; hold?: boolean } = {}): Recorded {
  const rec: Recorded = { selected: [], inserted: [], host: undefined as never };
  rec.host = {
    kind: opts.kind ?? "excel",
    check: ({ onProgress }) =>
      new Promise<CheckResult>((resolve, reject) => {
        onProgress?.(5, 10);
        const finish = () => (opts.fail ? reject(opts.fail) : resolve(checkWorkbook({ sheets })));
        if (opts.hold) rec.resolveCheck = finish;
        else finish();
      }),
    clear: async () => "Sorotan dihapus (1 format bersyarat). Isi dan format Anda tidak berubah.",
    select: async (sheet, cell) => void rec.selected.push(`${sheet}!${cell}`),
    insertFormula: async (f) => {
      rec.inserted.push(f);
      return "Lembar1!B2";
    },
  };
  return rec;
}

function renderApp(host: WorkbookHost, extra: Partial<React.ComponentProps<typeof App>> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} {...extra} />
    </FluentProvider>,
  );
}

async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

describe("Periksa", () => {
  test("runs the check with a progress indicator, then counts, tables per sheet and findings grouped by sheet and rule", async () => {
    const rec = hostOf([PK, RENAKSI_BAD], { hold: true });
    renderApp(rec.host);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("SAKIP Excel");
    await press("Periksa");
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText(/Membaca sel 5 dari 10/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Periksa" }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => rec.resolveCheck!());
    expect(screen.queryByRole("progressbar")).toBeNull();
    // Sheets are h2 headings; the list of recognised tables is a collapsed section after the findings.
    expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual(["Renaksi (1)", "Tabel yang dikenali (2)"]);
    expect(screen.queryByText(/PK: Perjanjian Kinerja A1:D2/)).toBeNull();
    await press("Tabel yang dikenali (2)");
    expect(screen.getByText(/PK: Perjanjian Kinerja A1:D2/)).toBeTruthy();
    const group = screen.getByRole("list", { name: "Temuan di Renaksi" });
    const items = within(group).getAllByTestId("temuan");
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toMatch(/Target tahunan berbeda/);
    // What is written and what it should be, labelled.
    expect(items[0]!.textContent).toMatch(/Tertulis85Seharusnya88/);
    expect(screen.getByRole("button", { name: "Periksa ulang" })).toBeTruthy();
  });

  test("clicking a finding selects its cell; the cell it disagrees with is reachable too; the clicked finding is marked, its cell beside it", async () => {
    const rec = hostOf([PK, RENAKSI_BAD]);
    renderApp(rec.host);
    await press("Periksa");
    const item = screen.getAllByTestId("temuan")[0]!;
    expect(item.getAttribute("aria-current")).toBeNull();
    const [own, ...related] = within(item).getAllByRole("button");
    await act(async () => fireEvent.click(own!));
    expect(item.getAttribute("aria-current")).toBe("true");
    expect(within(item).getByRole("status").textContent).toBe(`Sel terpilih: ${rec.selected[0]}`);
    expect(related.length).toBeGreaterThan(0);
    await act(async () => fireEvent.click(related[0]!));
    expect(rec.selected).toHaveLength(2);
    expect(within(item).getByRole("status").textContent).toBe(`Sel terpilih: ${rec.selected[1]}`);
    expect(new Set(rec.selected.map((s) => s.split("!")[0]))).toEqual(new Set(["PK", "Renaksi"]));
  });

  test("the severity filter hides and shows findings", async () => {
    renderApp(hostOf([PK, RENAKSI_BAD]).host);
    await press("Periksa");
    const before = screen.getAllByTestId("temuan").length;
    const filter = screen.getByRole("group", { name: "Tampilkan:" });
    expect(
      within(filter)
        .getAllByRole("button")
        .map((b) => [b.getAttribute("aria-label"), b.getAttribute("aria-pressed")]),
    ).toEqual([
      ["Galat: 1 temuan", "true"],
      ["Peringatan: 0 temuan", "true"],
      ["Info: 0 temuan", "true"],
    ]);
    await press("Galat: 1 temuan");
    expect(screen.getByRole("button", { name: "Galat: 1 temuan" }).getAttribute("aria-pressed")).toBe("false");
    expect(screen.queryAllByTestId("temuan").length).toBeLessThan(before);
    await press("Galat: 1 temuan");
    expect(screen.getAllByTestId("temuan")).toHaveLength(before);
  });

  test("a consistent workbook shows the empty state", async () => {
    renderApp(hostOf([PK, CAPAIAN]).host);
    await press("Periksa");
    expect(screen.getByText("Tidak ada temuan")).toBeTruthy();
    expect(screen.queryAllByTestId("temuan")).toHaveLength(0);
  });

  test("a failure shows a clear error in Indonesian and Periksa ulang", async () => {
    renderApp(
      hostOf([PK], { fail: Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" }) }).host,
    );
    await press("Periksa");
    expect(screen.getByText("Pemeriksaan gagal")).toBeTruthy();
    expect(screen.getByText(/Excel menolak permintaan/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Periksa ulang" })).toBeTruthy();
  });

  test("Hapus sorotan reports what was removed", async () => {
    renderApp(hostOf([PK]).host);
    await press("Hapus sorotan");
    expect(screen.getByText(/Sorotan dihapus/)).toBeTruthy();
  });

  /** The pane over the Excel adapter on a recording double, wired as excel-host.ts wires it to Excel. */
  function excelHostOn(xl: ExcelDouble): WorkbookHost {
    return {
      kind: "excel",
      check: ({ reportSheet, onProgress }) => runCheck(xl.context, { highlight: true, reportSheet, onProgress }),
      clear: () => clearCheck(xl.context),
      select: async () => undefined,
      insertFormula: async () => "A1",
    };
  }

  test('beside the user\'s own "Hasil Pemeriksaan", the pane names the report sheet it wrote and the one Hapus sorotan removed', async () => {
    installExcelEnums();
    const xl = doubleOf({ sheets: [PK, RENAKSI_BAD] });
    xl.sheets.push(newSheet(REPORT_SHEET, [["Catatan pimpinan"]]));
    const before = xl.sheets.map(userState);
    renderApp(excelHostOn(xl));
    await act(async () => fireEvent.click(screen.getByRole("switch")));
    await press("Periksa");
    expect(screen.getByText('Hasil pemeriksaan ditulis di sheet "Hasil Pemeriksaan (2)"; sheet "Hasil Pemeriksaan" milik Anda tidak diubah.')).toBeTruthy();
    await press("Hapus sorotan");
    expect(screen.getByText(/^Sorotan dihapus \(\d+ format bersyarat\) dan sheet "Hasil Pemeriksaan \(2\)" buatan SAKIP Excel dihapus\./)).toBeTruthy();
    expect(xl.sheets.map(userState)).toEqual(before);
  });

  test("Hapus sorotan on a workbook never checked says nothing of ours was there", async () => {
    installExcelEnums();
    const xl = doubleOf({ sheets: [PK] });
    xl.sheets.push(newSheet(REPORT_SHEET, [["Catatan pimpinan"]]));
    const before = xl.sheets.map(userState);
    renderApp(excelHostOn(xl));
    await press("Hapus sorotan");
    expect(screen.getByText("Tidak ada sorotan atau lembar hasil pemeriksaan dari SAKIP Excel di buku kerja ini; sheet milik Anda tidak diubah.")).toBeTruthy();
    expect(xl.sheets.map(userState)).toEqual(before);
  });

  test("an Excel too old for the check says so and disables the button", () => {
    renderApp(hostOf([PK]).host, { unavailable: "Versi Excel ini terlalu lama untuk pemeriksaan konsistensi (butuh ExcelApi 1.13)." });
    expect(screen.getByText(/terlalu lama/)).toBeTruthy();
    expect((screen.getByRole("button", { name: "Periksa" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("outside Excel the pane says it is a preview on the sample workbook", () => {
    renderApp(hostOf([PK], { kind: "preview" }).host);
    expect(screen.getByText(/Pratinjau di luar Excel/)).toBeTruthy();
  });

  test("a failed download says so and what to do; an error is never clipped mid-sentence", async () => {
    renderApp(hostOf([PK], { kind: "preview", fail: new Error("Contoh buku kerja tidak dapat diambil (404).") }).host);
    await press("Periksa");
    expect(screen.getByText("Contoh buku kerja tidak dapat diambil (404). Periksa sambungan jaringan, lalu tekan Periksa ulang.")).toBeTruthy();
    expect(screen.queryByText(/Laporkan/)).toBeNull();
  });
});

describe("Ringkasan", () => {
  test("before a check it offers to run one", async () => {
    renderApp(hostOf([PK, CAPAIAN]).host);
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Ringkasan" })));
    await press("Periksa sekarang");
    expect(screen.getByText("Tidak ada temuan")).toBeTruthy();
  });

  test("after a check: target, realisasi, capaian and kategori per PK indicator", async () => {
    renderApp(hostOf([PK, CAPAIAN]).host);
    await press("Periksa");
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Ringkasan" })));
    const table = screen.getByRole("table", { name: "Indikator Perjanjian Kinerja" });
    const cells = within(table)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    // Seed LKjIP: IKM target 88, realisasi 90,26 → 102,57 %, Sangat Tinggi; the name on a row of its own.
    expect(cells).toEqual(["Indeks Kepuasan Masyarakat (Indeks)", "88", "90,26", "102,57", "Sangat Tinggi"]);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Target", "Realisasi", "Capaian (%)", "Kategori"]);
    await act(async () => fireEvent.click(within(table).getByRole("button", { name: /^Indeks Kepuasan Masyarakat: pilih sel / })));
    expect(within(table).getByRole("status").textContent).toBe("Sel terpilih: PK!B2");
    expect(screen.getByText("Tidak ditemukan tabel realisasi anggaran.")).toBeTruthy();
  });
});

describe("Rumus", () => {
  test("every function is explained and its example can be inserted into the selected cell", async () => {
    const rec = hostOf([PK]);
    renderApp(rec.host);
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Rumus" })));
    expect(screen.getAllByText(/^SAKIP\.[A-Z_]+$/).map((e) => e.textContent)).toEqual(
      [
        "CAPAIAN",
        "KATEGORI",
        "MUTU",
        "PREDIKAT",
        "IKM",
        "NRR",
        "IKM_NRR",
        "SERAPAN",
        "EFISIENSI",
        "STATUS_EFISIENSI",
        "AKUMULASI",
        "NOMENKLATUR",
        "SATUAN_RESMI",
      ].map((n) => `SAKIP.${n}`),
    );
    expect(screen.getByText("=SAKIP.CAPAIAN(90,26; 88)")).toBeTruthy();
    const buttons = screen.getAllByRole("button", { name: "Sisipkan ke sel terpilih" });
    expect(buttons).toHaveLength(13);
    expect(screen.getByText('=SAKIP.NOMENKLATUR("7.01.01.2.01.0001")')).toBeTruthy();
    await act(async () => fireEvent.click(buttons[0]!));
    expect(rec.inserted).toEqual(["=SAKIP.CAPAIAN(90.26,88)"]);
    expect(screen.getByText("Rumus ditulis di Lembar1!B2.")).toBeTruthy();
  });

  test("in the preview the insert buttons are disabled", async () => {
    renderApp(hostOf([PK], { kind: "preview" }).host);
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Rumus" })));
    for (const b of screen.getAllByRole("button", { name: "Sisipkan ke sel terpilih" })) expect((b as HTMLButtonElement).disabled).toBe(true);
  });
});
