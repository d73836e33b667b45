/** The Rumus panel's content: what each custom function does, with a worked example from the seeds. */

export interface RumusExample {
  readonly name: string;
  readonly explanation: string;
  /** Arguments: numbers, quoted text ("kumulatif"), or ranges (B2:J101). */
  readonly args: readonly (number | string)[];
  /** The result the example gives, as Excel shows it; for ranges a description. */
  readonly result: string;
}

export const RUMUS: readonly RumusExample[] = [
  {
    name: "CAPAIAN",
    explanation: 'Persentase capaian = realisasi / target × 100, tanpa batas 100%. Polaritas "negatif" untuk indikator yang makin kecil makin baik.',
    args: [90.26, 88],
    result: "102,57",
  },
  {
    name: "KATEGORI",
    explanation: "Kategori capaian menurut Permendagri 86/2017 (≥ 91 Sangat Tinggi, 76–90 Tinggi, 66–75 Sedang, 51–65 Rendah, ≤ 50 Sangat Rendah).",
    args: [102.57],
    result: "Sangat Tinggi",
  },
  { name: "MUTU", explanation: "Mutu pelayanan SKM dari nilai IKM (PermenPANRB 14/2017): A Sangat Baik mulai 88,31.", args: [93.85], result: "A" },
  { name: "PREDIKAT", explanation: "Predikat evaluasi SAKIP dari nilai 0–100 (PermenPANRB 88/2021): AA, A, BB, B, CC, C, D.", args: [66], result: "B" },
  {
    name: "IKM",
    explanation: "IKM unit pelayanan dari jawaban mentah (baris = responden, kolom = unsur, nilai 1–4).",
    args: ["B2:J101"],
    result: "IKM 25–100 dari jawaban di B2:J101",
  },
  {
    name: "NRR",
    explanation: "Nilai rata-rata tiap unsur dari jawaban mentah; hasilnya tumpah ke kanan, satu sel per unsur.",
    args: ["B2:J101"],
    result: "NRR unsur 1–9",
  },
  {
    name: "IKM_NRR",
    explanation: "IKM dari NRR yang sudah dihitung: Σ(NRR × bobot) × 25. Bobot 1/n (baku), 0,111 atau 0,11.",
    args: ["B103:J103", 0.111],
    result: "IKM dengan bobot 0,111",
  },
  { name: "SERAPAN", explanation: "Persentase serapan anggaran = realisasi / pagu × 100.", args: [10903497000, 11787875000], result: "92,50" },
  { name: "EFISIENSI", explanation: "Efisiensi anggaran seperti pada LKjIP: 100 − persentase serapan.", args: [10903497000, 11787875000], result: "7,50" },
  { name: "STATUS_EFISIENSI", explanation: '"Efisien" bila capaian kinerja ≥ capaian (serapan) anggaran.', args: [102.57, 92.5], result: "Efisien" },
  {
    name: "AKUMULASI",
    explanation: 'Nilai tahunan dari triwulan I–IV: "kumulatif" (jumlah), "akhir" (triwulan terakhir yang terisi) atau "rata-rata".',
    args: ["B2:E2", '"kumulatif"'],
    result: "Jumlah triwulan I–IV",
  },
  {
    name: "NOMENKLATUR",
    explanation:
      'Nama resmi sub kegiatan dari kodenya (Kepmendagri 050-5889/2021 dan pemutakhirannya); kolom "indikator", "satuan", "kinerja", "program" atau "kegiatan" memberi isian lainnya. Kode penunjang bidang mana pun (7.01.01… = X.XX.01…), penulisan nol lain dan kode lama dikenali.',
    args: ['"7.01.01.2.01.0001"'],
    result: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
  },
  {
    name: "SATUAN_RESMI",
    explanation: "Satuan resmi indikator sub kegiatan menurut daftar nomenklatur, untuk dibandingkan dengan satuan di PK atau Renaksi.",
    args: ['"7.01.01.2.01.0001"'],
    result: "Dokumen",
  },
];

/** The formula the button writes: Excel's invariant form (comma separators, decimal point). */
export function formulaOf(e: RumusExample): string {
  return `=SAKIP.${e.name}(${e.args.map((a) => (typeof a === "number" ? String(a) : a)).join(",")})`;
}

/** The formula as a user with Indonesian regional settings sees it (semicolons, decimal comma). */
export function shownFormulaOf(e: RumusExample): string {
  return `=SAKIP.${e.name}(${e.args.map((a) => (typeof a === "number" ? String(a).replace(".", ",") : a)).join("; ")})`;
}
