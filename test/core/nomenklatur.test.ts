/**
 * Looking up the official sub kegiatan list, and comparing satuan and indicators with it. Expected
 * values are rows of data/nomenklatur-sub-kegiatan.csv, read here, or rows quoted by line number.
 */
import { readFileSync } from "node:fs";
import { CSV_PATH, readRows } from "../../scripts/make-nomenklatur";
import type { CsvRow } from "../../src/core/nomenklatur/compact";
import {
  compareIndikator,
  compareSatuan,
  loadNomenklatur,
  loadedNomenklatur,
  lookup,
  lookupLevel,
  normalizeKode,
  type Nomenklatur,
  type SubKegiatan,
} from "../../src/core/nomenklatur";

const rows = readRows(readFileSync(CSV_PATH, "utf8"));
let n: Nomenklatur;
beforeAll(async () => {
  n = await loadNomenklatur();
});

const rowOf = (jenis: string, kode: string) => rows.find((r) => r.jenis_pemda === jenis && r.kode_sub_kegiatan === kode)!;
/** The fields of a CSV row as a SubKegiatan states them. */
const expected = (r: CsvRow) => ({
  jenisPemda: r.jenis_pemda,
  kode: r.kode_sub_kegiatan,
  nama: r.nama_sub_kegiatan,
  kinerja: r.kinerja,
  indikator: r.indikator,
  satuan: r.satuan,
  spm: r.spm,
  bidang: { kode: r.kode_bidang, nama: r.nama_bidang },
  program: { kode: r.kode_program, nama: r.nama_program },
  kegiatan: { kode: r.kode_kegiatan, nama: r.nama_kegiatan },
});
const only = (res: ReturnType<Nomenklatur["lookup"]>): SubKegiatan => {
  if (res.status !== "ada" && res.status !== "jenis-lain") throw new Error(`not found: ${JSON.stringify(res)}`);
  expect(res.rows).toHaveLength(1);
  return res.rows[0]!;
};

describe("lookup by code", () => {
  test("one code of each bidang (the first row of each in the CSV), for its jenis pemda", () => {
    const firsts = new Map<string, CsvRow>();
    for (const r of rows) if (!firsts.has(r.kode_bidang)) firsts.set(r.kode_bidang, r);
    expect(firsts.size).toBe(50);
    for (const r of firsts.values()) {
      const res = n.lookup(r.kode_sub_kegiatan, { jenisPemda: r.jenis_pemda as "PROV" | "KABKOT" });
      expect(res).toMatchObject({ status: "ada", via: "kode", kodeResmi: r.kode_sub_kegiatan });
      expect(only(res)).toMatchObject(expected(r));
    }
  });

  test("every row of the CSV is found by its code and jenis pemda, also written without zero padding", () => {
    const unpadded = (k: string) =>
      k
        .split(".")
        .map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p))
        .join(".");
    for (const r of rows) {
      const jenisPemda = r.jenis_pemda as "PROV" | "KABKOT";
      const a = only(n.lookup(r.kode_sub_kegiatan, { jenisPemda }));
      expect(a.nama).toBe(r.nama_sub_kegiatan);
      expect(a.indikator).toBe(r.indikator);
      expect(a.satuan).toBe(r.satuan);
      if (!r.kode_bidang.startsWith("X")) expect(only(n.lookup(unpadded(r.kode_sub_kegiatan), { jenisPemda }))).toBe(a);
    }
  });

  test("zero-padding, spacing and trailing-dot variants are one code (1.02.02.2.01.0001, KABKOT)", () => {
    const r = rowOf("KABKOT", "1.02.02.2.01.0001");
    for (const written of [
      "1.02.02.2.01.0001",
      "1.02.02.02.01.0001",
      "1.02.02.2.01.00001",
      "1.2.2.2.1.1",
      " 1.02.02.2.01.0001. ",
      "1 . 02 . 02 . 2 . 01 . 0001",
      "01.002.02.2.1.001",
    ]) {
      expect(normalizeKode(written)).toBe("1.02.02.2.01.0001");
      expect(only(n.lookup(written, { jenisPemda: "KABKOT" }))).toMatchObject(expected(r));
    }
  });

  test("without a jenis pemda, a code both levels list gives both rows, and they may differ", () => {
    // CSV line 220 (PROV) and line 4393 (KABKOT): the same code, two different sub kegiatan.
    const res = n.lookup("1.01.02.3.05.0001");
    expect(res.status).toBe("ada");
    if (res.status !== "ada") return;
    expect(res.rows.map((r) => [r.jenisPemda, r.nama, r.satuan])).toEqual([
      ["PROV", "Penyediaan Beasiswa Status Mahasiswa Jenjang Diploma/ Akademi Komunitas", "Orang"],
      ["KABKOT", "Pembangunan USB (Unit Sekolah Baru)", "Unit"],
    ]);
  });

  test("a code listed only for the other level of government is reported as such", () => {
    const provOnly = rows.find(
      (r) =>
        r.jenis_pemda === "PROV" &&
        !rows.some((o) => o.jenis_pemda === "KABKOT" && o.kode_sub_kegiatan === r.kode_sub_kegiatan && !o.kode_bidang.startsWith("X")),
    )!;
    const res = n.lookup(provOnly.kode_sub_kegiatan, { jenisPemda: "KABKOT" });
    expect(res).toMatchObject({ status: "jenis-lain", kodeResmi: provOnly.kode_sub_kegiatan });
    expect(only(res)).toMatchObject(expected(provOnly));
    const kabOnly = rows.find((r) => r.jenis_pemda === "KABKOT" && !rows.some((o) => o.jenis_pemda === "PROV" && o.kode_sub_kegiatan === r.kode_sub_kegiatan))!;
    expect(n.lookup(kabOnly.kode_sub_kegiatan, { jenisPemda: "PROV" }).status).toBe("jenis-lain");
    expect(n.lookup(kabOnly.kode_sub_kegiatan).status).toBe("ada");
  });
});

