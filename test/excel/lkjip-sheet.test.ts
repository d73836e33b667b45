/**
 * The "Tabel LKjIP" sheet in the recording double: sourced figures as formulas referencing their
 * cells, computed figures as the formulas of their kind, text as text under "@", our sheet found
 * by its mark and replaced, a user's sheet of the same name untouched, bounded round trips.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { checkWorkbook } from "../../src/core/check";
import { buildLkjip, type LkjipTables } from "../../src/core/lkjip";
import { formatId } from "../../src/core/messages";
import { columnLetter, kategoriFormula, layOut, LKJIP_MARK, LKJIP_SHEET, numbersOf } from "../../src/core/lkjip/layout";
import { chartsOf, MAX_QUARTERLY_CHARTS } from "../../src/core/lkjip/charts";
import { lkjipWritten, removeLkjipSheet, writeLkjipSheet, writeLkjipSheetWithCharts } from "../../src/excel/lkjip-sheet";
import { readOpenWorkbook } from "../../src/excel/read-workbook";
import { CHARTS_EXCEL_API, chartsSupported, REQUIRED_EXCEL_API } from "../../src/excel/requirements";
import { clearLkjip, runLkjip } from "../../src/excel/run-check";
import { workbookFrom } from "../support/from-exceljs";
import { doubleOf, ExcelDouble, installExcelEnums, newSheet, userState, type FakeSheet } from "../support/excel-double";

beforeAll(installExcelEnums);

async function sampleSheets(): Promise<FakeSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "..", "..", "contoh", "contoh-kecamatan.xlsx"));
  return doubleOf(workbookFrom(wb)).sheets;
}

/** A small table set: a sourced figure on a sheet whose name has an apostrophe, a capaian, its kategori, text that looks like a formula. */
const SMALL: LkjipTables = {
  year: 2025,
  tables: [
    {
      id: "capaian",
      title: "Capaian Kinerja Tahun 2025",
      columns: [
        { key: "tingkat", label: "Tujuan/Sasaran", kind: "text" },
        { key: "indikator", label: "Indikator Kinerja", kind: "text" },
        { key: "target", label: "Target 2025", kind: "number" },
        { key: "realisasi", label: "Realisasi 2025", kind: "number" },
        { key: "capaian", label: "Capaian 2025 (%)", kind: "percent" },
        { key: "kategori", label: "Kategori", kind: "text" },
      ],
      rows: [
        {
          kind: "indikator",
          cells: [
            { value: 'Sasaran: =HYPERLINK("http://x")' },
            { value: "Indeks Kepuasan Masyarakat", source: { sheet: "PK 2025", cell: "B7" } },
            { value: 88, source: { sheet: "PK 2025", cell: "F7" } },
            { value: 90, source: { sheet: "Bu'Ani IKU", cell: "G7" } },
            {
              value: 102.27,
              computed: {
                formula: "capaian",
                from: [
                  { sheet: "Bu'Ani IKU", cell: "G7" },
                  { sheet: "PK 2025", cell: "F7" },
                ],
              },
              note: "Tertulis 102 di IKU!H7.",
            },
            { value: "Sangat Tinggi", computed: { formula: "kategori", from: [] } },
          ],
        },
        {
          kind: "rata-rata",
          cells: [
            { value: 'Sasaran: =HYPERLINK("http://x")' },
            { value: "Capaian rata-rata" },
            { value: null },
            { value: null },
            { value: 102.27, computed: { formula: "rata-rata", from: [{ sheet: "Bu'Ani IKU", cell: "G7" }] } },
            { value: "Sangat Tinggi", computed: { formula: "kategori", from: [] } },
          ],
          note: "Rata-rata kelompok.",
        },
      ],
      notes: ["Capaian = realisasi/target×100."],
    },
    {
      id: "anggaran",
      title: "Realisasi Anggaran",
      columns: [
        { key: "uraian", label: "Program/Kegiatan", kind: "text" },
        { key: "pagu", label: "Pagu (Rp)", kind: "rupiah" },
        { key: "realisasi", label: "Realisasi (Rp)", kind: "rupiah" },
        { key: "serapan", label: "Serapan (%)", kind: "percent" },
        { key: "sisa", label: "Sisa Anggaran (Rp)", kind: "rupiah" },
      ],
      rows: [
        {
          kind: "jumlah",
          cells: [
            { value: "Jumlah" },
            {
              value: 1000,
              computed: {
                formula: "jumlah",
                from: [
                  { sheet: "Anggaran", cell: "C5" },
                  { sheet: "Anggaran", cell: "C6" },
                ],
              },
            },
            {
              value: 900,
              computed: {
                formula: "jumlah",
                from: [
                  { sheet: "Anggaran", cell: "D5" },
                  { sheet: "Anggaran", cell: "D6" },
                ],
              },
            },
            { value: 90, computed: { formula: "serapan", from: [] } },
            { value: 100, computed: { formula: "selisih", from: [] } },
          ],
        },
      ],
      notes: [],
    },
  ],
};

