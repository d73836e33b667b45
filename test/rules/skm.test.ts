import type { CellValue } from "../../src/core/grid";
import { skm } from "../../src/core/rules/skm";
import { ruleTester } from "../support/rule-tester";

const UNSUR = ["Persyaratan", "Sistem, Mekanisme dan Prosedur", "Waktu Penyelesaian", "Biaya/Tarif", "Produk Spesifikasi Jenis Pelayanan", "Kompetensi Pelaksana", "Perilaku Pelaksana", "Penanganan Pengaduan, Saran dan Masukan", "Sarana dan Prasarana"];
// The seed's NRRs (domain.md): Σ = 33,821; exact 1/9 gives NRR tertimbang 3,758 and IKM 93,947; bobot 0,111 gives 93,853.
const NRR = [3.758, 3.633, 3.642, 3.944, 3.656, 3.812, 3.748, 3.899, 3.729];
const KONVERSI = [93.95, 90.825, 91.05, 98.6, 91.4, 95.3, 93.7, 97.475, 93.225];

function unsurTable(o: { konversi?: number[]; mutu?: string[]; tertimbang?: number; ikm?: number; ikmMutu?: string; nrr?: number[] } = {}): CellValue[][] {
  const nrr = o.nrr ?? NRR;
  return [
    ["Tabel 3.6"],
    ["No", "Unsur Pelayanan", "NRR", "Nilai Konversi", "Mutu Pelayanan"],
    ...UNSUR.map((u, j) => [j + 1, u, nrr[j]!, (o.konversi ?? (o.nrr ? nrr.map((n) => n * 25) : KONVERSI))[j]!, o.mutu?.[j] ?? "A"]),
    [null, "NRR Tertimbang", o.tertimbang ?? 3.758],
    [null, "IKM Unit Pelayanan", null, o.ikm ?? 93.947, o.ikmMutu ?? "A"],
  ];
}

// Four respondents: every unsur answered 4, except unsur 3 (3, 4, 4, 4 → NRR 3,75) and a blank in unsur 9 (left out of its divisor).
const answers: CellValue[][] = [
  ["JAWABAN RESPONDEN SKM"],
  ["No", "Jenis Kelamin", ...UNSUR.map((_, j) => `U${j + 1}`)],
  [1, "L", 4, 4, 3, 4, 4, 4, 4, 4, 4],
  [2, "P", 4, 4, 4, 4, 4, 4, 4, 4, null],
  [3, "L", 4, 4, 4, 4, 4, 4, 4, 4, 4],
  [4, "P", 4, 4, 4, 4, 4, 4, 4, 4, 4],
];
const FROM_ANSWERS = [4, 4, 3.75, 4, 4, 4, 4, 4, 4];

ruleTester.run(skm, {
  valid: [
    { name: "the seed's NRRs with exact 1/9: NRR tertimbang 3,758, IKM 93,947, mutu A", sheets: { SKM: unsurTable() } },
    {
      name: "NRRs equal to the raw answers (a blank answer is not a zero)",
      sheets: { "SKM Responden": answers, SKM: unsurTable({ nrr: FROM_ANSWERS, tertimbang: 3.972, ikm: 99.306 }) },
    },
  ],
  invalid: [
    {
      name: "the seed's IKM 93,853, made with bobot 0,111: accepted, and the weight named",
      sheets: { SKM: unsurTable({ ikm: 93.853 }) },
      errors: [{ messageId: "ikmBobotLain", sheet: "SKM", cell: "D13", severity: "info", expected: "93,947", found: "93,853", message: "bobot 0,111" }],
    },
    {
      name: "konversi 91,5 for 3,642 × 25 = 91,05; mutu B for 98,6; NRR tertimbang 3,9; IKM 95 under no weight; IKM mutu B",
      sheets: { SKM: unsurTable({ konversi: KONVERSI.map((k, j) => (j === 2 ? 91.5 : k)), mutu: UNSUR.map((_, j) => (j === 3 ? "B" : "A")), tertimbang: 3.9, ikm: 95, ikmMutu: "B" }) },
      errors: [
        { messageId: "konversiSalah", sheet: "SKM", cell: "D5", expected: "91,05", found: "91,5", related: ["SKM!C5"] },
        { messageId: "mutuSalah", sheet: "SKM", cell: "E6", expected: "A", found: "B" },
        { messageId: "nrrTertimbangSalah", sheet: "SKM", cell: "C12", expected: "3,758", found: "3,9" },
        { messageId: "ikmSalah", sheet: "SKM", cell: "D13", expected: "93,947", found: "95" },
        { messageId: "ikmMutuSalah", sheet: "SKM", cell: "E13", expected: "A", found: "B" },
      ],
    },
    {
      // 3,85 with two decimals is not 3,75 (a bare 4 would be: 3,75 rounds to 4 at no decimals).
      name: "unsur 3's NRR written 3,85 where the answers give 3,75",
      sheets: { "SKM Responden": answers, SKM: unsurTable({ nrr: FROM_ANSWERS.map((n, j) => (j === 2 ? 3.85 : n)), tertimbang: 3.983, ikm: 99.583 }) },
      errors: [{ messageId: "nrrBedaJawaban", sheet: "SKM", cell: "C5", expected: "3,75", found: "3,85", related: ["SKM Responden!E2"] }],
    },
  ],
});
