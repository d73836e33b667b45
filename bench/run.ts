/**
 * `npm run bench`: figures for the three generated workbook sizes, measured in one run on this
 * machine, printed as a table with the targets of issue 6. Nothing here asserts; it reports.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { checkWorkbook } from "../src/core/check";
import { ikmFromAnswers } from "../src/core/formulas";
import type { Workbook } from "../src/core/grid";
import { applyHighlights } from "../src/excel/highlights";
import { readOpenWorkbook } from "../src/excel/read-workbook";
import { writeReportSheet } from "../src/excel/report-sheet";
import { doubleOf, installExcelEnums } from "../test/support/excel-double";
import { HOSTILE } from "../test/support/hostile-files";
import { nomenklaturLine, nomenklaturLookup } from "./nomenklatur";
import { generateWorkbook, lcg, plantedCount, SIZES, skmAnswers, toExcelJs } from "./generate";

const ROOT = join(__dirname, "..");
const DIR = join(tmpdir(), "sakip-bench");
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** Runs a Node script in a fresh process; wall time and its peak resident memory. */
function timed(args: string[]): { ms: number; peakKb: number; status: number | null; stdout: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, ["--require", join(__dirname, "peak-rss.cjs"), ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const wall = performance.now() - t;
  const m = /SAKIP_PEAK_RSS_KB=(\d+)/.exec(r.stderr ?? "");
  return { ms: wall, peakKb: m ? Number(m[1]) : NaN, status: r.status, stdout: r.stdout ?? "" };
}

function engine(wb: Workbook): { ms: number; findings: number; cold: number } {
  let t = performance.now();
  const first = checkWorkbook(wb);
  const cold = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    checkWorkbook(wb);
    times.push(performance.now() - t);
  }
  return { ms: median(times), findings: first.findings.length, cold };
}

async function adapter(wb: Workbook): Promise<{ readSyncs: number; refused: number; largestRead: number; largestWrite: number; writeSyncs: number }> {
  installExcelEnums();
  const xl = doubleOf(wb);
  // As Excel on the web: a response over 5 MB is refused.
  xl.responseLimit = 5 * 1024 * 1024;
  const read = await readOpenWorkbook(xl.context);
  const readTrips = [...xl.roundTrips];
  const refused = xl.refused;
  const findings = checkWorkbook(read).findings;
  await applyHighlights(xl.context, findings);
  await writeReportSheet(xl.context, findings);
  const writeTrips = xl.roundTrips.slice(readTrips.length);
  const largest = (ts: typeof readTrips) => Math.max(0, ...ts.map((t) => Math.max(t.requestBytes, t.responseBytes)));
  return { readSyncs: readTrips.length + refused, refused, largestRead: largest(readTrips), writeSyncs: writeTrips.length, largestWrite: largest(writeTrips) };
}

function ikm(): number {
  const answers = skmAnswers(10_000, lcg(9));
  for (let i = 0; i < 5; i++) ikmFromAnswers(answers);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    ikmFromAnswers(answers);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Each hostile file of test/support/hostile-files.ts through `sakip periksa` in a fresh process. */
function hostile(): string[] {
  const lines: string[] = [];
  for (const [name, make] of Object.entries(HOSTILE)) {
    const file = join(DIR, `berbahaya-${name}.xlsx`);
    const data = make();
    writeFileSync(file, data);
    const r = timed([join(ROOT, "bin", "sakip.js"), "periksa", file, "--json"]);
    let outcome: string;
    try {
      const f = (JSON.parse(r.stdout) as { files: { error?: string; findings: unknown[] }[] }).files[0]!;
      outcome = f.error ? `ditolak: ${f.error}` : `dibaca: ${f.findings.length} temuan`;
    } catch {
      outcome = `keluaran tidak terbaca (kode ${r.status})`;
    }
    const bounded = r.ms <= 30_000 && r.peakKb <= 1024 * 1024 ? "dalam batas" : "MELEWATI BATAS";
    lines.push(
      `${name} (${(data.length / 1024).toFixed(0)} KB): ${ms(r.ms)}, ${mb(r.peakKb)}, ${bounded} (30 s, 1 GB); ${outcome.length > 110 ? `${outcome.slice(0, 110)}…` : outcome}`,
    );
  }
  return lines;
}

/** A kabupaten's batch: 40 one-perangkat-daerah files, on every core and then one after another. */
function batch(): string {
  const files: string[] = [];
  for (let k = 0; k < 40; k++) {
    const file = join(DIR, `batch-${k}.xlsx`);
    files.push(file);
  }
  const together: number[] = [];
  const serial: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    together.push(timed([join(ROOT, "bin", "sakip.js"), "periksa", ...files, "--json"]).ms);
    serial.push(timedEnv({ SAKIP_PEKERJA: "1" }, [join(ROOT, "bin", "sakip.js"), "periksa", ...files, "--json"]).ms);
  }
  const speedup = median(serial) / median(together);
  const ok = speedup >= 1.6 ? "ya" : `TIDAK: ${speedup.toFixed(2)}× < 1,6×, kurang ${((1 - speedup / 1.6) * 100).toFixed(0)}%`;
  return `40 berkas sekaligus: ${ms(median(together))} di semua inti, ${ms(median(serial))} satu per satu: ${speedup.toFixed(2)}× lebih cepat (≥ 1,6×: ${ok})`;
}

function timedEnv(env: Record<string, string>, args: string[]): { ms: number } {
  const t = performance.now();
  spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: "ignore" });
  return { ms: performance.now() - t };
}

