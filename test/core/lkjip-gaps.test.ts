/**
 * What the workbook lacks for the LKjIP tables, once per table: from the seed's Tabel 3.2 alone
 * (no earlier years, no Renstra target, no budget, no Rencana Aksi) and from the seed's three
 * tables (earlier years, target akhir and budget present).
 */
import { checkWorkbook } from "../../src/core/check";
import type { Workbook } from "../../src/core/grid";
import { buildLkjip, gapsOf, gapsText } from "../../src/core/lkjip";
import { fixture, sheetFromTsv } from "../support/tsv";

const build = (workbook: Workbook) => buildLkjip(checkWorkbook(workbook, { rules: [] }), workbook);
const seed = (names: string[]): Workbook => ({ sheets: names.map((f) => sheetFromTsv(f, fixture(`${f}.tsv`))) });

const NO_BUDGET = "Tidak ada tabel Realisasi Anggaran: tambahkan tabel Realisasi Anggaran (Pagu, Realisasi, %) per program dan kegiatan.";
const NO_PAIRING =
  "Capaian per program/kegiatan tidak dapat dipasangkan dengan anggarannya: tambahkan kolom Pagu dan Realisasi Anggaran pada baris indikator program/kegiatan di PKPK, atau kode program yang sama di tabel Realisasi Anggaran.";
const NO_RENAKSI = "Tidak ada target triwulan: tambahkan tabel Rencana Aksi dengan target TW I–IV per indikator.";

describe("the seed's Tabel 3.2 alone", () => {
  const l = build(seed(["seed-capaian"]));
  const gaps = gapsOf(l);
  const indicators = l.tables.find((t) => t.id === "perbandingan-tahun")!.rows.length;

  test("each missing source once, with the table's number and how many rows say it", () => {
    expect(gaps).toEqual([
      {
        table: "perbandingan-tahun",
        number: 2,
        note: "Tidak ada realisasi tahun sebelumnya: tambahkan kolom Realisasi 2023 (dan tahun-tahun sebelumnya) di tabel Capaian IKU.",
        rows: indicators,
      },
      { table: "target-renstra", number: 3, note: "Tidak ada Target Akhir Renstra: tambahkan kolom Target Akhir di tabel Capaian IKU.", rows: indicators },
      { table: "efisiensi", number: 4, note: NO_BUDGET, rows: 1 },
      // The table's own note: without a budget no program's capaian can be priced either.
      { table: "efisiensi", number: 4, note: NO_PAIRING, rows: 0 },
      { table: "anggaran", number: 5, note: NO_BUDGET, rows: 1 },
      { table: "triwulan", number: 6, note: NO_RENAKSI, rows: 1 },
    ]);
    expect(indicators).toBeGreaterThan(1);
  });

  test("said as one paragraph in Bahasa Indonesia", () => {
    const text = gapsText(gaps);
    expect(text.startsWith("Data yang belum ada di buku kerja: Tabel 2 (")).toBe(true);
    expect(text).toContain(`Tabel 5: ${NO_BUDGET}`);
    expect(text).toContain(`Tabel 6: ${NO_RENAKSI}`);
  });
});

test("the seed's three tables: the budget is there; earlier years only for the IKM, so three indicators still lack them; no Rencana Aksi", () => {
  const l = build(seed(["seed-capaian", "seed-capaian-multiyear", "seed-anggaran"]));
  const gaps = gapsOf(l);
  expect(gaps.map((g) => g.table)).not.toContain("anggaran");
  expect(gaps.find((g) => g.table === "perbandingan-tahun")?.rows).toBe(l.tables[1]!.rows.length - 1);
  expect(gaps.find((g) => g.table === "triwulan")?.note).toBe(NO_RENAKSI);
});

test("no gaps, no paragraph", () => {
  expect(gapsText([])).toBe("");
});
