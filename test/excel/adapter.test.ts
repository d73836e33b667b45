import ExcelJS from "exceljs";
import { join } from "node:path";
import { checkWorkbook } from "../../src/core/check";
import type { Finding } from "../../src/core/findings";
import { highlightsBySheet, REPORT_MARK, REPORT_SHEET } from "../../src/core/report-sheet";
import { workbookFrom } from "../support/from-exceljs";
import { applyHighlights, FILL, removeHighlights } from "../../src/excel/highlights";
import { selectCell, insertFormula } from "../../src/excel/navigate";
import { readOpenWorkbook } from "../../src/excel/read-workbook";
import { removeReportSheet, writeReportSheet } from "../../src/excel/report-sheet";
import { clearCheck, runCheck } from "../../src/excel/run-check";
import { generateWorkbook, plantedCount, SIZES } from "../../bench/generate";
import { doubleOf, ExcelDouble, installExcelEnums, newSheet, userState, type FakeSheet } from "../support/excel-double";

beforeAll(installExcelEnums);

const PK = [
  ["PERJANJIAN KINERJA TAHUN 2025", null, null, null],
  ["Sasaran", "Indikator Kinerja", "Satuan", "Target"],
  ["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 88],
  [null, "Persentase desa tertib administrasi", "%", 80],
];

/** The sample workbook from contoh/, loaded into the double as a user would have it open. */
async function sampleSheets(): Promise<FakeSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "..", "..", "contoh", "contoh-kecamatan.xlsx"));
  return doubleOf(workbookFrom(wb)).sheets;
}

function finding(sheet: string, cell: string, severity: Finding["severity"]): Finding {
  return { rule: "uji", severity, sheet, cell, related: [], expected: null, found: null, message: "Temuan untuk pengujian." };
}

