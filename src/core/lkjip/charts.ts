/**
 * The charts of the "Tabel LKjIP" sheet, as data over the laid-out tables (layout.ts), so the Excel
 * adapter (Office.js charts) and the command line's copy (DrawingML chart parts) draw the same
 * ones. A chart only where it says more than the numbers (issue 14): capaian per indicator, the
 * realisasi over the years, capaian kinerja against serapan anggaran, and per indicator the
 * quarterly realisasi against the Rencana Aksi's target line. Every series is a range of the
 * sheet's own cells, so a chart follows its table when the data change.
 */
import { columnWidth, type LaidOut } from "./layout";
import type { LkjipTable, LkjipTableId, LkjipTables } from "./types";

export interface LkjipChartSeries {
  /** Legend text: the column's heading. */
  readonly name: string;
  /** 0-based column of the sheet holding the series' values. */
  readonly column: number;
  /** Drawn as columns, or as a line over them (the Renaksi target). */
  readonly as: "column" | "line";
}

export interface LkjipChart {
  /** The table the chart illustrates (it stands beside it). */
  readonly table: LkjipTableId;
  /** The table whose cells its categories and series are: its own, or table 2's indicator rows for the capaian chart. */
  readonly dataTable: LkjipTableId;
  /** Chart title in Bahasa Indonesia. */
  readonly title: string;
  /** 0-based sheet rows of the data, inclusive; contiguous. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** 0-based column of the category labels (indicator, uraian, triwulan). */
  readonly categories: number;
  readonly series: readonly LkjipChartSeries[];
  /** Top-left cell of the chart (0-based), right of every table, charts one under the other. */
  readonly anchor: { readonly row: number; readonly column: number };
  /** Size in cells. */
  readonly size: { readonly rows: number; readonly columns: number };
  /** Axis title of the values ("%" or the unit), empty when the series mix units. */
  readonly valueAxis: string;
}

/** Height and width of a chart in cells; a quarterly chart is smaller (four categories). */
const SIZE = { rows: 16, columns: 8 };
const SMALL = { rows: 12, columns: 6 };
/** Efisiensi's categories are long ("Program: PROGRAM PENYELENGGARAAN …") and many: a larger chart keeps them legible. */
const LARGE = { rows: 24, columns: 10 };
/** At most this many quarterly charts (one per indicator); the table itself lists every indicator. */
export const MAX_QUARTERLY_CHARTS = 12;

interface Draft {
  readonly table: LkjipTableId;
  readonly dataTable?: LkjipTableId;
  readonly title: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly categories: number;
  readonly series: LkjipChartSeries[];
  readonly size: { rows: number; columns: number };
  readonly valueAxis: string;
  /** The sheet row the chart is wanted at: its table's top. */
  readonly near: number;
}

function columnOf(table: LkjipTable, key: string): number {
  return table.columns.findIndex((c) => c.key === key);
}

/** Body rows (0-based sheet rows) of a laid-out table: after its title and header. */
function bodyRow(laid: LaidOut, k: number): number {
  return laid.top + 2 + k;
}

/** True when some row in [from, to] (table-body indexes) has a number in column `c`. */
function hasNumbers(table: LkjipTable, c: number, from = 0, to = table.rows.length - 1): boolean {
  for (let k = from; k <= to; k++) if (typeof table.rows[k]?.cells[c]?.value === "number") return true;
  return false;
}

function series(table: LkjipTable, key: string, as: "column" | "line" = "column"): LkjipChartSeries | null {
  const c = columnOf(table, key);
  return c >= 0 && hasNumbers(table, c) ? { name: table.columns[c]!.label, column: c, as } : null;
}

/**
 * Table 1 interleaves each sasaran's "Capaian rata-rata" rows with its indicators; a chart over
 * them would draw those averages as if they were indicators. Table 2 lists the same indicators
 * with the same capaian, one row each, so the capaian chart takes its cells from there when table
 * 1 has summary rows.
 */
function indicatorsOnly(table: LkjipTable): boolean {
  return table.rows.every((r) => r.kind === "indikator");
}

