/**
 * The LKjIP chapter III tables from the seed LKjIP's own tables (Tabel 3.2, the multi-year IKM
 * table, Tabel 3.8 as kept in test/fixtures), from small quarterly grids, and from a workbook
 * without earlier years or a Renstra target.
 */
import { checkWorkbook } from "../../src/core/check";
import type { Workbook } from "../../src/core/grid";
import { buildLkjip, type LkjipCell, type LkjipTable, type LkjipTableId, type LkjipTables } from "../../src/core/lkjip";
import { roundTo } from "../../src/core/numbers";
import { ppsSheet, renaksiSheet } from "../support/quarterly-sheets";
import { fixture, sheetFromTsv } from "../support/tsv";

function build(workbook: Workbook): LkjipTables {
  return buildLkjip(checkWorkbook(workbook, { rules: [] }), workbook);
}

function table(l: LkjipTables, id: LkjipTableId): LkjipTable {
  return l.tables.find((t) => t.id === id)!;
}

type Cells = Record<string, LkjipCell>;

/** Row i of a table as its cells by column key. */
function rowOf(t: LkjipTable, i: number): Cells {
  return Object.fromEntries(t.columns.map((c, j) => [c.key, t.rows[i]!.cells[j]!]));
}

/** The rows whose `key` cell holds `value`, as cells by column key with the row's note. */
function rowsWhere(t: LkjipTable, key: string, value: string): (Cells & { note?: string })[] {
  const j = t.columns.findIndex((c) => c.key === key);
  return t.rows
    .map((_, i) => i)
    .filter((i) => t.rows[i]!.cells[j]!.value === value)
    .map((i) => ({ ...rowOf(t, i), note: t.rows[i]!.note }) as unknown as Cells & { note?: string });
}

const pct = (v: unknown) => roundTo(v as number, 2);

