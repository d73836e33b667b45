/**
 * `sakip lkjip BERKAS.xlsx [--json] [--keluaran FOLDER|BERKAS.xlsx] [--timpa]`: the LKjIP chapter
 * III tables (src/core/lkjip) of one workbook, printed as aligned text tables with Indonesian
 * number formatting, or as one JSON document (numbers as numbers, every figure with its source
 * cell). With --keluaran, a copy of the workbook with our "Tabel LKjIP" sheet and its charts is
 * written through the same safe targets and passthrough copy as `periksa --keluaran`. Exit 0 when
 * printed (and copied), 2 when the file cannot be read, holds no SAKIP table, the copy is not
 * written, or the usage is wrong.
 */
import { checkWorkbook } from "../core/check";
import { buildLkjip, gapsOf, type LkjipCell, type LkjipColumn, type LkjipTable, type LkjipTables } from "../core/lkjip";
import { numbersOf } from "../core/lkjip/layout";
import { formatId } from "../core/messages";
import { roundTo } from "../core/numbers";
import { readWorkbookFile, UnreadableFile } from "./read-xlsx";
import { terminalSafe } from "./report";
import { inputIdentities, planTargets, RefusedTarget, writeSafely } from "./targets";
import { writeLkjipCopy } from "./write-copy";
import { RefusedFile } from "./zip-guard";

export const LKJIP_USAGE = `Pemakaian: sakip lkjip BERKAS.xlsx [--json] [--keluaran FOLDER|BERKAS.xlsx] [--timpa]

  lkjip                  mencetak tabel Bab III LKjIP (PermenPANRB 53/2014) dari tabel
                         SAKIP dalam berkas: capaian kinerja, perbandingan dengan tahun
                         sebelumnya, target akhir Renstra, efisiensi, realisasi anggaran,
                         dan pemantauan triwulan terhadap Rencana Aksi
  --json                 mencetak tabel sebagai satu dokumen JSON (angka sebagai angka,
                         sel sumber setiap angka)
  --keluaran (--out)     menulis salinan berkas dengan sheet "Tabel LKjIP" beserta
                         grafiknya; angka ditulis sebagai rumus yang merujuk sel
                         sumbernya, jadi ikut berubah bila datanya diubah. Di dalam
                         FOLDER salinan bernama BERKAS-lkjip.xlsx; sheet "Tabel LKjIP"
                         buatan SAKIP Excel di berkas itu diganti, sheet pengguna
                         tidak pernah diubah; berkas asli tidak pernah diubah
  --timpa (--overwrite)  boleh menimpa berkas keluaran yang sudah ada dan bukan
                         salinan buatan SAKIP Excel (berkas masukan tetap tidak pernah)
  --help (-h)            mencetak petunjuk ini
Tanpa BERKAS, contoh di contoh/contoh-kecamatan.xlsx yang dipakai.
Kode keluar: 0 tabel dicetak (dan salinan ditulis), 2 berkas tidak terbaca, salinan
tidak ditulis, atau pemakaian salah.`;

/** Version of the JSON document's shape (README, "Tabel LKjIP Bab III dari baris perintah"). */
export const LKJIP_SCHEMA_VERSION = 1;

interface Io {
  out: (s: string) => unknown;
  err: (s: string) => unknown;
}

type Parsed = { file: string | null; json: boolean; out: string | null; overwrite: boolean } | { help: true } | { usageError: string };

function parse(argv: readonly string[]): Parsed {
  let file: string | null = null;
  let json = false;
  let out: string | null = null;
  let overwrite = false;
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (options && a === "--") options = false;
    else if (options && (a === "-h" || a === "--help")) return { help: true };
    else if (options && a === "--json") json = true;
    else if (options && (a === "--timpa" || a === "--overwrite")) overwrite = true;
    else if (options && (a === "--keluaran" || a === "--out")) {
      const v = argv[++i];
      if (v === undefined || v === "") return { usageError: `Opsi ${a} memerlukan folder atau nama berkas.` };
      out = v;
    } else if (options && (a.startsWith("--keluaran=") || a.startsWith("--out="))) {
      const v = a.slice(a.indexOf("=") + 1);
      if (v === "") return { usageError: `Opsi ${a.slice(0, a.indexOf("="))} memerlukan folder atau nama berkas.` };
      out = v;
    } else if (options && a.startsWith("-") && a !== "-") return { usageError: `Opsi "${a}" tidak dikenal.` };
    else if (file !== null) return { usageError: "Perintah lkjip membaca satu berkas." };
    else file = a;
  }
  return { file, json, out, overwrite };
}

/** A figure as the LKjIP prints it: percentages with two decimals, rupiah whole, other numbers with up to three decimals. */
export function shownCell(cell: LkjipCell, column: LkjipColumn): string {
  const v = cell.value;
  if (v === null) return "-";
  if (typeof v === "string") return terminalSafe(v);
  if (column.kind === "percent") return formatId(roundTo(v, 2), 2);
  if (column.kind === "rupiah") return formatId(v, 0);
  return formatId(v, 3);
}

