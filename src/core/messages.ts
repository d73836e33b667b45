/**
 * Every sentence a user reads, in Bahasa Indonesia, kept in one place so the wording stays
 * consistent across the custom functions, the task pane and the command line.
 */

/** Names of function arguments as the user sees them in Excel's help. */
export type ArgName = string;

export const msg = {
  // Numbers
  blank: (arg: ArgName) => `Argumen "${arg}" kosong; isi dengan angka.`,
  notNumber: (arg: ArgName, text: string) => `Argumen "${arg}" berisi "${clip(text)}", bukan angka. Tulis angka seperti 93,85 atau 93.85.`,
  excelErrorText: (arg: ArgName, text: string) => `Argumen "${arg}" berisi galat ${clip(text)}; perbaiki sel sumbernya lebih dulu.`,
  notFinite: (arg: ArgName) => `Argumen "${arg}" bukan angka yang sah (tak hingga atau NaN).`,
  negative: (arg: ArgName) => `Argumen "${arg}" tidak boleh negatif.`,
  badGrouping: (text: string) => `"${clip(text)}" bukan penulisan angka yang sah: pemisah ribuan harus memisahkan tiap tiga angka.`,

  // Options
  unknownOption: (arg: ArgName, text: string, allowed: string[]) =>
    `Pilihan "${clip(text)}" untuk argumen "${arg}" tidak dikenal. Pilihan yang sah: ${allowed.join(", ")}.`,

  // CAPAIAN
  targetZero: () => "Target bernilai 0: capaian tidak dapat dihitung (tidak ada aturan untuk target 0). Periksa targetnya.",
  realisasiZeroInverse: () => 'Realisasi bernilai 0: rumus "target/realisasi" tidak dapat dihitung. Periksa realisasinya atau gunakan polaritas "negatif".',

  // Scales
  outOfRange: (arg: ArgName, value: number, lo: number, hi: number) =>
    `Argumen "${arg}" bernilai ${formatId(value)}, di luar rentang ${formatId(lo)}–${formatId(hi)}.`,

  // IKM
  answersEmpty: () => "Rentang jawaban tidak berisi satu pun jawaban yang terisi.",
  answerInvalid: (row: number, col: number, text: string) =>
    `Jawaban pada baris ke-${row}, kolom ke-${col} rentang jawaban berisi "${clip(text)}"; jawaban SKM harus bilangan bulat 1 sampai 4 (atau kosong).`,
  answerError: (row: number, col: number, text: string) => `Jawaban pada baris ke-${row}, kolom ke-${col} rentang jawaban berisi galat ${clip(text)}.`,
  unsurEmpty: (col: number) =>
    `Unsur pada kolom ke-${col} rentang jawaban tidak memiliki jawaban sama sekali; NRR-nya tidak dapat dihitung. Kecilkan rentangnya atau isi jawabannya.`,
  nrrInvalid: (pos: number, text: string) => `NRR ke-${pos} berisi "${clip(text)}"; NRR harus angka antara 1 dan 4.`,
  nrrEmpty: () => "Rentang NRR tidak berisi satu pun nilai.",
  weightInvalid: (text: string) => `Bobot "${clip(text)}" tidak sah. Gunakan "1/n" (bawaan, tepat 1 dibagi jumlah unsur), 0,111 atau 0,11.`,

  // Budget
  paguZero: () => "Pagu bernilai 0: persentase serapan tidak dapat dihitung.",
  realisasiAbovePagu: (realisasi: number, pagu: number) =>
    `Realisasi (${formatId(realisasi)}) melebihi pagu (${formatId(pagu)}); periksa kembali angka realisasi atau pagunya.`,

  // Accumulation
  accumulationRequired: () => 'Metode akumulasi wajib diisi: "kumulatif" (jumlah triwulan), "akhir" (nilai triwulan terakhir yang terisi) atau "rata-rata".',
  noQuarterValues: () => "Tidak ada nilai triwulan yang terisi.",

  // Reading tables
  cellNotNumber: (found: string) => `Sel ini seharusnya berisi angka, tetapi berisi "${clip(found)}". Tulis angkanya saja, mis. 93,85 atau 10.599.350.000.`,
  cellError: (found: string) => `Sel ini berisi galat ${clip(found)}; perbaiki rumus atau sumber datanya.`,

  // In Excel
  hostTooOld: (set: string) =>
    `Versi Excel ini terlalu lama untuk pemeriksaan konsistensi (butuh ${set}). Perbarui Microsoft 365 atau pakai Excel di web; rumus SAKIP tetap dapat dipakai.`,
  excelFailed: (detail: string) => `Excel menolak permintaan: ${clip(detail, 120)}. Coba lagi; bila berulang, simpan buku kerja lalu buka ulang.`,
  /** `reportSheet`: the report sheet written (its name may be "Hasil Pemeriksaan (2)"), or null. */
  checkDone: (errors: number, warnings: number, info: number, reportSheet: string | null = null) =>
    errors + warnings + info === 0
      ? "Pemeriksaan selesai: tidak ada temuan."
      : `Pemeriksaan selesai: ${errors} galat, ${warnings} peringatan, ${info} info.${reportSheet ? ` Lihat sheet "${reportSheet}".` : ""}`,

  /** `sheet`: where the report went; another name than "Hasil Pemeriksaan" means the user has a sheet so named. */
  reportWritten: (sheet: string) =>
    /^Hasil Pemeriksaan \(\d+\)$/.test(sheet)
      ? `Hasil pemeriksaan ditulis di sheet "${sheet}"; sheet "Hasil Pemeriksaan" milik Anda tidak diubah.`
      : `Hasil pemeriksaan ditulis di sheet "${sheet}".`,

  /** `reportSheet`: the name of our report sheet that was removed, or null when there was none. */
  highlightsRemoved: (formats: number, reportSheet: string | null) =>
    formats === 0 && reportSheet === null
      ? "Tidak ada sorotan atau lembar hasil pemeriksaan dari SAKIP Excel di buku kerja ini; sheet milik Anda tidak diubah."
      : formats === 0
        ? `Tidak ada sorotan; sheet "${reportSheet}" buatan SAKIP Excel dihapus. Isi, format dan sheet milik Anda tidak berubah.`
        : reportSheet === null
          ? `Sorotan dihapus (${formats} format bersyarat). Isi dan format Anda tidak berubah.`
          : `Sorotan dihapus (${formats} format bersyarat) dan sheet "${reportSheet}" buatan SAKIP Excel dihapus. Isi, format dan sheet milik Anda tidak berubah.`,

  /** A file the pane needs (the preview's sample) did not arrive: the network, not a bug. */
  downloadFailed: (detail: string) => `${clip(detail, 160).replace(/[.\s]*$/, "")}. Periksa sambungan jaringan, lalu tekan Periksa ulang.`,

  // Generic
  unexpected: (detail: string) => `Terjadi kesalahan tak terduga: ${clip(detail, 120)}. Laporkan ke pengembang SAKIP Excel.`,
} as const;

/** Shortens user text that is quoted back in a message. */
export function clip(text: string, max = 40): string {
  const t = String(text);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const formatters = new Map<number, Intl.NumberFormat>();

/** One formatter per decimal count: building an Intl.NumberFormat is far slower than using one. */
function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) formatters.set(decimals, (f = new Intl.NumberFormat("id-ID", { maximumFractionDigits: decimals })));
  return f;
}

/** Formats a number the Indonesian way (decimal comma, dot for thousands) for messages. */
export function formatId(value: number, maxDecimals = 3): string {
  // A double carries at most 15 significant digits; tiny values such as 5e-324 would ask for more.
  const decimals = Math.min(Math.max(Math.trunc(maxDecimals), 0), 15);
  const text = formatter(decimals).format(value);
  return text === "-0" ? "0" : text;
}