describe("from the seed LKjIP's Tabel 3.2, multi-year IKM table and Tabel 3.8", () => {
  const files = ["seed-capaian", "seed-capaian-multiyear", "seed-anggaran"];
  const l = build({ sheets: files.map((f) => sheetFromTsv(f, fixture(`${f}.tsv`))) });

  test("the year is the target column's: 2024", () => {
    expect(l.year).toBe(2024);
    expect(l.tables.map((t) => t.id)).toEqual(["capaian", "perbandingan-tahun", "target-renstra", "efisiensi", "anggaran", "triwulan"]);
  });

  test("table 1: IKM 93,85 of 91,5 is 102,57 (the report prints 102,51), SAKIP 64,86 of 66 is 98,27 (not 97,27), both Sangat Tinggi", () => {
    const t = table(l, "capaian");
    const ikm = rowsWhere(t, "indikator", "Indeks Kepuasan Masyarakat")[0]!;
    expect(ikm.target).toMatchObject({ value: 91.5, source: { sheet: "seed-capaian", cell: "E6" } });
    expect(ikm.realisasi).toMatchObject({ value: 93.85, source: { sheet: "seed-capaian", cell: "F6" } });
    expect(pct(ikm.capaian!.value)).toBe(102.57);
    expect(ikm.capaian!.computed).toEqual({
      formula: "capaian",
      from: [
        { sheet: "seed-capaian", cell: "F6" },
        { sheet: "seed-capaian", cell: "E6" },
      ],
    });
    expect(ikm.capaian!.note).toBe("Tertulis 102,51 di seed-capaian!G6; hasil hitung 102,57.");
    expect(ikm.kategori!.value).toBe("Sangat Tinggi");

    const sakip = rowsWhere(t, "indikator", "Nilai Sakip Kecamatan")[0]!;
    expect(sakip.realisasi!.value).toBe(64.86);
    expect(sakip.target!.value).toBe(66);
    expect(pct(sakip.capaian!.value)).toBe(98.27);
    expect(sakip.capaian!.note).toMatch(/^Tertulis 97,27 di seed-capaian!G8/);
    expect(sakip.kategori!.value).toBe("Sangat Tinggi");
  });

  test("table 1: each tujuan/sasaran has its capaian rata-rata; the multi-year table's IKM is not listed twice", () => {
    const t = table(l, "capaian");
    expect(t.rows.filter((r) => r.kind === "indikator")).toHaveLength(4);
    const averages = t.rows.filter((r) => r.kind === "rata-rata").map((r) => [r.cells[0]!.value, pct(r.cells[5]!.value)]);
    expect(averages).toEqual([
      ["Tujuan: Meningkatnya kualitas pelayanan publik di Kecamatan", 102.57],
      ["Sasaran: Meningkatnya kualitas pelayanan publik", 102.57],
      ["Tujuan: Meningkatnya Kualitas Kelembagaan Kecamatan", 100],
      ["Sasaran: Meningkatnya Implementasi SAKIP Kecamatan", 98.27],
    ]);
    // (102,568… + 102,568… + 100 + 98,272…) / 4
    const all = t.rows.find((r) => r.kind === "rata-rata-seluruh")!;
    expect(pct(all.cells[5]!.value)).toBe(100.85);
  });

  test("table 2: IKM 93,85 against the 2023 realisasi 91,4 and the 2022 realisasi 89; 2020 and 2021 written NA", () => {
    const t = table(l, "perbandingan-tahun");
    expect(t.columns.map((c) => c.label)).toEqual([
      "Indikator Kinerja",
      "Satuan",
      "Realisasi 2020",
      "Realisasi 2021",
      "Realisasi 2022",
      "Realisasi 2023",
      "Target 2024",
      "Realisasi 2024",
      "Capaian 2024 (%)",
      "Selisih realisasi dengan tahun sebelumnya",
    ]);
    const ikm = rowsWhere(t, "indikator", "Indeks Kepuasan Masyarakat")[0]!;
    expect(ikm["realisasi-2023"]).toEqual({ value: 91.4, source: { sheet: "seed-capaian-multiyear", cell: "F3" } });
    expect(ikm["realisasi-2022"]).toEqual({ value: 89, source: { sheet: "seed-capaian-multiyear", cell: "E3" } });
    expect(ikm["realisasi-2021"]).toEqual({ value: null, note: 'Tertulis "NA" di seed-capaian-multiyear!D3.' });
    expect(ikm.realisasi!.value).toBe(93.85);
    expect(ikm.selisih).toMatchObject({ value: 2.45, note: "Dibanding realisasi 2023." });
    expect(ikm.note).toBeUndefined();
    // Tabel 3.2's other indicators have no earlier years: the row says so and where they would come from.
    const sakip = rowsWhere(t, "indikator", "Nilai Sakip Kecamatan")[0]!;
    expect(sakip.note).toBe("Tidak ada realisasi tahun sebelumnya: tambahkan kolom Realisasi 2023 (dan tahun-tahun sebelumnya) di tabel Capaian IKU.");
  });

  test("table 3: 93,85 against the Renstra target akhir 90 is 104,28 %", () => {
    const t = table(l, "target-renstra");
    const ikm = rowsWhere(t, "indikator", "Indeks Kepuasan Masyarakat")[0]!;
    expect(ikm.targetAkhir).toEqual({ value: 90, source: { sheet: "seed-capaian-multiyear", cell: "J3" } });
    expect(pct(ikm.capaian!.value)).toBe(104.28);
    expect(ikm.keterangan!.value).toBe("Target akhir Renstra sudah tercapai");
    const sakip = rowsWhere(t, "indikator", "Nilai Sakip Kecamatan")[0]!;
    expect(sakip.targetAkhir!.value).toBeNull();
    expect(sakip.note).toBe("Tidak ada Target Akhir Renstra: tambahkan kolom Target Akhir di tabel Capaian IKU.");
  });

  test("table 5: Rp 10.903.497.000 spent Rp 10.097.306.301, serapan 92,61 % (Bab IV of the seed)", () => {
    const t = table(l, "anggaran");
    expect(t.rows.filter((r) => r.kind === "program")).toHaveLength(6);
    const penunjang = rowOf(t, 0);
    expect(penunjang.pagu).toEqual({ value: 10599350000, source: { sheet: "seed-anggaran", cell: "B6" } });
    expect(pct(penunjang.serapan!.value)).toBe(92.5);
    const jumlah = t.rows.find((r) => r.kind === "jumlah")!;
    expect(jumlah.cells[2]!.value).toBe(10903497000);
    expect(jumlah.cells[3]!.value).toBe(10097306301);
    expect(pct(jumlah.cells[4]!.value)).toBe(92.61);
    expect(jumlah.cells[2]!.computed?.from).toHaveLength(6);
  });

  test("table 4: average capaian 100,85 against serapan 92,61: efisiensi 7,39 %, Efisien", () => {
    const t = table(l, "efisiensi");
    const all = rowOf(t, t.rows.length - 1);
    expect(pct(all.capaian!.value)).toBe(100.85);
    expect(pct(all.serapan!.value)).toBe(92.61);
    expect(pct(all.efisiensi!.value)).toBe(7.39);
    expect(all.status!.value).toBe("Efisien");
  });

  test("table 6 says which table would supply quarterly targets", () => {
    const t = table(l, "triwulan");
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.note).toBe("Tidak ada target triwulan: tambahkan tabel Rencana Aksi dengan target TW I–IV per indikator.");
  });
});