describe("penunjang codes", () => {
  test("the CSV lists them under X.XX only: program 01 of a named bidang never appears", () => {
    expect(rows.filter((r) => r.kode_program.endsWith(".01")).every((r) => r.kode_bidang === "X.XX")).toBe(true);
    expect(rows.filter((r) => r.kode_bidang === "X.XX")).toHaveLength(226);
  });

  test.each([
    ["7.01", "KABKOT", "2"], // a kecamatan
    ["1.02", "KABKOT", "2"], // dinas kesehatan
    ["5.02", "PROV", "1"], // badan keuangan of a province
    ["2.17", "PROV", "1"],
  ])("under bidang %s (%s) a penunjang code is its X.XX.01 row", (bidang, jenis, level) => {
    const penunjang = rows.filter((r) => r.jenis_pemda === jenis && r.kode_kegiatan.startsWith(`X.XX.01.${level}.`));
    expect(penunjang.length).toBeGreaterThan(50);
    for (const r of penunjang) {
      const asWritten = r.kode_sub_kegiatan.replace("X.XX", bidang);
      const res = n.lookup(asWritten, { jenisPemda: jenis as "PROV" | "KABKOT" });
      expect(res).toMatchObject({ status: "ada", via: "penunjang", kode: asWritten, kodeResmi: r.kode_sub_kegiatan });
      expect(only(res)).toMatchObject(expected(r));
    }
  });

  test("a kecamatan's 7.01.01.2.01.0001 is X.XX.01.2.01.0001 (CSV line 7653); X.XX itself and lower-case x are read too", () => {
    for (const written of ["7.01.01.2.01.0001", "7.1.1.2.1.1", "X.XX.01.2.01.0001", "x.xx.01.02.01.0001"]) {
      const s = only(n.lookup(written, { jenisPemda: "KABKOT" }));
      expect(s.kode).toBe("X.XX.01.2.01.0001");
      expect(s.nama).toBe("Penyusunan Dokumen Perencanaan Perangkat Daerah");
      expect(s.indikator).toBe("Jumlah Dokumen Perencanaan Perangkat Daerah");
      expect(s.satuan).toBe("Dokumen");
    }
  });

  test("a penunjang code under a bidang the list does not have is not found", () => {
    expect(n.lookup("1.99.01.2.01.0001").status).toBe("tidak-ada");
  });
});