describe("reading the open workbook", () => {
  test("values land at their A1 positions, blanks are null, merges are read, very hidden sheets are skipped", async () => {
    const s = newSheet("PK", PK);
    s.values.set("9,5", "#N/A");
    s.merges = [{ r0: 2, c0: 0, r1: 3, c1: 0 }];
    const offset = newSheet("Geser");
    offset.values.set("4,3", 7);
    const xl = new ExcelDouble([s, offset, newSheet("Rahasia", [[1]], "VeryHidden"), newSheet("Kosong")]);
    const wb = await readOpenWorkbook(xl.context);
    expect(wb.sheets.map((x) => x.name)).toEqual(["PK", "Geser", "Kosong"]);
    const pk = wb.sheets[0]!;
    expect(pk.rows[2]).toEqual(["Meningkatnya kualitas pelayanan", "Indeks Kepuasan Masyarakat", "Indeks", 88]);
    expect(pk.rows[3]![0]).toBeNull();
    expect(pk.rows[9]![5]).toBe("#N/A");
    expect(pk.merges).toEqual([{ r0: 2, c0: 0, r1: 3, c1: 0 }]);
    expect(wb.sheets[1]!.rows[4]).toEqual([null, null, null, 7]);
    expect(wb.sheets[1]!.rows[0]).toEqual([]);
    expect(wb.sheets[2]!.rows).toEqual([]);
  });

  test("the same number of round trips for 1 sheet and for 50", async () => {
    const one = new ExcelDouble([newSheet("PK", PK)]);
    await readOpenWorkbook(one.context);
    const fifty = new ExcelDouble(Array.from({ length: 50 }, (_, i) => newSheet(`PD ${i + 1}`, PK)));
    const wb = await readOpenWorkbook(fifty.context);
    expect(wb.sheets).toHaveLength(50);
    expect(fifty.syncCount).toBe(one.syncCount);
    expect(one.syncCount).toBe(2);
  });

  test("hidden rows: one round trip more, whatever the number of sheets, only when some rows are hidden", async () => {
    const hide = (name: string, rows: number[], cols: number[] = []) => {
      const s = newSheet(name, [...PK, [null, "Indikator lama", "%", 70], ["catatan", null, null, null]]);
      s.hiddenRows = new Set(rows);
      s.hiddenCols = new Set(cols);
      return s;
    };
    // Rows 4 and 6 (0-based 3, 5) hidden; the same with column B hidden too; the title row of the
    // used range hidden; every row hidden; every column hidden (rows then unknown); none hidden.
    const xl = new ExcelDouble([
      hide("PK", [3, 5]),
      hide("Kolom", [3, 5], [1]),
      hide("Atas", [0]),
      hide("Semua", [0, 1, 2, 3, 4, 5]),
      hide("Tanpa kolom", [3], [0, 1, 2, 3]),
      newSheet("Terlihat", PK),
    ]);
    const wb = await readOpenWorkbook(xl.context);
    expect(wb.sheets.map((x) => (x.hiddenRows ? [...x.hiddenRows].sort((a, b) => a - b) : undefined))).toEqual([
      [3, 5],
      [3, 5],
      [0],
      [0, 1, 2, 3, 4, 5],
      undefined,
      undefined,
    ]);
    // The hidden rows are still read.
    expect(wb.sheets[0]!.rows[3]).toEqual(PK[3]);
    expect(wb.sheets[0]!.rows[4]).toEqual([null, "Indikator lama", "%", 70]);
    expect(xl.syncCount).toBe(3);

    const fifty = new ExcelDouble(Array.from({ length: 50 }, (_, i) => hide(`PD ${i + 1}`, [3])));
    await readOpenWorkbook(fifty.context);
    expect(fifty.syncCount).toBe(3);
    // Every row hidden or none: rowHidden says so, no round trip more.
    const plain = new ExcelDouble([hide("Semua", [0, 1, 2, 3, 4, 5]), newSheet("Terlihat", PK)]);
    await readOpenWorkbook(plain.context);
    expect(plain.syncCount).toBe(2);
  });

  test("hidden rows read through Excel are the ones the command line's reader lists", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("PK");
    PK.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    ws.getCell("B5").value = "Indikator lama";
    ws.getRow(5).hidden = true;
    ws.getRow(2).hidden = true;
    const viaFile = workbookFrom(wb);
    expect([...(viaFile.sheets[0]!.hiddenRows ?? [])]).toEqual([1, 4]);
    const read = await readOpenWorkbook(doubleOf(viaFile).context);
    expect(read.sheets[0]!.hiddenRows).toEqual(viaFile.sheets[0]!.hiddenRows);
  });

  test("values too large for one response come in blocks of whole rows, read completely", async () => {
    const rows = Array.from({ length: 1000 }, (_, r) => [`Indikator ${r + 1}`, r, r * 2]);
    const xl = new ExcelDouble([newSheet("Besar", rows)]);
    xl.responseLimit = 20_000;
    const progress: number[] = [];
    const wb = await readOpenWorkbook(xl.context, { cellsPerSync: 600, onProgress: (done) => progress.push(done) });
    expect(wb.sheets[0]!.rows).toHaveLength(1000);
    expect(wb.sheets[0]!.rows[999]).toEqual(["Indikator 1000", 999, 1998]);
    // Names, the refused whole read, shapes again, then 3000 cells at 600 a round trip.
    expect(xl.refused).toBe(1);
    expect(xl.syncCount).toBe(2 + 5);
    expect(progress.at(-1)).toBe(3000);
    expect(xl.largestRequest).toBeLessThanOrEqual(20_000);
  });

  test("a round trip Excel refuses as too large is split until each part fits", async () => {
    const long = "Persentase layanan administrasi perkantoran yang selesai tepat waktu ".repeat(3);
    const rows = Array.from({ length: 3000 }, (_, r) => [`${long}${r}`, r, `${long}${r}`]);
    const xl = new ExcelDouble([newSheet("Teks", rows)]);
    xl.responseLimit = 300_000;
    const wb = await readOpenWorkbook(xl.context);
    expect(wb.sheets[0]!.rows).toHaveLength(3000);
    expect(wb.sheets[0]!.rows[2999]).toEqual([`${long}2999`, 2999, `${long}2999`]);
    expect(xl.refused).toBeGreaterThan(0);
    expect(xl.largestRequest).toBeLessThanOrEqual(300_000);
  });

  test("a kabupaten roll-up (40 perangkat daerah, 5,000 budget rows, 10,000 respondents): no request over 5 MB", async () => {
    const wb = generateWorkbook(SIZES.besar);
    const xl = doubleOf(wb);
    xl.responseLimit = 5 * 1024 * 1024;
    const read = await readOpenWorkbook(xl.context);
    expect(read.sheets.map((s) => s.rows.length)).toEqual(wb.sheets.map((s) => s.rows.length));
    const result = await runCheck(xl.context, { reportSheet: true });
    expect(result.findings.length).toBe(plantedCount(SIZES.besar));
    expect(xl.refused).toBe(0);
    expect(xl.largestRequest).toBeLessThanOrEqual(5 * 1024 * 1024);
  }, 60_000);

  test("the sample read through Excel gives the same findings as the command line", async () => {
    const sheets = await sampleSheets();
    const xl = new ExcelDouble(sheets);
    const viaExcel = checkWorkbook(await readOpenWorkbook(xl.context));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(__dirname, "..", "..", "contoh", "contoh-kecamatan.xlsx"));
    const viaFile = checkWorkbook(workbookFrom(wb));
    expect(viaExcel.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(viaFile.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
    expect(viaExcel.findings.length).toBeGreaterThanOrEqual(12);
  });
});

