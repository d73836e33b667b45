/** The command line on the sample workbook, on bad files, and its promise never to write to its input. */
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE } from "../../src/cli/main";
import { run } from "../support/cli";
import { listSheets } from "../../src/xlsx/ooxml";
import { readZip } from "../support/zip";

const digest = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

// contoh/README.md: the planted inconsistencies, by sheet!cell and rule.
const DOCUMENTED = [
  "PPS!D6 target-tahunan error",
  "PPS!C7 satuan warning",
  "PPS!B6 indikator-mirip warning",
  "PKPK TW III!F8 target-triwulan error",
  "PKPK TW III!G6 realisasi-triwulan error",
  "PKPK TW III!D12 sel-kosong warning",
  "Capaian IKU!G6 capaian error",
  "Capaian IKU!H5 kategori error",
  "Renaksi!I14 triwulan-kumulatif error",
  "Realisasi Anggaran!D5 anggaran error",
  "SKM!D6 skm error",
  "PK 2025!F8 angka-teks info",
  "Evaluasi Renja!AA14 renja-relasi error",
  "Evaluasi Renja!L7 renja-anggaran error",
  "PKPK TW III!D9 satuan-nomenklatur warning",
  "PKPK TW III!D10 satuan-nomenklatur info",
];

test("on the sample workbook the check finds exactly the documented inconsistencies", async () => {
  const { code, out } = await run(["periksa", "--json"]);
  expect(code).toBe(1);
  const doc = JSON.parse(out) as {
    files: { file: string; tables: { kind: string }[]; findings: { sheet: string; cell: string; rule: string; severity: string; message: string }[] }[];
  };
  const f = doc.files[0]!;
  expect(f.tables.map((t) => t.kind).sort()).toEqual(["anggaran", "capaian", "pk", "pkpk", "pps", "renaksi", "renja", "skm-jawaban", "skm-unsur"]);
  expect(f.findings.map((x) => `${x.sheet}!${x.cell} ${x.rule} ${x.severity}`).sort()).toEqual([...DOCUMENTED].sort());
  for (const x of f.findings) expect(x.message.length).toBeGreaterThan(30);
});

test("the text report groups by file and sheet and counts by severity", async () => {
  const { code, out } = await run(["periksa", SAMPLE]);
  expect(code).toBe(1);
  expect(out).toContain("-- Sheet PPS");
  expect(out).toContain("Jumlah: 10 galat, 4 peringatan, 2 info.");
  expect(out).toContain("[bandingkan: PK 2025!F7]");
});

describe("bad files", () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-"));
  const notZip = join(dir, "bukan.xlsx");
  writeFileSync(notZip, "ini bukan berkas excel");
  const truncated = join(dir, "terpotong.xlsx");
  writeFileSync(truncated, readFileSync(SAMPLE).subarray(0, 3000));
  const ole = join(dir, "sandi.xlsx");
  writeFileSync(ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
  const empty = join(dir, "kosong.xlsx");

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").getCell("A1").value = "Rapat koordinasi";
    await wb.xlsx.writeFile(empty);
  });

  test.each([
    [notZip, /bukan berkas \.xlsx/],
    [truncated, /rusak atau tidak lengkap/],
    [ole, /dilindungi kata sandi/],
    [join(dir, "tidak-ada.xlsx"), /tidak ditemukan/],
  ])("%s gives exit 2 and one clear line", async (file, why) => {
    const { code, out } = await run(["periksa", file]);
    expect(code).toBe(2);
    expect(out).toMatch(why);
  });

  test("a workbook without SAKIP tables says so", async () => {
    const { code, out } = await run(["periksa", empty]);
    expect(code).toBe(2);
    expect(out).toMatch(/tidak ada tabel SAKIP/);
  });

  test("a bad file does not stop the others; progress goes to stderr", async () => {
    const { code, out, err } = await run(["periksa", notZip, SAMPLE]);
    expect(code).toBe(2);
    expect(out).toMatch(/Tidak dapat dibaca: bukan berkas/);
    expect(out).toContain("Jumlah: 10 galat, 4 peringatan, 2 info.");
    expect(err).toContain("[2/2]");
  });

  test("wrong usage is exit 2 with the usage text", async () => {
    expect((await run(["hapus"])).code).toBe(2);
    expect((await run(["periksa", "--tidak-ada"])).code).toBe(2);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Pemakaian: sakip periksa/);
  });
});

test("--keluaran writes a highlighted copy with a report sheet; the input's bytes do not change", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-out-"));
  const input = join(dir, "kecamatan.xlsx");
  copyFileSync(SAMPLE, input);
  const before = digest(input);
  const { code } = await run(["periksa", input, "--keluaran", dir]);
  expect(code).toBe(1);
  expect(digest(input)).toBe(before);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(join(dir, "kecamatan-diperiksa.xlsx"));
  const report = copy.getWorksheet("Hasil Pemeriksaan")!;
  expect(report.rowCount).toBe(1 + DOCUMENTED.length);
  expect(String(report.getCell(2, 4).value)).toMatch(/^.+![A-Z]+\d+$/);
  // Each finding's cell is an internal link ('Sheet'!B3) in the report sheet's XML.
  const parts = new Map(readZip(readFileSync(join(dir, "kecamatan-diperiksa.xlsx"))).map((e) => [e.name, e.data.toString("utf8")]));
  const path = listSheets(parts.get("xl/workbook.xml")!, parts.get("xl/_rels/workbook.xml.rels")!).find((x) => x.name === "Hasil Pemeriksaan")!.path!;
  const links = [...parts.get(path)!.matchAll(/<hyperlink ref="D(\d+)" location="([^"]*)"/g)];
  expect(links).toHaveLength(DOCUMENTED.length);
  for (const l of links) expect(l[2]).toMatch(/^'.+'![A-Z]+\d+$/);
  // Values the user wrote are unchanged in the copy.
  const orig = new ExcelJS.Workbook();
  await orig.xlsx.readFile(input);
  expect(copy.getWorksheet("PPS")!.getCell("D6").value).toEqual(orig.getWorksheet("PPS")!.getCell("D6").value);
  expect(copy.getWorksheet("Capaian IKU")!.getCell("G6").value).toBe(97.27);
  // Checking the copy finds exactly what checking the original found: our report sheet is never data.
  const findingsOf = async (f: string) => (JSON.parse((await run(["periksa", f, "--json"])).out) as { files: { findings: unknown[] }[] }).files[0]!.findings;
  expect(await findingsOf(join(dir, "kecamatan-diperiksa.xlsx"))).toEqual(await findingsOf(input));
  // Refusing to overwrite the input with the output.
  const same = await run(["periksa", input, "--keluaran", input]);
  expect(same.code).toBe(2);
  expect(digest(input)).toBe(before);
});