describe("renumbered codes", () => {
  test("every former code of the CSV leads to its new code, for its jenis pemda", () => {
    const renumbered = rows.filter((r) => r.kode_sub_kegiatan_sebelumnya !== "");
    expect(renumbered).toHaveLength(346);
    for (const r of renumbered) {
      const res = n.lookup(r.kode_sub_kegiatan_sebelumnya, { jenisPemda: r.jenis_pemda as "PROV" | "KABKOT" });
      expect(res).toMatchObject({ status: "ada", via: "kode-lama", kodeLama: r.kode_sub_kegiatan_sebelumnya, kodeResmi: r.kode_sub_kegiatan });
      expect(only(res)).toMatchObject({ ...expected(r), kodeSebelumnya: r.kode_sub_kegiatan_sebelumnya });
    }
  });

  test("1.02.02.1.02.0013 is now 1.02.02.1.02.0035 (CSV line 415, PROV), also written unpadded", () => {
    for (const written of ["1.02.02.1.02.0013", "1.2.2.1.2.13"]) {
      const res = n.lookup(written);
      expect(res).toMatchObject({ status: "ada", via: "kode-lama", kodeLama: "1.02.02.1.02.0013", kodeResmi: "1.02.02.1.02.0035" });
      expect(only(res).nama).toBe("Pengelolaan Pelayanan Kesehatan Orang yang berisiko Masalah Kesehatan Jiwa");
    }
  });

  test("a former PROV code that is a current KABKOT code (2.17.09.3.02.0001, CSV line 2015): the level decides", () => {
    expect(only(n.lookup("2.17.09.3.02.0001", { jenisPemda: "PROV" }))).toMatchObject({
      kode: "2.17.09.3.02.0002",
      nama: "Fasilitasi Pembuatan Akta Notaris bagi Koperasi",
    });
    const kab = rowOf("KABKOT", "2.17.09.3.02.0001");
    expect(n.lookup("2.17.09.3.02.0001", { jenisPemda: "KABKOT" })).toMatchObject({ status: "ada", via: "kode" });
    expect(only(n.lookup("2.17.09.3.02.0001", { jenisPemda: "KABKOT" })).nama).toBe(kab.nama_sub_kegiatan);
  });
});

describe("unknown codes and other levels", () => {
  test("well-formed codes the list does not hold are tidak-ada; text that is no code is bukan-kode", () => {
    const codes = new Set(rows.map((r) => r.kode_sub_kegiatan));
    expect(codes.has("1.02.02.2.01.9999")).toBe(false);
    expect(n.lookup("1.02.02.2.01.9999")).toEqual({ status: "tidak-ada", input: "1.02.02.2.01.9999", kode: "1.02.02.2.01.9999" });
    expect(n.lookup("9.99.99.9.99.9999").status).toBe("tidak-ada");
    for (const text of [
      "",
      "abc",
      "1.02.02.2.01.10001",
      "1.02.102.2.01.0001",
      "1.02.02.2.01",
      "1.02..2.01.0001",
      "1.02.02.2.01.0001.5",
      "X.02.01.2.01.0001",
      null,
      undefined,
      1.02,
    ]) {
      expect(n.lookup(text).status).toBe("bukan-kode");
    }
  });

  test("bidang, program and kegiatan codes give their names (penunjang program under any bidang)", () => {
    const r = rowOf("KABKOT", "1.02.02.2.01.0001");
    expect(n.lookupLevel("1.02.02.02.01", { jenisPemda: "KABKOT" })).toMatchObject({ status: "ada", level: "kegiatan", rows: [{ nama: r.nama_kegiatan }] });
    expect(n.lookupLevel("1.2.2", { jenisPemda: "KABKOT" })).toMatchObject({ status: "ada", level: "program", rows: [{ nama: r.nama_program }] });
    expect(n.lookupLevel("1.02")).toMatchObject({ status: "ada", level: "bidang", rows: [{ nama: r.nama_bidang }, { nama: r.nama_bidang }] });
    const pen = rowOf("KABKOT", "X.XX.01.2.01.0001");
    expect(n.lookupLevel("7.01.01", { jenisPemda: "KABKOT" })).toMatchObject({ status: "ada", kodeResmi: "X.XX.01", rows: [{ nama: pen.nama_program }] });
    expect(n.lookupLevel("1.02.02.2.99").status).toBe("tidak-ada");
    expect(n.lookupLevel("1.02.02.2.01.0001").status).toBe("bukan-kode");
  });
});

describe("lookup by name", () => {
  test("the exact name, whatever its case, spacing and punctuation, finds the row", () => {
    const r = rowOf("KABKOT", "X.XX.01.2.01.0001");
    const found = n.findByName("  penyusunan dokumen   PERENCANAAN perangkat-daerah. ", { jenisPemda: "KABKOT" });
    expect(found.map((s) => s.kode)).toEqual([r.kode_sub_kegiatan]);
    expect(n.findByName("Penyusunan Dokumen Perencanaan").length).toBe(0);
  });
});

