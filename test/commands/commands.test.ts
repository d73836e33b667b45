import ExcelJS from "exceljs";
import { join } from "node:path";
import { REPORT_SHEET } from "../../src/core/report-sheet";
import { workbookFrom } from "../support/from-exceljs";
import { buatTabelLkjip, hapusSorotan, hapusTabelLkjip, periksaKonsistensi, type CommandHost } from "../../src/commands/commands";
import { LKJIP_MARK, LKJIP_SHEET } from "../../src/core/lkjip/layout";
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
  expect(host.said[1]).toMatch(/^Sorotan dihapus \(\d+ format bersyarat\) dan sheet "Hasil Pemeriksaan" buatan SAKIP Excel dihapus\./);
  expect(xl.sheets.map(userState)).toEqual(before);
});

test('beside a user\'s own sheet called "Hasil Pemeriksaan", the report goes to "Hasil Pemeriksaan (2)" and the messages name it', async () => {
  const xl = await sample();
  xl.sheets.push(newSheet(REPORT_SHEET, [["Catatan pimpinan"], ["Dibahas 3 Juni"]]));
  const before = xl.sheets.map(userState);
  const host = hostFor(xl);
  await periksaKonsistensi(event(), host);
  expect(host.said[0]).toMatch(/ Lihat sheet "Hasil Pemeriksaan \(2\)"\.$/);
  expect(xl.sheets.map((s) => s.name)).toEqual([...before.map((u) => (u as { name: string }).name), `${REPORT_SHEET} (2)`]);
  await hapusSorotan(event(), host);
  expect(host.said[1]).toMatch(/ dan sheet "Hasil Pemeriksaan \(2\)" buatan SAKIP Excel dihapus\. Isi, format dan sheet milik Anda tidak berubah\.$/);
  expect(xl.sheets.map(userState)).toEqual(before);
});

test('Hapus Sorotan on a workbook never checked removes nothing, not even a sheet called "Hasil Pemeriksaan", and says so', async () => {
  const xl = new ExcelDouble([newSheet("PK", [["Indikator", "Target"]]), newSheet(REPORT_SHEET, [["Catatan pimpinan"]])]);
  const before = xl.sheets.map(userState);
  const host = hostFor(xl);
  const e = event();
  await hapusSorotan(e, host);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(host.said).toEqual(["Tidak ada sorotan atau lembar hasil pemeriksaan dari SAKIP Excel di buku kerja ini; sheet milik Anda tidak diubah."]);
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

test("Buat Tabel LKjIP writes the tables into our sheet beside a user's sheet of the name, replaces it on a second run, and says where", async () => {
  const xl = await sample();
  xl.sheets.push(newSheet(LKJIP_SHEET, [["Tabel saya"]]));
  const before = xl.sheets.map(userState);
  const host = hostFor(xl);
  const e = event();
  await buatTabelLkjip(e, host);
  await buatTabelLkjip(event(), host);
  expect(e.completed).toHaveBeenCalledTimes(1);
  const ours = `${LKJIP_SHEET} (2)`;
  expect(host.said).toHaveLength(2);
  expect(host.said[1]).toMatch(new RegExp(`^6 tabel LKjIP Bab III( tahun \\d{4})? ditulis di sheet "Tabel LKjIP \\(2\\)"\\.`));
  expect(xl.sheets.map((s) => s.name)).toEqual([...before.map((u) => (u as { name: string }).name), ours]);
  expect(xl.sheets.filter((s) => s.name !== ours).map(userState)).toEqual(before);
  expect(xl.sheet(ours).formulas.size).toBeGreaterThan(0);
  expect(xl.names.filter((n) => n.name === LKJIP_MARK)).toHaveLength(1);
});

test("Buat Tabel LKjIP in an Excel without the needed API, or when Excel fails, says why and completes", async () => {
  const xl = new ExcelDouble([newSheet("PK")]);
  const old = hostFor(xl, { missing: "Versi Excel ini terlalu lama." });
  const e = event();
  await buatTabelLkjip(e, old);
  expect(old.said).toEqual(["Versi Excel ini terlalu lama."]);
  expect(xl.syncCount).toBe(0);
  const failing = hostFor(xl, { failWith: Object.assign(new Error("Buku kerja dilindungi"), { code: "AccessDenied" }) });
  await buatTabelLkjip(e, failing);
  expect(failing.said).toEqual([expect.stringMatching(/^Excel menolak permintaan: Buku kerja dilindungi \(AccessDenied\)/)]);
  expect(e.completed).toHaveBeenCalledTimes(2);
});

test("Hapus Tabel LKjIP removes only our LKjIP sheet and its mark, says so, and says when there is none", async () => {
  const xl = await sample();
  xl.sheets.push(newSheet(LKJIP_SHEET, [["Tabel saya"]]));
  const before = xl.sheets.map(userState);
  const host = hostFor(xl);
  const e = event();
  await hapusTabelLkjip(e, host);
  await buatTabelLkjip(event(), host);
  await hapusTabelLkjip(event(), host);
  expect(e.completed).toHaveBeenCalledTimes(1);
  expect(host.said[0]).toBe("Tidak ada sheet Tabel LKjIP buatan SAKIP Excel di buku kerja ini; tidak ada yang dihapus. Sheet milik Anda tidak diubah.");
  expect(host.said[2]).toBe(`Sheet "${LKJIP_SHEET} (2)" buatan SAKIP Excel beserta diagramnya dihapus. Sheet milik Anda tidak diubah.`);
  expect(xl.sheets.map(userState)).toEqual(before);
  expect(xl.names.filter((n) => n.name === LKJIP_MARK)).toEqual([]);
});
