/**
 * Synthetic SAKIP workbooks for the benchmark, as grids: per perangkat daerah a PK, a Renaksi, a
 * PPS (four quarters side by side) and a PKPK (third quarter), in the layouts of contoh/; one
 * realisasi anggaran table and one sheet of raw SKM answers. Deterministic (a fixed LCG), with
 * planted inconsistencies, three per perangkat daerah and one per 500 budget rows.
 */
import ExcelJS from "exceljs";
import type { Area, CellValue, Sheet, Workbook } from "../src/core/grid";

export interface Size {
  readonly pd: number;
  readonly indicators: number;
  readonly budgetRows: number;
  readonly respondents: number;
}

export const SIZES: Record<"kecil" | "sedang" | "besar", Size> = {
  kecil: { pd: 1, indicators: 20, budgetRows: 60, respondents: 200 },
  sedang: { pd: 10, indicators: 150, budgetRows: 1250, respondents: 2500 },
  besar: { pd: 40, indicators: 150, budgetRows: 5000, respondents: 10000 },
};

const PD = [
  ["Disdik", "Dinas Pendidikan"],
  ["Dinkes", "Dinas Kesehatan"],
  ["DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"],
  ["Perkim", "Dinas Perumahan dan Kawasan Permukiman"],
  ["Satpol", "Satuan Polisi Pamong Praja"],
  ["BPBD", "Badan Penanggulangan Bencana Daerah"],
  ["Dinsos", "Dinas Sosial"],
  ["Disnaker", "Dinas Tenaga Kerja"],
  ["DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"],
  ["DKP", "Dinas Ketahanan Pangan"],
  ["DLH", "Dinas Lingkungan Hidup"],
  ["Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"],
  ["DPMD", "Dinas Pemberdayaan Masyarakat dan Desa"],
  ["DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana"],
  ["Dishub", "Dinas Perhubungan"],
  ["Diskominfo", "Dinas Komunikasi dan Informatika"],
  ["Diskop", "Dinas Koperasi dan Usaha Mikro"],
  ["DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"],
  ["Dispora", "Dinas Kepemudaan dan Olahraga"],
  ["Disbudpar", "Dinas Kebudayaan dan Pariwisata"],
  ["Dispusip", "Dinas Perpustakaan dan Kearsipan"],
  ["Diskan", "Dinas Perikanan"],
  ["Distan", "Dinas Pertanian"],
  ["Disperindag", "Dinas Perdagangan dan Perindustrian"],
  ["Bappeda", "Badan Perencanaan Pembangunan Daerah"],
  ["BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"],
  ["Bapenda", "Badan Pendapatan Daerah"],
  ["BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"],
  ["Inspektorat", "Inspektorat Daerah"],
  ["Setda", "Sekretariat Daerah"],
  ["Setwan", "Sekretariat DPRD"],
  ["Kesbangpol", "Badan Kesatuan Bangsa dan Politik"],
  ["RSUD", "Rumah Sakit Umum Daerah"],
  ["Kec Cibatu", "Kecamatan Cibatu"],
  ["Kec Lemahabang", "Kecamatan Lemahabang"],
  ["Kec Pangkalan", "Kecamatan Pangkalan"],
  ["Kec Tegalwaru", "Kecamatan Tegalwaru"],
  ["Kec Jatisari", "Kecamatan Jatisari"],
  ["Kec Banyusari", "Kecamatan Banyusari"],
  ["Kec Rengasdengklok", "Kecamatan Rengasdengklok"],
] as const;

const MEASURE = [
  ["Persentase", "%"],
  ["Jumlah", "Dokumen"],
  ["Indeks", "Indeks"],
  ["Rasio", "Rasio"],
  ["Nilai", "Nilai"],
  ["Cakupan", "%"],
  ["Tingkat", "%"],
  ["Rata-rata waktu", "Hari"],
  ["Jumlah peserta", "Orang"],
  ["Frekuensi", "Kali"],
] as const;
const OBJECT = [
  "layanan administrasi perkantoran yang selesai tepat waktu",
  "dokumen perencanaan yang tersusun",
  "kepuasan masyarakat terhadap layanan",
  "aset yang tercatat dan terpelihara",
  "aparatur yang mengikuti pelatihan teknis",
  "pengaduan masyarakat yang ditindaklanjuti",
  "laporan keuangan yang disusun tepat waktu",
  "kegiatan sosialisasi program",
  "temuan pemeriksaan yang ditindaklanjuti",
  "sarana prasarana dalam kondisi baik",
  "data sektoral yang dimutakhirkan",
  "kerja sama dengan mitra pembangunan",
  "inovasi pelayanan publik yang diterapkan",
  "penduduk sasaran yang terlayani",
  "desa dan kelurahan yang dibina",
];

