/** Reading SKM answer sheets as survey apps export them and as the PermenPANRB 14/2017 template processes them. */
import type { CellValue, Sheet } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/check";
import { readSheet } from "../../../src/core/tables/find";
import type { SkmAnswersTable, SkmUnsurTable } from "../../../src/core/tables/types";

const sheet = (name: string, rows: CellValue[][]): Sheet => ({ name, rows, merges: [] });
const U = Array.from({ length: 9 }, (_, j) => `U${j + 1}`);
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

// Four respondents. A 0 and a blank are no answer; "4" as text is 4.
const ANSWERS: CellValue[][] = [
  [4, 4, 3, 4, 4, 4, 4, 4, 4],
  [4, 3, 4, 4, 0, 4, 4, 4, null],
  [3, 4, 4, 4, 4, 4, 4, 4, 4],
  [4, 4, 4, "4", 4, 4, 3, 4, 4],
];
const CLEAN = [
  [4, 4, 3, 4, 4, 4, 4, 4, 4],
  [4, 3, 4, 4, null, 4, 4, 4, null],
  [3, 4, 4, 4, 4, 4, 4, 4, 4],
  [4, 4, 4, 4, 4, 4, 3, 4, 4],
];
// Demographic codes in the answers' own range (jenis kelamin 1–2; usia, pendidikan, pekerjaan 1–6; waktu pengisian 1–3).
const DEMO = [
  [1, 3, 4, 2, 1],
  [2, 2, 6, 1, 2],
  [1, 4, 3, 4, 3],
  [2, 1, 2, 3, 1],
];
const SARAN = ["Pelayanan sudah cepat", null, "Ruang tunggu perlu kipas angin", "Petugas ramah"];

function exported(head: string[] = U, freeText = "Saran dan Masukan"): CellValue[][] {
  return [
    ["DATA RESPONDEN SURVEI KEPUASAN MASYARAKAT"],
    ["No", "Tanggal", "Jenis Layanan", "Jenis Kelamin", "Usia", "Pendidikan", "Pekerjaan", "Waktu Pengisian", ...head, freeText],
    ...ANSWERS.map((a, i) => [i + 1, `2025-02-1${i}`, ["KTP-el", "KK"][i % 2]!, ...DEMO[i]!, ...a, SARAN[i]!]),
  ];
}

