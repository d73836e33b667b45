/**
 * The command line's conventions: --version, --help (also after the command), help words, every
 * usage error with exit 2 and the usage text on stderr, and the compiled `bin/sakip.js` answering
 * at once (it runs lib/, compiled on install; it never compiles anything itself).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE } from "../../src/cli/main";
import { run } from "../support/cli";

const root = join(__dirname, "..", "..");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

test.each([[["--version"]], [["--versi"]], [["periksa", "--version"]], [["check", "--versi"]]])("%j prints the version, exit 0", async (argv) => {
  const r = await run(argv);
  expect(r).toEqual({ code: 0, out: `sakip ${version}\n`, err: "" });
});

test.each([
  [[]],
  [["--help"]],
  [["-h"]],
  [["help"]],
  [["bantuan"]],
  [["periksa", "--help"]],
  [["periksa", "-h"]],
  [["check", "--help"]],
  [["periksa", "x.xlsx", "--help"]],
])("%j prints the usage on stdout, exit 0", async (argv) => {
  const r = await run(argv);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^Pemakaian: sakip periksa BERKAS\.xlsx/);
  expect(r.out).toContain("--help");
  expect(r.err).toBe("");
});

describe("every usage error: exit 2, the reason then the usage on stderr, nothing on stdout", () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-pakai-"));
  const notFolder = join(dir, "catatan.txt");
  writeFileSync(notFolder, "bukan folder");
  test.each([
    [["hapus"], /^Perintah "hapus" tidak dikenal\./],
    [["periksa", "--tidak-ada"], /^Opsi "--tidak-ada" tidak dikenal\./],
    [["periksa", "-x"], /^Opsi "-x" tidak dikenal\./],
    [["periksa", SAMPLE, "--keluaran"], /^Opsi --keluaran memerlukan folder atau nama berkas\./],
    [["periksa", SAMPLE, "--out"], /^Opsi --out memerlukan folder atau nama berkas\./],
    [["periksa", SAMPLE, "--keluaran", ""], /^Opsi --keluaran memerlukan folder atau nama berkas\./],
    [["periksa", SAMPLE, "--keluaran="], /^Opsi --keluaran memerlukan folder atau nama berkas\./],
    [["periksa", SAMPLE, "--out="], /^Opsi --out memerlukan folder atau nama berkas\./],
    [["periksa", SAMPLE, SAMPLE, "--keluaran", join(dir, "satu.xlsx")], /^Dengan beberapa berkas, --keluaran harus berupa folder/],
    [["periksa", SAMPLE, "--keluaran", notFolder], /sudah ada dan bukan folder/],
    [["periksa", SAMPLE, "--keluaran", " "], /bukan teks kosong/],
  ])("%j", async (argv, why) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(why);
  });

  test("an unknown option or command is followed by the usage text", async () => {
    for (const argv of [["hapus"], ["periksa", "--tidak-ada"]]) expect((await run(argv)).err).toContain("\n\nPemakaian: sakip periksa");
  });
});

test("after --, a name starting with - is a file, not an option", async () => {
  const r = await run(["periksa", "--", "-tidak-ada.xlsx"]);
  expect(r.code).toBe(2);
  expect(r.out).toContain("== -tidak-ada.xlsx");
});

describe("the installed command (bin/sakip.js over lib/)", () => {
  const bin = join(root, "bin", "sakip.js");
  const sakip = (...argv: string[]) => spawnSync(process.execPath, [bin, ...argv], { encoding: "utf8", cwd: root });

  test("--version, --help and periksa --help exit 0 without compiling anything", () => {
    const started = Date.now();
    expect(sakip("--version")).toMatchObject({ status: 0, stdout: `sakip ${version}\n`, stderr: "" });
    expect(sakip("--help")).toMatchObject({ status: 0, stderr: "" });
    expect(sakip("periksa", "--help").stdout).toMatch(/^Pemakaian:/);
    // Three starts of node on lib/: well under the 19–25 s a compile took.
    expect(Date.now() - started).toBeLessThan(10_000);
    // It runs the compiled lib/, never TypeScript through a compiler.
    expect(readFileSync(bin, "utf8")).toMatch(/require\("\.\.\/lib\/cli\/main\.js"\)/);
  });

  test("a usage error exits 2 with the reason on stderr", () => {
    const r = sakip("hapus");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Perintah "hapus" tidak dikenal\./);
  });

  test("output cut short by the reader (| head) ends quietly", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" periksa | head -1`], { encoding: "utf8", cwd: root });
    expect(r.stdout).toBe("== contoh/contoh-kecamatan.xlsx\n");
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });
});
