import { satuan } from "../../src/core/rules/satuan";
import { ruleTester } from "../support/rule-tester";

const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
const RENAKSI = ["Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"];
const pk = [
  ["PERJANJIAN KINERJA"],
  PK,
  ["Meningkatnya akuntabilitas", "Nilai SAKIP Kecamatan", "Nilai", 66],
  [null, "Persentase desa tertib administrasi", "%", 80],
];

/** A sheet listing the indicators with Satuan and Target like a PK, under `title` (none: an untitled table). */
const alike = (title: string | null, unit: string) => [
  ...(title ? [[title]] : []),
  ["Level", "Indikator", "Satuan", "Target"],
  ["Sasaran", "Nilai SAKIP Kecamatan", unit, 66],
];

ruleTester.run(satuan, {
  valid: [
    {
      name: "the same units, written with different case, dots and spacing; % and persen are one unit",
      sheets: {
        PK: pk,
        Renaksi: [
          ["RENCANA AKSI"],
          RENAKSI,
          ["Nilai SAKIP Kecamatan", "nilai.", 66, 60, 62, 64, 66],
          ["Persentase desa tertib administrasi", "Persen", 80, 20, 40, 60, 80],
        ],
      },
    },
    {
      name: "an indicator with its satuan in one document only",
      sheets: { PK: pk, Renaksi: [["RENCANA AKSI"], RENAKSI, ["Jumlah desa yang dibina", "Desa", 16, 4, 8, 12, 16]] },
    },
    {
      name: "a Pohon Kinerja saying Angka before the titled PK saying Nilai: the Renaksi's Nilai is held to the PK alone",
      sheets: {
        "Pohon Kinerja": alike("POHON KINERJA KECAMATAN 2025", "Angka"),
        PK: pk,
        Renaksi: [["RENCANA AKSI"], RENAKSI, ["Nilai SAKIP Kecamatan", "Nilai", 66, 60, 62, 64, 66]],
      },
    },
    {
      name: "an untitled table with PK columns saying Angka before the titled PK saying Nilai: the titled PK is the reference",
      sheets: { Lampiran: alike(null, "Angka"), PK: pk, Renaksi: [["RENCANA AKSI"], RENAKSI, ["Nilai SAKIP Kecamatan", "Nilai", 66, 60, 62, 64, 66]] },
    },
  ],
  invalid: [
    {
      name: "an untitled table with PK columns saying Angka, as the Renaksi, before the titled PK saying Nilai: the Renaksi differs from the PK",
      sheets: { Lampiran: alike(null, "Angka"), PK: pk, Renaksi: [["RENCANA AKSI"], RENAKSI, ["Nilai SAKIP Kecamatan", "Angka", 66, 60, 62, 64, 66]] },
      errors: [{ messageId: "berbeda", sheet: "Renaksi", cell: "B3", expected: "Nilai", found: "Angka", related: ["PK!C3"] }],
    },
    {
      name: "the sample's planted warning: Nilai SAKIP in Angka where the PK says Nilai",
      sheets: { PK: pk, Renaksi: [["RENCANA AKSI"], RENAKSI, ["Nilai SAKIP Kecamatan", "Angka", 66, 60, 62, 64, 66]] },
      errors: [
        {
          messageId: "berbeda",
          sheet: "Renaksi",
          cell: "B3",
          severity: "warning",
          expected: "Nilai",
          found: "Angka",
          related: ["PK!C3"],
          message: "Kepmendagri 900.1.15.5-1317/2023",
        },
      ],
    },
    {
      name: "two indicators, each in another unit (Dokumen for %, Desa for Nilai)",
      sheets: {
        PK: pk,
        Renaksi: [
          ["RENCANA AKSI"],
          RENAKSI,
          ["Nilai SAKIP Kecamatan", "Desa", 66, 60, 62, 64, 66],
          ["Persentase desa tertib administrasi", "Dokumen", 80, 20, 40, 60, 80],
        ],
      },
      errors: [
        { messageId: "berbeda", sheet: "Renaksi", cell: "B3", found: "Desa" },
        { messageId: "berbeda", sheet: "Renaksi", cell: "B4", found: "Dokumen", expected: "%" },
      ],
    },
  ],
});