describe("quarterly monitoring against the Rencana Aksi", () => {
  // Planted: Desa 3 of 4 and 6 of 8; pengaduan (lower is better, capaian written (2×target − realisasi)/target×100) 8 and 12 of 10.
  const renaksi = renaksiSheet();
  const pps = ppsSheet([3, 6], [8, 12]);
  const t = table(build({ sheets: [renaksi, pps] }), "triwulan");
  const desa = rowsWhere(t, "indikator", "Jumlah desa yang dibina");
  const aduan = rowsWhere(t, "indikator", "Persentase pengaduan yang tidak ditindaklanjuti");

  test("each quarter: the Renaksi target, the PPS realisasi, capaian and status", () => {
    expect(desa.map((r) => [r.triwulan!.value, r.target!.value, r.realisasi!.value, r.capaian!.value, r.status!.value])).toEqual([
      ["TW I", 4, 3, 75, "Di bawah rencana"],
      ["TW II", 8, 6, 75, "Di bawah rencana"],
      ["TW III", 12, null, null, "Belum diukur"],
      ["TW IV", 16, null, null, "Belum diukur"],
    ]);
    expect(desa[0]!.target!.source).toEqual({ sheet: "Renaksi", cell: "F5" });
    expect(desa[0]!.realisasi!.source).toEqual({ sheet: "PPS", cell: "F5" });
    expect(desa[2]!.note).toBe("Belum ada realisasi TW III: isi realisasi di PPS atau PKPK triwulan III.");
  });

  test("a lower-is-better indicator is measured with the polarity its written capaian uses", () => {
    expect(aduan.slice(0, 2).map((r) => [r.realisasi!.value, pct(r.capaian!.value), r.status!.value])).toEqual([
      [8, 120, "Sesuai rencana"],
      [12, 80, "Di bawah rencana"],
    ]);
    expect(aduan[0]!.capaian!.computed?.formula).toBe("capaian-negatif");
  });

  test("a cumulative indicator is projected to the year's end from its latest quarter: 6 × 4 / 2 = 12, short of 16", () => {
    expect(desa[1]!.proyeksi).toMatchObject({ value: 12, computed: { formula: "proyeksi-linear", from: [{ sheet: "PPS", cell: "I5" }] } });
    expect(desa[1]!.proyeksi!.note).toBe("Proyeksi linear: realisasi kumulatif TW II × 4 / 2; diproyeksikan tidak mencapai target tahunan 16.");
    expect(desa[0]!.proyeksi!.value).toBeNull();
    expect(aduan.every((r) => r.proyeksi!.value === null)).toBe(true);
  });

  test("one line names the indicators off track", () => {
    expect(t.notes[0]).toBe(
      "Di bawah rencana: Jumlah desa yang dibina (TW I, TW II, proyeksi akhir tahun); Persentase pengaduan yang tidak ditindaklanjuti (TW II).",
    );
  });
});

