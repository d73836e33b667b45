/**
 * Each file of a batch is checked in isolation: a file that runs out of time or memory becomes its
 * own error line, its worker is replaced, and the files around it are checked in full. And a copy
 * whose write fails leaves the target as it was and no temporary file behind.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE } from "../../src/cli/main";
import { checkFiles } from "../../src/cli/pool";
import { RefusedTarget, writeSafely } from "../../src/cli/targets";
import { checkOne, type Checked } from "../../src/cli/check-file";

jest.setTimeout(120_000);

/** The sample's findings checked in this process: what a worker must report for it in full. */
let sampleFindings = 0;
beforeAll(async () => {
  sampleFindings = (await checkOne(SAMPLE, false)).result.findings.length;
  expect(sampleFindings).toBeGreaterThanOrEqual(14);
});

async function batch(files: string[], o: Parameters<typeof checkFiles>[1]): Promise<Checked[]> {
  const out: Checked[] = [];
  const order: number[] = [];
  await checkFiles(files, o, (i, c) => {
    order.push(i);
    out[i] = c;
  });
  expect(order).toEqual(files.map((_, i) => i));
  return out;
}

test("a file over the time limit is its own error line; the worker is replaced and the next file is checked", async () => {
  const r = await batch([SAMPLE, SAMPLE], { copy: false, workers: 1, seconds: 0 });
  for (const c of r) expect(c.result.error).toMatch(/^pemeriksaan dihentikan setelah 0 detik \(batas waktu per berkas\)/);
  const ok = await batch([SAMPLE], { copy: false, workers: 1 });
  expect(ok[0]!.result.error).toBeUndefined();
  expect(ok[0]!.result.findings.length).toBe(sampleFindings);
});

test("a file over the memory limit is its own error line; the good files of the batch are reported in full", async () => {
  // A sheet of 200.000 rows of distinct text: far more heap than 24 MB, well inside the reader's limits.
  const dir = mkdtempSync(join(tmpdir(), "sakip-pool-"));
  const { writeZip } = await import("../support/zip");
  const rows: string[] = [];
  for (let r = 1; r <= 200_000; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Indikator kinerja nomor ${r} yang panjang sekali</t></is></c><c r="B${r}"><v>${r}</v></c></row>`,
    );
  const text = (s: string) => Buffer.from(s, "utf8");
  const big = join(dir, "besar.xlsx");
  writeFileSync(
    big,
    writeZip([
      { name: "[Content_Types].xml", data: text('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
      {
        name: "xl/workbook.xml",
        data: text(
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        data: text(
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        ),
      },
      {
        name: "xl/worksheets/sheet1.xml",
        data: text(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`),
      },
    ]),
  );
  const r = await batch([SAMPLE, big, SAMPLE], { copy: false, workers: 1, heapMb: 24 });
  expect(r[1]!.result.error).toMatch(/pemeriksaan dihentikan: memori melebihi 24 MB \(batas per berkas\)|pemeriksaan berhenti tanpa hasil/);
  for (const i of [0, 2]) {
    expect(r[i]!.result.error).toBeUndefined();
    expect(r[i]!.result.findings.length).toBe(sampleFindings);
  }
});

test("a write that fails half-way leaves the existing target as it was and no temporary file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sakip-tulis-"));
  const target = join(dir, "kecamatan-diperiksa.xlsx");
  copyFileSync(SAMPLE, target);
  const before = readFileSync(target);
  // A buffer whose memory is gone by the time it is written: the write fails.
  const data = new Uint8Array(new ArrayBuffer(1024));
  structuredClone(data.buffer, { transfer: [data.buffer] });
  await expect(writeSafely(target, data, new Set(), true)).rejects.toBeInstanceOf(RefusedTarget);
  expect(readFileSync(target).equals(before)).toBe(true);
  expect(readdirSync(dir)).toEqual(["kecamatan-diperiksa.xlsx"]);
});
