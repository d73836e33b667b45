import ExcelJS from "exceljs";
import { join } from "node:path";
import { REPORT_SHEET } from "../../src/core/report-sheet";
import { workbookFrom } from "../../src/cli/read-xlsx";
import { hapusSorotan, periksaKonsistensi, type CommandHost } from "../../src/commands/commands";
import { doubleOf, ExcelDouble, installExcelEnums, newSheet, userState } from "../support/excel-double";

beforeAll(installExcelEnums);

async function sample(): Promise<ExcelDouble> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "..", "..", "contoh", "contoh-kecamatan.xlsx"));
  return doubleOf(workbookFrom(wb));
}

function hostFor(xl: ExcelDouble, opts: { missing?: string; failWith?: Error } = {}): CommandHost & { said: string[] } {
  const said: string[] = [];
  return {
    said,
    run: (batch) => (opts.failWith ? Promise.reject(opts.failWith) : batch(xl.context)),
    notify: (text) => void said.push(text),
    missing: () => opts.missing ?? null,
  };
}

const event = () => ({ completed: jest.fn() });

test("Periksa Konsistensi highlights, writes the report sheet and tells the counts; Hapus Sorotan undoes exactly that", async () => {
  const xl = await sample();
  const before = xl.sheets.map(userState);
  const e = event();
  const host = hostFor(xl);
  await periksaKonsistensi(e, host);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(host.said[0]).toMatch(/^Pemeriksaan selesai: \d+ galat, \d+ peringatan, \d+ info\./);
  expect(xl.sheets.some((s) => s.name === REPORT_SHEET)).toBe(true);
  expect(xl.sheets.some((s) => s.cfs.some((c) => c.formula?.includes("SAKIP-sorotan")))).toBe(true);
  const e2 = event();
  await hapusSorotan(e2, host);
  expect(e2.completed).toHaveBeenCalledTimes(1);
  expect(host.said[1]).toMatch(/Sorotan dihapus .* sheet "Hasil Pemeriksaan" dihapus/);
  expect(xl.sheets.map(userState)).toEqual(before);
});

test("event.completed is called also when Excel fails, and the user reads why", async () => {
  const xl = new ExcelDouble([newSheet("PK")]);
  const host = hostFor(xl, { failWith: Object.assign(new Error("Koneksi terputus"), { code: "GeneralException" }) });
  const e = event();
  await periksaKonsistensi(e, host);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(host.said).toEqual([expect.stringMatching(/^Excel menolak permintaan: Koneksi terputus \(GeneralException\)/)]);
});

test("event.completed is called even when the message cannot be shown", async () => {
  const xl = new ExcelDouble([newSheet("PK")]);
  const host: CommandHost = { run: () => Promise.reject(new Error("x")), notify: () => Promise.reject(new Error("dialog diblokir")), missing: () => null };
  const e = event();
  await periksaKonsistensi(e, host);
  await hapusSorotan(e, host);
  expect(e.completed).toHaveBeenCalledTimes(2);
  expect(xl.syncCount).toBe(0);
});

test("an Excel without the needed API gets the plain message and nothing is touched", async () => {
  const xl = new ExcelDouble([newSheet("PK")]);
  const host = hostFor(xl, { missing: "Versi Excel ini terlalu lama." });
  const e = event();
  await periksaKonsistensi(e, host);
  expect(host.said).toEqual(["Versi Excel ini terlalu lama."]);
  expect(xl.syncCount).toBe(0);
  expect(e.completed).toHaveBeenCalledTimes(1);
});