describe("highlights that do no harm", () => {
  function prepared(): { xl: ExcelDouble; before: unknown[] } {
    const s = newSheet("PK", PK);
    s.formulas.set("3,3", "=80");
    s.fills.set("2,3", "#FFFF00");
    s.numberFormats.set("2,3", "0.00");
    s.cfs.push({ id: "{user-1}", type: "Custom", ranges: "D3:D4", formula: "=D3>85", fill: "#00FF00" });
    s.cfs.push({ id: "{user-2}", type: "DataBar", ranges: "D3:D4", formula: null, fill: null });
    const other = newSheet("Renaksi", [
      ["Indikator", "Target"],
      ["IKM", 88],
    ]);
    const xl = new ExcelDouble([s, other]);
    return { xl, before: xl.sheets.map(userState) };
  }

  test("errors red and warnings amber, marked as ours, errors winning on a shared cell", async () => {
    const { xl } = prepared();
    await applyHighlights(xl.context, [
      finding("PK", "D3", "error"),
      finding("PK", "D3", "warning"),
      finding("PK", "D4", "warning"),
      finding("Renaksi", "B2", "info"),
    ]);
    const ours = xl.sheet("PK").cfs.filter((c) => c.id.startsWith("{cf-"));
    expect(ours.map((c) => [c.ranges, c.fill])).toEqual([
      ["D3", FILL.error],
      ["D4", FILL.warning],
    ]);
    expect(ours.every((c) => c.formula?.includes("SAKIP-sorotan"))).toBe(true);
    expect(xl.sheet("Renaksi").cfs).toEqual([]);
  });

  test("highlight then Hapus sorotan leaves every value, formula, fill and the user's own formats as before", async () => {
    const { xl, before } = prepared();
    await applyHighlights(xl.context, [finding("PK", "D3", "error"), finding("PK", "C4", "warning"), finding("Renaksi", "B2", "error")]);
    expect(xl.sheets.map(userState)).not.toEqual(before);
    const removed = await removeHighlights(xl.context);
    expect(removed).toBe(3);
    expect(xl.sheets.map(userState)).toEqual(before);
  });

  test("re-running replaces the highlights instead of piling them up", async () => {
    const { xl } = prepared();
    await applyHighlights(xl.context, [finding("PK", "D3", "error")]);
    await applyHighlights(xl.context, [finding("PK", "D4", "error")]);
    expect(
      xl
        .sheet("PK")
        .cfs.filter((c) => c.formula?.includes("SAKIP"))
        .map((c) => c.ranges),
    ).toEqual(["D4"]);
  });

  test("removal finds our formats by their stored marker, as after closing and reopening the file", async () => {
    const { xl, before } = prepared();
    await applyHighlights(xl.context, [finding("PK", "D3", "error")]);
    // A fresh double over the same saved model: nothing of the first session is remembered.
    const reopened = new ExcelDouble(xl.sheets);
    expect(await removeHighlights(reopened.context)).toBe(1);
    expect(reopened.sheets.map(userState)).toEqual(before);
  });

  test("many cells: a few formats in a single writing round trip", async () => {
    const { xl } = prepared();
    const many = Array.from({ length: 1000 }, (_, i) => finding("PK", `E${i + 1}`, "warning"));
    await applyHighlights(xl.context, many);
    const writes = xl.roundTrips.at(-1)!;
    expect(writes.operations).toBeGreaterThan(1);
    expect(xl.sheet("PK").cfs.filter((c) => c.formula?.includes("SAKIP")).length).toBe(3);
  });
});

