/**
 * The charts of the "Tabel LKjIP" sheet as data (src/core/lkjip/charts.ts): which tables get one,
 * where they stand (right of every table, never over each other), and that every series range
 * holds the cells of the column it is named after in the laid-out grid.
 */
import { checkWorkbook } from "../../src/core/check";
import type { Workbook } from "../../src/core/grid";
import { buildLkjip, type LkjipRow, type LkjipTable, type LkjipTables } from "../../src/core/lkjip";
import { chartsOf, MAX_CLEARANCE, MAX_QUARTERLY_CHARTS, type LkjipChart } from "../../src/core/lkjip/charts";
import { layOut, type LaidOut, type Written } from "../../src/core/lkjip/layout";
import { ppsSheet, renaksiSheet } from "../support/quarterly-sheets";
import { fixture, sheetFromTsv } from "../support/tsv";

function build(workbook: Workbook): LkjipTables {
  return buildLkjip(checkWorkbook(workbook, { rules: [] }), workbook);
}

function chartsFor(tables: LkjipTables): { charts: LkjipChart[]; laid: LaidOut[] } {
  const laid = layOut(tables);
  return { charts: chartsOf(tables, laid), laid };
}

const seed = (files: string[]): Workbook => ({ sheets: files.map((f) => sheetFromTsv(f, fixture(`${f}.tsv`))) });

/** Planted: Desa 3 of 4 and 6 of 8; pengaduan (lower is better) 8 and 12 of 10. */
const RENAKSI = renaksiSheet();
const PPS = ppsSheet([3, 6], [8, 12]);

/** The laid-out table holding a sheet row, and the written cell there. */
function cellAt(laid: readonly LaidOut[], row: number, column: number): { table: number; cell: Written | undefined } {
  const i = laid.findIndex((l) => row >= l.top && row < l.top + l.rowCount);
  expect(i).toBeGreaterThanOrEqual(0);
  return { table: i, cell: laid[i]!.grid[row - laid[i]!.top]![column] };
}

const text = (w: Written | undefined) => (w && "text" in w ? w.text : undefined);
const formula = (w: Written | undefined) => (w && "formula" in w ? w.formula : undefined);

/** Every chart's range lies in its data table's body, and each series' header cell is its name. */
function expectRangesInTheirTable(tables: LkjipTables, laid: readonly LaidOut[], charts: readonly LkjipChart[]): void {
  for (const c of charts) {
    const i = tables.tables.findIndex((t) => t.id === c.dataTable);
    const l = laid[i]!;
    expect(c.firstRow).toBeGreaterThanOrEqual(l.top + 2);
    expect(c.lastRow).toBeLessThan(l.top + 2 + tables.tables[i]!.rows.length);
    expect(c.firstRow).toBeLessThanOrEqual(c.lastRow);
    for (const s of c.series) expect(text(l.grid[1]![s.column])).toBe(s.name);
    for (let r = c.firstRow; r <= c.lastRow; r++) expect(cellAt(laid, r, c.categories).table).toBe(i);
  }
}

describe("on the seed LKjIP's tables (3.2, the multi-year IKM table, 3.8)", () => {
  const tables = build(seed(["seed-capaian", "seed-capaian-multiyear", "seed-anggaran"]));
  const { charts, laid } = chartsFor(tables);

  test("capaian, the years and efisiensi get a chart; target Renstra and realisasi anggaran do not; no quarterly targets, no quarterly chart", () => {
    expect(charts.map((c) => c.table)).toEqual(["capaian", "perbandingan-tahun", "efisiensi"]);
    expect(charts.map((c) => c.valueAxis)).toEqual(["%", "", "%"]);
    expectRangesInTheirTable(tables, laid, charts);
  });

  test("the capaian series holds the capaian cells of table 2's indicator rows, not table 1's averages: IKM's is realisasi F6 over target E6 of the seed", () => {
    const c = charts[0]!;
    expect(c.dataTable).toBe("perbandingan-tahun");
    expect(c.series.map((s) => s.name)).toEqual(["Capaian 2024 (%)"]);
    const rows = Array.from({ length: c.lastRow - c.firstRow + 1 }, (_, k) => c.firstRow + k);
    const names = rows.map((r) => text(cellAt(laid, r, c.categories).cell));
    expect(names).toContain("Indeks Kepuasan Masyarakat");
    expect(names).not.toContain("Capaian rata-rata");
    const ikm = rows[names.indexOf("Indeks Kepuasan Masyarakat")]!;
    expect(formula(cellAt(laid, ikm, c.series[0]!.column).cell)).toBe("='seed-capaian'!F6/'seed-capaian'!E6*100");
    // Every row of table 2, none of its notes; the chart stands beside table 1.
    expect(c.firstRow).toBe(laid[1]!.top + 2);
    expect(c.lastRow).toBe(laid[1]!.top + 1 + tables.tables[1]!.rows.length);
    expect(c.anchor.row).toBe(laid[0]!.top);
  });

  test("the years: realisasi 2022 (89) and 2023 (91,4) beside 2024 (93,85); 2020 and 2021, written NA, are no series", () => {
    const c = charts[1]!;
    expect(c.series.map((s) => s.name)).toEqual(["Realisasi 2022", "Realisasi 2023", "Realisasi 2024"]);
    const t = tables.tables[1]!;
    const ikm = t.rows.findIndex((r) => r.cells[0]!.value === "Indeks Kepuasan Masyarakat");
    const r = c.firstRow + ikm;
    // The seed's multi-year table (fixture, a blank first line): row 3 holds the IKM, E3 its 2022 realisasi, F3 its 2023 one; Tabel 3.2's F6 the 2024 one.
    expect(c.series.map((s) => formula(cellAt(laid, r, s.column).cell))).toEqual([
      "='seed-capaian-multiyear'!E3",
      "='seed-capaian-multiyear'!F3",
      "='seed-capaian'!F6",
    ]);
  });

  test("efisiensi: capaian kinerja beside serapan anggaran", () => {
    expect(charts[2]!.series.map((s) => s.name)).toEqual(["Capaian Kinerja (%)", "Serapan Anggaran (%)"]);
  });
});

