/**
 * `sakip periksa FILE.xlsx [FILE.xlsx …] [--json] [--keluaran PATH]`: checks SAKIP workbooks.
 * Exit 0 without error findings, 1 with, 2 when a file cannot be read or the usage is wrong.
 * Input files are only read; a copy with highlights goes to --keluaran.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { lkjipMain } from "./lkjip";
import { checkFiles } from "./pool";
import { JSON_OPEN, jsonClose, jsonPiece, terminalSafe, textSection, textTotal, type FileResult } from "./report";
import { inputIdentities, planTargets, RefusedTarget, writeSafely } from "./targets";

export const SAMPLE = join(__dirname, "..", "..", "contoh", "contoh-kecamatan.xlsx");

/** The sample as the report names it: relative to the working folder when it lies below it. */
function sampleAsGiven(): string {
  const rel = relative(process.cwd(), SAMPLE);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : SAMPLE;
}

const USAGE = `Pemakaian: sakip periksa BERKAS.xlsx [BERKAS.xlsx …] [--json] [--keluaran FOLDER|BERKAS.xlsx] [--timpa]

  periksa (check)        memeriksa konsistensi tabel SAKIP dalam berkas .xlsx
  --json                 mencetak hasil sebagai satu dokumen JSON
  --keluaran (--out)     menulis salinan tiap berkas dengan sel bermasalah disorot
                         dan sheet "Hasil Pemeriksaan"; berkas asli tidak pernah diubah
  --timpa (--overwrite)  boleh menimpa berkas keluaran yang sudah ada dan bukan
                         salinan buatan SAKIP Excel (berkas masukan tetap tidak pernah)
  lkjip BERKAS.xlsx      mencetak tabel Bab III LKjIP dari tabel SAKIP dalam berkas;
                         dengan --keluaran menulis salinan bersheet "Tabel LKjIP"
                         (sakip lkjip --help)
  --versi (--version)    mencetak versi
  --help (-h, bantuan)   mencetak petunjuk ini
  --                     mengakhiri opsi (untuk nama berkas yang diawali "-")
Tanpa BERKAS, contoh di contoh/contoh-kecamatan.xlsx yang diperiksa.
Kode keluar: 0 tanpa galat, 1 ada galat, 2 berkas tidak terbaca, salinan tidak ditulis,
atau pemakaian salah.`;

interface Options {
  files: string[];
  json: boolean;
  out: string | null;
  overwrite: boolean;
}

type Parsed = Options | { help: string } | { usageError: string };

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

export function parseArgs(argv: string[]): Parsed {
  if (argv.includes("--versi") || argv.includes("--version")) return { help: `sakip ${version()}` };
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === "-h" || cmd === "--help" || cmd === "bantuan" || cmd === "help") return { help: USAGE };
  if (cmd !== "periksa" && cmd !== "check") return { usageError: `Perintah "${cmd}" tidak dikenal.` };
  const o: Options = { files: [], json: false, out: null, overwrite: false };
  let options = true;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (options && a === "--") options = false;
    else if (options && (a === "-h" || a === "--help")) return { help: USAGE };
    else if (options && a === "--json") o.json = true;
    else if (options && (a === "--timpa" || a === "--overwrite")) o.overwrite = true;
    else if (options && (a === "--keluaran" || a === "--out")) {
      const v = rest[++i];
      if (v === undefined || v === "") return { usageError: `Opsi ${a} memerlukan folder atau nama berkas.` };
      o.out = v;
    } else if (options && (a.startsWith("--keluaran=") || a.startsWith("--out="))) {
      const v = a.slice(a.indexOf("=") + 1);
      if (v === "") return { usageError: `Opsi ${a.slice(0, a.indexOf("="))} memerlukan folder atau nama berkas.` };
      o.out = v;
    } else if (options && a.startsWith("-") && a !== "-") return { usageError: `Opsi "${a}" tidak dikenal.` };
    else o.files.push(a);
  }
  if (o.files.length === 0) o.files.push(sampleAsGiven());
  return o;
}

export interface Io {
  out: (s: string) => unknown;
  err: (s: string) => unknown;
}

const STD_IO: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/**
 * Runs the command line. Each file's report is written as soon as it and the files before it are
 * checked; files are checked on every core, each in isolation (see pool.ts).
 */
export async function main(argv: string[], io: Io = STD_IO): Promise<number> {
  if (argv[0] === "lkjip" && !argv.includes("--versi") && !argv.includes("--version")) return lkjipMain(argv.slice(1), io, sampleAsGiven());
  const o = parseArgs(argv);
  if ("help" in o) {
    io.out(`${o.help}\n`);
    return 0;
  }
  if ("usageError" in o) {
    io.err(`${o.usageError}\n\n${USAGE}\n`);
    return 2;
  }
  let targets: string[] | null = null;
  if (o.out !== null) {
    const planned = planTargets(o.files, o.out);
    if (typeof planned === "string") {
      io.err(`${terminalSafe(planned)}\n`);
      return 2;
    }
    targets = planned;
  }
  const inputs = await inputIdentities(o.files);
  const many = o.files.length > 1;
  const results: FileResult[] = [];
  if (o.json) io.out(JSON_OPEN);
  await checkFiles(o.files, { copy: targets !== null }, async (i, checked) => {
    let result = checked.result;
    if (targets && checked.copy) {
      try {
        await writeSafely(targets[i]!, checked.copy, inputs, o.overwrite);
        result = { ...result, copy: targets[i]! };
      } catch (e) {
        result = { ...result, copyError: e instanceof RefusedTarget ? e.message : String(e) };
      }
    }
    results.push(result);
    if (many) io.err(`[${i + 1}/${o.files.length}] ${terminalSafe(result.file)}\n`);
    // Diagnostics on stderr, one line each; the report on stdout stays complete.
    if (result.error) io.err(`${terminalSafe(result.file)}: tidak dapat dibaca: ${terminalSafe(result.error)}.\n`);
    if (result.copyError) io.err(`Salinan ${terminalSafe(result.file)} tidak ditulis: ${terminalSafe(result.copyError)}.\n`);
    io.out(o.json ? jsonPiece(result, i === 0) : textSection(result));
  });
  io.out(o.json ? jsonClose(results) : textTotal(results));
  if (results.some((r) => r.error || r.copyError)) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}