function drafts(table: LkjipTable, laid: LaidOut, other: (id: LkjipTableId) => { table: LkjipTable; laid: LaidOut } | null): Draft[] {
  if (!table.rows.length) return [];
  const first = bodyRow(laid, 0);
  const last = bodyRow(laid, table.rows.length - 1);
  const whole = (title: string, categories: number, list: (LkjipChartSeries | null)[], valueAxis: string, minSeries = 1): Draft[] => {
    const s = list.filter((x): x is LkjipChartSeries => x !== null);
    return categories >= 0 && s.length >= minSeries
      ? [{ table: table.id, title, firstRow: first, lastRow: last, categories, series: s, size: SIZE, valueAxis, near: laid.top }]
      : [];
  };
  switch (table.id) {
    case "capaian": {
      const title = "Capaian kinerja per indikator (%)";
      if (indicatorsOnly(table)) return whole(title, columnOf(table, "indikator"), [series(table, "capaian")], "%");
      const t2 = other("perbandingan-tahun");
      if (!t2 || !t2.table.rows.length || !indicatorsOnly(t2.table)) return [];
      const s = series(t2.table, "capaian");
      const cat = columnOf(t2.table, "indikator");
      if (!s || cat < 0) return [];
      return [
        {
          table: table.id,
          dataTable: t2.table.id,
          title,
          firstRow: bodyRow(t2.laid, 0),
          lastRow: bodyRow(t2.laid, t2.table.rows.length - 1),
          categories: cat,
          series: [s],
          size: SIZE,
          valueAxis: "%",
          near: laid.top,
        },
      ];
    }
    case "perbandingan-tahun": {
      // The realisasi of every year the table holds, oldest first; only worth a chart with two years or more.
      const years = table.columns
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c.key.startsWith("realisasi-"))
        .map(({ c }) => series(table, c.key));
      return whole("Realisasi kinerja dari tahun ke tahun", columnOf(table, "indikator"), [...years, series(table, "realisasi")], "", 2);
    }
    case "efisiensi":
      return whole("Capaian kinerja dan serapan anggaran (%)", columnOf(table, "uraian"), [series(table, "capaian"), series(table, "serapan")], "%", 2).map(
        (d) => ({
          ...d,
          size: table.rows.length > 6 ? LARGE : SIZE,
        }),
      );
    case "triwulan": {
      // One chart per indicator: its quarters are consecutive rows of the table.
      const ind = columnOf(table, "indikator");
      const tw = columnOf(table, "triwulan");
      const target = columnOf(table, "target");
      const real = columnOf(table, "realisasi");
      const satuan = columnOf(table, "satuan");
      if (ind < 0 || tw < 0 || target < 0 || real < 0) return [];
      const out: Draft[] = [];
      for (let k = 0; k < table.rows.length && out.length < MAX_QUARTERLY_CHARTS;) {
        const name = table.rows[k]!.cells[ind]?.value;
        let end = k;
        // The same indicator's quarters follow each other; a quarter seen again starts another
        // indicator of the same name (a roll-up lists each perangkat daerah's own).
        const seen = new Set([table.rows[k]!.cells[tw]?.value]);
        while (end + 1 < table.rows.length && table.rows[end + 1]!.cells[ind]?.value === name && !seen.has(table.rows[end + 1]!.cells[tw]?.value)) {
          end++;
          seen.add(table.rows[end]!.cells[tw]?.value);
        }
        if (typeof name === "string" && name && hasNumbers(table, real, k, end) && hasNumbers(table, target, k, end)) {
          const unit = table.rows[k]!.cells[satuan]?.value;
          out.push({
            table: table.id,
            title: `${name}: realisasi triwulan terhadap target Rencana Aksi`,
            firstRow: bodyRow(laid, k),
            lastRow: bodyRow(laid, end),
            categories: tw,
            series: [
              { name: table.columns[real]!.label, column: real, as: "column" },
              { name: table.columns[target]!.label, column: target, as: "line" },
            ],
            size: SMALL,
            valueAxis: typeof unit === "string" ? unit : "",
            near: laid.top,
          });
        }
        k = end + 1;
      }
      return out;
    }
    default:
      // Target Renstra and realisasi anggaran: the table says it better than a chart.
      return [];
  }
}

/** At most this many columns further right a chart moves to clear the text beside it. */
export const MAX_CLEARANCE = 12;

/**
 * How far right (in characters from column A) the text of each sheet row may reach: a text cell
 * runs on over the empty cells right of it (a row's Catatan, a table's notes under it). Measured
 * in characters of the default font, a little generously (bold titles, wide letters).
 */
export function textReach(laid: readonly LaidOut[], widest: number): Map<number, number> {
  const reach = new Map<number, number>();
  for (const t of laid) {
    t.grid.forEach((row, k) => {
      let x = 0;
      row.forEach((w, c) => {
        if ("text" in w && w.text) reach.set(t.top + k, Math.max(reach.get(t.top + k) ?? 0, x + Math.ceil(w.text.length * 1.1) + 1));
        x += columnWidth(c, widest);
      });
    });
  }
  return reach;
}

/**
 * The charts of the sheet, given the tables and their layout (same order). They stand one under
 * the other right of the widest table, each as near its table's top as the chart above it allows,
 * all in one column far enough right to clear the text of the rows beside them (up to
 * MAX_CLEARANCE columns more).
 */
export function chartsOf(tables: LkjipTables, laid: readonly LaidOut[]): LkjipChart[] {
  const widest = Math.max(1, ...laid.map((t) => t.width));
  const reach = textReach(laid, widest);
  const left = (col: number) => Array.from({ length: col }, (_, c) => columnWidth(c, widest)).reduce((a, b) => a + b, 0);
  const clear = (row: number, rows: number): number => {
    let far = 0;
    for (let r = row; r < row + rows; r++) far = Math.max(far, reach.get(r) ?? 0);
    let col = widest + 1;
    while (col < widest + 1 + MAX_CLEARANCE && left(col) < far) col++;
    return col;
  };
  const out: LkjipChart[] = [];
  let free = 0;
  tables.tables.forEach((table, i) => {
    const l = laid[i];
    if (!l) return;
    const other = (id: LkjipTableId) => {
      const j = tables.tables.findIndex((t) => t.id === id);
      return j >= 0 && laid[j] ? { table: tables.tables[j]!, laid: laid[j]! } : null;
    };
    for (const d of drafts(table, l, other)) {
      const row = Math.max(d.near, free);
      out.push({
        table: d.table,
        dataTable: d.dataTable ?? d.table,
        title: d.title,
        firstRow: d.firstRow,
        lastRow: d.lastRow,
        categories: d.categories,
        series: d.series,
        anchor: { row, column: widest + 1 },
        size: d.size,
        valueAxis: d.valueAxis,
      });
      free = row + d.size.rows + 1;
    }
  });
  // One column for all, the one that clears the text beside every chart: a tidy column of charts.
  const column = Math.max(widest + 1, ...out.map((c) => clear(c.anchor.row, c.size.rows)));
  return out.map((c) => ({ ...c, anchor: { row: c.anchor.row, column } }));
}