describe("the report sheet, navigation and the whole run", () => {
  test("findings as text with links; text starting with = stays text; re-running replaces the sheet", async () => {
    const xl = new ExcelDouble([newSheet("PK", PK)]);
    const f: Finding = { ...finding("PK", "D3", "error"), found: "=1+1", message: "Target berbeda." };
    await writeReportSheet(xl.context, [f, finding("PK", "D4", "warning")]);
    await writeReportSheet(xl.context, [f]);
    const report = xl.sheet(REPORT_SHEET);
    expect(xl.sheets.filter((s) => s.name === REPORT_SHEET)).toHaveLength(1);
    expect(report.values.get("0,4")).toBe("Pesan");
    expect(report.values.get("1,1")).toBe("galat");
    expect(report.values.get("1,6")).toBe("=1+1");
    expect(report.formulas.size).toBe(0);
    expect(report.values.has("2,0")).toBe(false);
    expect(report.links.get("1,3")).toEqual({ documentReference: "'PK'!D3", textToDisplay: "PK!D3" });
    expect(await removeReportSheet(xl.context)).toBe(REPORT_SHEET);
    expect(xl.sheets.map((s) => s.name)).toEqual(["PK"]);
    expect(xl.names).toEqual([]);
  });

  test("a document to print and file: rule titles, links to the finding's and the related cells, severity colour, frozen filtered header, landscape one page wide with the header on every page, active", async () => {
    const xl = new ExcelDouble([newSheet("PK", PK), newSheet("Renaksi")]);
    const f: Finding = {
      rule: "target-tahunan",
      severity: "error",
      sheet: "Renaksi",
      cell: "E7",
      related: [{ sheet: "PK", cell: "D3" }],
      expected: "88",
      found: "85",
      message: "Target berbeda.",
    };
    const blank: Finding = {
      rule: "sel-kosong",
      severity: "warning",
      sheet: "PK",
      cell: "C4",
      related: [],
      expected: "Satuan",
      found: "kosong",
      message: "Satuan kosong.",
    };
    await writeReportSheet(xl.context, [f, blank]);
    const report = xl.sheet(REPORT_SHEET);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => report.values.get(`0,${c}`))).toEqual([
      "No",
      "Tingkat",
      "Masalah",
      "Sel",
      "Pesan",
      "Seharusnya",
      "Tertulis",
      "Bandingkan dengan",
    ]);
    expect(report.values.get("1,2")).toBe("Target tahunan berbeda");
    expect(report.links.get("1,3")).toEqual({ documentReference: "'Renaksi'!E7", textToDisplay: "Renaksi!E7" });
    expect(report.links.get("1,7")).toEqual({ documentReference: "'PK'!D3", textToDisplay: "PK!D3" });
    expect(report.links.has("2,7")).toBe(false);
    // A required cell left blank: what belongs there, and "(kosong)", not the word "kosong" as if written.
    expect([report.values.get("2,5"), report.values.get("2,6")]).toEqual(["Satuan diisi", "(kosong)"]);
    expect([report.fills.get("1,1"), report.fills.get("2,1")]).toEqual(["#F4B6B6", "#FFE08A"]);
    expect(report.layout).toEqual({
      frozenRows: 1,
      autoFilter: "A1:H3",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      centerHorizontally: true,
    });
    // Only the long columns wrap; every data row starts at its top.
    expect(report.formats.filter((x) => x.prop === "wrapText").map((x) => x.address)).toEqual(["C1:C3", "D1:D3", "E1:E3", "F1:F3", "G1:G3", "H1:H3"]);
    expect(report.formats).toContainEqual({ address: "A2:H3", prop: "verticalAlignment", value: "Top" });
    expect(xl.active).toBe(REPORT_SHEET);
  });

  test("the report sheet costs the same round trips for 2 findings as for 3,000 (two blocks of rows)", async () => {
    const count = async (n: number) => {
      const xl = new ExcelDouble([newSheet("PK", PK)]);
      await writeReportSheet(
        xl.context,
        Array.from({ length: n }, (_, i) => ({ ...finding("PK", `D${i + 3}`, "error"), related: [{ sheet: "PK", cell: "B3" }] })),
      );
      return xl.syncCount;
    };
    expect(await count(2)).toBe(2);
    expect(await count(3000)).toBe(3);
  });

  test("selecting a finding's cell activates its sheet; inserting a formula writes the selected cell", async () => {
    const xl = new ExcelDouble([newSheet("PK", PK), newSheet("Renaksi")]);
    await selectCell(xl.context, "Renaksi", "B7");
    expect(xl.active).toBe("Renaksi");
    expect(xl.selection).toEqual({ sheet: "Renaksi", cell: "B7" });
    expect(await insertFormula(xl.context, "=SAKIP.CAPAIAN(91,88)")).toBe("Renaksi!B7");
    expect(xl.sheet("Renaksi").formulas.get("6,1")).toBe("=SAKIP.CAPAIAN(91,88)");
  });

  test("runCheck on the sample: findings highlighted, report written, the user's sheets unchanged otherwise", async () => {
    const xl = new ExcelDouble(await sampleSheets());
    const before = xl.sheets.map(userState);
    const result = await runCheck(xl.context, { reportSheet: true });
    expect(result.findings.length).toBeGreaterThanOrEqual(12);
    expect(xl.sheet("PPS").cfs.some((c) => c.formula?.includes("SAKIP-sorotan-galat"))).toBe(true);
    expect(xl.sheet(REPORT_SHEET).values.size).toBeGreaterThan(result.findings.length);
    // A second run does not read its own report sheet as data.
    const again = await runCheck(xl.context, { reportSheet: true });
    expect(again.findings.length).toBe(result.findings.length);
    await removeHighlights(xl.context);
    await removeReportSheet(xl.context);
    expect(xl.sheets.map(userState)).toEqual(before);
    expect(xl.names).toEqual([]);
  });
});