test("an export: demographic columns before the answers (coded 1–6) and saran after them are not answers", () => {
  const [t, ...rest] = readSheet(sheet("SKM Semester I", exported())) as SkmAnswersTable[];
  expect(rest).toEqual([]);
  expect(t!.kind).toBe("skm-jawaban");
  expect(t!.unsur.map((u) => u.text)).toEqual(U);
  expect(t!.unsur.map((u) => u.c)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
  expect(t!.answers).toEqual(CLEAN);
  expect(t!.respondentRows).toEqual([2, 3, 4, 5]);
  expect(t!.problems).toEqual([]);
  expect(t!.processing).toBeNull();
});

test("unsur names as headers: unsur 8 (penanganan pengaduan, saran dan masukan) is an answer column, 'Kritik dan Saran' is not", () => {
  const [t] = readSheet(sheet("SKM", exported(UNSUR, "Kritik dan Saran"))) as SkmAnswersTable[];
  expect(t!.unsur.map((u) => u.text)).toEqual(UNSUR);
  expect(t!.answers).toEqual(CLEAN);
  expect(t!.problems).toEqual([]);
});

test("a column of words is never an answer column, whatever its header", () => {
  // A tenth column headed like an unsur ("Pengaduan") holds free text: it is left out, the nine are read.
  const rows = exported(U, "Pengaduan");
  const [t] = readSheet(sheet("SKM", rows)) as SkmAnswersTable[];
  expect(t!.unsur.map((u) => u.text)).toEqual(U);
  expect(t!.problems).toEqual([]);
});

test("a word in an answer column is still an invalid answer, with its cell", () => {
  const rows = exported();
  rows[3]![10] = "tdk tahu";
  const [t] = readSheet(sheet("SKM", rows)) as SkmAnswersTable[];
  expect(t!.unsur).toHaveLength(9);
  expect(t!.problems).toEqual([{ r: 3, c: 10, found: "tdk tahu", message: "jawaban-tidak-sah" }]);
});

// The processing block: Σ = 15 15 15 16 12 16 15 16 12 over 4 4 4 4 3 4 4 4 3 answers filled.
const BLOCK: CellValue[][] = [
  ["Σ Nilai per Unsur", null, null, null, null, null, null, null, 15, 15, 15, 16, 12, 16, 15, 16, 12],
  ["NRR per Unsur", null, null, null, null, null, null, null, 3.75, 3.75, 3.75, 4, 4, 4, 3.75, 4, 4],
  ["NRR Tertimbang per Unsur", null, null, null, null, null, null, null, 0.417, 0.417, 0.417, 0.444, 0.444, 0.444, 0.417, 0.444, 0.444],
  ["Jumlah NRR Tertimbang", null, null, null, null, null, null, null, 3.889],
  ["IKM Unit Pelayanan", null, null, null, null, null, null, null, 97.22],
  ["Mutu Pelayanan", null, null, null, null, null, null, null, "A"],
  ["Kinerja Unit Pelayanan", null, null, null, null, null, null, null, "Sangat Baik"],
];

test("the processing block under the answers is read as such, never as respondents", () => {
  const rows = [...exported(), [], ...BLOCK];
  const [t, ...rest] = readSheet(sheet("SKM", rows)) as SkmAnswersTable[];
  expect(rest).toEqual([]);
  expect(t!.answers).toEqual(CLEAN);
  expect(t!.problems).toEqual([]);
  expect(t!.area.r1).toBe(13);
  const p = t!.processing!;
  expect(p.sums!.map((c) => c!.value)).toEqual([15, 15, 15, 16, 12, 16, 15, 16, 12]);
  expect(p.nrr!.map((c) => c!.value)).toEqual([3.75, 3.75, 3.75, 4, 4, 4, 3.75, 4, 4]);
  expect(p.weighted!.map((c) => c!.c)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
  expect([p.weightedTotal!.value, p.weightedTotal!.r, p.weightedTotal!.c]).toEqual([3.889, 10, 8]);
  expect([p.ikm!.value, p.ikm!.r]).toEqual([97.22, 11]);
  expect(p.mutu!.text).toBe("A");
  expect(p.kinerja!.text).toBe("Sangat Baik");
});

test("IKM, mutu and kinerja on one line; 'Jumlah' and 'NRR' as bare labels", () => {
  const rows = [
    ...exported(),
    ["Jumlah", null, null, null, null, null, null, null, 15, 15, 15, 16, 12, 16, 15, 16, 12],
    ["NRR", null, null, null, null, null, null, null, 3.75, 3.75, 3.75, 4, 4, 4, 3.75, 4, 4],
    ["IKM", null, null, null, null, null, null, null, 97.22, "A", "Sangat Baik"],
  ];
  const [t] = readSheet(sheet("SKM", rows)) as SkmAnswersTable[];
  expect(t!.answers).toHaveLength(4);
  const p = t!.processing!;
  expect(p.sums).toHaveLength(9);
  expect(p.nrr).toHaveLength(9);
  expect(p.weighted).toBeNull();
  expect([p.ikm!.value, p.mutu!.text, p.kinerja!.text]).toEqual([97.22, "A", "Sangat Baik"]);
});

test("a second answer table under the first one's processing block is found too", () => {
  const second = exported().slice(1, 4);
  const rows = [...exported(), [], ...BLOCK, [], ["SEMESTER II"], ...second];
  const tables = readSheet(sheet("SKM", rows)) as SkmAnswersTable[];
  expect(tables.map((t) => [t.kind, t.headerRow, t.answers.length])).toEqual([
    ["skm-jawaban", 1, 4],
    ["skm-jawaban", 16, 2],
  ]);
});

test('blank answers as Excel hands them over (null, "", white space, 0, "0") are left out, not zeros nor invalid', () => {
  const rows = exported();
  rows[2]!.splice(8, 5, "", " ", 0, "0", " 3 ");
  const [t] = readSheet(sheet("SKM", rows)) as SkmAnswersTable[];
  expect(t!.answers[0]).toEqual([null, null, null, null, 3, 4, 4, 4, 4]);
  expect(t!.problems).toEqual([]);
});

describe("the unsur table's columns by their header words", () => {
  const unsurSheet = (head: string[]) =>
    sheet("IKM", [
      ["INDEKS KEPUASAN MASYARAKAT"],
      head,
      [1, "Persyaratan", 3.758, 93.95, "A", "Sangat Baik"],
      [2, "Sistem, Mekanisme dan Prosedur", 3.633, 90.825, "A", "Sangat Baik"],
      [null, "NRR Tertimbang", 3.758],
      [null, "IKM Unit Pelayanan", null, 93.947, "A", "Sangat Baik"],
    ]);

  test.each([["NRR x 25"], ["NRR × 25"], ["Nilai Konversi"], ["NRR*25"]])(
    "%s is the konversi; the NRR stays the NRR; a column headed Kinerja is read",
    (konv) => {
      const [t, ...rest] = readSheet(unsurSheet(["No", "Unsur Pelayanan", "NRR", konv, "Mutu Pelayanan", "Kinerja"])) as SkmUnsurTable[];
      expect(rest).toEqual([]);
      expect(t!.kind).toBe("skm-unsur");
      expect(t!.rows.map((r) => [r.unsur.text, r.nrr?.value, r.konversi?.value, r.mutu?.text, r.kinerja?.text])).toEqual([
        ["Persyaratan", 3.758, 93.95, "A", "Sangat Baik"],
        ["Sistem, Mekanisme dan Prosedur", 3.633, 90.825, "A", "Sangat Baik"],
      ]);
      expect(t!.columns).toMatchObject({ nrr: 2, konversi: 3, mutu: 4, kinerja: 5 });
      expect([t!.nrrTertimbang?.value, t!.ikm?.value, t!.ikmMutu?.text, t!.ikmKinerja?.text]).toEqual([3.758, 93.947, "A", "Sangat Baik"]);
    },
  );

  test.each([["NRR per Unsur"], ["Nilai Rata-rata per Unsur"], ["NRR Per Unsur Pelayanan"]])("%s beside NRR x 25 is the NRR column, not the unsur's", (nrr) => {
    const [t] = readSheet(unsurSheet(["No", "Unsur Pelayanan", nrr, "NRR x 25", "Mutu Pelayanan", "Kinerja"])) as SkmUnsurTable[];
    expect(t!.columns).toMatchObject({ unsur: 1, nrr: 2, konversi: 3 });
    expect(t!.rows.map((r) => [r.unsur.text, r.nrr?.value, r.konversi?.value])).toEqual([
      ["Persyaratan", 3.758, 93.95],
      ["Sistem, Mekanisme dan Prosedur", 3.633, 90.825],
    ]);
  });

  test("Kinerja Unit Pelayanan is the Kinerja column too", () => {
    const [t] = readSheet(unsurSheet(["No", "Unsur Pelayanan", "NRR", "Nilai Konversi", "Mutu Pelayanan", "Kinerja Unit Pelayanan"])) as SkmUnsurTable[];
    expect(t!.rows.map((r) => r.kinerja?.text)).toEqual(["Sangat Baik", "Sangat Baik"]);
  });
});

describe("an IKM label that spells out how the IKM is made", () => {
  // Seed LKjIP: NRRs 3.758 … 3.729 with bobot 0.111 give NRR tertimbang 3.754 and IKM 93.853.
  const NRR = [3.758, 3.633, 3.642, 3.944, 3.656, 3.812, 3.748, 3.899, 3.729];
  test.each([["IKM Unit Pelayanan (NRR Tertimbang x 25)"], ["Jumlah NRR Tertimbang x 25"], ["NRR Tertimbang × 25"]])(
    "%s is the IKM row of the unsur table",
    (ikmLabel) => {
      const [t] = readSheet(
        sheet("IKM", [
          ["No", "Unsur Pelayanan", "NRR", "NRR Tertimbang", "Nilai Konversi", "Mutu Pelayanan"],
          ...NRR.map((n, j) => [`U${j + 1}`, UNSUR[j]!, n, null, null, null] as CellValue[]),
          [null, "Jumlah NRR Tertimbang", null, 3.754],
          [null, ikmLabel, null, null, 93.853, "A"],
        ]),
      ) as SkmUnsurTable[];
      expect([t!.nrrTertimbang?.value, t!.ikm?.value, t!.ikm?.r, t!.ikmMutu?.text]).toEqual([3.754, 93.853, 11, "A"]);
    },
  );

  test("under the answers, 'IKM (Jumlah NRR Tertimbang x 25)' is the IKM line", () => {
    const block = BLOCK.map((row) => [...row]);
    block[4]![0] = "IKM (Jumlah NRR Tertimbang x 25)";
    const [t] = readSheet(sheet("SKM", [...exported(), [], ...block])) as SkmAnswersTable[];
    const p = t!.processing!;
    expect([p.weightedTotal!.value, p.ikm!.value]).toEqual([3.889, 97.22]);
  });
});

describe("a survey form's export (Google Forms): questions as headers, options as answers", () => {
  // The PermenPANRB 14/2017 questionnaire: each question's four options, worth 1 to 4.
  const QUESTIONS: [string, string[]][] = [
    [
      "1. Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
      ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ],
    ["2. Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?", ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]],
    ["3. Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?", ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]],
    ["4. Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?", ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]],
    [
      "5. Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
      ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ],
    [
      "6. Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
      ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
    ],
    [
      "7. Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
      ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
    ],
    ["8. Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", ["Buruk", "Cukup", "Baik", "Sangat Baik"]],
    [
      "9. Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
      ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
    ],
  ];
  const VALUES = [
    [4, 4, 3, 4, 4, 4, 4, 4, 4],
    [1, 2, 3, 4, 1, 2, 3, 4, 1],
    [2, 3, 4, 1, 2, 3, 4, 1, 2],
    [3, 4, 1, 2, 3, 4, 1, 2, 3],
  ];
  const form = (answer: (q: number, v: number) => CellValue): CellValue[][] => [
    [
      "Timestamp",
      "Email Address",
      "Nama (boleh dikosongkan)",
      "Jenis Kelamin",
      "Usia",
      "Pendidikan Terakhir",
      "Pekerjaan",
      "Jenis Layanan yang Diterima",
      ...QUESTIONS.map((q) => q[0]),
      "Saran dan masukan",
    ],
    ...VALUES.map((a, i) => [
      `3/${i + 1}/2025 9:1${i}:05`,
      `warga${i}@mail.id`,
      null,
      i % 2 ? "Laki-laki" : "Perempuan",
      20 + i,
      "SMA/SMK",
      "Swasta",
      "Permohonan informasi",
      ...a.map((v, q) => answer(q, v)),
      i ? null : "Sudah baik",
    ]),
  ];

  test.each<[string, (q: number, v: number) => CellValue]>([
    ["numbers", (_q, v) => v],
    ["the option's words", (q, v) => QUESTIONS[q]![1][v - 1]!],
    ['"4 - Sangat sesuai"', (q, v) => `${v} - ${QUESTIONS[q]![1][v - 1]}`],
    ["the option letters a … d of the paper form", (_q, v) => "abcd"[v - 1]!],
  ])("answers as %s are read as 1–4", (_style, answer) => {
    const [t, ...rest] = readSheet(sheet("Form Responses 1", form(answer))) as SkmAnswersTable[];
    expect(rest).toEqual([]);
    expect(t!.kind).toBe("skm-jawaban");
    expect(t!.unsur.map((u) => u.c)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(t!.answers).toEqual(VALUES);
    expect(t!.problems).toEqual([]);
    expect(t!.doubt).toBeNull();
  });

  test("a five-step scale (1–5, Sangat tidak puas … Sangat puas) is said once as not understood, never an error a cell", () => {
    const five = ["Sangat tidak puas", "Tidak puas", "Cukup puas", "Puas", "Sangat puas"];
    const rows = form((_q, v) => five[v]!);
    const [t] = readSheet(sheet("Form Responses 1", rows)) as SkmAnswersTable[];
    const f = checkWorkbook({ sheets: [sheet("Form Responses 1", rows)] }).findings;
    if (t) expect(t.doubt).not.toBeNull();
    expect(f.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("numbers 1–5 (5s among the answers): one doubt for the region, no error a cell", () => {
    const rows = form((_q, v) => (v === 1 ? 5 : v));
    const f = checkWorkbook({ sheets: [sheet("Form Responses 1", rows)] }).findings;
    expect(f.filter((x) => x.severity === "error")).toEqual([]);
    expect(f.filter((x) => x.rule === "tabel-tidak-dipahami")).toHaveLength(1);
  });
});

test("a survey app's block: 'NRR x Bobot' is the weighted row and 'Total NRR x Bobot' its sum, never the NRR", () => {
  const block = BLOCK.map((row) => [...row]);
  block[2]![0] = "NRR x Bobot";
  block[3]![0] = "Total NRR x Bobot";
  block[4]![0] = "IKM (Total x 25)";
  const [t] = readSheet(sheet("SKM", [...exported(), [], ...block])) as SkmAnswersTable[];
  const p = t!.processing!;
  expect(p.nrr!.map((c) => c!.value)).toEqual([3.75, 3.75, 3.75, 4, 4, 4, 3.75, 4, 4]);
  expect(p.weighted!.map((c) => c!.value)).toEqual([0.417, 0.417, 0.417, 0.444, 0.444, 0.444, 0.417, 0.444, 0.444]);
  expect([p.weightedTotal!.value, p.ikm!.value]).toEqual([3.889, 97.22]);
  expect(checkWorkbook({ sheets: [sheet("SKM", [...exported(), [], ...block])] }).findings.filter((f) => f.severity === "error")).toEqual([]);
});
