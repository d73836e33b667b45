/**
 * A small recording double of Excel's JavaScript API, enough for src/excel. It keeps a model of
 * the workbook (values, formulas, fills, conditional formats, merges, links), queues every call
 * until `context.sync()` like Office.js does, throws when a property is read before it was loaded
 * and synced, and records each round trip with the bytes of its request and of its response.
 */
import { a1, parseA1, type Area, type Workbook } from "../../src/core/grid";

type Value = string | number | boolean;

export interface FakeCF {
  id: string;
  type: "Custom" | "DataBar" | "CellValue";
  /** Ranges as "A1:B2,C3". */
  ranges: string;
  formula: string | null;
  fill: string | null;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** "r,c" → value; formulas keep the value they compute as a cached value. */
  values: Map<string, Value>;
  formulas: Map<string, string>;
  fills: Map<string, string>;
  numberFormats: Map<string, string>;
  links: Map<string, { documentReference: string; textToDisplay: string }>;
  merges: Area[];
  /** Hidden rows and columns (0-based); absent means none. */
  hiddenRows?: Set<number>;
  hiddenCols?: Set<number>;
  cfs: FakeCF[];
  /** Range formats written (bold, wrapText, columnWidth, …), in order: address, property, value. */
  formats: { address: string; prop: string; value: unknown }[];
  /** Charts (worksheet.charts), in the order they were added. */
  charts: FakeChart[];
  /** Frozen rows, the filter's range and the print settings. */
  layout: {
    frozenRows: number;
    autoFilter: string | null;
    orientation: string | null;
    zoom: unknown;
    printTitleRows: string | null;
    centerHorizontally: boolean;
  };
}

/** A chart series: its name and the ranges (addresses on the chart's sheet) it plots. */
export interface FakeSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  /** Set only when a series is drawn otherwise than its chart ("Line" over columns). */
  chartType: string | null;
}

/** A chart as Office.js builds it: worksheet.charts.add(type, range, seriesBy), then its parts. */
export interface FakeChart {
  type: string;
  /** The range it was added with, and how it was cut into series. */
  source: string;
  seriesBy: string | null;
  series: FakeSeries[];
  title: string | null;
  legend: { position: string | null; visible: boolean | null };
  valueAxisTitle: string | null;
  /** setPosition's top-left and bottom-right cells. */
  position: { from: string; to: string | null } | null;
}

/**
 * A workbook-level defined name. Like Excel, it holds its sheet by identity: renaming the sheet
 * changes the reference it shows, deleting the sheet turns it into #REF!.
 */
export interface FakeName {
  name: string;
  sheet: FakeSheet | null;
  /** The cells after the sheet, as Excel shows them: "$A$1". */
  cells: string;
  visible: boolean;
  comment: string;
}

export interface RoundTrip {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
}

type Op = { describe: unknown; run: () => unknown };

const NOT_LOADED = "PropertyNotLoaded";

/** Where a range proxy keeps its sheet and address, for workbook.names.add(name, range). */
const RANGE = Symbol("range");

function key(r: number, c: number): string {
  return `${r},${c}`;
}

function cellsOf(address: string): { r: number; c: number }[] {
  const out: { r: number; c: number }[] = [];
  for (const part of address.split(",")) {
    const a = parseA1(part.slice(part.lastIndexOf("!") + 1));
    if (!a) throw Object.assign(new Error(`Alamat tidak sah: ${part}`), { code: "InvalidArgument" });
    for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) out.push({ r, c });
  }
  return out;
}

export function newSheet(name: string, rows: (Value | null)[][] = [], visibility: FakeSheet["visibility"] = "Visible"): FakeSheet {
  const s: FakeSheet = {
    name,
    visibility,
    values: new Map(),
    formulas: new Map(),
    fills: new Map(),
    numberFormats: new Map(),
    links: new Map(),
    merges: [],
    cfs: [],
    formats: [],
    charts: [],
    layout: { frozenRows: 0, autoFilter: null, orientation: null, zoom: null, printTitleRows: null, centerHorizontally: false },
  };
  rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && s.values.set(key(r, c), v)));
  return s;
}

