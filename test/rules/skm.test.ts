import type { CellValue } from "../../src/core/grid";
import { skm } from "../../src/core/rules/skm";
import { ruleTester } from "../support/rule-tester";

const UNSUR = [
  "Persyaratan",
  "Sistem, Mekanisme dan Prosedur",
  "Waktu Penyelesaian",
  "Biaya/Tarif",
  "Produk Spesifikasi Jenis Pelayanan",
  "Kompetensi Pelaksana",
  "Perilaku Pelaksana",
  "Penanganan Pengaduan, Saran dan Masukan",
  "Sarana dan Prasarana",
];
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

/**
 * The unsur table with konversi headed "NRR x 25" and a Kinerja column (A1 layout: A No, B Unsur,
 * C NRR, D NRR x 25, E Mutu, F Kinerja; unsur j on row j + 3, NRR tertimbang row 12, IKM row 13).
 * The seed's konversi are all mutu A (≥ 88,31): Sangat Baik.
 */
function withKinerja(
  o: { konversi?: number[]; mutu?: string[]; kinerja?: string[]; ikmMutu?: string; ikmKinerja?: string; nrr?: (number | null)[] } = {},
): CellValue[][] {
  return [
    ["Tabel 3.6 Indeks Kepuasan Masyarakat"],
    ["No", "Unsur Pelayanan", "NRR", "NRR x 25", "Mutu Pelayanan", "Kinerja"],
    ...UNSUR.map((u, j) => [
      j + 1,
      u,
      o.nrr ? o.nrr[j]! : NRR[j]!,
      o.nrr ? (o.nrr[j] === null ? null : o.nrr[j]! * 25) : (o.konversi ?? KONVERSI)[j]!,
      o.mutu?.[j] ?? "A",
      o.kinerja?.[j] ?? "Sangat Baik",
    ]),
    [null, "NRR Tertimbang", 3.758],
    [null, "IKM Unit Pelayanan", null, 93.947, o.ikmMutu ?? "A", o.ikmKinerja ?? "Sangat Baik"],
  ];
}
const at = (j: number, v: string) => UNSUR.map((_, i) => (i === j ? v : undefined)) as string[];

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

// An answer sheet as exported (demographic codes before the answers, saran after) with the
// PermenPANRB 14/2017 processing block under it. Answers at H…P (U1…U9), the block's single values under H.
// Semester I: a 0 and a blank are no answer. Σ = 15 15 15 16 12 16 15 16 12 over 4 4 4 4 3 4 4 4 3 filled,
// NRR = 3,75 3,75 3,75 4 4 4 3,75 4 4 (Σ 35); 1/9: NRR tertimbang 0,417 / 0,444, Σ 3,889, IKM 97,222;
// bobot 0,111: 0,416 / 0,444, Σ 3,885, IKM 97,125.
const SEM1: CellValue[][] = [
  [4, 4, 3, 4, 4, 4, 4, 4, 4],
  [4, 3, 4, 4, 0, 4, 4, 4, null],
  [3, 4, 4, 4, 4, 4, 4, 4, 4],
  [4, 4, 4, 4, 4, 4, 3, 4, 4],
];
// Semester II: two respondents answering 3 throughout.
const SEM2: CellValue[][] = [Array(9).fill(3), Array(9).fill(3)];
const pad = (label: string, ...values: CellValue[]): CellValue[] => [label, null, null, null, null, null, null, ...values];

interface Block {
  sums?: number[];
  nrr?: number[];
  weighted?: number[];
  total?: number | null;
  ikm?: number | null;
  mutu?: string;
  kinerja?: string;
}
const BLOCK1: Required<Block> = {
  sums: [15, 15, 15, 16, 12, 16, 15, 16, 12],
  nrr: [3.75, 3.75, 3.75, 4, 4, 4, 3.75, 4, 4],
  weighted: [0.417, 0.417, 0.417, 0.444, 0.444, 0.444, 0.417, 0.444, 0.444],
  total: 3.889,
  ikm: 97.22,
  mutu: "A",
  kinerja: "Sangat Baik",
};

