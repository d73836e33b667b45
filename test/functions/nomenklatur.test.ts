/**
 * NOMENKLATUR and SATUAN_RESMI. Expected values are rows of data/nomenklatur-sub-kegiatan.csv,
 * read here, or quoted with their line number.
 */
import { readFileSync } from "node:fs";
import { CSV_PATH, readRows } from "../../scripts/make-nomenklatur";
import { ExcelErrorDouble, installCustomFunctions, type AsExcelCalls } from "../support/custom-functions-double";

installCustomFunctions();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const f = require("../../src/functions/functions") as AsExcelCalls<typeof import("../../src/functions/functions")>;

const rows = readRows(readFileSync(CSV_PATH, "utf8"));
const row = (jenis: string, kode: string) => rows.find((r) => r.jenis_pemda === jenis && r.kode_sub_kegiatan === kode)!;

/** The Excel error a promise rejects with; fails when it resolves. */
async function rejection(p: Promise<unknown>): Promise<ExcelErrorDouble> {
  try {
    const v = await p;
    throw new Error(`expected an Excel error, got ${JSON.stringify(v)}`);
  } catch (e) {
    if (e instanceof ExcelErrorDouble) return e;
    throw e;
  }
}

describe("NOMENKLATUR", () => {
  test("each column of a row of several bidang, for its jenis pemda (first row of every 5th bidang in the CSV)", async () => {
    const firsts = new Map<string, (typeof rows)[number]>();
    for (const r of rows) if (!firsts.has(r.kode_bidang)) firsts.set(r.kode_bidang, r);
    const picked = [...firsts.values()].filter((_, i) => i % 5 === 0);
    expect(picked.length).toBeGreaterThanOrEqual(10);
    for (const r of picked) {
      const jenis = r.jenis_pemda === "PROV" ? "provinsi" : "kabupaten/kota";
      expect(await f.nomenklatur(r.kode_sub_kegiatan, null, jenis)).toBe(r.nama_sub_kegiatan);
      expect(await f.nomenklatur(r.kode_sub_kegiatan, "indikator", jenis)).toBe(r.indikator);
      expect(await f.nomenklatur(r.kode_sub_kegiatan, "Satuan", jenis)).toBe(r.satuan);
      expect(await f.nomenklatur(r.kode_sub_kegiatan, "kinerja", jenis)).toBe(r.kinerja);
      expect(await f.nomenklatur(r.kode_sub_kegiatan, "program", jenis)).toBe(r.nama_program);
      expect(await f.nomenklatur(r.kode_sub_kegiatan, "kegiatan", jenis)).toBe(r.nama_kegiatan);
      if (r.satuan) expect(await f.satuan_resmi(r.kode_sub_kegiatan, jenis)).toBe(r.satuan);
    }
  });

  test("a kecamatan's penunjang code, written with its bidang, zero-padded otherwise, or from a one-cell range (CSV line 7653)", async () => {
    const r = row("KABKOT", "X.XX.01.2.01.0001");
    expect(r.nama_sub_kegiatan).toBe("Penyusunan Dokumen Perencanaan Perangkat Daerah");
    expect(await f.nomenklatur("7.01.01.2.01.0001")).toBe(r.nama_sub_kegiatan);
    expect(await f.nomenklatur("7.01.01.02.01.0001", "indikator")).toBe(r.indikator);
    expect(await f.nomenklatur([["7.1.1.2.1.1"]], "satuan", "Kabupaten/Kota")).toBe("Dokumen");
    expect(await f.satuan_resmi("7.01.01.2.01.0001")).toBe("Dokumen");
    expect(await f.nomenklatur("7.01.01.2.01.0001", "kode")).toBe("X.XX.01.2.01.0001");
    expect(await f.nomenklatur("7.01.01.2.01.0001", "keterangan")).toMatch(/program penunjang; dalam daftar tertulis X\.XX\.01\.2\.01\.0001/);
  });

  test("a renumbered code gives the values of its new code; kode and keterangan say which (CSV line 415)", async () => {
    const r = row("PROV", "1.02.02.1.02.0035");
    expect(r.kode_sub_kegiatan_sebelumnya).toBe("1.02.02.1.02.0013");
    expect(await f.nomenklatur("1.02.02.1.02.0013")).toBe(r.nama_sub_kegiatan);
    expect(await f.satuan_resmi("1.02.02.1.02.0013")).toBe(r.satuan);
    expect(await f.nomenklatur("1.02.02.1.02.0013", "kode")).toBe("1.02.02.1.02.0035");
    expect(await f.nomenklatur("1.02.02.1.02.0013", "keterangan")).toBe(
      "Kode 1.02.02.1.02.0013 sudah diganti menjadi 1.02.02.1.02.0035; nilai yang ditampilkan adalah untuk 1.02.02.1.02.0035.",
    );
    expect(await f.nomenklatur("1.02.02.1.02.0035", "keterangan")).toBe("Kode 1.02.02.1.02.0035 berlaku.");
  });

  test("an unknown code is #N/A naming the code; text that is no code is #VALUE!", async () => {
    const e = await rejection(f.nomenklatur("1.02.02.2.01.9999"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/Kode 1\.02\.02\.2\.01\.9999 tidak ada dalam daftar nomenklatur sub kegiatan/);
    expect((await rejection(f.nomenklatur("1.2.2.2.1.9999"))).message).toMatch(/1\.02\.02\.2\.01\.9999/);
    expect((await rejection(f.satuan_resmi("9.99.99.9.99.9999"))).code).toBe("#N/A");
    const v = await rejection(f.nomenklatur("Penyusunan Dokumen"));
    expect(v.code).toBe("#VALUE!");
    expect(v.message).toMatch(/"Penyusunan Dokumen" bukan kode nomenklatur/);
    expect((await rejection(f.nomenklatur(null))).message).toMatch(/"kode" kosong/);
  });

  test("a code that means different sub kegiatan for the two levels needs jenis_pemda (CSV lines 220 and 4393)", async () => {
    const e = await rejection(f.nomenklatur("1.01.02.3.05.0001"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/berbeda untuk provinsi dan kabupaten\/kota/);
    expect(e.message).toMatch(/jenis_pemda/);
    expect(await f.nomenklatur("1.01.02.3.05.0001", "", "provinsi")).toBe(row("PROV", "1.01.02.3.05.0001").nama_sub_kegiatan);
    expect(await f.nomenklatur("1.01.02.3.05.0001", "", "kota")).toBe("Pembangunan USB (Unit Sekolah Baru)");
    expect(await f.satuan_resmi("1.01.02.3.05.0001", "kabupaten")).toBe("Unit");
    // Both levels name its bidang the same: no jenis needed for that column.
    expect(await f.nomenklatur("1.01.02.3.05.0001", "program")).toBe("PROGRAM PENGELOLAAN PENDIDIKAN");
  });

  test("a code listed only for the other level is #N/A saying so", async () => {
    const provOnly = rows.find(
      (r) => r.jenis_pemda === "PROV" && !rows.some((o) => o.jenis_pemda === "KABKOT" && o.kode_sub_kegiatan === r.kode_sub_kegiatan),
    )!;
    const e = await rejection(f.nomenklatur(provOnly.kode_sub_kegiatan, "nama", "kabupaten/kota"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe(`Kode ${provOnly.kode_sub_kegiatan} hanya tercantum untuk provinsi, tidak untuk kabupaten/kota.`);
  });

  test("kegiatan, program and bidang codes give their names; their indicator is #N/A", async () => {
    const r = row("KABKOT", "1.02.02.2.01.0001");
    expect(await f.nomenklatur("1.02.02.2.01")).toBe(r.nama_kegiatan);
    expect(await f.nomenklatur("1.02.02")).toBe(r.nama_program);
    expect(await f.nomenklatur("1.02")).toBe(r.nama_bidang);
    expect((await rejection(f.nomenklatur("1.02.02.2.01", "indikator"))).message).toMatch(/hanya ada untuk kode sub kegiatan/);
  });

  test("the one row without an official satuan (2.17.02.1.02.0005) is #N/A for SATUAN_RESMI", async () => {
    const r = rows.find((x) => x.satuan === "")!;
    const e = await rejection(f.satuan_resmi(r.kode_sub_kegiatan, r.jenis_pemda === "PROV" ? "provinsi" : "kabupaten/kota"));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/tidak mencantumkan satuan untuk kode 2\.17\.02\.1\.02\.0005/);
  });

  test("unknown options are #VALUE! listing the valid ones; an error passed in propagates", async () => {
    expect((await rejection(f.nomenklatur("1.02.02.2.01.0001", "warna"))).message).toMatch(/"nama", "indikator", "satuan"/);
    expect((await rejection(f.nomenklatur("1.02.02.2.01.0001", "nama", "desa"))).message).toMatch(/"provinsi", "kabupaten\/kota"/);
    const na = new ExcelErrorDouble("#N/A");
    expect(await rejection(f.nomenklatur(na))).toBe(na);
    expect(await rejection(f.satuan_resmi([[na]]))).toBe(na);
  });
});