function verdict(value: number, limit: number, unit: (x: number) => string): string {
  return value <= limit ? `ya (≤ ${unit(limit)})` : `TIDAK: ${unit(value)} > ${unit(limit)}, lebih ${((value / limit - 1) * 100).toFixed(0)}%`;
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  console.log(`SAKIP Excel benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} inti`);
  console.log(`Berkas contoh sintetis di ${DIR}; waktu mesin = median ${RUNS} putaran setelah 1 putaran pemanasan.\n`);
  const rows: string[][] = [
    [
      "ukuran",
      "sheet",
      "sel",
      "temuan (tertanam)",
      "mesin (dingin)",
      "mesin",
      "µs/indikator",
      "ExcelJS muat",
      "ExcelJS stream",
      "lantai",
      "sakip periksa",
      "÷ stream",
      "÷ lantai",
      "memori puncak",
    ],
  ];
  const targets: string[] = [];
  for (let k = 0; k < 40; k++) await toExcelJs(generateWorkbook(SIZES.kecil, 1000 + k)).xlsx.writeFile(join(DIR, `batch-${k}.xlsx`));
  for (const name of ["kecil", "sedang", "besar"] as const) {
    const size = SIZES[name];
    const wb = generateWorkbook(size);
    const cells = wb.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.length, 0), 0);
    const e = engine(wb);
    const file = join(DIR, `${name}.xlsx`);
    await toExcelJs(wb).xlsx.writeFile(file);
    const base: number[] = [];
    const stream: number[] = [];
    const floor: number[] = [];
    const cli: number[] = [];
    let peak = 0;
    let baselinePeak = 0;
    // Interleaved, so that the machine's noise falls on every measure alike.
    for (let i = 0; i < RUNS; i++) {
      const b = timed([join(__dirname, "load-exceljs.cjs"), file]);
      const st = timed([join(__dirname, "stream-exceljs.cjs"), file]);
      const fl = timed([join(__dirname, "floor.cjs"), file]);
      const c = timed([join(ROOT, "bin", "sakip.js"), "periksa", file, "--json"]);
      if (c.status !== 0 && c.status !== 1) throw new Error(`sakip periksa gagal pada ${file} (kode ${c.status})`);
      base.push(b.ms);
      stream.push(st.ms);
      floor.push(fl.ms);
      cli.push(c.ms);
      peak = Math.max(peak, c.peakKb);
      baselinePeak = Math.max(baselinePeak, b.peakKb);
    }
    const ratio = median(cli) / median(stream);
    const overFloor = median(cli) / median(floor);
    const indicatorRows = size.pd * size.indicators * 4;
    rows.push([
      `${name} (${(statSync(file).size / 1024).toFixed(0)} KB)`,
      String(wb.sheets.length),
      cells.toLocaleString("id-ID"),
      `${e.findings} (${plantedCount(size)})`,
      ms(e.cold),
      ms(e.ms),
      ((e.ms * 1000) / indicatorRows).toFixed(0),
      ms(median(base)),
      ms(median(stream)),
      ms(median(floor)),
      ms(median(cli)),
      `${ratio.toFixed(2)}×`,
      `${overFloor.toFixed(1)}×`,
      `${mb(peak)} (ExcelJS ${mb(baselinePeak)})`,
    ]);
    const times = (x: number) => `${x.toFixed(2)}×`;
    targets.push(`${name}: memori < 1 GB: ${verdict(peak / 1024, 1024, (x) => `${x.toFixed(0)} MB`)}`);
    if (name === "besar") {
      targets.push(
        `besar: sakip periksa ≤ 0,6 × pembaca stream ExcelJS: ${verdict(ratio, 0.6, times)}; ≤ 4 × lantai (baca + ekstrak semua bagian): ${verdict(overFloor, 4, times)}`,
      );
      targets.push(`besar: memori puncak ≤ 150 MB: ${verdict(peak / 1024, 150, (x) => `${x.toFixed(0)} MB`)}`);
      targets.push(`besar: mesin < 0,5 s: ${verdict(e.ms, 500, ms)} (putaran pertama ${ms(e.cold)})`);
      const a = await adapter(wb);
      targets.push(
        `besar: adaptor Excel membaca dalam ${a.readSyncs} perjalanan pulang-pergi${a.refused ? ` (${a.refused} ditolak karena terlalu besar)` : ""} (sasaran 2: ${a.readSyncs <= 2 ? "ya" : `TIDAK, lebih ${a.readSyncs - 2}`}), permintaan terbesar ${(a.largestRead / 1048576).toFixed(2)} MB (≤ 5 MB: ${a.largestRead <= 5 * 1048576 ? "ya" : "TIDAK"})`,
      );
      targets.push(
        `besar: sorotan + sheet Hasil Pemeriksaan dalam ${a.writeSyncs} perjalanan, permintaan terbesar ${(a.largestWrite / 1048576).toFixed(2)} MB`,
      );
    }
  }
  targets.push(batch());
  const i = ikm();
  targets.push(`IKM atas 10.000 × 9 jawaban: ${ms(i)} (< 20 ms: ${verdict(i, 20, ms)})`);
  targets.push(nomenklaturLine(await nomenklaturLookup()));

  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const [k, r] of rows.entries()) {
    console.log(r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join("  "));
    if (k === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  console.log("\nSasaran (isu 6, 11 dan 12):");
  for (const t of targets) console.log(`- ${t}`);
  console.log("\nBerkas berbahaya (isu 12), masing-masing `sakip periksa --json` dalam proses baru:");
  for (const h of hostile()) console.log(`- ${h}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
