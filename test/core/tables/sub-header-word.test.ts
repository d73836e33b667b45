/**
 * The words of a header band's lower rows: "Jumlah", "Total", "Murni", "Setelah Perubahan" are
 * sub-headers as whole labels, never as the first word of an indicator name in a data row.
 */
import { SUB_HEADER_WORD } from "../../../src/core/tables/kinds";

test.each([
  ["jumlah", true],
  ["total", true],
  ["jumlah rp", true],
  ["murni", true],
  ["setelah perubahan", true],
  ["target tahunan", true],
  ["realisasi rp", true],
  ["jumlah penduduk miskin", false],
  ["total pad", false],
  ["perubahan perilaku hidup bersih dan sehat", false],
  ["awal tahun ajaran", false],
])("%s → %s", (label, expected) => {
  expect(SUB_HEADER_WORD.test(label)).toBe(expected);
});