/** The cell of a sheet at an A1 address, as the double keys it. */
function at(address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const c = m[1]!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return `${Number(m[2]) - 1},${c}`;
}

/**
 * Evaluates the few formulas the sheet uses (references, + - * /, SUM, AVERAGE, ROUND, IF, FIXED
 * as Excel does in Indonesian, &) over the double's cells, following our own formulas.
 */
function evaluator(xl: ExcelDouble, ours: string): (sheet: string, cell: string) => unknown {
  const ref = (sheet: string, cell: string): unknown => {
    const s = xl.sheet(sheet);
    const k = at(cell);
    const f = s.formulas.get(k);
    if (f !== undefined) return run(sheet, f);
    return s.values.get(k) ?? 0;
  };
  const fns = {
    SUM: (...xs: number[]) => xs.reduce((a, b) => a + b, 0),
    AVERAGE: (...xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length,
    ROUND: (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d,
    IF: (c: boolean, a: unknown, b: unknown) => (c ? a : b),
    FIXED: (x: number, d: number) => formatId(Math.round(x * 10 ** d) / 10 ** d, d),
  };
  const run = (sheet: string, formula: string): unknown => {
    const js = formula
      .slice(1)
      .split(/("[^"]*")/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part
              .replace(/'((?:[^']|'')*)'!([A-Z]+\d+)|\b([A-Z]{1,3}\d+)\b/g, (_, q: string | undefined, c: string | undefined, bare: string | undefined) =>
                q !== undefined ? `ref(${JSON.stringify(q.replace(/''/g, "'"))},"${c}")` : `ref(${JSON.stringify(sheet)},"${bare}")`,
              )
              .replace(/&/g, "+"),
      )
      .join("");
    return new Function("ref", ...Object.keys(fns), `return (${js});`)(ref, ...Object.values(fns));
  };
  void ours;
  return ref;
}