/** A double holding an engine workbook's sheets (values and merges), as if open in Excel. */
export function doubleOf(workbook: Workbook): ExcelDouble {
  return new ExcelDouble(
    workbook.sheets.map((s) => {
      const f = newSheet(
        s.name,
        s.rows.map((r) => [...r]),
      );
      f.merges = [...s.merges];
      if (s.hiddenRows?.size) f.hiddenRows = new Set(s.hiddenRows);
      return f;
    }),
  );
}

/** Everything a user could have written or formatted, as plain data, to compare before and after. */
export function userState(sheet: FakeSheet): unknown {
  const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    name: sheet.name,
    values: sorted(sheet.values),
    formulas: sorted(sheet.formulas),
    fills: sorted(sheet.fills),
    numberFormats: sorted(sheet.numberFormats),
    merges: sheet.merges,
    cfs: sheet.cfs.map((c) => ({ ...c })),
  };
}

export class ExcelDouble {
  readonly sheets: FakeSheet[];
  /** Workbook-level defined names (workbook.names). */
  readonly names: FakeName[] = [];
  /** Successful round trips; refused ones are only counted. */
  readonly roundTrips: RoundTrip[] = [];
  refused = 0;
  selection: { sheet: string; cell: string } = { sheet: "", cell: "A1" };
  active = "";
  private queue: Op[] = [];
  private nextId = 1;
  readonly context: Excel.RequestContext;

  /** Like Excel on the web: a round trip whose response is larger than this is refused. */
  responseLimit = Infinity;

  constructor(sheets: FakeSheet[]) {
    this.sheets = sheets;
    this.selection.sheet = this.active = sheets[0]?.name ?? "";
    const self = this;
    const workbook = {
      worksheets: this.worksheetsProxy(),
      names: this.namesProxy(),
      getActiveCell: () =>
        self.rangeProxy(
          () => self.sheet(self.selection.sheet),
          () => self.selection.cell,
        ),
    };
    this.context = { workbook, sync: () => this.sync() } as unknown as Excel.RequestContext;
  }

  get syncCount(): number {
    return this.roundTrips.length;
  }

