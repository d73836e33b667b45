/**
 * `sakip periksa FILE.xlsx [FILE.xlsx …] [--json] [--keluaran PATH]`: checks SAKIP workbooks.
 * Exit 0 without error findings, 1 with, 2 when a file cannot be read or the usage is wrong.
 * Input files are only read; a copy with highlights goes to --keluaran.
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { checkWorkbook } from "../core/check";
import { loadExcelJs, readWorkbookFile, UnreadableFile, workbookFrom } from "./read-xlsx";
import { jsonReport, textReport, type FileResult } from "./report";
import { addFindingsToWorkbook } from "./write-copy";

export const SAMPLE = join(__dirname, "..", "..", "contoh", "contoh-kecamatan.xlsx");

const USAGE = `Pemakaian: sakip periksa BERKAS.xlsx [BERKAS.xlsx …] [--json] [--keluaran FOLDER|BERKAS.xlsx]

  periksa (check)        memeriksa konsistensi tabel SAKIP dalam berkas .xlsx
  --json                 mencetak hasil sebagai satu dokumen JSON
  --keluaran (--out)     menulis salinan tiap berkas dengan sel bermasalah disorot
                         dan sheet "Hasil Pemeriksaan"; berkas asli tidak diubah
Tanpa BERKAS, contoh di contoh/contoh-kecamatan.xlsx yang diperiksa.
Kode keluar: 0 tanpa galat, 1 ada galat, 2 berkas tidak terbaca atau pemakaian salah.`;

interface Options {
  files: string[];
  json: boolean;
  out: string | null;
}

export function parseArgs(argv: string[]): Options | string {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === "-h" || cmd === "--help" || cmd === "bantuan") return USAGE;
  if (cmd !== "periksa" && cmd !== "check") return `Perintah "${cmd}" tidak dikenal.\n\n${USAGE}`;
  const o: Options = { files: [], json: false, out: null };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--json") o.json = true;
    else if (a === "--keluaran" || a === "--out") {
      const v = rest[++i];
      if (!v) return `Opsi ${a} memerlukan folder atau nama berkas.\n\n${USAGE}`;
      o.out = v;
    } else if (a.startsWith("--keluaran=") || a.startsWith("--out=")) o.out = a.slice(a.indexOf("=") + 1);
    else if (a.startsWith("-")) return `Opsi "${a}" tidak dikenal.\n\n${USAGE}`;
    else o.files.push(a);
  }
  if (o.files.length === 0) o.files.push(SAMPLE);
  return o;
}

function outputPath(out: string, file: string, many: boolean): string {
  const isFile = extname(out).toLowerCase() === ".xlsx" && !many;
  if (isFile) return resolve(out);
  if (!existsSync(out)) mkdirSync(out, { recursive: true });
  return resolve(out, `${basename(file, extname(file))}-diperiksa.xlsx`);
}

export async function checkFile(file: string, out: string | null, many: boolean): Promise<FileResult> {
  try {
    // Checking reads cells only; writing a copy needs ExcelJS's full model of the file.
    const loaded = out ? await loadExcelJs(file) : null;
    const { workbook, notes } = loaded ? { workbook: workbookFrom(loaded.workbook), notes: loaded.notes } : await readWorkbookFile(file);
    const result = checkWorkbook(workbook);
    if (result.tables.length === 0) {
      return { file, tables: [], findings: [], notes, error: "tidak ada tabel SAKIP (PK, Capaian, Renaksi, PPS, PKPK, anggaran atau SKM) yang dikenali" };
    }
    if (out) {
      const target = outputPath(out, file, many);
      if (resolve(target) === resolve(file)) throw new UnreadableFile("berkas keluaran tidak boleh sama dengan berkas masukan");
      addFindingsToWorkbook(loaded!.workbook, result.findings);
      await loaded!.workbook.xlsx.writeFile(target);
    }
    return { file, tables: result.tables, findings: result.findings, notes };
  } catch (e) {
    const why = e instanceof UnreadableFile ? e.message : `kesalahan tak terduga: ${e instanceof Error ? e.message : String(e)}`;
    return { file, tables: [], findings: [], error: why };
  }
}

export async function main(
  argv: string[],
  io: { out: (s: string) => unknown; err: (s: string) => unknown } = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
): Promise<number> {
  const o = parseArgs(argv);
  if (typeof o === "string") {
    const help = o.startsWith("Pemakaian");
    (help ? io.out : io.err)(`${o}\n`);
    return help && argv.length === 0 ? 2 : help ? 0 : 2;
  }
  if (o.out && existsSync(o.out) && statSync(o.out).isFile() && o.files.length > 1) {
    io.err("Dengan beberapa berkas, --keluaran harus berupa folder.\n");
    return 2;
  }
  const many = o.files.length > 1;
  const results: FileResult[] = [];
  for (const [i, file] of o.files.entries()) {
    if (many) io.err(`[${i + 1}/${o.files.length}] ${file}\n`);
    results.push(await checkFile(file, o.out, many));
  }
  io.out(`${o.json ? jsonReport(results) : textReport(results)}\n`);
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