describe("the Tabel LKjIP sheet", () => {
  test("sourced figures reference their cells, computed ones are formulas of their kind, text stays text", async () => {
    const xl = new ExcelDouble([newSheet("Data", [["x"]])]);
    expect(await writeLkjipSheet(xl.context, SMALL)).toBe(LKJIP_SHEET);
    const s = xl.sheet(LKJIP_SHEET);
    // Table 1: title A1, header A2:G2, rows 3 and 4, its note line 5; table 2 from row 7.
    expect(s.values.get(at("A1"))).toBe("Capaian Kinerja Tahun 2025");
    expect(s.values.get(at("G2"))).toBe("Catatan");
    expect(s.formulas.get(at("C3"))).toBe("='PK 2025'!F7");
    expect(s.formulas.get(at("D3"))).toBe("='Bu''Ani IKU'!G7");
    expect(s.formulas.get(at("E3"))).toBe("='Bu''Ani IKU'!G7/'PK 2025'!F7*100");
    expect(s.formulas.get(at("F3"))).toBe(kategoriFormula("E3"));
    expect(kategoriFormula("E3")).toBe(
      '=IF(ROUND(E3,2)>=91,"Sangat Tinggi",IF(ROUND(E3,2)>=76,"Tinggi",IF(ROUND(E3,2)>=66,"Sedang",IF(ROUND(E3,2)>=51,"Rendah","Sangat Rendah"))))',
    );
    // The group's average is over the capaian cells written above it, not over their inputs.
    expect(s.formulas.get(at("E4"))).toBe("=AVERAGE(E3)");
    expect(s.formulas.get(at("F4"))).toBe(kategoriFormula("E4"));
    // Text, one that starts like a formula included, is text under "@", never a formula.
    expect(s.values.get(at("A3"))).toBe('Sasaran: =HYPERLINK("http://x")');
    expect(s.formulas.has(at("A3"))).toBe(false);
    expect(s.numberFormats.get(at("A3"))).toBe("@");
    expect(s.values.get(at("B3"))).toBe("Indeks Kepuasan Masyarakat");
    expect(s.formulas.has(at("B3"))).toBe(false);
    for (const [k] of s.values) if (!s.formulas.has(k) && typeof s.values.get(k) === "string") expect(s.numberFormats.get(k)).toBe("@");
    // Number formats by column kind: percent two decimals, rupiah without; Excel shows the user's separators.
    expect(s.numberFormats.get(at("E3"))).toBe("0.00");
    expect(s.numberFormats.get(at("F3"))).toBe("General");
    // A blank figure is empty, in its column's format.
    expect(s.values.has(at("C4"))).toBe(false);
    expect(s.numberFormats.get(at("C4"))).toBe("General");
    // Summary rows stand apart.
    expect(s.formats).toContainEqual({ address: "A4:G4", prop: "fill", value: "#F2F2F2" });
    expect(s.formats.some((f) => f.address === "A3:G3" && f.prop === "fill")).toBe(false);
    // Notes: the row's and the cells' in the Catatan column; the table's below it.
    expect(s.values.get(at("G3"))).toBe("Capaian 2025 (%): Tertulis 102 di IKU!H7.");
    expect(s.values.get(at("G4"))).toBe("Rata-rata kelompok.");
    expect(s.values.get(at("A5"))).toBe("Capaian = realisasi/target×100.");
    // Table 2: sums of sources, the total's serapan and sisa from the same row.
    expect(s.values.get(at("A7"))).toBe("Realisasi Anggaran");
    expect(s.formulas.get(at("B9"))).toBe("=SUM('Anggaran'!C5,'Anggaran'!C6)");
    expect(s.formulas.get(at("D9"))).toBe("=C9/B9*100");
    expect(s.formulas.get(at("E9"))).toBe("=B9-C9");
    expect(s.numberFormats.get(at("B9"))).toBe("#,##0");
    // Marked as ours, hidden; the user's sheet untouched; the sheet active.
    expect(xl.names).toHaveLength(1);
    expect(xl.names[0]).toMatchObject({ name: LKJIP_MARK, visible: false });
    expect(xl.formulaOf(xl.names[0]!)).toBe(`='${LKJIP_SHEET}'!$A$1`);
    expect(xl.active).toBe(LKJIP_SHEET);
    expect(xl.sheet("Data").values.get("0,0")).toBe("x");
  });

  test("round trips: the mark, the sheet, one per table and the last; the same for 2 tables as rows grow", async () => {
    const xl = new ExcelDouble([newSheet("Data")]);
    await writeLkjipSheet(xl.context, SMALL);
    expect(xl.syncCount).toBe(2 + SMALL.tables.length + 1);
    const many: LkjipTables = { ...SMALL, tables: SMALL.tables.map((t) => ({ ...t, rows: Array.from({ length: 300 }, () => t.rows).flat() })) };
    const big = new ExcelDouble([newSheet("Data")]);
    await writeLkjipSheet(big.context, many);
    expect(big.syncCount).toBe(xl.syncCount);
  });

  test('rerun replaces ours (renamed or not); a user\'s own "Tabel LKjIP" is never touched and ours takes the next name', async () => {
    const users = newSheet(LKJIP_SHEET, [["Tabel buatan saya", 1]]);
    users.formulas.set("0,1", "=1");
    const xl = new ExcelDouble([newSheet("Data"), users]);
    const before = userState(users);
    const ours = `${LKJIP_SHEET} (2)`;
    expect(await writeLkjipSheet(xl.context, SMALL)).toBe(ours);
    expect(await writeLkjipSheet(xl.context, SMALL)).toBe(ours);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Data", LKJIP_SHEET, ours]);
    expect(userState(xl.sheet(LKJIP_SHEET))).toEqual(before);
    expect(xl.names.filter((n) => n.name === LKJIP_MARK)).toHaveLength(1);
    // Renamed by the user: still ours, replaced (it keeps no stale sheet behind).
    xl.sheet(ours).name = "Tabel Bab III";
    expect(await writeLkjipSheet(xl.context, SMALL)).toBe(ours);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Data", LKJIP_SHEET, ours]);
    expect(userState(xl.sheet(LKJIP_SHEET))).toEqual(before);
  });

  test("on the sample: every figure of the workbook is a formula to its cell; the check does not read our sheet", async () => {
    const xl = new ExcelDouble(await sampleSheets());
    const before = xl.sheets.map(userState);
    const workbook = await readOpenWorkbook(xl.context);
    const tables = buildLkjip(checkWorkbook(workbook, { rules: [] }), workbook);
    const reads = xl.syncCount;
    expect(layOut(tables, numbersOf(workbook)).length).toBe(6);
    const done = await runLkjip(xl.context);
    // The read again, then ≤ 3 + one per table for the sheet.
    expect(xl.syncCount - reads).toBe(reads + 3 + tables.tables.length);
    // The sample has no earlier years and no Renstra target akhir: said once for tables 2 and 3.
    expect(done).toEqual({
      sheet: LKJIP_SHEET,
      tables: 6,
      year: tables.year,
      charts: expect.any(Number),
      gaps: expect.stringMatching(/^Data yang belum ada di buku kerja: Tabel 2 .* Tabel 3 /),
    });
    const s = xl.sheet(LKJIP_SHEET);
    const sourced = tables.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => typeof c.value === "number" && c.source);
    expect(sourced.length).toBeGreaterThan(5);
    const formulas = [...s.formulas.values()];
    // A figure whose cell holds that number is a reference to it; one read from text is copied as a number, and the row says so.
    const holds = numbersOf(workbook);
    const [live, copied] = [sourced.filter((c) => holds(c.source!) === c.value), sourced.filter((c) => holds(c.source!) !== c.value)];
    expect(live.length).toBeGreaterThan(5);
    for (const c of live) expect(formulas).toContain(`='${c.source!.sheet.replace(/'/g, "''")}'!${c.source!.cell}`);
    expect(copied.length).toBeGreaterThan(0);
    for (const c of copied) {
      const ref = `${c.source!.sheet}!${c.source!.cell}`;
      expect(formulas.some((f) => f.includes(`'${c.source!.sheet.replace(/'/g, "''")}'!${c.source!.cell}`))).toBe(false);
      expect([...s.values.values()].some((v) => typeof v === "string" && v.includes(`Angka di ${ref}`) && v.includes("disalin sebagai angka"))).toBe(true);
    }
    expect(formulas.some((f) => f.startsWith("=IF(ROUND(") && f.includes('"Sangat Tinggi"'))).toBe(true);
    // No formula is built from the workbook's text: each is a reference, arithmetic, or one of ours.
    for (const f of formulas)
      expect(f).toMatch(
        /^=(('[^']*(''[^']*)*'![A-Z]+\d+|[A-Z]+\d+|SUM|AVERAGE|IF|ROUND|FIXED|[-+*/(),.0-9<>=&]|"(Sangat Tinggi|Tinggi|Sedang|Rendah|Sangat Rendah|Efisien|Tidak Efisien|Sesuai rencana|Di bawah rencana|Target akhir Renstra sudah tercapai|Belum tercapai; kurang | % dari target akhir)")*)$/,
      );
    // Every formula, evaluated over the workbook's cells, gives the figure the engine computed.
    const value = evaluator(xl, LKJIP_SHEET);
    let checked = 0;
    layOut(tables).forEach((laid, ti) => {
      tables.tables[ti]!.rows.forEach((row, k) => {
        row.cells.forEach((cell, i) => {
          const address = `${columnLetter(i)}${laid.top + 3 + k}`;
          if (!s.formulas.has(at(address))) return;
          const got = value(LKJIP_SHEET, address);
          checked++;
          if (typeof cell.value === "number")
            expect({ address, got: Math.round((got as number) * 1e6) / 1e6 }).toEqual({ address, got: Math.round(cell.value * 1e6) / 1e6 });
          else expect({ address, got }).toEqual({ address, got: cell.value });
        });
      });
    });
    expect(checked).toBe(s.formulas.size);
    expect(checked).toBeGreaterThan(20);
    // The check reads the same workbook as before: our sheet is skipped by its mark.
    const again = await readOpenWorkbook(xl.context);
    expect(again.sheets.map((x) => x.name)).toEqual(workbook.sheets.map((x) => x.name));
    expect(xl.sheets.filter((x) => x.name !== LKJIP_SHEET).map(userState)).toEqual(before);
  });

  test("column letters past Z", () => {
    expect([0, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "AZ", "BA"]);
  });
});