describe("loading", () => {
  test("loaded once; the free functions use the loaded list", async () => {
    expect(await loadNomenklatur()).toBe(n);
    expect(loadedNomenklatur()).toBe(n);
    expect(lookup("7.01.01.2.01.0001", { jenisPemda: "KABKOT" }).status).toBe("ada");
    expect(lookupLevel("7.01.01").status).toBe("ada");
    expect(n.size).toBe(rows.length);
  });
});

describe("compareSatuan", () => {
  const spellings = [...new Set(rows.map((r) => r.satuan))].filter((s) => s !== "");

  test.each([
    ["Dok", "Dokumen"],
    ["Dok.", "Dokumen"],
    ["dokumen", "Dokumen"],
    ["DOKUMEN", "Dokumen"],
    ["Lap", "Laporan"],
    ["Lap.", "Laporan"],
    ["Keg", "Kegiatan"],
    ["Org", "Orang"],
    ["Org/Bln", "Orang/Bulan"],
    ["Orang / Bulan", "Orang/Bulan"],
    ["orang/ bulan", "Orang/Bulan"],
    ["Pkt", "Paket"],
    ["unit", "Unit"],
    ["%", "Persen"],
    ["Persen", "%"],
    ["Ha", "Hektar"],
    ["Kab/Kota", "Kabupaten/Kota"],
    ["SR", "Sambungan Rumah (SR)"],
    ["Sambungan Rumah", "Sambungan Rumah (SR)"],
    ["Kelompok Pra Koperasi", "Kelompok Pra-Koperasi"],
    ["Dokumen", "Doumen"],
    ["m3/hari", "M³/Hari"],
    ["Laporan/Dokumen", "Laporan / Dokumen"],
  ])("%s and %s are the same unit", (found, official) => {
    expect(compareSatuan(found, official)).toEqual({ result: "sama-ejaan", found, official });
  });

  test.each([
    ["Laporan", "Dokumen"],
    ["Dok", "Laporan"],
    ["Orang", "Orang/Bulan"],
    ["Unit", "Unit Rumah"],
    ["Kegiatan", "Kegiatan Usaha"],
    ["Paket", "Unit"],
    ["Orang", "Keluarga"],
    ["Laporan / Dokumen", "Dokumen"],
    ["Objek", "Obyek Pajak"],
    ["Jiwa", "Orang"],
    ["", "Dokumen"],
  ])("%s and %s are different units", (found, official) => {
    expect(compareSatuan(found, official).result).toBe("beda");
  });

  test("every spelling of the CSV is sama with itself, and sama-ejaan with the others differing only in case, spacing or punctuation", () => {
    const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, "");
    expect(spellings.length).toBe(209);
    for (const a of spellings) {
      expect(compareSatuan(a, a).result).toBe("sama");
      for (const b of spellings) if (a !== b && loose(a) === loose(b)) expect(compareSatuan(a, b).result).toBe("sama-ejaan");
    }
    // The groups this gives, by hand from the CSV's list:
    for (const [a, b] of [
      ["Unit", "UNIT"],
      ["Orang/Bulan", "Orang/ Bulan"],
      ["Orang/Bulan", "Orang/bulan"],
      ["Peserta Didik", "Peserta didik"],
      ["Kegiatan Usaha", "Kegiatan usaha"],
    ]) {
      expect(spellings).toEqual(expect.arrayContaining([a, b]));
      expect(compareSatuan(a!, b!).result).toBe("sama-ejaan");
    }
  });

  test("between two spellings of the CSV, sama-ejaan beyond case and punctuation only for these reviewed pairs", () => {
    const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, "");
    const reviewed = new Set(
      [
        ["Dokumen", "Doumen"],
        ["Kabupaten/Kota", "Kab/Kota"],
        ["Sambungan Rumah (SR)", "SR"],
        ["Meter", "M"],
        ["Hektar", "Ha"],
        ["Perangkat Daerah", "OPD"],
        ["Organisasi", "Organiasasi"],
        ["%", "Persentase"],
        ["Kepala Keluarga", "KK"],
      ].map(([a, b]) => `${loose(a!)}|${loose(b!)}`),
    );
    const pairs: string[] = [];
    for (const a of spellings)
      for (const b of spellings)
        if (a < b && loose(a) !== loose(b) && compareSatuan(a, b).result === "sama-ejaan") {
          const k = [`${loose(a)}|${loose(b)}`, `${loose(b)}|${loose(a)}`].find((x) => reviewed.has(x));
          pairs.push(k ? "reviewed" : `${a} ~ ${b}`);
        }
    expect(pairs.filter((p) => p !== "reviewed")).toEqual([]);
  });

  test("the one row without an official satuan (2.17.02.1.02.0005) compares as tanpa-resmi", () => {
    const r = rows.find((x) => x.satuan === "")!;
    expect(r.kode_sub_kegiatan).toBe("2.17.02.1.02.0005");
    const s = only(n.lookup(r.kode_sub_kegiatan, { jenisPemda: r.jenis_pemda as "PROV" }));
    expect(compareSatuan("Dokumen", s.satuan).result).toBe("tanpa-resmi");
  });
});

