import { targetTriwulan } from "../../src/core/rules/target-triwulan";
import { ruleTester } from "../support/rule-tester";

const RENAKSI = ["Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"];
const PPS = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I Target", "TW I Realisasi", "TW II Target", "TW II Realisasi"];
/** One sheet per quarter: the quarter comes from the title (sheet name). */
const PPS_Q = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];
const PKPK_Q = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];

// A cumulative indicator planned 4 / 8 / 12 / 16 over the quarters (Renaksi).
const renaksi = [["RENCANA AKSI"], RENAKSI, ["Jumlah desa yang dibina", "Desa", 16, 4, 8, 12, 16]];

/** A sheet with the Renaksi's columns under `title` (none: an untitled table), planning `tw` over the quarters. */
const alike = (title: string | null, tw: number[]) => [...(title ? [[title]] : []), RENAKSI, ["Jumlah desa yang dibina", "Desa", tw[3]!, ...tw]];

ruleTester.run(targetTriwulan, {
  valid: [
    {
      name: "PPS quarters side by side follow the Renaksi",
      sheets: { Renaksi: renaksi, PPS: [["PPS"], PPS, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 4, 4, 8, 7]] },
    },
    {
      name: "a PPS sheet per quarter: TW II's sheet holds 8, as the Renaksi's TW II",
      sheets: {
        Renaksi: renaksi,
        "PPS TW I": [["PPS TRIWULAN I"], PPS_Q, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 4, 4, 100]],
        "PPS TW II": [["PPS TRIWULAN II"], PPS_Q, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 8, 8, 100]],
      },
    },
    {
      name: "without a Renaksi, the PKPK's TW III target equals the PPS's",
      sheets: {
        "PPS TW III": [["PPS TRIWULAN III"], PPS_Q, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 12, 12, 100]],
        "PKPK TW III": [
          ["PKPK TRIWULAN III"],
          PKPK_Q,
          ["7.01.05.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", "Jumlah desa yang dibina", "Desa", 16, 12, 12, 100],
        ],
      },
    },
    {
      name: "the Renaksi writes each quarter's amount (30 a quarter), the PPS the running total (s.d. TW II 60 …): one plan",
      sheets: {
        Renaksi: [["RENCANA AKSI"], RENAKSI, ["Jumlah aduan ditindaklanjuti", "Aduan", 120, 30, 30, 30, 30]],
        PPS: [
          ["PPS"],
          [
            "Indikator",
            "Satuan",
            "Target Tahunan",
            "Target s.d. TW I",
            "Target s.d. TW II",
            "Target s.d. TW III",
            "Target s.d. TW IV",
            "Realisasi TW IV",
            "Capaian (%)",
          ],
          ["Jumlah aduan ditindaklanjuti", "Aduan", 120, 30, 60, 90, 120, 131, 109.17],
        ],
      },
    },
    {
      name: "a Pohon Kinerja with quarterly targets 5 / 10 … before the Renaksi: the PPS (4, 8) is held to the Renaksi alone",
      sheets: {
        "Pohon Kinerja": alike("POHON KINERJA (CASCADING) 2025", [5, 10, 15, 20]),
        Renaksi: renaksi,
        PPS: [["PPS"], PPS, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 4, 4, 8, 7]],
      },
    },
    {
      name: "an untitled table with the Renaksi's columns (5 / 10 …) before the titled Renaksi: the titled one is the reference",
      sheets: {
        Lampiran: alike(null, [5, 10, 15, 20]),
        Renaksi: renaksi,
        PPS: [["PPS"], PPS, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 4, 4, 8, 7]],
      },
    },
  ],
  invalid: [
    {
      name: "an untitled table agreeing with the PPS (7 in TW II) before the titled Renaksi (8): the PPS differs from the Renaksi",
      sheets: {
        Lampiran: alike(null, [4, 7, 12, 16]),
        Renaksi: renaksi,
        PPS: [["PPS"], PPS, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 4, 4, 7, 7]],
      },
      errors: [{ messageId: "bedaRenaksi", sheet: "PPS", cell: "G3", expected: "8", found: "7", related: ["Renaksi!E3"] }],
    },
    {
      name: "a Pohon Kinerja agreeing with the PPS (7 in TW II) before the Renaksi (8): the PPS differs from the Renaksi",
      sheets: {
        "Pohon Kinerja": alike("POHON KINERJA 2025", [4, 7, 12, 16]),
        Renaksi: renaksi,
        PPS: [["PPS"], PPS, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 4, 4, 7, 7]],
      },
      errors: [{ messageId: "bedaRenaksi", sheet: "PPS", cell: "G3", expected: "8", found: "7", related: ["Renaksi!E3"] }],
    },
    {
      name: "running totals that leave the plan are still reported: s.d. TW III 95 where 30 a quarter makes 90",
      sheets: {
        Renaksi: [["RENCANA AKSI"], RENAKSI, ["Jumlah aduan ditindaklanjuti", "Aduan", 120, 30, 30, 30, 30]],
        PPS: [
          ["PPS"],
          [
            "Indikator",
            "Satuan",
            "Target Tahunan",
            "Target s.d. TW I",
            "Target s.d. TW II",
            "Target s.d. TW III",
            "Target s.d. TW IV",
            "Realisasi TW IV",
            "Capaian (%)",
          ],
          ["Jumlah aduan ditindaklanjuti", "Aduan", 120, 30, 60, 95, 120, 131, 109.17],
        ],
      },
      errors: [{ messageId: "bedaRenaksi", sheet: "PPS", cell: "F3", found: "95" }],
    },
    {
      name: "the inspectorate's finding: the PKPK's TW III target 10 where the Renaksi says 9; PPS TW II 7 where it says 8",
      sheets: {
        Renaksi: [
          ["RENCANA AKSI"],
          RENAKSI,
          ["Jumlah dokumen laporan koordinasi", "Dokumen", 12, 3, 6, 9, 12],
          ["Jumlah desa yang dibina", "Desa", 16, 4, 8, 12, 16],
        ],
        PPS: [["PPS"], PPS, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 4, 4, 7, 7]],
        "PKPK TW III": [
          ["PKPK TRIWULAN III"],
          PKPK_Q,
          ["7.01.01.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan", "Jumlah dokumen laporan koordinasi", "Dokumen", 12, 10, 9, 90],
        ],
      },
      errors: [
        {
          messageId: "bedaRenaksi",
          sheet: "PKPK TW III",
          cell: "F3",
          severity: "error",
          expected: "9",
          found: "10",
          related: ["Renaksi!F3"],
          message: /Target TW III.* acuan target triwulan: ubah menjadi 9,/,
        },
        { messageId: "bedaRenaksi", sheet: "PPS", cell: "G3", expected: "8", found: "7", related: ["Renaksi!E4"], message: /Target TW II/ },
      ],
    },
    {
      name: "each quarter sheet against its own quarter: TW I sheet right (4), TW II sheet wrong (6 for 8)",
      sheets: {
        Renaksi: renaksi,
        "PPS TW I": [["PPS TRIWULAN I"], PPS_Q, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 4, 4, 100]],
        "PPS TW II": [["PPS TRIWULAN II"], PPS_Q, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 6, 6, 100]],
      },
      errors: [{ messageId: "bedaRenaksi", sheet: "PPS TW II", cell: "E3", expected: "8", found: "6", related: ["Renaksi!E3"] }],
    },
    {
      name: "without a Renaksi, a PKPK quarter sheet's 11 against the PPS quarter sheet's 12",
      sheets: {
        "PPS TW III": [["PPS TRIWULAN III"], PPS_Q, ["Sasaran A", "Jumlah desa yang dibina", "Desa", 16, 12, 12, 100]],
        "PKPK TW III": [
          ["PKPK TRIWULAN III"],
          PKPK_Q,
          ["7.01.05.2.01", "Koordinasi Kegiatan Pemberdayaan Desa", "Jumlah desa yang dibina", "Desa", 16, 11, 11, 100],
        ],
      },
      errors: [
        {
          messageId: "bedaPps",
          sheet: "PKPK TW III",
          cell: "F3",
          expected: "12",
          found: "11",
          related: ["PPS TW III!E3"],
          message: "ubah menjadi 12 bila PPS (sheet PPS TW III) yang benar",
        },
      ],
    },
  ],
});