/** A fixed linear congruential generator: the same workbook every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

interface Indicator {
  sasaran: string;
  name: string;
  satuan: string;
  target: number;
  tw: [number, number, number, number];
  realisasi: [number, number, number, number];
}

function indicatorsOf(p: number, n: number, rnd: () => number): Indicator[] {
  const [, full] = PD[p % PD.length]!;
  const suffix = p >= PD.length ? ` Wilayah ${Math.floor(p / PD.length) + 1}` : "";
  return Array.from({ length: n }, (_, i) => {
    const [measure, satuan] = MEASURE[i % MEASURE.length]!;
    const object = OBJECT[Math.floor(i / MEASURE.length) % OBJECT.length]!;
    const round = Math.floor(i / (MEASURE.length * OBJECT.length));
    const target = satuan === "%" ? 60 + Math.round(rnd() * 40) : 4 + Math.round(rnd() * 96);
    const step = target / 4;
    const tw: Indicator["tw"] = [Math.round(step), Math.round(2 * step), Math.round(3 * step), target];
    const realisasi = tw.map((t) => Math.round(t * (0.9 + rnd() * 0.2) * 100) / 100) as Indicator["realisasi"];
    return {
      sasaran: `Meningkatnya kinerja ${full}${suffix} bidang ${Math.floor(i / 10) + 1}`,
      name: `${measure} ${object} ${round > 0 ? `tahap ${round + 1} ` : ""}pada ${full}${suffix}`,
      satuan,
      target,
      tw,
      realisasi,
    };
  });
}

const merge = (r0: number, c0: number, r1: number, c1: number): Area => ({ r0, c0, r1, c1 });

function pdSheets(p: number, n: number, rnd: () => number): Sheet[] {
  const [abbr, full] = PD[p % PD.length]!;
  const tag = p >= PD.length ? `${abbr} ${Math.floor(p / PD.length) + 1}` : abbr;
  const ind = indicatorsOf(p, n, rnd);
  const capaian = (r: number, t: number) => Math.round((r / t) * 10000) / 100;

  const pk: CellValue[][] = [[`PERJANJIAN KINERJA TAHUN 2025 ${full.toUpperCase()}`], [], ["No", "Sasaran", "Indikator Kinerja", "Satuan", "Target 2025"]];
  ind.forEach((x, i) => pk.push([i + 1, i % 10 === 0 ? x.sasaran : null, x.name, x.satuan, x.target]));

  const renaksi: CellValue[][] = [
    [`RENCANA AKSI ${full.toUpperCase()} TAHUN 2025`],
    [],
    ["No", "Sasaran/Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target Triwulan", null, null, null, "Sifat"],
    [null, null, null, null, null, "TW I", "TW II", "TW III", "TW IV", null],
  ];
  ind.forEach((x, i) => renaksi.push([i + 1, i % 10 === 0 ? x.sasaran : null, x.name, x.satuan, x.target, ...x.tw, "Kumulatif"]));

  const pps: CellValue[][] = [
    [`PENGUKURAN PENCAPAIAN SASARAN ${full.toUpperCase()} TAHUN 2025`],
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
      null,
      null,
    ],
    [null, null, null, null, ...Array.from({ length: 4 }, () => ["Target", "Realisasi", "Capaian (%)"]).flat()],
  ];
  ind.forEach((x, i) =>
    pps.push([i % 10 === 0 ? x.sasaran : null, x.name, x.satuan, x.target, ...x.tw.flatMap((t, q) => [t, x.realisasi[q]!, capaian(x.realisasi[q]!, t)])]),
  );

  const pkpk: CellValue[][] = [
    ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK)"],
    ["TRIWULAN III TAHUN 2025"],
    [],
    ["Kode", "Program/Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"],
  ];
  ind.forEach((x, i) =>
    pkpk.push([null, i % 10 === 0 ? x.sasaran : null, x.name, x.satuan, x.target, x.tw[2], x.realisasi[2], capaian(x.realisasi[2], x.tw[2])]),
  );

  // Planted: a PPS yearly target differs from the PK (error), a PKPK quarter target differs from
  // the Renaksi (error), a PPS satuan differs (warning).
  const k = Math.min(3, n - 1);
  pps[4 + k]![3] = (ind[k]!.target as number) + 5;
  const q = Math.min(5, n - 1);
  const changed = pkpk[4 + q]!;
  changed[5] = ind[q]!.tw[2] + 1;
  changed[7] = capaian(ind[q]!.realisasi[2], ind[q]!.tw[2] + 1);
  pps[4 + Math.min(7, n - 1)]![2] = "Angka";

  return [
    { name: `PK ${tag}`, rows: pk, merges: [] },
    { name: `Renaksi ${tag}`, rows: renaksi, merges: [merge(2, 5, 2, 8), ...[0, 1, 2, 3, 4, 9].map((c) => merge(2, c, 3, c))] },
    {
      name: `PPS ${tag}`,
      rows: pps,
      merges: [merge(2, 4, 2, 6), merge(2, 7, 2, 9), merge(2, 10, 2, 12), merge(2, 13, 2, 15), ...[0, 1, 2, 3].map((c) => merge(2, c, 3, c))],
    },
    { name: `PKPK ${tag}`, rows: pkpk, merges: [] },
  ];
}

function budgetSheet(rows: number, rnd: () => number): Sheet {
  const out: CellValue[][] = [["REALISASI ANGGARAN TAHUN 2025"], [], ["Kode", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"]];
  // Blocks of one program, three kegiatan and three sub kegiatan each: 13 rows.
  let written = 0;
  let prog = 0;
  while (written < rows) {
    prog++;
    const code = `1.${String(Math.floor(prog / 100) + 1).padStart(2, "0")}.${String(prog % 100).padStart(2, "0")}`;
    const subs = Array.from({ length: 9 }, () => {
      const pagu = Math.round(20 + rnd() * 480) * 1_000_000;
      return [pagu, Math.round(pagu * (0.8 + rnd() * 0.2))] as const;
    });
    const block: CellValue[][] = [];
    const keg = [0, 1, 2].map((g) => subs.slice(g * 3, g * 3 + 3));
    const sum = (xs: readonly (readonly [number, number])[], i: 0 | 1) => xs.reduce((a, x) => a + x[i], 0);
    const pct = (r: number, p: number) => Math.round((r / p) * 10000) / 100;
    const all = keg.flat();
    block.push([code, `PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH ${prog}`, sum(all, 0), sum(all, 1), pct(sum(all, 1), sum(all, 0))]);
    keg.forEach((g, gi) => {
      block.push([`${code}.2.0${gi + 1}`, `Kegiatan Administrasi Umum ${prog}.${gi + 1}`, sum(g, 0), sum(g, 1), pct(sum(g, 1), sum(g, 0))]);
      g.forEach(([p, r], si) =>
        block.push([`${code}.2.0${gi + 1}.000${si + 1}`, `Sub Kegiatan Penyediaan Layanan ${prog}.${gi + 1}.${si + 1}`, p, r, pct(r, p)]),
      );
    });
    // Whole blocks only, so every parent adds up; the last block may pass `rows` by a few rows.
    for (const row of block) {
      out.push(row);
      written++;
      // Planted (error): one serapan in 500 mistyped.
      if (written % 500 === 250) out[out.length - 1]![4] = (out[out.length - 1]![4] as number) + 1;
    }
  }
  return { name: "Realisasi Anggaran", rows: out, merges: [] };
}

export function skmAnswers(respondents: number, rnd: () => number): (number | null)[][] {
  return Array.from({ length: respondents }, () =>
    Array.from({ length: 9 }, () => {
      const x = rnd();
      return x < 0.01 ? null : x < 0.08 ? 2 : x < 0.35 ? 3 : 4;
    }),
  );
}

function skmSheet(respondents: number, rnd: () => number): Sheet {
  const rows: CellValue[][] = [
    ["JAWABAN RESPONDEN SURVEI KEPUASAN MASYARAKAT 2025"],
    [],
    ["No", "Jenis Kelamin", "Pendidikan", ...Array.from({ length: 9 }, (_, j) => `U${j + 1}`)],
  ];
  skmAnswers(respondents, rnd).forEach((a, i) => rows.push([i + 1, rnd() < 0.5 ? "L" : "P", ["SD", "SMP", "SMA", "D3", "S1"][Math.floor(rnd() * 5)]!, ...a]));
  return { name: "SKM Responden", rows, merges: [] };
}

export function generateWorkbook(size: Size, seed = 2025): Workbook {
  const rnd = lcg(seed);
  const sheets: Sheet[] = [];
  for (let p = 0; p < size.pd; p++) sheets.push(...pdSheets(p, size.indicators, rnd));
  sheets.push(budgetSheet(size.budgetRows, rnd), skmSheet(size.respondents, rnd));
  return { sheets };
}

/** Planted inconsistencies: three per perangkat daerah (two errors, one warning), one per 500 budget rows. */
export function plantedCount(size: Size): number {
  return size.pd * 3 + Math.floor((Math.ceil(size.budgetRows / 13) * 13 + 250) / 500);
}

/** A workbook of grids as an ExcelJS workbook (values and merges), to write as .xlsx. */
export function toExcelJs(workbook: Workbook): ExcelJS.Workbook {
  const x = new ExcelJS.Workbook();
  for (const s of workbook.sheets) {
    const ws = x.addWorksheet(s.name);
    s.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    for (const m of s.merges) ws.mergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
  }
  return x;
}

export { lcg };