  get largestRequest(): number {
    return Math.max(0, ...this.roundTrips.map((t) => Math.max(t.requestBytes, t.responseBytes)));
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`Lembar "${name}" tidak ada.`), { code: "ItemNotFound" });
    return s;
  }

  private push(describe: unknown, run: () => unknown): void {
    this.queue.push({ describe, run });
  }

  private async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    let response = 0;
    let request = 0;
    for (const op of ops) {
      request += JSON.stringify(op.describe).length;
      const out = op.run();
      if (out !== undefined) response += JSON.stringify(out).length;
    }
    if (response > this.responseLimit) {
      this.refused++;
      throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
    }
    this.roundTrips.push({ requestBytes: request, responseBytes: response, operations: ops.length });
  }

  /** A proxy whose listed properties throw until a load of them was synced. */
  private loadable<T extends object>(target: T, fetch: (props: string[]) => Record<string, unknown>, describe: unknown): T & { load: (p: string) => T } {
    const loaded = new Map<string, unknown>();
    const self = this;
    const proxy = new Proxy(target, {
      get(t, prop, recv) {
        if (prop === "load") {
          return (p: string) => {
            const props = p.split(",").map((x) => x.trim());
            self.push({ load: describe, props }, () => {
              const got = fetch(props);
              for (const [k, v] of Object.entries(got)) loaded.set(k, v);
              return got;
            });
            return proxy;
          };
        }
        if (typeof prop !== "string") return Reflect.get(t, prop, recv);
        if (loaded.has(prop)) return loaded.get(prop);
        const d = Object.getOwnPropertyDescriptor(t, prop);
        // A property the double only lets you write (values, formulas…) must be loaded to be read.
        if (!d || (d.set && !d.get)) throw Object.assign(new Error(`${prop} belum dimuat`), { code: NOT_LOADED });
        return Reflect.get(t, prop, recv);
      },
    });
    return proxy as T & { load: (p: string) => T };
  }

  private worksheetsProxy(): unknown {
    const self = this;
    const target = {
      getItem: (name: string) => self.worksheetProxy(() => self.sheet(name), name),
      getItemOrNullObject: (name: string) => {
        const ws = self.worksheetProxy(() => self.sheet(name), name) as unknown as Record<string, unknown>;
        let isNull: boolean | undefined;
        self.push({ getItemOrNullObject: name }, () => {
          isNull = !self.sheets.some((s) => s.name === name);
          return { isNullObject: isNull };
        });
        Object.defineProperty(ws, "isNullObject", {
          get: () => {
            if (isNull === undefined) throw Object.assign(new Error("isNullObject belum dimuat"), { code: NOT_LOADED });
            return isNull;
          },
        });
        return ws;
      },
      add: (name: string) => {
        self.push({ add: name }, () => {
          if (self.sheets.some((s) => s.name === name)) throw Object.assign(new Error(`Lembar "${name}" sudah ada.`), { code: "ItemAlreadyExists" });
          self.sheets.push(newSheet(name));
        });
        return self.worksheetProxy(() => self.sheet(name), name);
      },
    };
    return this.loadable(
      target,
      (props) => {
        const items = self.sheets.map((s) => {
          const proxy = self.worksheetProxy(() => self.sheet(s.name), s.name) as unknown as Record<string, unknown>;
          const data: Record<string, unknown> = {};
          if (props.includes("items/name")) data.name = s.name;
          if (props.includes("items/visibility")) data.visibility = s.visibility;
          for (const [k, v] of Object.entries(data)) Object.defineProperty(proxy, k, { value: v });
          return { proxy, data };
        });
        return { items: items.map((i) => i.proxy), names: items.map((i) => i.data) };
      },
      "worksheets",
    );
  }

  /** A sheet name as Excel writes it in a reference: quoted when not a plain word. */
  private static referenceSheet(name: string): string {
    return /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  }

  /** NamedItem.formula as Office.js gives it: with "=", #REF! once the sheet is gone. */
  formulaOf(n: FakeName): string {
    const alive = n.sheet !== null && this.sheets.includes(n.sheet);
    return `=${alive ? ExcelDouble.referenceSheet(n.sheet!.name) : "#REF"}!${n.cells}`;
  }

  private findName(name: string): FakeName | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  /** A NamedItem: formula and visible load; visible and formula can be set; delete removes it. */
  private namedItemProxy(find: () => FakeName | undefined, label: string): Record<string, unknown> {
    const self = this;
    const must = () => {
      const n = find();
      if (!n) throw Object.assign(new Error(`Nama "${label}" tidak ada.`), { code: "ItemNotFound" });
      return n;
    };
    const target = {
      delete: () => self.push({ deleteName: label }, () => void self.names.splice(self.names.indexOf(must()), 1)),
      set visible(v: boolean) {
        self.push({ set: "name.visible", label, v }, () => void (must().visible = v));
      },
    };
    return this.loadable(
      target,
      (props) => {
        const n = find();
        if (!n) return {};
        const out: Record<string, unknown> = {};
        for (const p of props.flatMap((x) => x.split(","))) {
          if (p === "name") out.name = n.name;
          else if (p === "formula") out.formula = self.formulaOf(n);
          else if (p === "visible") out.visible = n.visible;
          else if (p === "comment") out.comment = n.comment;
          else throw new Error(`The double does not load name.${p}`);
        }
        return out;
      },
      { name: label },
    ) as unknown as Record<string, unknown>;
  }

  private namesProxy(): unknown {
    const self = this;
    return {
      getItemOrNullObject: (name: string) => {
        // Resolved when the request runs, like Office.js: a name added earlier in the batch is found.
        let found: FakeName | undefined;
        let isNull: boolean | undefined;
        const item = self.namedItemProxy(() => found, name);
        self.push({ getNameOrNullObject: name }, () => {
          found = self.findName(name);
          isNull = found === undefined;
          return { isNullObject: isNull };
        });
        Object.defineProperty(item, "isNullObject", {
          get: () => {
            if (isNull === undefined) throw Object.assign(new Error("isNullObject belum dimuat"), { code: NOT_LOADED });
            return isNull;
          },
        });
        return item;
      },
      add: (name: string, reference: unknown, comment?: string) => {
        const ref = (reference as Record<symbol, { resolve: () => FakeSheet; address: () => string }> | null)?.[RANGE];
        if (!ref) throw new Error("The double's names.add takes a Range");
        let added: FakeName | undefined;
        self.push({ addName: name, comment }, () => {
          if (self.findName(name)) throw Object.assign(new Error(`Nama "${name}" sudah ada.`), { code: "ItemAlreadyExists" });
          const cells = ref
            .address()
            .split(":")
            .map((c) => c.replace(/^([A-Z]+)([0-9]+)$/, "$$$1$$$2"))
            .join(":");
          added = { name, sheet: ref.resolve(), cells, visible: true, comment: comment ?? "" };
          self.names.push(added);
        });
        return self.namedItemProxy(() => added, name);
      },
    };
  }

  private worksheetProxy(resolve: () => FakeSheet, label: string): unknown {
    const self = this;
    return {
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => self.usedRangeProxy(resolve, valuesOnly === true),
      getRange: (address?: string) => self.rangeProxy(resolve, () => address ?? "A1:XFD1048576"),
      getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => self.rangeProxy(resolve, () => `${a1(r, c)}:${a1(r + rows - 1, c + cols - 1)}`),
      getRanges: (address: string) => ({ conditionalFormats: self.cfCollection(resolve, () => address) }),
      charts: self.chartsCollection(resolve),
      activate: () => self.push({ activate: label }, () => void (self.active = resolve().name)),
      freezePanes: {
        freezeRows: (n: number) => self.push({ freezeRows: n, sheet: label }, () => void (resolve().layout.frozenRows = n)),
      },
      autoFilter: {
        apply: (range: unknown) => {
          const ref = (range as Record<symbol, { address: () => string }>)[RANGE]!;
          self.push({ autoFilter: ref.address(), sheet: label }, () => void (resolve().layout.autoFilter = ref.address()));
        },
      },
      pageLayout: {
        set orientation(o: string) {
          self.push({ set: "orientation", o }, () => void (resolve().layout.orientation = o));
        },
        set zoom(z: unknown) {
          self.push({ set: "zoom", z }, () => void (resolve().layout.zoom = z));
        },
        set centerHorizontally(c: boolean) {
          self.push({ set: "centerHorizontally", c }, () => void (resolve().layout.centerHorizontally = c));
        },
        setPrintTitleRows: (rows: string) => self.push({ printTitleRows: rows }, () => void (resolve().layout.printTitleRows = rows)),
      },
      delete: () =>
        self.push({ delete: label }, () => {
          const s = resolve();
          self.sheets.splice(self.sheets.indexOf(s), 1);
        }),
    };
  }

  /** The used range's bounds as Excel computes them when the request runs; null when the sheet is empty. */
  private static usedArea(s: FakeSheet, valuesOnly: boolean): Area | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const k of [...s.values.keys(), ...(valuesOnly ? [] : [...s.fills.keys()])]) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      if (r < r0) r0 = r;
      if (c < c0) c0 = c;
      if (r > r1) r1 = r;
      if (c > c1) c1 = c;
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  /**
   * Range.getSpecialCellsOrNullObject("Visible") on the used range: the visible cells as rectangular
   * blocks (runs of shown rows × runs of shown columns), a null object when every cell is hidden.
   */
  private visibleCellsProxy(resolve: () => FakeSheet, valuesOnly: boolean, type: string): unknown {
    if (type !== "Visible") throw new Error(`The double does not find special cells of type ${type}`);
    let areas: { address: string }[] | undefined;
    let isNull: boolean | undefined;
    const runs = (from: number, to: number, hidden: Set<number> | undefined) => {
      const out: [number, number][] = [];
      for (let i = from; i <= to; i++) {
        if (hidden?.has(i)) continue;
        const last = out[out.length - 1];
        if (last && last[1] === i - 1) last[1] = i;
        else out.push([i, i]);
      }
      return out;
    };
    const areasProxy = {
      load: (p: string) => {
        this.push({ load: "visibleCells", p }, () => {
          const s = resolve();
          const u = ExcelDouble.usedArea(s, valuesOnly);
          const rows = u ? runs(u.r0, u.r1, s.hiddenRows) : [];
          const cols = u ? runs(u.c0, u.c1, s.hiddenCols) : [];
          areas = rows.flatMap(([r0, r1]) => cols.map(([c0, c1]) => ({ address: `${s.name}!${a1(r0, c0)}:${a1(r1, c1)}` })));
          isNull = areas.length === 0;
          return areas;
        });
      },
      get items() {
        if (!areas) throw Object.assign(new Error("items belum dimuat"), { code: NOT_LOADED });
        return areas;
      },
    };
    return {
      areas: areasProxy,
      get isNullObject() {
        if (isNull === undefined) throw Object.assign(new Error("isNullObject belum dimuat"), { code: NOT_LOADED });
        return isNull;
      },
    };
  }

  private usedRangeProxy(resolve: () => FakeSheet, valuesOnly: boolean): unknown {
    return this.loadable(
      { getSpecialCellsOrNullObject: (type: string) => this.visibleCellsProxy(resolve, valuesOnly, type) },
      (props) => {
        const s = resolve();
        const u = ExcelDouble.usedArea(s, valuesOnly);
        if (!u) return { isNullObject: true };
        const { r0, c0, r1, c1 } = u;
        const out: Record<string, unknown> = { isNullObject: false, rowIndex: r0, columnIndex: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
        if (props.some((p) => p.split(",").includes("rowHidden"))) {
          // Range.rowHidden: true when every row is hidden, false when none is, null when mixed.
          let hidden = 0;
          for (let r = r0; r <= r1; r++) if (s.hiddenRows?.has(r)) hidden++;
          out.rowHidden = hidden === 0 ? false : hidden === r1 - r0 + 1 ? true : null;
        }
        if (props.some((p) => p.split(",").includes("values"))) {
          if ((r1 - r0 + 1) * (c1 - c0 + 1) > 5_000_000)
            throw Object.assign(new Error("Terlalu banyak sel dalam satu permintaan"), { code: "ResponsePayloadSizeLimitExceeded" });
          const grid: Value[][] = [];
          for (let r = r0; r <= r1; r++) {
            const line: Value[] = [];
            for (let c = c0; c <= c1; c++) line.push(s.values.get(key(r, c)) ?? "");
            grid.push(line);
          }
          out.values = grid;
        }
        return out;
      },
      "usedRange",
    );
  }

  private rangeProxy(resolve: () => FakeSheet, address: () => string): unknown {
    const self = this;
    const area = () => {
      const a = parseA1(address().replace(/^([A-Z]+):([A-Z]+)$/, "$11:$21048576"));
      if (!a) throw Object.assign(new Error(`Alamat tidak sah: ${address()}`), { code: "InvalidArgument" });
      return a;
    };
    const eachCell = (f: (r: number, c: number, i: number, j: number) => void) => {
      const a = area();
      for (let r = a.r0; r <= a.r1; r++) for (let c = a.c0; c <= a.c1; c++) f(r, c, r - a.r0, c - a.c0);
    };
    // Like Office.js, a null in a written grid leaves that cell as it is.
    const write = (what: string, grid: unknown[][], apply: (s: FakeSheet, r: number, c: number, v: unknown) => void) =>
      self.push({ set: what, address: address(), grid }, () => {
        const s = resolve();
        const a = area();
        if (grid.length !== a.r1 - a.r0 + 1 || grid.some((row) => row.length !== a.c1 - a.c0 + 1)) {
          throw Object.assign(new Error(`Ukuran ${what} tidak sesuai dengan ${address()}`), { code: "InvalidArgument" });
        }
        eachCell((r, c, i, j) => {
          const v = grid[i]?.[j];
          if (v !== null) apply(s, r, c, v);
        });
      });
    const target = {
      [RANGE]: { resolve, address },
      set values(grid: unknown[][]) {
        write("values", grid, (s, r, c, v) => {
          if (typeof v === "string" && v.startsWith("=") && s.numberFormats.get(key(r, c)) !== "@") s.formulas.set(key(r, c), v);
          if (v === "") s.values.delete(key(r, c));
          else s.values.set(key(r, c), v as Value);
        });
      },
      set formulas(grid: unknown[][]) {
        write("formulas", grid, (s, r, c, v) => void s.formulas.set(key(r, c), String(v)));
      },
      set numberFormat(grid: unknown[][]) {
        write("numberFormat", grid, (s, r, c, v) => void s.numberFormats.set(key(r, c), String(v)));
      },
      set hyperlink(link: { documentReference: string; textToDisplay: string }) {
        self.push({ set: "hyperlink", address: address(), link }, () => {
          const s = resolve();
          eachCell((r, c) => {
            s.links.set(key(r, c), link);
            s.values.set(key(r, c), link.textToDisplay);
          });
        });
      },
      format: {
        font: {
          set bold(b: boolean) {
            self.push({ set: "bold", address: address(), b }, () => void resolve().formats.push({ address: address(), prop: "bold", value: b }));
          },
        },
        fill: {
          set color(color: string) {
            self.push({ set: "fill", address: address(), color }, () => {
              const s = resolve();
              s.formats.push({ address: address(), prop: "fill", value: color });
              eachCell((r, c) => s.fills.set(key(r, c), color));
            });
          },
        },
        set columnWidth(w: number) {
          self.push({ set: "columnWidth", address: address(), w }, () => void resolve().formats.push({ address: address(), prop: "columnWidth", value: w }));
        },
        set wrapText(w: boolean) {
          self.push({ set: "wrapText", address: address(), w }, () => void resolve().formats.push({ address: address(), prop: "wrapText", value: w }));
        },
        set verticalAlignment(v: string) {
          self.push(
            { set: "verticalAlignment", address: address(), v },
            () => void resolve().formats.push({ address: address(), prop: "verticalAlignment", value: v }),
          );
        },
      },
      select: () => self.push({ select: address() }, () => void (self.selection = { sheet: resolve().name, cell: address() })),
      getMergedAreasOrNullObject: () => {
        let areas: { address: string }[] | undefined;
        let isNull: boolean | undefined;
        const areasProxy = {
          load: (p: string) => {
            self.push({ load: "mergedAreas", p }, () => {
              const s = resolve();
              isNull = s.merges.length === 0;
              areas = s.merges.map((m) => ({ address: `${s.name}!${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}` }));
              return areas;
            });
          },
          get items() {
            if (!areas) throw Object.assign(new Error("items belum dimuat"), { code: NOT_LOADED });
            return areas;
          },
        };
        return {
          areas: areasProxy,
          get isNullObject() {
            if (isNull === undefined) throw Object.assign(new Error("isNullObject belum dimuat"), { code: NOT_LOADED });
            return isNull;
          },
        };
      },
      get conditionalFormats() {
        return self.cfCollection(resolve, address);
      },
    };
    return this.loadable(
      target,
      (props) => {
        const a = area();
        const out: Record<string, unknown> = {};
        for (const p of props) {
          if (p === "values") {
            const s = resolve();
            const cells = (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1);
            if (cells > 5_000_000) throw Object.assign(new Error("Terlalu banyak sel dalam satu permintaan"), { code: "ResponsePayloadSizeLimitExceeded" });
            const grid: Value[][] = [];
            for (let r = a.r0; r <= a.r1; r++) {
              const line: Value[] = [];
              for (let c = a.c0; c <= a.c1; c++) line.push(s.values.get(key(r, c)) ?? "");
              grid.push(line);
            }
            out.values = grid;
          } else if (p === "address") out.address = `${resolve().name}!${address()}`;
          else throw new Error(`The double does not load ${p}`);
        }
        return out;
      },
      { range: address },
    );
  }

  /**
   * worksheet.charts: add(type, range, seriesBy) and the parts of a chart the adapter sets. Every
   * object is strict: a property or method the double does not model throws, so a test cannot pass
   * over an API call the double would silently ignore.
   */
  private chartsCollection(resolve: () => FakeSheet): unknown {
    const self = this;
    const rangeOf = (r: unknown, what: string): string => {
      const ref = (r as Record<symbol, { resolve: () => FakeSheet; address: () => string }> | null)?.[RANGE];
      if (!ref) throw new Error(`The double's ${what} takes a Range`);
      if (ref.resolve() !== resolve()) throw Object.assign(new Error(`${what}: range on another sheet`), { code: "InvalidArgument" });
      const address = ref.address();
      if (!parseA1(address)) throw Object.assign(new Error(`Alamat tidak sah: ${address}`), { code: "InvalidArgument" });
      return address;
    };
    const cellOf = (c: unknown, what: string): string => {
      if (typeof c !== "string") return rangeOf(c, what);
      if (!parseA1(c)) throw Object.assign(new Error(`Alamat tidak sah: ${c}`), { code: "InvalidArgument" });
      return c;
    };
    const seriesProxy = (chart: () => FakeChart, at: () => FakeSeries, label: unknown) =>
      strict(
        {
          set name(n: string) {
            self.push({ set: "series.name", label, n }, () => void (at().name = n));
          },
          set chartType(t: string) {
            self.push({ set: "series.chartType", label, t }, () => void (at().chartType = t));
          },
          setValues: (r: unknown) => {
            const address = rangeOf(r, "series.setValues");
            self.push({ setValues: address, label }, () => void (at().values = address));
          },
          setXAxisValues: (r: unknown) => {
            const address = rangeOf(r, "series.setXAxisValues");
            self.push({ setXAxisValues: address, label }, () => void (at().xValues = address));
          },
        },
        "ChartSeries",
      );
    const chartProxy = (chart: () => FakeChart, label: unknown) =>
      strict(
        {
          title: strict(
            {
              set text(t: string) {
                self.push({ set: "chart.title", label, t }, () => void (chart().title = t));
              },
            },
            "ChartTitle",
          ),
          legend: strict(
            {
              set position(p: string) {
                self.push({ set: "legend.position", label, p }, () => void (chart().legend.position = p));
              },
              set visible(v: boolean) {
                self.push({ set: "legend.visible", label, v }, () => void (chart().legend.visible = v));
              },
            },
            "ChartLegend",
          ),
          axes: strict(
            {
              valueAxis: strict(
                {
                  title: strict(
                    {
                      set text(t: string) {
                        self.push({ set: "valueAxis.title", label, t }, () => void (chart().valueAxisTitle = t));
                      },
                    },
                    "ChartAxisTitle",
                  ),
                },
                "ChartAxis",
              ),
            },
            "ChartAxes",
          ),
          series: strict(
            {
              add: (name?: string) => {
                let added: FakeSeries | undefined;
                self.push({ addSeries: name, label }, () => {
                  added = { name: name ?? `Series${chart().series.length + 1}`, values: null, xValues: null, chartType: null };
                  chart().series.push(added);
                });
                return seriesProxy(chart, () => added!, { label, series: name });
              },
              getItemAt: (i: number) =>
                seriesProxy(
                  chart,
                  () => {
                    const s = chart().series[i];
                    if (!s) throw Object.assign(new Error(`Seri ${i} tidak ada.`), { code: "ItemNotFound" });
                    return s;
                  },
                  { label, series: i },
                ),
            },
            "ChartSeriesCollection",
          ),
          setPosition: (from: unknown, to?: unknown) => {
            const f = cellOf(from, "setPosition");
            const t = to === undefined ? null : cellOf(to, "setPosition");
            self.push({ setPosition: [f, t], label }, () => void (chart().position = { from: f, to: t }));
          },
        },
        "Chart",
      );
    return strict(
      {
        add: (type: string, source: unknown, seriesBy?: string) => {
          const address = rangeOf(source, "charts.add");
          let made: FakeChart | undefined;
          const label = { chart: self.nextId++ };
          self.push({ addChart: type, source: address, seriesBy, label }, () => {
            const a = parseA1(address)!;
            // Like Excel for a range of numbers: a series per column (per row with "Rows").
            const rows = seriesBy === "Rows";
            const series: FakeSeries[] = [];
            const n = rows ? a.r1 - a.r0 + 1 : a.c1 - a.c0 + 1;
            for (let i = 0; i < n; i++) {
              const values = rows ? `${a1(a.r0 + i, a.c0)}:${a1(a.r0 + i, a.c1)}` : `${a1(a.r0, a.c0 + i)}:${a1(a.r1, a.c0 + i)}`;
              series.push({ name: `Series${i + 1}`, values, xValues: null, chartType: null });
            }
            made = {
              type,
              source: address,
              seriesBy: seriesBy ?? null,
              series,
              title: null,
              legend: { position: null, visible: null },
              valueAxisTitle: null,
              position: null,
            };
            resolve().charts.push(made);
          });
          return chartProxy(() => {
            if (!made) throw new Error("chart used before its add ran");
            return made;
          }, label);
        },
      },
      "ChartCollection",
    );
  }

  private cfCollection(resolve: () => FakeSheet, address: () => string): unknown {
    const self = this;
    let items: unknown[] | undefined;
    const cfProxy = (id: () => string, type?: FakeCF["type"]) => {
      const find = () => resolve().cfs.find((c) => c.id === id());
      let formula: string | undefined;
      return {
        type,
        delete: () => self.push({ deleteCF: id() }, () => void resolve().cfs.splice(resolve().cfs.indexOf(find()!), 1)),
        custom: {
          rule: {
            load: () =>
              self.push({ load: "cf.formula", id: id() }, () => {
                formula = find()?.formula ?? "";
                return formula;
              }),
            get formula() {
              if (formula === undefined) throw Object.assign(new Error("formula belum dimuat"), { code: NOT_LOADED });
              return formula;
            },
            set formula(f: string) {
              self.push({ set: "cf.formula", f }, () => void (find()!.formula = f));
            },
          },
          format: {
            fill: {
              set color(color: string) {
                self.push({ set: "cf.fill", color }, () => void (find()!.fill = color));
              },
            },
          },
        },
      };
    };
    return {
      load: (p: string) =>
        self.push({ load: "conditionalFormats", p }, () => {
          const s = resolve();
          items = s.cfs.map((c) => cfProxy(() => c.id, c.type));
          return s.cfs.map((c) => ({ type: c.type }));
        }),
      get items() {
        if (!items) throw Object.assign(new Error("items belum dimuat"), { code: NOT_LOADED });
        return items;
      },
      add: (type: string) => {
        const id = `{cf-${self.nextId++}}`;
        self.push(
          { addCF: type, ranges: address() },
          () => void resolve().cfs.unshift({ id, type: type as FakeCF["type"], ranges: address(), formula: null, fill: null }),
        );
        return cfProxy(() => id, type as FakeCF["type"]);
      },
    };
  }
}

