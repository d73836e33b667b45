/**
 * `sakip lkjip --keluaran`: a copy of the workbook with our "Tabel LKjIP" sheet and its charts,
 * written through the same safe targets and passthrough copy as `periksa --keluaran`. The input
 * is never changed; every input part is in the copy byte for byte except the few that must
 * change; our earlier sheet is replaced, a user's sheet of the same name never touched; the
 * report sheet of periksa and ours live side by side. LibreOffice, a second reader, recalculates
 * the sheet built from the seed LKjIP's figures to those figures.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openArchive, type Archive } from "../../src/cli/zip-guard";
import { roundTo } from "../../src/core/numbers";
import { decodePart, listDefinedNames, listSheets } from "../../src/xlsx/ooxml";
import { run } from "../support/cli";
import { convert, sofficePath } from "../support/libreoffice";
import { richWorkbook } from "../support/rich-workbook";
import { writeSeedWorkbook } from "../support/seed-workbook";
import { readZip, writeZip } from "../support/zip";

jest.setTimeout(300_000);

const LKJIP_MARK = "_SAKIP_TabelLKjIP";
const REPORT_MARK = "_SAKIP_HasilPemeriksaan";

const digest = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
const fresh = () => mkdtempSync(join(tmpdir(), "sakip-lkjip-salin-"));
const text = (a: Archive, name: string) => decodePart(a.read(name)!);
const open = (f: string) => openArchive(readFileSync(f));
const sheetsOf = (a: Archive) => listSheets(text(a, "xl/workbook.xml"), text(a, "xl/_rels/workbook.xml.rels"));
const markOf = (a: Archive, mark: string) => listDefinedNames(text(a, "xl/workbook.xml")).find((n) => n.name === mark);

/** The seed LKjIP's figures as numbers (Tabel 3.2, the multi-year IKM table, Tabel 3.8). */
async function seedFile(dir: string, name = "seed.xlsx"): Promise<string> {
  const file = join(dir, name);
  await writeSeedWorkbook(file, { typed: true });
  return file;
}

/** Parts the copy adds for our sheet: the sheet, its rels, one drawing with its rels, the charts. */
const OURS =
  /^xl\/(worksheets\/sheet\d+\.xml|worksheets\/_rels\/sheet\d+\.xml\.rels|drawings\/drawing\d+\.xml|drawings\/_rels\/drawing\d+\.xml\.rels|charts\/chart\d+\.xml)$/;

/** Every input part is in the copy with its compressed bytes, except these. */
function expectPassthrough(input: Archive, copy: Archive, mayChange: ReadonlySet<string>): void {
  const inCopy = new Map(copy.entries.map((e) => [e.name, e]));
  for (const e of input.entries) {
    const c = inCopy.get(e.name);
    expect({ name: e.name, present: c !== undefined }).toEqual({ name: e.name, present: true });
    if (mayChange.has(e.name)) continue;
    expect({ name: e.name, same: Buffer.compare(c!.raw, e.raw) === 0 && c!.crc32 === e.crc32 && c!.method === e.method }).toEqual({ name: e.name, same: true });
  }
}

/** The parts our sheet relates to: its drawing, and the drawing's charts. */
function chartsOfSheet(a: Archive, sheetPath: string): { drawing: string; charts: string[] } {
  const rels = text(a, sheetPath.replace(/([^/]+)$/, "_rels/$1.rels"));
  const drawing = `xl/drawings/${/Target="\.\.\/drawings\/([^"]+)"/.exec(rels)![1]}`;
  const dRels = text(a, drawing.replace(/([^/]+)$/, "_rels/$1.rels"));
  const charts = [...dRels.matchAll(/Target="\.\.\/charts\/([^"]+)"/g)].map((m) => `xl/charts/${m[1]}`);
  return { drawing, charts };
}