describe("a workbook with the year's Capaian IKU only", () => {
  const l = build({ sheets: [sheetFromTsv("seed-capaian", fixture("seed-capaian.tsv"))] });

  test("no earlier years and no Renstra target: each row says so and names the table that would supply it", () => {
    for (const r of table(l, "perbandingan-tahun").rows) {
      expect(r.note).toBe("Tidak ada realisasi tahun sebelumnya: tambahkan kolom Realisasi 2023 (dan tahun-tahun sebelumnya) di tabel Capaian IKU.");
    }
    for (const r of table(l, "target-renstra").rows) expect(r.note).toBe("Tidak ada Target Akhir Renstra: tambahkan kolom Target Akhir di tabel Capaian IKU.");
    expect(table(l, "perbandingan-tahun").columns.map((c) => c.key)).toEqual(["indikator", "satuan", "target", "realisasi", "capaian", "selisih"]);
  });

  test("no budget table: tables 4 and 5 say which table would supply it", () => {
    const none = "Tidak ada tabel Realisasi Anggaran: tambahkan tabel Realisasi Anggaran (Pagu, Realisasi, %) per program dan kegiatan.";
    expect(table(l, "anggaran").rows.map((r) => r.note)).toEqual([none]);
    const last = table(l, "efisiensi").rows.at(-1)!;
    expect(last.note).toBe(none);
    expect(last.cells[7]!.value).toBeNull();
  });
});

describe("a budget table dalam ribuan rupiah", () => {
  // The seed's Rp 11.787.875.000, of which 10.903.497.000 spent, written in thousands: sisa Rp 884.378.000.
  const l = build({
    sheets: [
      sheetFromTsv(
        "Anggaran",
        [
          "REALISASI ANGGARAN TAHUN 2025 (dalam ribuan rupiah)",
          "Kode\tProgram/Kegiatan\tPagu\tRealisasi\tSerapan (%)",
          "5.02.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH\t11.787.875\t10.903.497\t92,50",
          "5.02.01.2.01\tAdministrasi Keuangan Perangkat Daerah\t11.787.875\t10.903.497\t92,50",
        ].join("\n"),
      ),
      // The program's indicator, priced by the budget table's row of its code: 95 of 100 (capaian 95 %).
      sheetFromTsv(
        "Capaian",
        [
          "CAPAIAN KINERJA PROGRAM TAHUN 2025",
          "Kode\tProgram\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
          "5.02.01\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH\tPersentase dokumen keuangan tepat waktu\t%\t100\t95\t95",
        ].join("\n"),
      ),
    ],
  });

  test("table 5 shows rupiah, its note the figure as written; serapan and sisa follow", () => {
    const t = table(l, "anggaran");
    const program = rowOf(t, 0);
    expect(program.pagu).toEqual({
      value: 11787875000,
      source: { sheet: "Anggaran", cell: "C3" },
      note: "Tertulis 11.787.875 (dalam ribuan rupiah) di Anggaran!C3.",
    });
    expect(program.realisasi!.value).toBe(10903497000);
    expect(pct(program.serapan!.value)).toBe(92.5);
    expect(program.sisa!.value).toBe(884378000);
    const jumlah = t.rows.find((r) => r.kind === "jumlah")!;
    expect([jumlah.cells[2]!.value, jumlah.cells[3]!.value, jumlah.cells[5]!.value]).toEqual([11787875000, 10903497000, 884378000]);
    expect(jumlah.note).toBe("Jumlah dari jumlah 1 program (tertulis dalam ribuan rupiah, di sini dalam rupiah).");
  });

  test("table 4's program row, priced by the budget table's row of its code, and its whole budget are in rupiah too", () => {
    const t = table(l, "efisiensi");
    const program = rowOf(t, 0);
    expect(program.pagu).toEqual({
      value: 11787875000,
      source: { sheet: "Anggaran", cell: "C3" },
      note: "Tertulis 11.787.875 (dalam ribuan rupiah) di Anggaran!C3.",
    });
    expect(program.realisasi!.value).toBe(10903497000);
    expect(pct(program.serapan!.value)).toBe(92.5);
    expect(pct(program.capaian!.value)).toBe(95);
    const all = rowOf(t, t.rows.length - 1);
    expect([all.pagu!.value, all.realisasi!.value]).toEqual([11787875000, 10903497000]);
    expect(pct(all.serapan!.value)).toBe(92.5);
  });
});