describe("compareIndikator", () => {
  const official = rowOf("KABKOT", "X.XX.01.2.01.0001").indikator; // Jumlah Dokumen Perencanaan Perangkat Daerah

  test("equal, equal but for case/spacing/punctuation, a typo, another indicator", () => {
    expect(compareIndikator(official, official).result).toBe("sama");
    expect(compareIndikator("  jumlah dokumen perencanaan  perangkat daerah.", official).result).toBe("sama-ejaan");
    expect(compareIndikator("Jumalh Dokumen Perencanaan Perangkat Daerah", official)).toEqual({
      result: "mirip",
      found: "Jumalh Dokumen Perencanaan Perangkat Daerah",
      official,
      distance: 1,
    });
    expect(compareIndikator("Jumlah Dokumen Perencanan Perangkat Daera", official)).toMatchObject({ result: "mirip", distance: 2 });
    expect(compareIndikator("Jumlah Laporan Keuangan Perangkat Daerah", official).result).toBe("beda");
    expect(compareIndikator("Persentase Dokumen Perencanaan Perangkat Daerah", official).result).toBe("beda");
    expect(compareIndikator("Jumlah Orang", "Jumlah Ornag").result).toBe("mirip");
    expect(compareIndikator("Jml Org", "Jml Ruang").result).toBe("beda");
  });

  test("a bracket counts: the official text without its bracket is mirip, two different brackets are beda (CSV indicators)", () => {
    const distinct = new Set(rows.map((r) => r.indikator));
    const rispkp = "Jumlah Dokumen Rencana Induk Sistem Penanggulangan Kebakaran dan Penyelamatan (RISPKP)";
    const tinggi = "Jumlah Industri/ Usaha Pariwisata yang Memperoleh Perizinan Berusaha Berbasis Risiko (Tingkat Risiko Menengah Tinggi)";
    const rendah = "Jumlah Industri/Usaha Pariwisata yang Memperoleh Perizinan Berusaha Berbasis Risiko (Tingkat Risiko Menengah Rendah dan Rendah)";
    for (const i of [rispkp, tinggi, rendah]) expect(distinct.has(i)).toBe(true);
    expect(compareIndikator("Jumlah Dokumen Rencana Induk Sistem Penanggulangan Kebakaran dan Penyelamatan", rispkp).result).toBe("mirip");
    expect(compareIndikator(tinggi, rendah).result).toBe("beda");
    expect(compareIndikator(tinggi.replace("Industri/ Usaha", "Industri / Usaha"), tinggi).result).toBe("sama-ejaan");
  });

  test("two official indicators of the CSV that differ in more than case, spacing or punctuation are never sama or sama-ejaan", () => {
    const loose = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, "");
    const buckets = new Map<string, string[]>();
    for (const i of new Set(rows.map((r) => r.indikator))) {
      // Risky pairs: those equal once brackets are dropped.
      const k = loose(i.replace(/\([^)]*\)/g, ""));
      buckets.set(k, [...(buckets.get(k) ?? []), i]);
    }
    expect([...buckets.values()].filter((l) => l.length > 1).length).toBeGreaterThan(3);
    const wrong: string[] = [];
    for (const list of buckets.values())
      for (const a of list)
        for (const b of list) if (a !== b && loose(a) !== loose(b) && compareIndikator(a, b).result.startsWith("sama")) wrong.push(`${a} ~ ${b}`);
    expect(wrong).toEqual([]);
  });
});
