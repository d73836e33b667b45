/**
 * renja-renstra: the Renstra's realisation up to this year (15) over 300 % of its target for the
 * Renstra's last year (6) is a unit mix-up far more often than an achievement.
 */
import { renjaRenstra } from "../../src/core/rules/renja-renstra";
import { colName, renjaCol, renjaSheet, type RenjaSpec } from "../support/renja";
import { ruleTester } from "../support/rule-tester";

const base: RenjaSpec = {
  code: "1.02.02",
  name: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
  indikator: "Persentase puskesmas terakreditasi paripurna",
  satuan: "%",
  renstra: [100, 40000000000],
  lalu: [60, 25000000000],
  target: [80, 9000000000],
  tw: [
    [20, 2000000000],
    [20, 2300000000],
    [20, 2300000000],
    [21, 2100000000],
  ],
};
const sheet = (rows: RenjaSpec[], with14 = true) => {
  const s = renjaSheet(rows, { with14 });
  return { sheets: { Renja: s.rows }, merges: { Renja: s.merges }, at: (c: number) => `${colName(c)}${s.dataStart + 1}` };
};
// The Renstra's target written as a fraction (1 for 100 %): 60 + 81 = 141 is 14.100 % of it.
const fraction = sheet([{ ...base, renstra: [1, 40000000000] }]);
// Rupiah against thousands of rupiah: Renstra target Rp 40.000.000 (in thousands) against realisasi in rupiah.
const thousands = sheet([{ ...base, renstra: [100, 40000000] }], false);

ruleTester.run(renjaRenstra, {
  valid: [
    { name: "realisasi Renstra 60 + 81 = 141 of target 100: 141 %, high but possible", ...sheet([base]) },
    { name: "the version without column 14, Rp 34,4 M of 40 M", ...sheet([base], false) },
  ],
  invalid: [
    {
      name: "target Renstra written as a fraction (1 for 100 %): 141 is 14.100 % of it",
      ...fraction,
      errors: [
        {
          messageId: "takWajar",
          sheet: "Renja",
          cell: fraction.at(renjaCol("renstraRealisasi", "K")),
          found: "141",
          related: [`Renja!${fraction.at(renjaCol("renstra", "K"))}`],
          message: "14.100% dari target Renstra (kolom 6) 1",
        },
      ],
    },
    {
      name: "Rp target Renstra in thousands against realisasi in rupiah (version without column 14)",
      ...thousands,
      errors: [
        {
          messageId: "takWajar",
          sheet: "Renja",
          cell: thousands.at(renjaCol("renstraRealisasi", "Rp", false)),
          message: /\(Rp\).*dari target Renstra \(kolom 6\) 40\.000\.000/,
        },
      ],
    },
  ],
});