function answerSheet(answers: CellValue[][], block: Block | null = BLOCK1): CellValue[][] {
  const b = block ? { ...BLOCK1, ...block } : null;
  return [
    ["DATA RESPONDEN SURVEI KEPUASAN MASYARAKAT"],
    ["No", "Jenis Kelamin", "Usia", "Pendidikan", "Pekerjaan", "Jenis Layanan", "Tanggal", ...UNSUR.map((_, j) => `U${j + 1}`), "Saran dan Masukan"],
    ...answers.map((a, i) => [i + 1, 1 + (i % 2), 1 + (i % 6), 6 - (i % 6), 2, "KTP-el", "2025-03-04", ...a, i % 2 ? null : "Petugas ramah"]),
    [],
    ...(b
      ? [
          pad("Σ Nilai per Unsur", ...b.sums),
          pad("NRR per Unsur", ...b.nrr),
          pad("NRR Tertimbang per Unsur", ...b.weighted),
          ...(b.total === null ? [] : [pad("Jumlah NRR Tertimbang", b.total)]),
          ...(b.ikm === null ? [] : [pad("IKM Unit Pelayanan", b.ikm), pad("Mutu Pelayanan", b.mutu), pad("Kinerja Unit Pelayanan", b.kinerja)]),
        ]
      : []),
  ];
}
// Semester I and II pooled (6 respondents): U1–U3, U7 21/6 = 3,5; U4, U6, U8 22/6 = 3,667; U5, U9 18/5 = 3,6.
// The stated (3-decimal) NRRs sum to 32,201: NRR tertimbang 3,578, IKM 89,447. Konversi 87,5 is mutu B, 90 and 91,675 are A.
const POOLED = [3.5, 3.5, 3.5, 3.667, 3.6, 3.667, 3.5, 3.667, 3.6];
const POOLED_MUTU = POOLED.map((n) => (n * 25 >= 88.31 ? "A" : "B"));
// Semester II alone: NRR 3 for every unsur, konversi 75, mutu C; IKM 75, mutu C.
const SEM2_BLOCK: Block = {
  sums: Array(9).fill(6),
  nrr: Array(9).fill(3),
  weighted: Array(9).fill(0.333),
  total: 3,
  ikm: 75,
  mutu: "C",
  kinerja: "Kurang Baik",
};

