import { realisasiTriwulan } from "../../src/core/rules/realisasi-triwulan";
import { ruleTester } from "../support/rule-tester";

const PPS = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW III Target", "TW III Realisasi", "TW IV Target", "TW IV Realisasi"];
const PPS_Q = ["Sasaran", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];
const PKPK_Q = ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];
const PKPK = [
  "Kode",
  "Program/Kegiatan",
  "Indikator Kinerja",
  "Satuan",
  "Target Tahunan",
  "TW III Target",
  "TW III Realisasi",
  "TW IV Target",
  "TW IV Realisasi",
];

const IKM = "Indeks Kepuasan Masyarakat";
const PROGRAM = ["7.01.01", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK"];
const ppsTw = (q: string, target: number, realisasi: number) => [
  [`PPS TRIWULAN ${q}`],
  PPS_Q,
  ["Sasaran A", IKM, "Indeks", 88, target, realisasi, Math.round((realisasi / target) * 10000) / 100],
];
const pkpkTw = (q: string, target: number, realisasi: number) => [
  [`PKPK TRIWULAN ${q}`],
  PKPK_Q,
  [...PROGRAM, IKM, "Indeks", 88, target, realisasi, Math.round((realisasi / target) * 10000) / 100],
];

// An indicator in rupiah (planted: Rp 3.125.000.000 of BLUD revenue in TW III): the PPS writes rupiah, the PKPK,
// whose pagu columns are noted "dalam ribuan rupiah" under the table, 3.125.000.
const BLUD = "Jumlah pendapatan BLUD";
const PKPK_RP = [...PKPK, "Pagu", "Realisasi Anggaran"];
const bludSheets = (pkpkReal: number) => ({
  PPS: [["PPS"], PPS, ["Sasaran A", BLUD, "Rupiah", 12500000000, 3125000000, 3125000000, 3125000000, 3300000000]],
  PKPK: [["PKPK"], PKPK_RP, [...PROGRAM, BLUD, "Rupiah", 12500000, 3125000, pkpkReal, 3125000, 3300000, 180000, 174000], [], ["*) angka dalam ribuan rupiah"]],
});

ruleTester.run(realisasiTriwulan, {
  valid: [
    { name: "a rupiah indicator: the PKPK's 3.125.000 dalam ribuan rupiah is the PPS's Rp 3.125.000.000", sheets: bludSheets(3125000) },
    {
      name: "the sample's IKM: realisasi TW III 87,2 in the PPS and the PKPK sheet of TW III",
      sheets: { PPS: [["PPS"], PPS, ["Sasaran A", IKM, "Indeks", 88, 87, 87.2, 88, 89.45]], "PKPK TW III": pkpkTw("III", 87, 87.2) },
    },
    {
      name: "PPS and PKPK both one sheet per quarter, each quarter equal",
      sheets: {
        "PPS TW III": ppsTw("III", 87, 87.2),
        "PPS TW IV": ppsTw("IV", 88, 89.45),
        "PKPK TW III": pkpkTw("III", 87, 87.2),
        "PKPK TW IV": pkpkTw("IV", 88, 89.45),
      },
    },
    {
      name: "a PKPK with quarters side by side against PPS quarter sheets",
      sheets: {
        "PPS TW III": ppsTw("III", 87, 87.2),
        "PPS TW IV": ppsTw("IV", 88, 89.45),
        PKPK: [["PKPK"], PKPK, [...PROGRAM, IKM, "Indeks", 88, 87, 87.2, 88, 89.45]],
      },
    },
  ],
  invalid: [
    {
      name: "a rupiah indicator: the PKPK's 3.100.000 ribu is not the PPS's Rp 3.125.000.000",
      sheets: bludSheets(3100000),
      errors: [{ messageId: "bedaPps", sheet: "PKPK", cell: "G3", expected: "3.125.000.000", found: "3.100.000", related: ["PPS!F3"] }],
    },
    {
      name: "the sample's planted error: the PKPK's 86,9 where the PPS says 87,2",
      sheets: { PPS: [["PPS"], PPS, ["Sasaran A", IKM, "Indeks", 88, 87, 87.2, 88, 89.45]], "PKPK TW III": pkpkTw("III", 87, 86.9) },
      errors: [{ messageId: "bedaPps", sheet: "PKPK TW III", cell: "G3", severity: "error", expected: "87,2", found: "86,9", related: ["PPS!F3"] }],
    },
    {
      name: "quarter sheets on both sides: PKPK TW IV's 89 is compared with PPS TW IV's 89,45, not with the TW III sheet",
      sheets: {
        "PPS TW III": ppsTw("III", 87, 87.2),
        "PPS TW IV": ppsTw("IV", 88, 89.45),
        "PKPK TW III": pkpkTw("III", 87, 87.2),
        "PKPK TW IV": pkpkTw("IV", 88, 89),
      },
      errors: [
        { messageId: "bedaPps", sheet: "PKPK TW IV", cell: "G3", expected: "89,45", found: "89", related: ["PPS TW IV!F3"], message: /Realisasi TW IV/ },
      ],
    },
    {
      name: "a side-by-side PKPK against PPS quarter sheets: TW III differs, TW IV agrees",
      sheets: {
        "PPS TW III": ppsTw("III", 87, 87.2),
        "PPS TW IV": ppsTw("IV", 88, 89.45),
        PKPK: [["PKPK"], PKPK, [...PROGRAM, IKM, "Indeks", 88, 87, 86.9, 88, 89.45]],
      },
      errors: [{ messageId: "bedaPps", sheet: "PKPK", cell: "G3", expected: "87,2", found: "86,9", related: ["PPS TW III!F3"] }],
    },
  ],
});
