/**
 * `npm run nomenklatur [berkas.csv]`: derives src/core/nomenklatur/data.json, the compact form of
 * the official sub kegiatan list the product ships, from data/nomenklatur-sub-kegiatan.csv (or
 * the CSV given). To refresh the list from a newer SIPD "master sub kegiatan" export: split it
 * into the same 15 columns as data/nomenklatur-sub-kegiatan.csv (see data/README.md), replace
 * that file, note the new source in data/README.md and run this script; it refuses a CSV of
 * another shape. test/core/nomenklatur-data.test.ts checks the committed data.json is exactly
 * what this script derives from the committed CSV, so the two never drift apart.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COLUMNS, type CompactNomenklatur, type CsvRow, type LevelRow, type Mask, type SubRow } from "../src/core/nomenklatur/compact";

const ROOT = join(__dirname, "..");
export const CSV_PATH = join(ROOT, "data", "nomenklatur-sub-kegiatan.csv");
export const DATA_PATH = join(ROOT, "src", "core", "nomenklatur", "data.json");

export const SOURCE =
  'Kepmendagri 050-5889/2021 s.t.d.t.d. Kepmendagri 900.1.15.5-1317/2023; data SIPD "master sub kegiatan" ' +
  "dari ekspor publik ichien86/esakip (public/data subkegiatan.xlsx)";

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV's rows as records, after checking it has exactly the expected columns. */
export function readRows(text: string): CsvRow[] {
  const [header, ...body] = parseCsv(text);
  if (!header || header.join(",") !== COLUMNS.join(",")) {
    throw new Error(`Kolom CSV tidak sesuai. Diharapkan: ${COLUMNS.join(",")}; ditemukan: ${header?.join(",") ?? "(kosong)"}`);
  }
  return body.map((cells, n) => {
    if (cells.length !== COLUMNS.length) throw new Error(`Baris ${n + 2}: ${cells.length} kolom, diharapkan ${COLUMNS.length}.`);
    const r = {} as CsvRow;
    COLUMNS.forEach((c, k) => (r[c] = cells[k]!));
    if (r.jenis_pemda !== "PROV" && r.jenis_pemda !== "KABKOT") throw new Error(`Baris ${n + 2}: jenis_pemda "${r.jenis_pemda}" bukan PROV atau KABKOT.`);
    const parts = r.kode_sub_kegiatan.split(".");
    if (
      parts.length !== 6 ||
      parts.slice(0, 2).join(".") !== r.kode_bidang ||
      parts.slice(0, 3).join(".") !== r.kode_program ||
      parts.slice(0, 5).join(".") !== r.kode_kegiatan
    ) {
      throw new Error(`Baris ${n + 2}: kode ${r.kode_sub_kegiatan} tidak sejalan dengan kode bidang/program/kegiatannya.`);
    }
    return r;
  });
}

