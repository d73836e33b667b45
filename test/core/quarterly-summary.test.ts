/**
 * Ringkasan's quarterly status (src/core/summary.ts quarterlyStatus, quarterlyLine): per indicator
 * its quarters against the Rencana Aksi and the latest one measured, and one sentence naming the
 * indicators below plan. Planted Renaksi and PPS sheets.
 */
import { checkWorkbook } from "../../src/core/check";
import { quarterlyLine, quarterlyStatus } from "../../src/core/summary";
import { ppsSheet, renaksiSheet } from "../support/quarterly-sheets";

// A third indicator the PPS does not measure.
const RENAKSI = renaksiSheet([[null, null, "Jumlah inovasi pelayanan", "Inovasi", 2, 0.5, 1, 1.5, 2, "Kumulatif"]]);

test("each indicator's quarters and its latest measured one; the sentence names those below plan with that quarter's capaian", () => {
  // Desa: 3 of 4, 6 of 8 (75 %); pengaduan, lower is better: 8 of 10 (120 %), 12 of 10 (80 %).
  const list = quarterlyStatus(checkWorkbook({ sheets: [RENAKSI, ppsSheet([3, 6], [8, 12])] }, { rules: [] }));
  expect(list.map((i) => [i.indikator, i.satuan, `${i.sheet}!${i.cell}`])).toEqual([
    ["Jumlah desa yang dibina", "Desa", "Renaksi!C5"],
    ["Persentase pengaduan yang tidak ditindaklanjuti", "%", "Renaksi!C6"],
    ["Jumlah inovasi pelayanan", "Inovasi", "Renaksi!C7"],
  ]);
  const desa = list[0]!;
  expect(desa.quarters.map((q) => [q.triwulan, q.target, q.realisasi, q.capaian, q.status])).toEqual([
    ["TW I", 4, 3, 75, "Di bawah rencana"],
    ["TW II", 8, 6, 75, "Di bawah rencana"],
    ["TW III", 12, null, null, "Belum diukur"],
    ["TW IV", 16, null, null, "Belum diukur"],
  ]);
  expect(desa.latest).toBe(desa.quarters[1]);
  expect(list[1]!.latest).toMatchObject({ triwulan: "TW II", target: 10, realisasi: 12, capaian: 80, status: "Di bawah rencana" });
  expect(list[2]!.latest).toBeNull();
  expect(quarterlyLine(list)).toBe(
    "2 dari 3 indikator di bawah rencana pada triwulan terakhir yang diukur: Jumlah desa yang dibina (TW II, capaian 75 %); Persentase pengaduan yang tidak ditindaklanjuti (TW II, capaian 80 %). 1 indikator belum diukur: isi realisasinya di PPS atau PKPK.",
  );
});

test("below plan earlier but on plan at the latest quarter: on track now", () => {
  // Desa 3 of 4 at TW I, then 8 of 8; pengaduan 9 of 10 (lower is better: 110 %).
  const list = quarterlyStatus(checkWorkbook({ sheets: [RENAKSI, ppsSheet([3, 8], [9])] }, { rules: [] }));
  expect(list.map((i) => i.latest?.status ?? null)).toEqual(["Sesuai rencana", "Sesuai rencana", null]);
  expect(quarterlyLine(list)).toBe(
    "Semua indikator yang sudah diukur sesuai rencana pada triwulan terakhirnya. 1 indikator belum diukur: isi realisasinya di PPS atau PKPK.",
  );
});

test("nothing measured, and no Rencana Aksi at all", () => {
  const none = quarterlyStatus(checkWorkbook({ sheets: [RENAKSI, ppsSheet([], [])] }, { rules: [] }));
  expect(none.every((i) => i.latest === null)).toBe(true);
  expect(quarterlyLine(none)).toBe("Belum ada triwulan yang diukur.");
  expect(quarterlyStatus(checkWorkbook({ sheets: [{ name: "Catatan", rows: [["Rapat"]], merges: [] }] }, { rules: [] }))).toEqual([]);
  expect(quarterlyLine([])).toBe("Tidak ada target triwulan: tambahkan tabel Rencana Aksi dengan target TW I–IV per indikator.");
});