test("a total over more cells than an Excel function takes stays its number, with no formula", async () => {
  const many = Array.from({ length: 300 }, (_, i) => ({ sheet: "Anggaran", cell: `C${i + 5}` }));
  const tables: LkjipTables = {
    year: 2025,
    tables: [
      {
        ...SMALL.tables[1]!,
        rows: [
          {
            kind: "jumlah",
            cells: [{ value: "Jumlah" }, { value: 3000, computed: { formula: "jumlah", from: many } }, { value: null }, { value: null }, { value: null }],
          },
        ],
      },
    ],
  };
  const xl = new ExcelDouble([newSheet("Data")]);
  await writeLkjipSheet(xl.context, tables);
  const s = xl.sheet(LKJIP_SHEET);
  expect(s.formulas.has(at("B3"))).toBe(false);
  expect(s.values.get(at("B3"))).toBe(3000);
  expect(s.numberFormats.get(at("B3"))).toBe("#,##0");
});

/** A quarterly table of `n` indicators, four quarters each (planted figures), sourced from a "Renaksi" and a "PPS" sheet. */
function quarterly(n: number): LkjipTables {
  const rows: LkjipTables["tables"][number]["rows"] = [];
  for (let i = 0; i < n; i++) {
    ["I", "II", "III", "IV"].forEach((q, k) => {
      rows.push({
        kind: "triwulan",
        cells: [
          { value: `Indikator ${i + 1}` },
          { value: "%" },
          { value: `TW ${q}` },
          { value: 25 * (k + 1), source: { sheet: "Renaksi", cell: `${columnLetter(5 + k)}${5 + i}` } },
          { value: 20 * (k + 1), source: { sheet: "PPS", cell: `${columnLetter(5 + 3 * k)}${5 + i}` } },
        ],
      });
    });
  }
  return {
    year: 2025,
    tables: [
      {
        id: "triwulan",
        title: "Pemantauan Capaian Triwulan terhadap Rencana Aksi",
        columns: [
          { key: "indikator", label: "Indikator Kinerja", kind: "text" },
          { key: "satuan", label: "Satuan", kind: "text" },
          { key: "triwulan", label: "Triwulan", kind: "text" },
          { key: "target", label: "Target Renaksi", kind: "number" },
          { key: "realisasi", label: "Realisasi", kind: "number" },
        ],
        rows,
        notes: [],
      },
    ],
  };
}

