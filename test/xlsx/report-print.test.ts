/**
 * The report sheet printed: the sample's highlighted copy, with every sheet but "Hasil Pemeriksaan"
 * hidden, converted to PDF by LibreOffice. Landscape, one page wide (not three pages side by side:
 * every page shows every column's header, repeated by the print titles); poppler's pdftotext reads
 * the pages. The PDF and a
 * PNG of its page are left in test-output/ (docs/ has a copy).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { REPORT_COLUMNS, REPORT_SHEET } from "../../src/core/report-sheet";
import { convert, sofficePath } from "../support/libreoffice";
import { readZip, writeZip } from "../support/zip";

jest.setTimeout(300_000);

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "test-output");

/** The workbook with only our report sheet visible (and active), everything else as in the copy. */
function onlyReport(copy: Buffer): Buffer {
  const entries = readZip(copy);
  const wb = entries.find((e) => e.name === "xl/workbook.xml")!;
  let xml = wb.data.toString("utf8");
  const sheets = [...xml.matchAll(/<sheet\s[^>]*?\/>/g)].map((m) => m[0]);
  const ours = sheets.findIndex((s) => s.includes(`name="${REPORT_SHEET}"`));
  expect(ours).toBeGreaterThanOrEqual(0);
  for (const s of sheets)
    if (!s.includes(`name="${REPORT_SHEET}"`)) xml = xml.replace(s, s.replace(/\sstate="[^"]*"/, "").replace(/\/>$/, ' state="hidden"/>'));
  // The copy made our sheet the active one already (the sample selects no other sheet).
  expect(xml).toContain(`activeTab="${ours}"`);
  wb.data = Buffer.from(xml, "utf8");
  // The visible sheets' views: none selected but ours, so the hidden ones are not grouped with it.
  for (const e of entries)
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(e.name)) e.data = Buffer.from(e.data.toString("utf8").replace(/\stabSelected="1"/g, ""), "utf8");
  return writeZip(entries);
}

/** The MediaBox of each page of a PDF as LibreOffice writes it (page objects in plain text). */
function pdfPages(pdf: Buffer): { boxes: number[][] } {
  const raw = pdf.toString("latin1");
  const boxes = [...raw.matchAll(/\/Type\s*\/Page\b(?!s)[^>]*?\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) => m[1]!.trim().split(/\s+/).map(Number));
  return { boxes };
}

const lo = sofficePath() ? test : test.skip;

lo("the sample's report sheet prints landscape, one page wide, in LibreOffice", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-cetak-"));
  const input = join(dir, "contoh-kecamatan.xlsx");
  copyFileSync(join(ROOT, "contoh", "contoh-kecamatan.xlsx"), input);
  let out = "";
  await main(["periksa", input, "--keluaran", join(dir, "hasil"), "--json"], { out: (s) => void (out += s), err: () => undefined });
  const file = (JSON.parse(out) as { files: { copy: string; findings: unknown[] }[] }).files[0]!;
  expect(file.findings.length).toBeGreaterThanOrEqual(12);
  const report = join(dir, "hasil-pemeriksaan.xlsx");
  writeFileSync(report, onlyReport(readFileSync(file.copy)));

  const pdf = await convert(report, "pdf", dir);
  expect({ code: pdf.code, output: pdf.output !== null, stderr: pdf.stderr }).toEqual({ code: 0, output: true, stderr: pdf.stderr });
  mkdirSync(OUT, { recursive: true });
  copyFileSync(pdf.output!, join(OUT, "hasil-pemeriksaan.pdf"));
  const { boxes } = pdfPages(readFileSync(pdf.output!));
  // Landscape pages, one page wide: every page carries the whole header row (the print titles
  // repeat it), so no column was pushed onto a page of its own; rows may run onto more pages.
  expect(boxes.length).toBeGreaterThanOrEqual(1);
  for (const [x0, y0, x1, y1] of boxes) expect(x1! - x0!).toBeGreaterThan(y1! - y0!);
  const text = spawnSync("pdftotext", ["-layout", pdf.output!, "-"], { encoding: "utf8" });
  expect(text.error).toBeUndefined();
  const pages = text.stdout.split("\f").filter((p) => p.trim() !== "");
  expect(pages).toHaveLength(boxes.length);
  for (const page of pages)
    for (const column of REPORT_COLUMNS)
      expect({ page: pages.indexOf(page) + 1, column: column.header, found: page.includes(column.header) }).toEqual({
        page: pages.indexOf(page) + 1,
        column: column.header,
        found: true,
      });

  // A picture of the page, where poppler's pdftoppm is installed.
  const pdftoppm = spawnSync("pdftoppm", ["-png", "-r", "110", "-singlefile", pdf.output!, join(OUT, "hasil-pemeriksaan")]);
  if (pdftoppm.error === undefined) expect(pdftoppm.status).toBe(0);
});
