/**
 * Planted quarterly sheets for the LKjIP table 6, its charts and Ringkasan's quarterly status: a
 * Rencana Aksi with a cumulative indicator (targets 4, 8, 12, 16) and a lower-is-better one (10
 * each quarter), and a PPS measuring them quarter by quarter.
 */
import type { CellValue, Sheet } from "../../src/core/grid";

/** The Rencana Aksi; `extra` rows (indicators) follow the two planted ones. */
export function renaksiSheet(extra: CellValue[][] = []): Sheet {
  return {
    name: "Renaksi",
    rows: [
      ["RENCANA AKSI KINERJA KECAMATAN CONTOH TAHUN 2025"],
      [],
      ["No", "Sasaran/Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target Triwulan", null, null, null, "Sifat"],
      [null, null, null, null, null, "TW I", "TW II", "TW III", "TW IV"],
      [1, "Meningkatnya pelayanan kecamatan", "Jumlah desa yang dibina", "Desa", 16, 4, 8, 12, 16, "Kumulatif"],
      [null, null, "Persentase pengaduan yang tidak ditindaklanjuti", "%", 10, 10, 10, 10, 10, "Nilai akhir"],
      ...extra,
    ],
    merges: [{ r0: 2, c0: 5, r1: 2, c1: 8 }, ...[0, 1, 2, 3, 4, 9].map((c) => ({ r0: 2, c0: c, r1: 3, c1: c }))],
  };
}

/**
 * The PPS with the realisasi of each indicator per quarter (null or missing: not measured), its
 * targets those of the Rencana Aksi. The capaian as the PPS writes it: realisasi/target×100, and for
 * pengaduan (lower is better) (2×target − realisasi)/target×100.
 */
export function ppsSheet(desa: (number | null)[], aduan: (number | null)[]): Sheet {
  const row = (name: string, satuan: string, target: number, q: number, real: (number | null)[], lower = false): CellValue[] => [
    null,
    name,
    satuan,
    target,
    ...[0, 1, 2, 3].flatMap((i) => {
      const t = q * (lower ? 1 : i + 1);
      const r = real[i] ?? null;
      return [t, r, r === null ? null : lower ? ((2 * t - r) / t) * 100 : (r / t) * 100];
    }),
  ];
  return {
    name: "PPS",
    rows: [
      ["PENGUKURAN PENCAPAIAN SASARAN (PPS) KECAMATAN CONTOH TAHUN 2025"],
      [],
      [
        "Sasaran",
        "Indikator Kinerja",
        "Satuan",
        "Target Tahunan",
        "Triwulan I",
        null,
        null,
        "Triwulan II",
        null,
        null,
        "Triwulan III",
        null,
        null,
        "Triwulan IV",
      ],
      [null, null, null, null, ...Array.from({ length: 4 }, () => ["Target", "Realisasi", "Capaian (%)"]).flat()],
      ["Meningkatnya pelayanan kecamatan", ...row("Jumlah desa yang dibina", "Desa", 16, 4, desa).slice(1)],
      row("Persentase pengaduan yang tidak ditindaklanjuti", "%", 10, 10, aduan, true),
    ],
    merges: [...[4, 7, 10, 13].map((c) => ({ r0: 2, c0: c, r1: 2, c1: c + 2 })), ...[0, 1, 2, 3].map((c) => ({ r0: 2, c0: c, r1: 3, c1: c }))],
  };
}