/** An object that throws on any property it does not define, read or written. */
function strict<T extends object>(target: T, type: string): T {
  return new Proxy(target, {
    get(t, prop, recv) {
      // Asked by JSON.stringify (a request's size) and by await: not an API call.
      if (prop === "toJSON" || prop === "then") return undefined;
      if (typeof prop === "string" && !(prop in t)) throw new Error(`The double's ${type} has no ${prop}`);
      const d = typeof prop === "string" ? Object.getOwnPropertyDescriptor(t, prop) : undefined;
      // Written only: Office.js would need a load and a sync first.
      if (d?.set && !d.get) throw Object.assign(new Error(`${type}.${String(prop)} belum dimuat`), { code: NOT_LOADED });
      return Reflect.get(t, prop, recv);
    },
    set(t, prop, value, recv) {
      if (typeof prop === "string" && !(prop in t)) throw new Error(`The double's ${type} cannot set ${prop}`);
      return Reflect.set(t, prop, value, recv);
    },
  });
}

/** The Excel enums the adapter uses, as Office.js defines them. */
export function installExcelEnums(): void {
  (globalThis as Record<string, unknown>).Excel = {
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ConditionalFormatType: { custom: "Custom", dataBar: "DataBar", cellValue: "CellValue" },
    ChartType: { columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    ChartLegendPosition: { top: "Top", bottom: "Bottom", left: "Left", right: "Right" },
    SpecialCellType: { visible: "Visible" },
  };
}

export { cellsOf };