describe("the charts of the Tabel LKjIP sheet", () => {
  test("each chart of the spec is added in Excel: its series' ranges, the Renaksi target as a line, title, legend below, place right of the tables", async () => {
    const xl = new ExcelDouble([newSheet("Data")]);
    const tables = quarterly(2);
    expect(await writeLkjipSheetWithCharts(xl.context, tables)).toEqual({ sheet: LKJIP_SHEET, charts: 2 });
    const charts = xl.sheet(LKJIP_SHEET).charts;
    // Layout: title row 1, header row 2, indicator 1 in rows 3..6, indicator 2 in rows 7..10; the
    // table is 5 columns and Catatan (A..F), so charts start at H, one under the other.
    expect(charts.map((c) => c.title)).toEqual([
      "Indikator 1: realisasi triwulan terhadap target Rencana Aksi",
      "Indikator 2: realisasi triwulan terhadap target Rencana Aksi",
    ]);
    expect(charts[0]).toEqual({
      type: "ColumnClustered",
      source: "E3:E6",
      seriesBy: "Columns",
      series: [
        { name: "Realisasi", values: "E3:E6", xValues: "C3:C6", chartType: null },
        { name: "Target Renaksi", values: "D3:D6", xValues: "C3:C6", chartType: "Line" },
      ],
      title: "Indikator 1: realisasi triwulan terhadap target Rencana Aksi",
      legend: { position: "Bottom", visible: true },
      valueAxisTitle: "%",
      position: { from: "H1", to: "M12" },
    });
    expect(charts[1]!.series.map((s) => [s.values, s.xValues])).toEqual([
      ["E7:E10", "C7:C10"],
      ["D7:D10", "C7:C10"],
    ]);
    expect(charts[1]!.position).toEqual({ from: "H14", to: "M25" });
    // The series cells hold the figures: TW I of indicator 1 is PPS!F5 and Renaksi!F5.
    const s = xl.sheet(LKJIP_SHEET);
    expect(s.formulas.get(at("E3"))).toBe("='PPS'!F5");
    expect(s.formulas.get(at("D3"))).toBe("='Renaksi'!F5");
    expect(s.values.get(at("C3"))).toBe("TW I");
  });

  test("the charts ride in the last round trip: as many syncs for 12 charts as for one, and as without charts", async () => {
    const runs = await Promise.all(
      [
        [quarterly(1), true],
        [quarterly(30), true],
        [quarterly(30), false],
      ].map(async ([tables, charts]) => {
        const xl = new ExcelDouble([newSheet("Data")]);
        const r = await writeLkjipSheetWithCharts(xl.context, tables as LkjipTables, undefined, { charts: charts as boolean });
        return { charts: r.charts, drawn: xl.sheet(LKJIP_SHEET).charts.length, syncs: xl.syncCount };
      }),
    );
    expect(runs).toEqual([
      { charts: 1, drawn: 1, syncs: 2 + 1 + 1 },
      { charts: MAX_QUARTERLY_CHARTS, drawn: MAX_QUARTERLY_CHARTS, syncs: 2 + 1 + 1 },
      { charts: 0, drawn: 0, syncs: 2 + 1 + 1 },
    ]);
  });

  test("on the sample: the charts of chartsOf, each series a column of its table's rows; the round trips as before", async () => {
    const xl = new ExcelDouble(await sampleSheets());
    const workbook = await readOpenWorkbook(xl.context);
    const tables = buildLkjip(checkWorkbook(workbook, { rules: [] }), workbook);
    const spec = chartsOf(tables, layOut(tables, numbersOf(workbook)));
    expect(spec.length).toBeGreaterThan(2);
    const reads = xl.syncCount;
    const done = await runLkjip(xl.context);
    expect(xl.syncCount - reads).toBe(reads + 3 + tables.tables.length);
    expect(done.charts).toBe(spec.length);
    const drawn = xl.sheet(LKJIP_SHEET).charts;
    expect(drawn.map((c) => c.title)).toEqual(spec.map((c) => c.title));
    drawn.forEach((c, i) => {
      const want = spec[i]!;
      const rows = `${want.firstRow + 1}:`;
      expect(c.series.map((s) => s.name)).toEqual(want.series.map((s) => s.name));
      for (const s of c.series) {
        expect(s.values).toMatch(new RegExp(`^[A-Z]+${want.firstRow + 1}:[A-Z]+${want.lastRow + 1}$`));
        expect(s.xValues).toBe(`${columnLetter(want.categories)}${rows}${columnLetter(want.categories)}${want.lastRow + 1}`);
      }
      expect(c.position!.from).toBe(`${columnLetter(want.anchor.column)}${want.anchor.row + 1}`);
    });
    expect(lkjipWritten(done)).toMatch(new RegExp(`${spec.length} diagram ditempatkan di kanan tabel`));
  });

  test("an Excel without ExcelApi 1.7 gets the tables without charts, and is told so in Indonesian", async () => {
    expect(chartsSupported((name, version) => !(name === "ExcelApi" && version === CHARTS_EXCEL_API))).toBe(false);
    expect(chartsSupported(() => true)).toBe(true);
    // The pane and the ribbon require a newer set already; the guard matters only if that is lowered.
    const [major, minor] = REQUIRED_EXCEL_API.split(".").map(Number) as [number, number];
    const [cMajor, cMinor] = CHARTS_EXCEL_API.split(".").map(Number) as [number, number];
    expect(major > cMajor || (major === cMajor && minor >= cMinor)).toBe(true);
    const xl = new ExcelDouble(await sampleSheets());
    const done = await runLkjip(xl.context, { charts: false });
    expect(done.charts).toBeNull();
    expect(xl.sheet(LKJIP_SHEET).charts).toEqual([]);
    expect(xl.sheet(LKJIP_SHEET).values.size).toBeGreaterThan(50);
    expect(lkjipWritten(done)).toContain("Diagram tidak dibuat karena Excel ini belum mendukung diagram dari add-in (ExcelApi 1.7); tabelnya tetap lengkap.");
  });

  test("the double refuses a chart API it does not model, so no test passes over one", async () => {
    const xl = new ExcelDouble([newSheet("Data", [[1], [2]])]);
    const ws = xl.context.workbook.worksheets.getItem("Data");
    const chart = ws.charts.add(Excel.ChartType.columnClustered, ws.getRange("A1:A2"), Excel.ChartSeriesBy.columns);
    expect(() => (chart as unknown as { dataLabels: unknown }).dataLabels).toThrow(/has no dataLabels/);
    expect(() => ((chart.legend as unknown as { format: unknown }).format = 1)).toThrow(/cannot set format/);
    expect(() => chart.title.text).toThrow(/belum dimuat/);
    await xl.context.sync();
    expect(xl.sheet("Data").charts[0]!.series).toEqual([{ name: "Series1", values: "A1:A2", xValues: null, chartType: null }]);
  });

  test("rerun: our old sheet goes with its charts; the new one holds only the new charts", async () => {
    const xl = new ExcelDouble([newSheet("Data")]);
    await writeLkjipSheetWithCharts(xl.context, quarterly(3));
    await writeLkjipSheetWithCharts(xl.context, quarterly(1));
    expect(xl.sheets.map((s) => s.name)).toEqual(["Data", LKJIP_SHEET]);
    expect(xl.sheet(LKJIP_SHEET).charts).toHaveLength(1);
  });
});

