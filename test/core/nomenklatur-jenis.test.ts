/** The workbook's level of government, read from its words, for looking codes up in the right half of the list. */
import { jenisOfText, jenisPemdaOfWorkbook } from "../../src/core/nomenklatur/jenis";

test.each([
  ["PERJANJIAN KINERJA TAHUN 2025 KECAMATAN SUKAMAJU", "KABKOT"],
  ["Bupati Sukamaju", "KABKOT"],
  ["WALI KOTA BANDUNG", "KABKOT"],
  ["Pemerintah Kota Bogor", "KABKOT"],
  ["Dinas Kesehatan Kabupaten Bogor Provinsi Jawa Barat", "KABKOT"],
  ["Gubernur Jawa Tengah", "PROV"],
  ["DINAS PENDIDIKAN PROVINSI JAWA BARAT", "PROV"],
  ["Kecamatan Administrasi Gambir", "PROV"],
])("%s → %s", (text, jenis) => {
  expect(jenisOfText(text)).toBe(jenis);
});

test.each([["Jumlah kabupaten/kota yang dibina"], ["Persentase Kabupaten/Kota dengan IKM baik"], ["Jumlah Dokumen Perencanaan Perangkat Daerah"]])(
  "an indicator naming kabupaten/kota names no level: %s",
  (text) => {
    expect(jenisOfText(text)).toBeUndefined();
  },
);

test("the level most cells name; none, or as many of each, is unknown", () => {
  const sheet = (rows: (string | number | null)[][]) => ({ sheets: [{ name: "PK", rows, merges: [] }] });
  expect(
    jenisPemdaOfWorkbook(sheet([["PERJANJIAN KINERJA DINAS SOSIAL PROVINSI BALI"], ["Jumlah kabupaten/kota yang dibina", 9], [null, "Gubernur Bali"]])),
  ).toBe("PROV");
  expect(jenisPemdaOfWorkbook(sheet([["PERJANJIAN KINERJA"], ["Jumlah desa yang dibina", 16]]))).toBeUndefined();
  expect(jenisPemdaOfWorkbook(sheet([["Gubernur"], ["Bupati"]]))).toBeUndefined();
});
