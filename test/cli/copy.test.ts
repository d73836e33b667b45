/**
 * The --keluaran copy never costs the user a file: inputs reached through links are refused, an
 * unrelated file is replaced only with --timpa, same-named inputs get distinct copies, and every
 * refusal is one line while the other files still get their copies. Also: output through a pipe
 * is complete, and text output is safe for a terminal.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE } from "../../src/cli/main";
import { run } from "../support/cli";
import { readZip, writeZip } from "../support/zip";

jest.setTimeout(120_000);

const digest = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

function fresh(): string {
  return mkdtempSync(join(tmpdir(), "sakip-salin-"));
}

function input(dir: string, name = "kecamatan.xlsx"): string {
  const p = join(dir, name);
  mkdirSync(join(p, ".."), { recursive: true });
  copyFileSync(SAMPLE, p);
  return p;
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.includes(".sementara"));

test("a target that is the input through a symbolic link or a hard link is refused; the input is unchanged", async () => {
  for (const link of [symlinkSync, linkSync]) {
    const dir = fresh();
    const file = input(dir);
    const before = digest(file);
    const out = join(dir, "hasil");
    mkdirSync(out);
    link(file, join(out, "kecamatan-diperiksa.xlsx"));
    const r = await run(["periksa", file, "--keluaran", out]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Salinan tidak ditulis: ".*kecamatan-diperiksa\.xlsx" adalah berkas masukan/);
    expect(digest(file)).toBe(before);
    expect(leftovers(out)).toEqual([]);
  }
});

test("an input of the same batch is never a target, also through a linked folder; the other file still gets its copy", async () => {
  const dir = fresh();
  const rekap = input(dir, "rekap.xlsx");
  const rekapCopyName = input(dir, "rekap-diperiksa.xlsx");
  const before = digest(rekapCopyName);
  const linked = join(fresh(), "tautan");
  symlinkSync(dir, linked);
  const r = await run(["periksa", rekap, rekapCopyName, "--keluaran", linked, "--json"]);
  expect(r.code).toBe(2);
  const files = (JSON.parse(r.out) as { files: { file: string; copy?: string; copyError?: string }[] }).files;
  expect(files[0]!.copyError).toMatch(/adalah berkas masukan/);
  expect(files[1]!.copy).toBe(join(linked, "rekap-diperiksa-diperiksa.xlsx"));
  expect(digest(rekapCopyName)).toBe(before);
  expect(existsSync(join(dir, "rekap-diperiksa-diperiksa.xlsx"))).toBe(true);
});

test("an unrelated existing workbook is replaced only with --timpa; our own earlier copy is replaced without it", async () => {
  const dir = fresh();
  const file = input(dir);
  const other = join(dir, "laporan-lain.xlsx");
  writeFileSync(other, "bukan salinan kami");
  const refused = await run(["periksa", file, "--keluaran", other]);
  expect(refused.code).toBe(2);
  expect(refused.out).toMatch(/sudah ada dan bukan salinan buatan SAKIP Excel; pakai --timpa/);
  expect(readFileSync(other, "utf8")).toBe("bukan salinan kami");
  const forced = await run(["periksa", file, "--keluaran", other, "--timpa"]);
  expect(forced.code).toBe(1);
  expect(forced.out).toContain(`Salinan bersorotan: ${other}`);
  const first = readFileSync(other);
  expect(first.subarray(0, 2).toString()).toBe("PK");
  // A second run replaces our own copy without --timpa.
  const again = await run(["periksa", file, "--keluaran", other]);
  expect(again.code).toBe(1);
  expect(leftovers(dir)).toEqual([]);
});

test("same-named inputs from different folders get distinct copies; a file name with several inputs is a usage error", async () => {
  const a = input(join(fresh(), "a"));
  const b = input(join(fresh(), "b"));
  const out = fresh();
  const r = await run(["periksa", a, b, "--keluaran", out]);
  expect(r.code).toBe(1);
  expect(readdirSync(out).sort()).toEqual(["kecamatan-diperiksa-2.xlsx", "kecamatan-diperiksa.xlsx"]);
  const usage = await run(["periksa", a, b, "--keluaran", join(out, "satu.xlsx")]);
  expect(usage.code).toBe(2);
  expect(usage.err).toMatch(/Dengan beberapa berkas, --keluaran harus berupa folder/);
  expect(existsSync(join(out, "satu.xlsx"))).toBe(false);
  expect((await run(["periksa", a, "--keluaran="])).code).toBe(2);
});

test("text output shows control characters and bidi overrides in file and sheet names as escapes; JSON keeps them exact", async () => {
  const dir = fresh();
  const parts = readZip(readFileSync(SAMPLE));
  const wb = parts.find((p) => p.name === "xl/workbook.xml")!;
  wb.data = Buffer.from(wb.data.toString("utf8").replace('name="PPS"', 'name="PPS&#x202E;&#x1B;]0;x"'));
  const name = join(dir, "berkas\u001b[2J.xlsx");
  writeFileSync(name, writeZip(parts));
  const text = await run(["periksa", name]);
  expect(text.out).not.toMatch(/[\u001b\u202e]/);
  expect(text.out).toContain("berkas\\x1b[2J.xlsx");
  expect(text.out).toContain("-- Sheet PPS\\u202e\\x1b]0;x");
  const json = await run(["periksa", name, "--json"]);
  const doc = JSON.parse(json.out) as { files: { file: string; findings: { sheet: string }[] }[] };
  expect(doc.files[0]!.file).toBe(name);
  expect(doc.files[0]!.findings.some((f) => f.sheet === "PPS\u202e\u001b]0;x")).toBe(true);
});

test("a report of several megabytes through a pipe equals the report written to a file", () => {
  const bin = join(__dirname, "..", "..", "bin", "sakip.js");
  const dir = fresh();
  const files = Array.from({ length: 400 }, (_, i) => input(dir, `pd-${String(i).padStart(3, "0")}.xlsx`));
  const toFile = join(dir, "laporan.json");
  const direct = spawnSync("bash", ["-c", `node "${bin}" periksa "$@" --json > "${toFile}"`, "sakip", ...files], { stdio: "ignore" });
  // Through a real pipe into another process, as `| jq` or `| less` would read it.
  const piped = execFileSync("bash", ["-c", `node "${bin}" periksa "$@" --json | cat`, "sakip", ...files], {
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "ignore"],
  });
  expect(direct.status).toBe(1);
  expect(piped.length).toBeGreaterThan(2 << 20);
  expect(piped.equals(readFileSync(toFile))).toBe(true);
  expect((JSON.parse(piped.toString("utf8")) as { files: unknown[] }).files).toHaveLength(400);
});
