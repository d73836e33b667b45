/** The accumulation a "Sifat" cell declares: a few words do; a measuring method's sentence does not. */
import { declaredAccumulation } from "../../../src/core/tables/sifat";

test.each([
  ["Kumulatif", "kumulatif"],
  ["Akumulatif", "kumulatif"],
  ["Non Kumulatif", "non"],
  ["Tidak kumulatif", "non"],
  ["Nilai Akhir", "akhir"],
  ["Triwulan terakhir", "akhir"],
  ["Rata-rata", "rata-rata"],
  ["rata2", "rata-rata"],
  // A Cara Pengukuran / Formulasi sentence states no accumulation, whatever words it holds.
  ["Jumlah dokumen yang diselesaikan sampai akhir tahun", null],
  ["Dihitung secara merata setiap triwulan dari rata-rata nilai", null],
  ["", null],
  [undefined, null],
])("%s → %s", (text, expected) => {
  expect(declaredAccumulation(text)).toBe(expected);
});