ruleTester.run(skm, {
  valid: [
    {
      // The seed's NRRs typed with 2 decimals (3,76 for 3,758) beside konversi and IKM computed from the unrounded ones.
      name: "NRRs written rounded to 2 decimals: konversi and IKM within what that rounding leaves open are right",
      sheets: {
        SKM: unsurTable({ nrr: NRR.map((n) => Math.round(n * 100) / 100), konversi: KONVERSI, ikm: 93.853 }).map((row, i) =>
          i === 11 ? [null, "NRR Tertimbang", 3.754] : row,
        ),
      },
    },
    { name: "the seed's NRRs with exact 1/9: NRR tertimbang 3,758, IKM 93,947, mutu A", sheets: { SKM: unsurTable() } },
    {
      name: "NRRs equal to the raw answers (a blank answer is not a zero)",
      sheets: { "SKM Responden": answers, SKM: unsurTable({ nrr: FROM_ANSWERS, tertimbang: 3.972, ikm: 99.306 }) },
    },
    { name: "an exported answer sheet with its processing block (exact 1/9), all consistent", sheets: { "SKM Semester I": answerSheet(SEM1) } },
    {
      name: "the processing block rounding between steps: NRR tertimbang Σ 3,889 from 0,417/0,444, IKM 3,889 × 25 = 97,225 written 97,23",
      sheets: { "SKM Semester I": answerSheet(SEM1, { ikm: 97.23 }) },
    },
    {
      name: "the yearly unsur table against both semesters together (6 respondents), each semester's block against its own answers",
      sheets: {
        "SKM Semester I": answerSheet(SEM1),
        "SKM Semester II": answerSheet(SEM2, SEM2_BLOCK),
        "IKM 2025": unsurTable({ nrr: POOLED, mutu: POOLED_MUTU, tertimbang: 3.578, ikm: 89.447 }),
      },
    },
    {
      name: "answer sheets titled differently and an unsur table naming words of one title only (kepuasan masyarakat): still both semesters together",
      sheets: {
        "SKM Semester I": answerSheet(SEM1),
        "SKM Semester II": [["DATA RESPONDEN"], ...answerSheet(SEM2, SEM2_BLOCK).slice(1)],
        "Indeks Kepuasan Masyarakat": unsurTable({ nrr: POOLED, mutu: POOLED_MUTU, tertimbang: 3.578, ikm: 89.447 }),
      },
    },
    {
      name: "a per-semester unsur table against its own semester's answers only",
      sheets: {
        "SKM Semester I": answerSheet(SEM1),
        "SKM Semester II": answerSheet(SEM2, SEM2_BLOCK),
        "IKM Semester II": unsurTable({ nrr: Array(9).fill(3), mutu: Array(9).fill("C"), tertimbang: 3, ikm: 75, ikmMutu: "C" }),
      },
    },
    { name: "konversi headed NRR x 25, mutu A and Kinerja Sangat Baik on every unsur and on the IKM", sheets: { SKM: withKinerja() } },
    {
      name: "mutu written with its words (A (Sangat Baik), A - Sangat Baik) or as words only (Sangat Baik); Kinerja in any case",
      sheets: {
        SKM: withKinerja({
          mutu: ["A (Sangat Baik)", "A - Sangat Baik", "Sangat Baik", "a", "A", "A", "A", "A", "A"],
          kinerja: at(0, "SANGAT BAIK"),
          ikmMutu: "A (Sangat Baik)",
        }),
      },
    },
  ],
  invalid: [
    {
      // Planted: every NRR 3,2. Bobot 0,111 per unsur: 0,3552 rounded to 0,355 as templates do, Σ 3,195
      // (unrounded 3,1968; exact 1/9 3,2); IKM 3,195 × 25 = 79,875 written 79,88, mutu B.
      name: "NRR tertimbang as the sum of per-unsur products rounded to 3 decimals (3,195) and its IKM: accepted, bobot 0,111 named",
      sheets: { SKM: unsurTable({ nrr: UNSUR.map(() => 3.2), mutu: UNSUR.map(() => "B"), tertimbang: 3.195, ikm: 79.88, ikmMutu: "B" }) },
      errors: [{ messageId: "ikmBobotLain", sheet: "SKM", cell: "D13", severity: "info", found: "79,88", message: "bobot 0,111" }],
    },
    {
      name: "the seed's IKM 93,853, made with bobot 0,111: accepted, and the weight named",
      sheets: { SKM: unsurTable({ ikm: 93.853 }) },
      errors: [{ messageId: "ikmBobotLain", sheet: "SKM", cell: "D13", severity: "info", expected: "93,947", found: "93,853", message: "bobot 0,111" }],
    },
    {
      name: "konversi 91,5 for 3,642 × 25 = 91,05; mutu B for 98,6; NRR tertimbang 3,9; IKM 95 under no weight; IKM mutu B",
      sheets: {
        SKM: unsurTable({
          konversi: KONVERSI.map((k, j) => (j === 2 ? 91.5 : k)),
          mutu: UNSUR.map((_, j) => (j === 3 ? "B" : "A")),
          tertimbang: 3.9,
          ikm: 95,
          ikmMutu: "B",
        }),
      },
      errors: [
        { messageId: "konversiSalah", sheet: "SKM", cell: "D5", expected: "91,05", found: "91,5", related: ["SKM!C5"] },
        { messageId: "mutuSalah", sheet: "SKM", cell: "E6", expected: "A", found: "B" },
        { messageId: "nrrTertimbangSalah", sheet: "SKM", cell: "C12", expected: "3,758", found: "3,9" },
        { messageId: "ikmSalah", sheet: "SKM", cell: "D13", expected: "93,947", found: "95", message: "Ubah menjadi 93,947, atau periksa NRR per unsurnya." },
        { messageId: "ikmMutuSalah", sheet: "SKM", cell: "E13", expected: "A", found: "B" },
      ],
    },
    {
      // Unsur 4: konversi 98,6 is mutu A, Sangat Baik; the IKM 93,947 too.
      name: "NRR x 25 is the konversi (91,5 for 3,642 × 25 = 91,05); Kinerja Baik beside 98,6 (A); the IKM's Kinerja Baik",
      sheets: { SKM: withKinerja({ konversi: KONVERSI.map((k, j) => (j === 2 ? 91.5 : k)), kinerja: at(3, "Baik"), ikmKinerja: "Baik" }) },
      errors: [
        { messageId: "konversiSalah", sheet: "SKM", cell: "D5", expected: "91,05", found: "91,5", related: ["SKM!C5"] },
        {
          messageId: "kinerjaUnsurSalah",
          sheet: "SKM",
          cell: "F6",
          severity: "error",
          expected: "Sangat Baik",
          found: "Baik",
          message: "nilai 98,6 termasuk mutu A",
        },
        { messageId: "kinerjaSalah", sheet: "SKM", cell: "F13", expected: "Sangat Baik", found: "Baik" },
      ],
    },
    {
      // Unsur 1: "A (Baik)": the letter is right, its words are B's. Unsur 2: "B (Baik)" for 90,825: the letter is wrong (one finding).
      // IKM: "A (Kurang Baik)".
      name: "mutu cells whose words disagree with their letter or the value",
      sheets: { SKM: withKinerja({ mutu: ["A (Baik)", "B (Baik)", "A", "A", "A", "A", "A", "A", "A"], ikmMutu: "A (Kurang Baik)" }) },
      errors: [
        { messageId: "kinerjaUnsurSalah", sheet: "SKM", cell: "E3", expected: "Sangat Baik", found: "A (Baik)" },
        { messageId: "mutuSalah", sheet: "SKM", cell: "E4", expected: "A", found: "B (Baik)" },
        { messageId: "kinerjaSalah", sheet: "SKM", cell: "E13", expected: "Sangat Baik", found: "A (Kurang Baik)" },
      ],
    },
    {
      // Pooled semesters: unsur 1's NRR 3,5 → 87,5 is mutu B (76,61–88,30), Baik; written B with Kinerja Sangat Baik.
      name: "Kinerja Sangat Baik beside NRR 3,5 (87,5, mutu B: Baik)",
      sheets: {
        "IKM 2025": [
          ["Tabel 3.6 Indeks Kepuasan Masyarakat"],
          ["No", "Unsur Pelayanan", "NRR", "NRR x 25", "Mutu Pelayanan", "Kinerja"],
          ...UNSUR.map((u, j) => [
            j + 1,
            u,
            POOLED[j]!,
            POOLED[j]! * 25,
            POOLED_MUTU[j]!,
            j === 0 ? "Sangat Baik" : POOLED_MUTU[j] === "A" ? "Sangat Baik" : "Baik",
          ]),
          [null, "NRR Tertimbang", 3.578],
          [null, "IKM Unit Pelayanan", null, 89.447, "A", "Sangat Baik"],
        ],
      },
      errors: [
        { messageId: "kinerjaUnsurSalah", sheet: "IKM 2025", cell: "F3", expected: "Baik", found: "Sangat Baik", message: "nilai 87,5 termasuk mutu B" },
      ],
    },
    {
      // Unsur 9 without NRR or konversi: its Kinerja is checked against its mutu letter C (Kurang Baik).
      name: "without NRR and konversi, a Kinerja Baik beside mutu C",
      sheets: { SKM: withKinerja({ nrr: [...NRR.slice(0, 8), null], mutu: at(8, "C"), kinerja: at(8, "Baik") }) },
      errors: [{ messageId: "kinerjaUnsurSalah", sheet: "SKM", cell: "F11", expected: "Kurang Baik", found: "Baik", message: 'mutu "C"' }],
    },
    {
      // 3,85 with two decimals is not 3,75 (a bare 4 would be: 3,75 rounds to 4 at no decimals).
      name: "unsur 3's NRR written 3,85 where the answers give 3,75",
      sheets: { "SKM Responden": answers, SKM: unsurTable({ nrr: FROM_ANSWERS.map((n, j) => (j === 2 ? 3.85 : n)), tertimbang: 3.983, ikm: 99.583 }) },
      errors: [{ messageId: "nrrBedaJawaban", sheet: "SKM", cell: "C5", expected: "3,75", found: "3,85", related: ["SKM Responden!E2"] }],
    },
    {
      // Unsur 1 copied from semester I (3,75) instead of both semesters together (21/6 = 3,5); Σ 32,451 → 3,606, IKM 90,142.
      name: "the yearly NRR of unsur 1 taken from semester I only",
      sheets: {
        "SKM Semester I": answerSheet(SEM1),
        "SKM Semester II": answerSheet(SEM2, SEM2_BLOCK),
        "IKM 2025": unsurTable({
          nrr: POOLED.map((n, j) => (j === 0 ? 3.75 : n)),
          mutu: POOLED_MUTU.map((m, j) => (j === 0 ? "A" : m)),
          tertimbang: 3.606,
          ikm: 90.142,
        }),
      },
      errors: [
        {
          messageId: "nrrBedaJawaban",
          sheet: "IKM 2025",
          cell: "C3",
          expected: "3,5",
          found: "3,75",
          related: ["SKM Semester I!H2", "SKM Semester II!H2"],
          message: "gabungan 2 tabel jawaban (SKM Semester I, SKM Semester II; 6 responden)",
        },
      ],
    },
    {
      name: "processing block: Σ unsur 3 written 14 (15), NRR tertimbang unsur 7 0,471 (0,417), Σ NRR tertimbang 3,98 (3,889), IKM 92,22 (97,222), mutu B, kinerja Baik",
      sheets: {
        "SKM Semester I": answerSheet(SEM1, {
          sums: BLOCK1.sums.map((x, j) => (j === 2 ? 14 : x)),
          weighted: BLOCK1.weighted.map((x, j) => (j === 6 ? 0.471 : x)),
          total: 3.98,
          ikm: 92.22,
          mutu: "B",
          kinerja: "Baik",
        }),
      },
      errors: [
        { messageId: "jumlahNilaiSalah", sheet: "SKM Semester I", cell: "J8", expected: "15", found: "14", related: ["SKM Semester I!J2"] },
        {
          messageId: "tertimbangUnsurSalah",
          sheet: "SKM Semester I",
          cell: "N10",
          expected: "0,417",
          found: "0,471",
          message: /NRR 3,75 × bobot 1\/9 = 0,417;.* Ubah menjadi 0,417\.$/,
        },
        { messageId: "nrrTertimbangSalah", sheet: "SKM Semester I", cell: "H11", expected: "3,889", found: "3,98" },
        { messageId: "ikmSalah", sheet: "SKM Semester I", cell: "H12", expected: "97,222", found: "92,22" },
        { messageId: "ikmMutuSalah", sheet: "SKM Semester I", cell: "H13", expected: "A", found: "B" },
        { messageId: "kinerjaSalah", sheet: "SKM Semester I", cell: "H14", expected: "Sangat Baik", found: "Baik" },
      ],
    },
    {
      // The blank-as-zero mistake: 12 / 4 = 3 for unsur 5, which has 3 answers (a 0 is no answer). The steps after it
      // follow from the stated 3 (0,333; Σ 34 / 9 = 3,778; IKM 94,444) and are not reported again.
      name: "processing block: the NRR of unsur 5 divided by 4 respondents where 3 answered",
      sheets: {
        "SKM Semester I": answerSheet(SEM1, {
          nrr: BLOCK1.nrr.map((x, j) => (j === 4 ? 3 : x)),
          weighted: BLOCK1.weighted.map((x, j) => (j === 4 ? 0.333 : x)),
          total: 3.778,
          ikm: 94.44,
        }),
      },
      errors: [{ messageId: "nrrOlahSalah", sheet: "SKM Semester I", cell: "L9", expected: "4", found: "3", message: "12 : 3 = 4" }],
    },
    {
      name: "processing block made with bobot 0,111 (0,416 / 0,444, Σ 3,885, IKM 97,125): accepted, and the weight named at the IKM",
      sheets: { "SKM Semester I": answerSheet(SEM1, { weighted: BLOCK1.weighted.map((x) => (x === 0.417 ? 0.416 : x)), total: 3.885, ikm: 97.125 }) },
      errors: [
        { messageId: "ikmBobotLain", sheet: "SKM Semester I", cell: "H12", severity: "info", expected: "97,222", found: "97,125", message: "bobot 0,111" },
      ],
    },
    {
      name: "processing block with bobot 0,111 and no IKM line: the weight named at Σ NRR tertimbang",
      sheets: { "SKM Semester I": answerSheet(SEM1, { weighted: BLOCK1.weighted.map((x) => (x === 0.417 ? 0.416 : x)), total: 3.885, ikm: null }) },
      errors: [{ messageId: "bobotLain", sheet: "SKM Semester I", cell: "H11", severity: "info", expected: "3,889", found: "3,885", message: "bobot 0,111" }],
    },
  ],
});