/** Every part has a content type (an override, or a default for its extension), and every override names a part. */
function expectContentTypes(a: Archive): void {
  const ct = text(a, "[Content_Types].xml");
  const overrides = [...ct.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]!);
  const defaults = [...ct.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
  const names = new Set(a.entries.map((e) => e.name));
  for (const o of overrides) expect({ override: o, exists: names.has(o) }).toEqual({ override: o, exists: true });
  for (const e of a.entries) {
    if (e.name.endsWith("/")) continue;
    const ext = e.name.slice(e.name.lastIndexOf(".") + 1).toLowerCase();
    expect({ part: e.name, typed: overrides.includes(e.name) || defaults.includes(ext) }).toEqual({ part: e.name, typed: true });
  }
}

describe("a copy of the seed workbook", () => {
  let dir: string;
  let input: string;
  let copyPath: string;
  let before: string;
  let out: string;
  beforeAll(async () => {
    dir = fresh();
    input = await seedFile(dir);
    before = digest(input);
    const r = await run(["lkjip", input, "--keluaran", join(dir, "hasil")]);
    out = r.out;
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    copyPath = join(dir, "hasil", "seed-lkjip.xlsx");
  });

  test("says where it wrote; the input is unchanged; every input part is in the copy byte for byte but workbook.xml, its rels, the content types and styles", () => {
    expect(out.endsWith(`\nSalinan dengan tabel LKjIP: ${copyPath}\n`)).toBe(true);
    expect(digest(input)).toBe(before);
    const a = open(input);
    const c = open(copyPath);
    expectPassthrough(a, c, new Set(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml"]));
    const added = c.entries.filter((e) => !a.entries.some((i) => i.name === e.name)).map((e) => e.name);
    for (const n of added) expect(n).toMatch(OURS);
    expectContentTypes(c);
  });

  test("our sheet is marked, opened, and its formulas reference the seed's cells with no cached value; the workbook asks for a calculation on load", () => {
    const c = open(copyPath);
    const ours = sheetsOf(c).find((s) => s.name === "Tabel LKjIP")!;
    expect(markOf(c, LKJIP_MARK)).toMatchObject({ formula: "'Tabel LKjIP'!$A$1", hidden: true });
    const wb = text(c, "xl/workbook.xml");
    expect(wb).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(wb).toContain(`activeTab="${sheetsOf(c).findIndex((s) => s.name === "Tabel LKjIP")}"`);
    const xml = text(c, ours.path!);
    expect(xml).toContain("<f>'seed-capaian'!F6/'seed-capaian'!E6*100</f>");
    expect(xml).not.toMatch(/<\/f><v>/);
    // Bold title and header with the header fill, number formats per column, the first two columns wide.
    expect(xml).toMatch(/<col min="1" max="1" width="40" customWidth="1"\/><col min="2" max="2" width="40" customWidth="1"\/><col min="3" max="3" width="16"/);
    const styles = text(c, "xl/styles.xml");
    expect(styles).toContain('<fgColor rgb="FFD9E1F2"/>');
    expect(styles).toContain('<fgColor rgb="FFF2F2F2"/>');
    const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
    const xfs = [...cellXfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    const styleOf = (ref: string) => Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(xml)![1]);
    // Row 3 of table 1: target (D) and capaian (F).
    expect(xfs[styleOf("F3")]).toBe(2); // 0.00
    expect(xfs[styleOf("A1")]).toBe(49); // @
  });

  test("a chart per table that needs one: column charts whose series reference our sheet, with caches of the figures", () => {
    const c = open(copyPath);
    const ours = sheetsOf(c).find((s) => s.name === "Tabel LKjIP")!;
    expect(text(c, ours.path!)).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
    const { drawing, charts } = chartsOfSheet(c, ours.path!);
    expect(text(c, drawing).match(/<xdr:twoCellAnchor/g)).toHaveLength(charts.length);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const first = text(c, charts[0]!);
    expect(first).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(first).toContain("<a:t>Capaian kinerja per indikator (%)</a:t>");
    // Its categories are table 2's indicator names (column A), not table 1's rows with the sasaran averages.
    expect(first).toMatch(/<c:cat><c:strRef><c:f>'Tabel LKjIP'!\$A\$\d+:\$A\$\d+<\/c:f><c:strCache>/);
    expect(first).not.toContain("<c:v>Capaian rata-rata</c:v>");
    // The cache holds the figures, so a viewer that does not recalculate still draws them: 93,85 / 91,5 × 100.
    const cached = [...first.matchAll(/<c:numCache>[\s\S]*?<\/c:numCache>/g)].map((m) => m[0]).join("");
    const values = [...cached.matchAll(/<c:v>([^<]+)<\/c:v>/g)].map((m) => roundTo(Number(m[1]), 2));
    expect(values).toContain(102.57);
    expect(values).toContain(98.27);
  });

  test("--json says where the copy is", async () => {
    const r = await run(["lkjip", input, "--keluaran", join(dir, "json"), "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { copy: string; tables: unknown[] };
    expect(doc.copy).toBe(join(dir, "json", "seed-lkjip.xlsx"));
    expect(doc.tables).toHaveLength(6);
    expect(existsSync(doc.copy)).toBe(true);
  });

  test("run again on the copy, our sheet is replaced in place: same name, same place, its old drawing and charts gone, the other parts byte for byte", async () => {
    const again = join(dir, "lagi");
    const r = await run(["lkjip", copyPath, "--keluaran", again]);
    expect(r.code).toBe(0);
    const first = open(copyPath);
    const second = open(join(again, "seed-lkjip-lkjip.xlsx"));
    expect(sheetsOf(second)).toEqual(sheetsOf(first));
    const ours = sheetsOf(second).find((s) => s.name === "Tabel LKjIP")!;
    const { charts } = chartsOfSheet(second, ours.path!);
    expect(charts.sort()).toEqual(chartsOfSheet(first, ours.path!).charts.sort());
    const { drawing } = chartsOfSheet(second, ours.path!);
    const rels = (p: string) => p.replace(/([^/]+)$/, "_rels/$1.rels");
    const ourParts = new Set([ours.path!, rels(ours.path!), drawing, rels(drawing), ...charts]);
    expectPassthrough(first, second, new Set(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml", ...ourParts]));
    expect(second.entries.map((e) => e.name).sort()).toEqual(first.entries.map((e) => e.name).sort());
    // The same sheet: the copy of a copy holds the same cells.
    expect(text(second, ours.path!).replace(/ s="\d+"/g, "")).toBe(text(first, ours.path!).replace(/ s="\d+"/g, ""));
    expectContentTypes(second);
  });
});

describe("refusals, as periksa --keluaran", () => {
  test("the input itself as the target, directly or through a link, is refused and the input unchanged", async () => {
    const dir = fresh();
    const input = await seedFile(dir);
    const before = digest(input);
    const direct = await run(["lkjip", input, "--keluaran", input]);
    expect(direct.code).toBe(2);
    expect(direct.err).toMatch(/^Salinan .*seed\.xlsx tidak ditulis: ".*seed\.xlsx" adalah berkas masukan/m);
    const out = join(dir, "hasil");
    mkdirSync(out);
    symlinkSync(input, join(out, "seed-lkjip.xlsx"));
    const linked = await run(["lkjip", input, "--keluaran", out, "--timpa"]);
    expect(linked.code).toBe(2);
    expect(linked.err).toMatch(/adalah berkas masukan/);
    expect(digest(input)).toBe(before);
    expect(readdirSync(out).filter((n) => n.includes(".sementara"))).toEqual([]);
  });

  test("an existing workbook that is not our copy is replaced only with --timpa; our copies (LKjIP or checked) without it", async () => {
    const dir = fresh();
    const input = await seedFile(dir);
    const other = join(dir, "laporan-lain.xlsx");
    writeFileSync(other, "bukan salinan kami");
    const refused = await run(["lkjip", input, "--keluaran", other]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/sudah ada dan bukan salinan buatan SAKIP Excel; pakai --timpa/);
    expect(readFileSync(other, "utf8")).toBe("bukan salinan kami");
    const json = await run(["lkjip", input, "--keluaran", other, "--json"]);
    expect(json.code).toBe(2);
    const doc = JSON.parse(json.out) as { copy?: string; copyError?: string; tables: unknown[] };
    expect(doc.copy).toBeUndefined();
    expect(doc.copyError).toMatch(/sudah ada dan bukan salinan buatan SAKIP Excel/);
    expect(doc.tables).toHaveLength(6);
    const forced = await run(["lkjip", input, "--keluaran", other, "--timpa"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`Salinan dengan tabel LKjIP: ${other}`);
    expect((await run(["lkjip", input, "--keluaran", other])).code).toBe(0);
    // A copy periksa wrote counts as ours too, and ours for periksa.
    const checked = join(dir, "diperiksa.xlsx");
    await run(["periksa", input, "--keluaran", checked]);
    expect((await run(["lkjip", input, "--keluaran", checked])).code).toBe(0);
    expect((await run(["periksa", input, "--keluaran", other])).out).toContain(`Salinan bersorotan: ${other}`);
  });
});

describe("beside the user's sheets and the report sheet", () => {
  test("a user's own sheet named Tabel LKjIP is never touched: ours is Tabel LKjIP (2)", async () => {
    const dir = fresh();
    const input = join(dir, "punya-sheet.xlsx");
    await writeSeedWorkbook(input, { typed: true });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    wb.addWorksheet("Tabel LKjIP").getCell("A1").value = "Tabel buatan sendiri";
    await wb.xlsx.writeFile(input);
    const r = await run(["lkjip", input, "--keluaran", join(dir, "hasil")]);
    expect(r.code).toBe(0);
    const a = open(input);
    const c = open(join(dir, "hasil", "punya-sheet-lkjip.xlsx"));
    const user = sheetsOf(a).find((s) => s.name === "Tabel LKjIP")!;
    expect(sheetsOf(c).map((s) => s.name)).toEqual([...sheetsOf(a).map((s) => s.name), "Tabel LKjIP (2)"]);
    expect(Buffer.compare(c.entries.find((e) => e.name === user.path)!.raw, a.entries.find((e) => e.name === user.path)!.raw)).toBe(0);
    expect(markOf(c, LKJIP_MARK)!.formula).toBe("'Tabel LKjIP (2)'!$A$1");
    const ours = sheetsOf(c).find((s) => s.name === "Tabel LKjIP (2)")!;
    expect(text(c, chartsOfSheet(c, ours.path!).charts[0]!)).toContain("<c:f>'Tabel LKjIP (2)'!$");
  });

  test("checked then given tables keeps both sheets and both marks; checked again, our LKjIP sheet and charts stay byte for byte", async () => {
    const dir = fresh();
    const input = await seedFile(dir);
    await run(["periksa", input, "--keluaran", join(dir, "1")]);
    const checked = join(dir, "1", "seed-diperiksa.xlsx");
    expect((await run(["lkjip", checked, "--keluaran", join(dir, "2")])).code).toBe(0);
    const both = join(dir, "2", "seed-diperiksa-lkjip.xlsx");
    const c = open(both);
    expect(
      sheetsOf(c)
        .map((s) => s.name)
        .slice(-2),
    ).toEqual(["Hasil Pemeriksaan", "Tabel LKjIP"]);
    expect(markOf(c, REPORT_MARK)!.formula).toBe("'Hasil Pemeriksaan'!$A$1");
    expect(markOf(c, LKJIP_MARK)!.formula).toBe("'Tabel LKjIP'!$A$1");
    expectPassthrough(open(checked), c, new Set(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml"]));
    // Checked again: the LKjIP sheet is not read as data (no finding cites it) and is left as it is.
    let json = "";
    await run(["periksa", both, "--keluaran", join(dir, "3"), "--json"]).then((r) => (json = r.out));
    const doc = JSON.parse(json) as { files: { findings: { sheet: string }[]; copy: string }[] };
    expect(doc.files[0]!.findings.length).toBeGreaterThan(0);
    expect(doc.files[0]!.findings.some((f) => f.sheet === "Tabel LKjIP")).toBe(false);
    const again = open(doc.files[0]!.copy);
    const ours = sheetsOf(c).find((s) => s.name === "Tabel LKjIP")!;
    const { drawing, charts } = chartsOfSheet(c, ours.path!);
    for (const name of [ours.path!, drawing, ...charts]) {
      expect({ name, same: Buffer.compare(again.entries.find((e) => e.name === name)!.raw, c.entries.find((e) => e.name === name)!.raw) === 0 }).toEqual({
        name,
        same: true,
      });
    }
    expect(
      sheetsOf(again)
        .map((s) => s.name)
        .slice(-2),
    ).toEqual(["Hasil Pemeriksaan", "Tabel LKjIP"]);
  });

  test("a workbook with its own drawings and charts: ours take free part names, theirs stay byte for byte", async () => {
    const dir = fresh();
    const input = join(dir, "kaya.xlsx");
    writeFileSync(input, richWorkbook());
    const r = await run(["lkjip", input, "--keluaran", join(dir, "hasil")]);
    expect(r.code).toBe(0);
    const a = open(input);
    const c = open(join(dir, "hasil", "kaya-lkjip.xlsx"));
    expectPassthrough(a, c, new Set(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/styles.xml"]));
    const ours = sheetsOf(c).find((s) => s.name === "Tabel LKjIP")!;
    const { drawing, charts } = chartsOfSheet(c, ours.path!);
    const inputNames = new Set(a.entries.map((e) => e.name));
    for (const n of [ours.path!, drawing, ...charts]) expect({ n, new: !inputNames.has(n) }).toEqual({ n, new: true });
    expect(inputNames.has("xl/charts/chart1.xml") && inputNames.has("xl/drawings/drawing1.xml")).toBe(true);
    expectContentTypes(c);
  });
});

/** A CSV line's fields (LibreOffice: comma separated, double quotes, doubled inside). */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const lo = sofficePath() ? describe : describe.skip;
lo("LibreOffice, a second reader", () => {
  // Every sheet to its own file, values as computed (not as shown), so the test rounds them itself.
  const CSV = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";
  let dir: string;
  let copy: string;
  beforeAll(async () => {
    dir = fresh();
    const input = await seedFile(dir);
    const r = await run(["lkjip", input, "--keluaran", join(dir, "hasil")]);
    expect(r.code).toBe(0);
    copy = join(dir, "hasil", "seed-lkjip.xlsx");
  });

  /** The rows of our sheet as LibreOffice computed them. */
  async function recalculated(file: string, name: string): Promise<string[][]> {
    const outdir = join(dir, name);
    mkdirSync(outdir);
    const c = await convert(file, CSV, outdir);
    expect(c.code).toBe(0);
    const csv = readdirSync(outdir).find((f) => f.endsWith("-Tabel LKjIP.csv"))!;
    return readFileSync(join(outdir, csv), "utf8")
      .split("\n")
      .map((l) => fields(l.replace(/\r$/, "")));
  }

  /** The rows of the table titled `title` (its header row first), up to the blank row after it. */
  function table(rows: string[][], title: RegExp): string[][] {
    const at = rows.findIndex((r) => title.test(r[0] ?? ""));
    const end = rows.findIndex((r, i) => i > at && r.every((v) => v === ""));
    return rows.slice(at + 1, end);
  }

  function cell(t: string[][], match: (r: string[]) => boolean, column: string): string {
    const head = t[0]!;
    const i = head.indexOf(column);
    const row = t.find((r, k) => k > 0 && match(r));
    expect({ column, found: i >= 0 && row !== undefined }).toEqual({ column, found: true });
    return row![i]!;
  }

  const num = (s: string) => roundTo(Number(s), 2);
  const ikm = (r: string[]) => r.includes("Indeks Kepuasan Masyarakat");
  const sakip = (r: string[]) => r.includes("Nilai Sakip Kecamatan");

  test("recalculates the sheet to the seed's figures: IKM 102,57, SAKIP 98,27, both Sangat Tinggi; 91,4 (2023) and 89 (2022); 104,28 % of the Renstra target; serapan 92,61 %", async () => {
    const rows = await recalculated(copy, "csv");
    const t1 = table(rows, /^Capaian Kinerja Tahun 2024$/);
    expect(num(cell(t1, ikm, "Target 2024"))).toBe(91.5);
    expect(num(cell(t1, ikm, "Realisasi 2024"))).toBe(93.85);
    expect(num(cell(t1, ikm, "Capaian 2024 (%)"))).toBe(102.57);
    expect(cell(t1, ikm, "Kategori")).toBe("Sangat Tinggi");
    expect(num(cell(t1, sakip, "Capaian 2024 (%)"))).toBe(98.27);
    expect(cell(t1, sakip, "Kategori")).toBe("Sangat Tinggi");
    const t2 = table(rows, /^Perbandingan Realisasi/);
    expect(num(cell(t2, ikm, "Realisasi 2023"))).toBe(91.4);
    expect(num(cell(t2, ikm, "Realisasi 2022"))).toBe(89);
    expect(num(cell(t2, ikm, "Realisasi 2024"))).toBe(93.85);
    const t3 = table(rows, /Target Akhir Renstra$/);
    expect(num(cell(t3, ikm, "Target Akhir Renstra"))).toBe(90);
    expect(num(cell(t3, ikm, "Capaian terhadap Target Akhir (%)"))).toBe(104.28);
    expect(cell(t3, ikm, "Keterangan")).toBe("Target akhir Renstra sudah tercapai");
    const t5 = table(rows, /^Realisasi Anggaran per Program/);
    expect(num(cell(t5, (r) => r[1] === "Jumlah", "Serapan (%)"))).toBe(92.61);
  });

  test("it really recalculates: with the IKM realisasi changed to 91,5 in the copy, capaian is 100 and 91,5 / 90 of the Renstra target 101,67 %", async () => {
    // The seed's figures are in seed-capaian (its first sheet); F6 holds the IKM realisasi 93,85.
    const parts = readZip(readFileSync(copy));
    const c = open(copy);
    const seedPart = sheetsOf(c).find((s) => s.name === "seed-capaian")!.path!;
    const part = parts.find((p) => p.name === seedPart)!;
    const xml = part.data.toString("utf8");
    const changed = xml.replace(/(<c r="F6"[^>]*><v>)93\.85(<\/v>)/, "$191.5$2");
    expect(changed).not.toBe(xml);
    part.data = Buffer.from(changed);
    const edited = join(dir, "diubah.xlsx");
    writeFileSync(edited, writeZip(parts));
    const rows = await recalculated(edited, "csv-diubah");
    expect(num(cell(table(rows, /^Capaian Kinerja Tahun 2024$/), ikm, "Capaian 2024 (%)"))).toBe(100);
    expect(num(cell(table(rows, /Target Akhir Renstra$/), ikm, "Capaian terhadap Target Akhir (%)"))).toBe(101.67);
  });

  test("sees the charts: saved again by LibreOffice the copy still has them; the PDF is written", async () => {
    const c = open(copy);
    const ours = sheetsOf(c).find((s) => s.name === "Tabel LKjIP")!;
    const count = chartsOfSheet(c, ours.path!).charts.length;
    mkdirSync(join(dir, "ulang"));
    const again = await convert(copy, "xlsx", join(dir, "ulang"));
    expect(again.code).toBe(0);
    const resaved = openArchive(readFileSync(again.output!));
    const charts = resaved.entries.filter((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name));
    expect(charts).toHaveLength(count);
    expect(charts.map((e) => decodePart(resaved.read(e.name)!)).join("")).toContain("Capaian kinerja per indikator (%)");
    const pdf = await convert(copy, "pdf", join(dir, "pdf"));
    expect(pdf.code).toBe(0);
    expect(pdf.output).not.toBeNull();
  });
});