describe("a PKPK whose pagu and realisasi anggaran are dalam ribuan rupiah (unit note under the table)", () => {
  // The seed's Rp 11.787.875.000 of which 10.903.497.000 spent, written in thousands on the indicator's own row.
  const l = build({
    sheets: [
      sheetFromTsv(
        "PKPK",
        [
          "PENGUKURAN KINERJA PROGRAM DAN KEGIATAN TAHUN 2025",
          "No\tProgram/Kegiatan\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\tPagu (Rp)\tRealisasi Anggaran (Rp)",
          "1\tPROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH\tPersentase dokumen keuangan tepat waktu\t%\t100\t95\t95\t11.787.875\t10.903.497",
          "",
          "Keterangan: pagu dan realisasi anggaran dalam ribuan rupiah",
        ].join("\n"),
      ),
    ],
  });

  test("table 4 prices the row in rupiah and its note gives the figure as written", () => {
    const program = rowOf(table(l, "efisiensi"), 0);
    expect(program.pagu).toEqual({ value: 11787875000, source: { sheet: "PKPK", cell: "H3" }, note: "Tertulis 11.787.875 (dalam ribuan rupiah) di PKPK!H3." });
    expect(program.realisasi!.value).toBe(10903497000);
    expect(pct(program.serapan!.value)).toBe(92.5);
    expect(pct(program.capaian!.value)).toBe(95);
  });
});

test("last year's Capaian kept before this year's: table 1 takes the realisasi of the PK's year", () => {
  // Planted: the PK 2025 targets 3,6; the Capaian 2024 (kept in the workbook) says 3,42, the Capaian 2025 3,61.
  const PK = ["Sasaran", "Indikator Kinerja", "Satuan", "Target"];
  const CAP = ["Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"];
  const l = build({
    sheets: [
      sheetFromTsv("PK 2025", ["PERJANJIAN KINERJA TAHUN 2025", PK.join("\t"), "Meningkatnya SPBE\tIndeks SPBE\tIndeks\t3,6"].join("\n")),
      sheetFromTsv("Capaian 2024", ["CAPAIAN KINERJA TAHUN 2024", CAP.join("\t"), "Indeks SPBE\tIndeks\t3,4\t3,42\t100,59"].join("\n")),
      sheetFromTsv("Capaian 2025", ["CAPAIAN KINERJA TAHUN 2025", CAP.join("\t"), "Indeks SPBE\tIndeks\t3,6\t3,61\t100,28"].join("\n")),
    ],
  });
  const spbe = rowsWhere(table(l, "capaian"), "indikator", "Indeks SPBE")[0]!;
  expect(spbe.realisasi).toMatchObject({ value: 3.61, source: { sheet: "Capaian 2025", cell: "D3" } });
});
