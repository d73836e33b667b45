/**
 * The compact list the product ships (src/core/nomenklatur/data.json) is exactly what
 * `npm run nomenklatur` derives from the committed CSV, and stands for every row of it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CSV_PATH, DATA_PATH, deriveCompact, parseCsv, readRows, serialize } from "../../scripts/make-nomenklatur";
import { COLUMNS, expandRows, type CompactNomenklatur } from "../../src/core/nomenklatur/compact";

const csv = readFileSync(CSV_PATH, "utf8");
const committed = readFileSync(DATA_PATH, "utf8");

test("the CSV is the one data/README.md describes: 7,765 rows, PROV 4,207, KABKOT 3,558, 7,291 codes, 50 bidang codes under 51 names", () => {
  expect(CSV_PATH).toBe(join(__dirname, "..", "..", "data", "nomenklatur-sub-kegiatan.csv"));
  const rows = readRows(csv);
  expect(rows).toHaveLength(7765);
  expect(rows.filter((r) => r.jenis_pemda === "PROV")).toHaveLength(4207);
  expect(rows.filter((r) => r.jenis_pemda === "KABKOT")).toHaveLength(3558);
  expect(new Set(rows.map((r) => r.kode_sub_kegiatan)).size).toBe(7291);
  expect(new Set(rows.map((r) => r.kode_bidang)).size).toBe(50);
  // 7.01 is KECAMATAN for a kabupaten/kota and KECAMATAN ADMINISTRASI for a province (DKI).
  expect(new Set(rows.map((r) => `${r.kode_bidang} ${r.nama_bidang}`)).size).toBe(51);
  expect(new Set(rows.map((r) => r.satuan)).size).toBe(210);
  expect(rows.filter((r) => r.kode_sub_kegiatan_sebelumnya !== "")).toHaveLength(346);
});

test("quoted fields keep their commas (line 4097 of the CSV, a kegiatan name with commas)", () => {
  const row = parseCsv(csv)[4096]!;
  expect(row).toHaveLength(COLUMNS.length);
  expect(row[5]).toBe("X.XX.01.1.01");
  expect(row[6]).toBe("Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
  expect(row[7]).toBe("X.XX.01.1.01.0001");
});

test("the committed data.json is exactly what the script derives from the CSV", () => {
  expect(committed).toBe(serialize(deriveCompact(csv)));
});

test("expanding the committed data gives back every row of the CSV, no more, no less", () => {
  const data = JSON.parse(committed) as CompactNomenklatur;
  const line = (r: Record<string, string>) => COLUMNS.map((c) => r[c]).join("\t");
  const expanded = expandRows(data).map(line).sort();
  const original = readRows(csv).map(line).sort();
  expect(expanded).toEqual(original);
  expect(data.baris).toBe(original.length);
});

test("a CSV of another shape is refused", () => {
  expect(() => deriveCompact("jenis_pemda,kode\nPROV,1.01\n")).toThrow(/Kolom CSV tidak sesuai/);
});