describe("our report sheet is known by its mark; the user's sheets are never touched", () => {
  /** A user's own sheet that happens to be called "Hasil Pemeriksaan": notes, a formula, a fill and a format of theirs. */
  function usersReport(): FakeSheet {
    const s = newSheet(REPORT_SHEET, [
      ["Catatan evaluasi internal", null],
      ["Tanggal rapat", "12 Mei 2025"],
      ["Jumlah peserta", 14],
    ]);
    s.formulas.set("2,1", "=7*2");
    s.fills.set("0,0", "#DDEBF7");
    s.cfs.push({ id: "{user-hp}", type: "Custom", ranges: "B3", formula: "=B3>10", fill: "#00FF00" });
    return s;
  }

  /** Conditional formats the check adds for these findings: one per sheet and severity (few cells here). */
  function formatsFor(findings: Parameters<typeof highlightsBySheet>[0]): number {
    return highlightsBySheet(findings).reduce((n, h) => n + (h.error.length > 0 ? 1 : 0) + (h.warning.length > 0 ? 1 : 0), 0);
  }

  test('a check, a re-check and Hapus sorotan leave the user\'s "Hasil Pemeriksaan" as it was; ours is "Hasil Pemeriksaan (2)"', async () => {
    const xl = new ExcelDouble([...(await sampleSheets()), usersReport()]);
    const userSheets = xl.sheets.map((s) => s.name);
    const before = xl.sheets.map(userState);

    const first = await runCheck(xl.context, { reportSheet: true });
    const ours = `${REPORT_SHEET} (2)`;
    expect(first.reportSheet).toBe(ours);
    expect(xl.sheets.map((s) => s.name)).toEqual([...userSheets, ours]);
    expect(xl.sheet(ours).values.get("0,0")).toBe("No");
    expect(xl.names).toHaveLength(1);
    expect(xl.names[0]).toMatchObject({ name: REPORT_MARK, visible: false });
    expect(xl.formulaOf(xl.names[0]!)).toBe(`='${ours}'!$A$1`);
    expect(
      xl.sheets
        .filter((s) => userSheets.includes(s.name))
        .map(userState)
        .map((u) => ({ ...(u as object), cfs: [] })),
    ).toEqual(before.map((u) => ({ ...(u as object), cfs: [] })));
    expect(userState(xl.sheet(REPORT_SHEET))).toEqual(userState(usersReport()));

    // The re-run replaces ours only: still one report sheet of ours, the same findings, the user's sheet as it was.
    const second = await runCheck(xl.context, { reportSheet: true });
    expect(second.reportSheet).toBe(ours);
    expect(second.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual(first.findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
    expect(xl.sheets.map((s) => s.name)).toEqual([...userSheets, ours]);
    expect(xl.names).toHaveLength(1);
    expect(userState(xl.sheet(REPORT_SHEET))).toEqual(userState(usersReport()));

    const said = await clearCheck(xl.context);
    expect(said).toBe(
      `Sorotan dihapus (${formatsFor(second.findings)} format bersyarat) dan sheet "${ours}" buatan SAKIP Excel dihapus. Isi, format dan sheet milik Anda tidak berubah.`,
    );
    expect(xl.sheets.map(userState)).toEqual(before);
    expect(xl.names).toEqual([]);
  });

  test('reading skips our marked sheet and reads the user\'s "Hasil Pemeriksaan" as data', async () => {
    const xl = new ExcelDouble([newSheet("PK", PK), usersReport()]);
    expect(await writeReportSheet(xl.context, [finding("PK", "D3", "error")])).toBe(`${REPORT_SHEET} (2)`);
    const syncs = xl.syncCount;
    const wb = await readOpenWorkbook(xl.context);
    expect(wb.sheets.map((s) => s.name)).toEqual(["PK", REPORT_SHEET]);
    expect(wb.sheets[1]!.rows).toEqual([["Catatan evaluasi internal"], ["Tanggal rapat", "12 Mei 2025"], ["Jumlah peserta", 14]]);
    // Still two round trips: the mark comes with the sheet names.
    expect(xl.syncCount - syncs).toBe(2);
  });

  test("a report sheet of ours that the user renamed is still found by its mark, skipped, replaced and removed", async () => {
    const xl = new ExcelDouble([newSheet("PK", PK)]);
    expect(await writeReportSheet(xl.context, [finding("PK", "D3", "error"), finding("PK", "D4", "warning")])).toBe(REPORT_SHEET);
    xl.sheet(REPORT_SHEET).name = "Temuan Mei";
    expect(xl.formulaOf(xl.names[0]!)).toBe("='Temuan Mei'!$A$1");
    expect((await readOpenWorkbook(xl.context)).sheets.map((s) => s.name)).toEqual(["PK"]);

    // The re-run deletes the renamed sheet and writes under the plain name, which is free.
    expect(await writeReportSheet(xl.context, [finding("PK", "D3", "error")])).toBe(REPORT_SHEET);
    expect(xl.sheets.map((s) => s.name)).toEqual(["PK", REPORT_SHEET]);
    expect(xl.sheet(REPORT_SHEET).values.has("2,0")).toBe(false);

    xl.sheet(REPORT_SHEET).name = "Arsip";
    expect(await removeReportSheet(xl.context)).toBe("Arsip");
    expect(xl.sheets.map((s) => s.name)).toEqual(["PK"]);
    expect(xl.names).toEqual([]);
  });

  test("Hapus sorotan on a workbook never checked changes nothing and says there was nothing of ours", async () => {
    const xl = new ExcelDouble([newSheet("PK", PK), usersReport()]);
    const before = xl.sheets.map(userState);
    expect(await clearCheck(xl.context)).toBe(
      "Tidak ada sorotan atau lembar hasil pemeriksaan dari SAKIP Excel di buku kerja ini; sheet milik Anda tidak diubah.",
    );
    expect(xl.sheets.map(userState)).toEqual(before);
    expect(xl.names).toEqual([]);
    expect(await removeReportSheet(xl.context)).toBeNull();
    expect(xl.sheets.map(userState)).toEqual(before);
  });

  test('a mark whose sheet the user deleted (#REF!) matches no sheet, not even one called "#REF"; it is cleaned up', async () => {
    const xl = new ExcelDouble([newSheet("PK", PK), newSheet("#REF", [["punya pengguna"]])]);
    await writeReportSheet(xl.context, [finding("PK", "D3", "error")]);
    xl.sheets.splice(xl.sheets.indexOf(xl.sheet(REPORT_SHEET)), 1);
    expect(xl.formulaOf(xl.names[0]!)).toBe("=#REF!$A$1");
    const before = xl.sheets.map(userState);
    expect((await readOpenWorkbook(xl.context)).sheets.map((s) => s.name)).toEqual(["PK", "#REF"]);
    expect(await clearCheck(xl.context)).toBe(
      "Tidak ada sorotan atau lembar hasil pemeriksaan dari SAKIP Excel di buku kerja ini; sheet milik Anda tidak diubah.",
    );
    expect(xl.names).toEqual([]);
    expect(xl.sheets.map(userState)).toEqual(before);
  });

  test("a stale mark is replaced when writing, and writing takes one round trip more than the rows need", async () => {
    const xl = new ExcelDouble([newSheet("PK", PK)]);
    await writeReportSheet(xl.context, [finding("PK", "D3", "error")]);
    xl.sheets.splice(xl.sheets.indexOf(xl.sheet(REPORT_SHEET)), 1);
    const syncs = xl.syncCount;
    await writeReportSheet(xl.context, [finding("PK", "D4", "warning")]);
    expect(xl.syncCount - syncs).toBe(2);
    expect(xl.names).toHaveLength(1);
    expect(xl.formulaOf(xl.names[0]!)).toBe(`='${REPORT_SHEET}'!$A$1`);
    expect(xl.sheet(REPORT_SHEET).values.get("1,1")).toBe("peringatan");
  });
});