/** A list of distinct values in first-seen order, each value's index looked up in a map. */
class Pool {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

const maskOf = (jenis: string): Mask => (jenis === "PROV" ? 1 : 2);

/** The compact form of the CSV's rows. Deterministic: the same CSV gives the same JSON. */
export function deriveCompact(text: string): CompactNomenklatur {
  const rows = readRows(text);
  const teks = new Pool();
  const satuan = new Pool();
  const spm = new Pool();
  const jenis = new Pool();

  // A level's name per jenis; one entry marked 3 when both levels name it the same.
  const level = (code: (r: CsvRow) => string, name: (r: CsvRow) => string): LevelRow[] => {
    const byCode = new Map<string, Map<Mask, string>>();
    for (const r of rows) {
      const m = byCode.get(code(r)) ?? new Map<Mask, string>();
      const prev = m.get(maskOf(r.jenis_pemda));
      if (prev !== undefined && prev !== name(r)) throw new Error(`${code(r)} (${r.jenis_pemda}) bernama "${prev}" dan "${name(r)}".`);
      m.set(maskOf(r.jenis_pemda), name(r));
      byCode.set(code(r), m);
    }
    const out: LevelRow[] = [];
    for (const [k, m] of byCode) {
      const p = m.get(1);
      const kk = m.get(2);
      if (p !== undefined && p === kk) out.push([3, k, teks.of(p)]);
      else {
        if (p !== undefined) out.push([1, k, teks.of(p)]);
        if (kk !== undefined) out.push([2, k, teks.of(kk)]);
      }
    }
    return out;
  };
  const bidang = level(
    (r) => r.kode_bidang,
    (r) => r.nama_bidang,
  );
  const program = level(
    (r) => r.kode_program,
    (r) => r.nama_program,
  );
  const kegiatan = level(
    (r) => r.kode_kegiatan,
    (r) => r.nama_kegiatan,
  );

  const key = (r: CsvRow) =>
    COLUMNS.filter((c) => c !== "jenis_pemda")
      .map((c) => r[c])
      .join("\u0000");
  const byCode = new Map<string, CsvRow[]>();
  for (const r of rows) {
    const list = byCode.get(r.kode_sub_kegiatan) ?? [];
    if (list.some((o) => o.jenis_pemda === r.jenis_pemda)) throw new Error(`Kode ${r.kode_sub_kegiatan} tercantum dua kali untuk ${r.jenis_pemda}.`);
    list.push(r);
    byCode.set(r.kode_sub_kegiatan, list);
  }
  const sub: SubRow[] = [];
  const push = (mask: Mask, r: CsvRow) =>
    sub.push([
      mask,
      r.kode_sub_kegiatan,
      teks.of(r.nama_sub_kegiatan),
      teks.of(r.kinerja),
      teks.of(r.indikator),
      satuan.of(r.satuan),
      spm.of(r.spm),
      jenis.of(r.jenis),
      r.kode_sub_kegiatan_sebelumnya,
    ]);
  const sorted = [...byCode.keys()].sort(compareCodes);
  for (const code of sorted) {
    const list = byCode.get(code)!;
    const p = list.find((r) => r.jenis_pemda === "PROV");
    const k = list.find((r) => r.jenis_pemda === "KABKOT");
    if (p && k && key(p) === key(k)) push(3, p);
    else {
      if (p) push(1, p);
      if (k) push(2, k);
    }
  }
  return {
    format: 1,
    sumber: SOURCE,
    kolom: [...COLUMNS],
    baris: rows.length,
    teks: teks.values,
    satuan: satuan.values,
    spm: spm.values,
    jenis: jenis.values,
    bidang,
    program,
    kegiatan,
    sub,
  };
}

/** Codes in reading order: segment by segment, numbers as numbers, X.XX last. */
function compareCodes(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : Infinity;
    const ny = /^\d+$/.test(y) ? Number(y) : Infinity;
    return nx !== ny ? nx - ny : x < y ? -1 : 1;
  }
  return 0;
}

/** The JSON text written to data.json: one table row a line, so that a refresh diffs readably. */
export function serialize(data: CompactNomenklatur): string {
  const lines: string[] = ["{"];
  const entries = Object.entries(data);
  entries.forEach(([k, v], n) => {
    const end = n === entries.length - 1 ? "" : ",";
    if (Array.isArray(v) && v.length > 0) {
      lines.push(`  ${JSON.stringify(k)}: [`);
      v.forEach((item, i) => lines.push(`    ${JSON.stringify(item)}${i === v.length - 1 ? "" : ","}`));
      lines.push(`  ]${end}`);
    } else lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}${end}`);
  });
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

if (require.main === module) {
  const input = process.argv[2] ?? CSV_PATH;
  const data = deriveCompact(readFileSync(input, "utf8"));
  const text = serialize(data);
  writeFileSync(DATA_PATH, text);
  const csvBytes = readFileSync(input).length;
  console.log(
    `${DATA_PATH}: ${data.baris} baris (${data.sub.length} entri), ${data.teks.length} teks, ${data.satuan.length} satuan; ` +
      `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB dari CSV ${(csvBytes / 1024).toFixed(0)} KB`,
  );
}