test("a single year: no chart of the years (one series says nothing about a trend)", () => {
  const tables = build(seed(["seed-capaian"]));
  const { charts } = chartsFor(tables);
  expect(charts.map((c) => c.table)).not.toContain("perbandingan-tahun");
  expect(charts.map((c) => c.table)).toContain("capaian");
});

test("no numbers, no chart: every table of an empty workbook says what is missing and gets none", () => {
  const tables = build({ sheets: [{ name: "Kosong", rows: [["Catatan rapat"]], merges: [] }] });
  expect(tables.tables.length).toBe(6);
  expect(chartsOf(tables, layOut(tables))).toEqual([]);
});

describe("quarterly: one chart per indicator over its own four rows", () => {
  const tables = build({ sheets: [RENAKSI, PPS] });
  const { charts, laid } = chartsFor(tables);
  const quarterly = charts.filter((c) => c.table === "triwulan");
  const ti = tables.tables.findIndex((t) => t.id === "triwulan");

  test("two indicators, two charts, titled by the indicator", () => {
    expect(quarterly.map((c) => c.title)).toEqual([
      "Jumlah desa yang dibina: realisasi triwulan terhadap target Rencana Aksi",
      "Persentase pengaduan yang tidak ditindaklanjuti: realisasi triwulan terhadap target Rencana Aksi",
    ]);
    expect(quarterly.map((c) => c.valueAxis)).toEqual(["Desa", "%"]);
    expectRangesInTheirTable(tables, laid, quarterly);
  });

  test("each covers TW I to TW IV of its indicator; realisasi as columns from the PPS, the Renaksi target as a line", () => {
    quarterly.forEach((c, n) => {
      expect(c.lastRow - c.firstRow).toBe(3);
      const rows = [0, 1, 2, 3].map((k) => c.firstRow + k);
      expect(rows.map((r) => text(cellAt(laid, r, c.categories).cell))).toEqual(["TW I", "TW II", "TW III", "TW IV"]);
      for (const r of rows) expect(cellAt(laid, r, c.categories).table).toBe(ti);
      const [real, target] = c.series;
      expect(real).toMatchObject({ name: "Realisasi", as: "column" });
      expect(target).toMatchObject({ name: "Target Renaksi", as: "line" });
      // Planted: row 5 and 6 of both sheets; Renaksi's TW I..IV in F..I, PPS's realisasi in F, I, L, O.
      const line = 5 + n;
      expect(rows.map((r) => formula(cellAt(laid, r, target!.column).cell))).toEqual(["F", "G", "H", "I"].map((col) => `='Renaksi'!${col}${line}`));
      expect(rows.slice(0, 2).map((r) => formula(cellAt(laid, r, real!.column).cell))).toEqual([`='PPS'!F${line}`, `='PPS'!I${line}`]);
    });
  });
});

/** A quarterly table of `n` indicators, each with four measured quarters (planted numbers). */
function quarterlyTable(n: number, measured = true): LkjipTable {
  const columns = [
    { key: "indikator", label: "Indikator Kinerja", kind: "text" as const },
    { key: "satuan", label: "Satuan", kind: "text" as const },
    { key: "triwulan", label: "Triwulan", kind: "text" as const },
    { key: "target", label: "Target Renaksi", kind: "number" as const },
    { key: "realisasi", label: "Realisasi", kind: "number" as const },
  ];
  const rows: LkjipRow[] = [];
  for (let i = 0; i < n; i++) {
    for (const q of ["I", "II", "III", "IV"]) {
      rows.push({
        kind: "triwulan",
        cells: [{ value: `Indikator ${i + 1}` }, { value: "%" }, { value: `TW ${q}` }, { value: 25 }, { value: measured ? 20 : null }],
      });
    }
  }
  return { id: "triwulan", title: "Pemantauan", columns, rows, notes: [] };
}

