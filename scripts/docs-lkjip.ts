/**
 * Regenerates docs/lkjip/tabel-lkjip.png: the "Tabel LKjIP" sheet that `sakip lkjip --keluaran`
 * adds to a copy of the sample workbook (contoh/contoh-kecamatan.xlsx), as LibreOffice draws it
 * after recalculating its formulas: the sheet as one PDF page (SinglePageSheets), then that page
 * as PNG with pdftoppm (poppler-utils). Run: npm run docs:lkjip. Needs LibreOffice and pdftoppm.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { convert } from "../test/support/libreoffice";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "docs", "lkjip", "tabel-lkjip.png");
/** Resolution of the picture: the sheet is about 2 000 points wide, so 72 dpi is about 2 000 pixels. */
const DPI = 72;

async function build(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "sakip-docs-lkjip-"));
  try {
    const input = join(dir, "contoh-kecamatan.xlsx");
    copyFileSync(join(ROOT, "contoh", "contoh-kecamatan.xlsx"), input);
    let said = "";
    const code = await main(["lkjip", input, "--keluaran", join(dir, "hasil")], { out: (s) => (said += s), err: (s) => process.stderr.write(s) });
    if (code !== 0) throw new Error(`sakip lkjip --keluaran keluar dengan kode ${code}`);
    const copy = join(dir, "hasil", "contoh-kecamatan-lkjip.xlsx");
    // Every sheet on one page of its own; ours, added last, is the last page.
    const pdf = await convert(copy, 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}', dir);
    if (pdf.code !== 0 || !pdf.output) throw new Error(`LibreOffice tidak menulis PDF (${pdf.stderr.trim()})`);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf.output], { encoding: "utf8" }))?.[1]);
    if (!pages) throw new Error("jumlah halaman PDF tidak terbaca");
    mkdirSync(join(ROOT, "docs", "lkjip"), { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", String(DPI), "-f", String(pages), "-l", String(pages), "-singlefile", pdf.output, OUT.replace(/\.png$/, "")]);
    process.stdout.write(`${said.trim().split("\n").pop()}\nGambar: ${OUT}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

build().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