describe("Hapus Tabel LKjIP", () => {
  test('removes our sheet (its charts with it) and its mark, after a rename too; a user\'s "Tabel LKjIP" stays as it was', async () => {
    const users = newSheet(LKJIP_SHEET, [["Tabel buatan saya", 1]]);
    const xl = new ExcelDouble([newSheet("Data", [["x"]]), users]);
    const before = xl.sheets.map(userState);
    const { sheet } = await writeLkjipSheetWithCharts(xl.context, quarterly(2));
    expect(sheet).toBe(`${LKJIP_SHEET} (2)`);
    xl.sheet(sheet).name = "Bab III";
    const syncs = xl.syncCount;
    expect(await clearLkjip(xl.context)).toBe('Sheet "Bab III" buatan SAKIP Excel beserta diagramnya dihapus. Sheet milik Anda tidak diubah.');
    expect(xl.syncCount - syncs).toBe(2);
    expect(xl.sheets.map(userState)).toEqual(before);
    expect(xl.names).toEqual([]);
  });

  test("a workbook without ours loses nothing, and is told so; the report sheet's mark is not ours to remove", async () => {
    const users = newSheet(LKJIP_SHEET, [["Tabel buatan saya"]]);
    const xl = new ExcelDouble([users]);
    xl.names.push({ name: "_SAKIP_HasilPemeriksaan", sheet: users, cells: "$A$1", visible: false, comment: "" });
    const before = xl.sheets.map(userState);
    expect(await removeLkjipSheet(xl.context)).toBeNull();
    expect(await clearLkjip(xl.context)).toBe(
      "Tidak ada sheet Tabel LKjIP buatan SAKIP Excel di buku kerja ini; tidak ada yang dihapus. Sheet milik Anda tidak diubah.",
    );
    expect(xl.sheets.map(userState)).toEqual(before);
    expect(xl.names).toHaveLength(1);
  });

  test("a mark whose sheet the user deleted is removed alone", async () => {
    const xl = new ExcelDouble([newSheet("Data")]);
    await writeLkjipSheetWithCharts(xl.context, quarterly(1));
    xl.sheets.splice(
      xl.sheets.findIndex((s) => s.name === LKJIP_SHEET),
      1,
    );
    expect(await removeLkjipSheet(xl.context)).toBeNull();
    expect(xl.names).toEqual([]);
    expect(xl.sheets.map((s) => s.name)).toEqual(["Data"]);
  });
});