test(`at most ${MAX_QUARTERLY_CHARTS} quarterly charts, the first indicators'; an indicator not yet measured gets none`, () => {
  const many: LkjipTables = { year: 2025, tables: [quarterlyTable(MAX_QUARTERLY_CHARTS + 5)] };
  const { charts } = chartsFor(many);
  expect(charts).toHaveLength(MAX_QUARTERLY_CHARTS);
  expect(charts.map((c) => c.firstRow)).toEqual(Array.from({ length: MAX_QUARTERLY_CHARTS }, (_, i) => 2 + 4 * i));
  expect(chartsFor({ year: 2025, tables: [quarterlyTable(3, false)] }).charts).toEqual([]);
});

test("two indicators of the same name one after the other (a roll-up's perangkat daerah) get a chart each", () => {
  const one = quarterlyTable(2);
  const same: LkjipTable = { ...one, rows: one.rows.map((r) => ({ ...r, cells: [{ value: "Indikator 1" }, ...r.cells.slice(1)] })) };
  const { charts } = chartsFor({ year: 2025, tables: [same] });
  expect(charts.map((c) => [c.firstRow, c.lastRow])).toEqual([
    [2, 5],
    [6, 9],
  ]);
});

/** Sheet rectangles [r0, r1] × [c0, c1] of a chart, inclusive. */
function box(c: LkjipChart) {
  return { r0: c.anchor.row, r1: c.anchor.row + c.size.rows - 1, c0: c.anchor.column, c1: c.anchor.column + c.size.columns - 1 };
}

test.each([
  ["the seed", () => build(seed(["seed-capaian", "seed-capaian-multiyear", "seed-anggaran"]))],
  ["the quarterly sheets", () => build({ sheets: [RENAKSI, PPS] })],
  ["the seed and the quarterly sheets", () => build({ sheets: [...seed(["seed-capaian", "seed-capaian-multiyear", "seed-anggaran"]).sheets, RENAKSI, PPS] })],
  ["many indicators", (): LkjipTables => ({ year: 2025, tables: [quarterlyTable(MAX_QUARTERLY_CHARTS + 2)] })],
])("on %s: charts never overlap, stand right of every table, each at or below its table's top", (_, make) => {
  const tables = make();
  const { charts, laid } = chartsFor(tables);
  expect(charts.length).toBeGreaterThan(0);
  const right = Math.max(...laid.map((l) => l.width));
  for (const c of charts) {
    expect(c.anchor.column).toBeGreaterThanOrEqual(right);
    expect(c.size.rows).toBeGreaterThan(0);
    expect(c.size.columns).toBeGreaterThan(0);
    const top = laid[tables.tables.findIndex((t) => t.id === c.table)]!.top;
    expect(c.anchor.row).toBeGreaterThanOrEqual(top);
  }
  for (let i = 0; i < charts.length; i++) {
    for (let j = i + 1; j < charts.length; j++) {
      const [a, b] = [box(charts[i]!), box(charts[j]!)];
      const apart = a.r1 < b.r0 || b.r1 < a.r0 || a.c1 < b.c0 || b.c1 < a.c0;
      expect({ i, j, apart }).toEqual({ i, j, apart: true });
    }
  }
});

test.each([
  ["the seed", () => build(seed(["seed-capaian", "seed-capaian-multiyear", "seed-anggaran"]))],
  ["the seed and the quarterly sheets", () => build({ sheets: [...seed(["seed-capaian", "seed-capaian-multiyear", "seed-anggaran"]).sheets, RENAKSI, PPS] })],
])("on %s: no text of the rows beside a chart runs on under it (Catatan, the notes under a table)", (_, make) => {
  const tables = make();
  const { charts, laid } = chartsFor(tables);
  const widest = Math.max(...laid.map((l) => l.width));
  // The writers' widths: A and B 40 characters, the tables' other columns 16, the rest Excel's 8,43.
  const width = (c: number) => (c < widest ? (c < 2 ? 40 : 16) : 8.43);
  const leftOf = (col: number) => Array.from({ length: col }, (_, c) => width(c)).reduce((a, b) => a + b, 0);
  let notes = 0;
  for (const c of charts) {
    for (const l of laid) {
      l.grid.forEach((row, k) => {
        const r = l.top + k;
        if (r < c.anchor.row || r >= c.anchor.row + c.size.rows) return;
        let x = 0;
        row.forEach((w, col) => {
          if ("text" in w && w.text) {
            notes++;
            // A chart pushed MAX_CLEARANCE columns right has gone as far as it may.
            if (c.anchor.column < widest + 1 + MAX_CLEARANCE) expect(x + w.text.length).toBeLessThanOrEqual(leftOf(c.anchor.column));
          }
          x += width(col);
        });
      });
    }
  }
  expect(notes).toBeGreaterThan(0);
});