/** Breaks text into lines of at most `width` characters at spaces (a longer word is cut). */
function wrap(s: string, width: number): string[] {
  if (s.length <= width) return [s];
  const lines: string[] = [];
  let line = "";
  for (const word of s.split(" ")) {
    let w = word;
    while (w.length > width) {
      if (line) lines.push(line);
      lines.push(w.slice(0, width));
      w = w.slice(width);
      line = "";
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= width) line += ` ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const TEXT_WIDTH = 40;

/** One table as aligned text: numbers right-aligned, long text wrapped, row and cell notes under their row. */
export function textTable(t: LkjipTable, n: number): string {
  const cols = t.columns;
  const cells = t.rows.map((r) => r.cells.map((c, i) => wrap(shownCell(c, cols[i]!), cols[i]!.kind === "text" ? TEXT_WIDTH : 30)));
  const heads = cols.map((c) => wrap(c.label, c.kind === "text" ? TEXT_WIDTH : 16));
  const widths = cols.map((_, i) => Math.max(...heads[i]!.map((l) => l.length), ...cells.map((r) => Math.max(...r[i]!.map((l) => l.length)))));
  const line = (parts: string[][], right: (i: number) => boolean) => {
    const height = Math.max(...parts.map((p) => p.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(`  ${parts.map((p, i) => (right(i) ? (p[k] ?? "").padStart(widths[i]!) : (p[k] ?? "").padEnd(widths[i]!))).join(" | ")}`.trimEnd());
    }
    return out;
  };
  const lines = [`Tabel ${n}. ${terminalSafe(t.title)}`, ...line(heads, () => false), `  ${widths.map((w) => "-".repeat(w)).join("-+-")}`];
  t.rows.forEach((row, j) => {
    lines.push(...line(cells[j]!, (i) => cols[i]!.kind !== "text"));
    if (row.note) lines.push(`      Catatan: ${terminalSafe(row.note)}`);
    row.cells.forEach((c, i) => {
      if (c.note) lines.push(`      ${terminalSafe(cols[i]!.label)}: ${terminalSafe(c.note)}`);
    });
  });
  for (const note of t.notes) lines.push(`  ${terminalSafe(note)}`);
  return `${lines.join("\n")}\n`;
}

export function lkjipText(file: string, l: LkjipTables): string {
  const head = `== ${terminalSafe(file)}: tabel Bab III LKjIP${l.year === null ? "" : ` tahun ${l.year}`}\n`;
  // What the workbook lacks, once per table, one line each (the rows above say it row by row).
  const gaps = gapsOf(l).map((g) => `  Tabel ${g.number}${g.rows > 1 ? ` (${g.rows} baris)` : ""}: ${terminalSafe(g.note)}`);
  return [head, ...l.tables.map((t, i) => textTable(t, i + 1)), ...(gaps.length ? [`Data yang belum ada di buku kerja:\n${gaps.join("\n")}\n`] : [])].join(
    "\n",
  );
}

/** Where the copy went (copy) or why it was not written (copyError), when one was asked for. */
export interface CopyOutcome {
  readonly copy?: string;
  readonly copyError?: string;
}

export function lkjipJson(file: string, l: LkjipTables, outcome: CopyOutcome = {}): string {
  return `${JSON.stringify({ schemaVersion: LKJIP_SCHEMA_VERSION, file, year: l.year, tables: l.tables, gaps: gapsOf(l), ...outcome }, null, 2)}\n`;
}

export async function lkjipMain(argv: readonly string[], io: Io, sample: string): Promise<number> {
  const o = parse(argv);
  if ("help" in o) {
    io.out(`${LKJIP_USAGE}\n`);
    return 0;
  }
  if ("usageError" in o) {
    io.err(`${o.usageError}\n\n${LKJIP_USAGE}\n`);
    return 2;
  }
  const file = o.file ?? sample;
  let target: string | null = null;
  if (o.out !== null) {
    const planned = planTargets([file], o.out, "lkjip");
    if (typeof planned === "string") {
      io.err(`${terminalSafe(planned)}\n`);
      return 2;
    }
    target = planned[0]!;
  }
  const inputs = await inputIdentities([file]);
  let tables: LkjipTables;
  let outcome: CopyOutcome = {};
  try {
    const { workbook, notes, data } = await readWorkbookFile(file);
    const result = checkWorkbook(workbook, { rules: [] });
    if (result.read.length === 0) {
      io.err(`${terminalSafe(file)}: tidak ada tabel SAKIP (PK, Capaian, Renaksi, PPS, PKPK, anggaran atau SKM) yang dikenali.\n`);
      return 2;
    }
    for (const n of notes) io.err(`${terminalSafe(file)}: catatan: ${terminalSafe(n)}.\n`);
    tables = buildLkjip(result, workbook);
    if (target !== null) {
      try {
        // A copy of exactly the bytes that were read, through the same guard and safe write as periksa.
        const copy = writeLkjipCopy(data, tables, numbersOf(workbook));
        await writeSafely(target, copy.data, inputs, o.overwrite);
        outcome = { copy: target };
      } catch (e) {
        outcome = { copyError: e instanceof RefusedTarget ? e.message : `salinan tidak dapat dibuat (${e instanceof Error ? e.message : String(e)})` };
      }
    }
  } catch (e) {
    const why = e instanceof UnreadableFile || e instanceof RefusedFile ? e.message : `kesalahan tak terduga: ${e instanceof Error ? e.message : String(e)}`;
    io.err(`${terminalSafe(file)}: tidak dapat dibaca: ${terminalSafe(why)}.\n`);
    return 2;
  }
  if (outcome.copyError) io.err(`Salinan ${terminalSafe(file)} tidak ditulis: ${terminalSafe(outcome.copyError)}.\n`);
  if (o.json) io.out(lkjipJson(file, tables, outcome));
  else io.out(`${lkjipText(file, tables)}${outcome.copy ? `\nSalinan dengan tabel LKjIP: ${terminalSafe(outcome.copy)}\n` : ""}`);
  return outcome.copyError ? 2 : 0;
}
