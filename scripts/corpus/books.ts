/**
 * The corpus workbooks: each one a perangkat daerah's file in one of the layout families of
 * domain.md, with the inconsistencies planted in it. A planted finding is recorded where the
 * content is changed, so its cell is known by construction.
 */
import { a1 } from "../../src/core/grid";
import { renjaSipdBooks } from "./books-renja-sipd";
import { kinerjaBooks } from "./books-kinerja";
import { tersembunyiBooks } from "./books-tersembunyi";
import { lainBooks } from "./books-lain";
import { BAPPEDA, DINKES, DINSOS, DISDIK, DISTAN, DLH, DPUPR, DUKCAPIL, INSPEKTORAT, KECAMATAN, RSUD, SATPOL, type Opd } from "./content";
import {
  budgetCols,
  budgetRows,
  capaianCols,
  mutuOf,
  nrrOf,
  pkCols,
  pkpkCols,
  ppsCols,
  ppsQuarterCols,
  renaksiCols,
  skmAnswers,
  split,
  UNSUR,
  type BudRow,
  type Ind,
  type Q4,
} from "./documents";
import {
  capaianOf,
  cellOf,
  lcg,
  round,
  SheetB,
  writeRows,
  writeTable,
  writeTtd,
  type Book,
  type Cell,
  type Col,
  type Look,
  type Placed,
  type Planted,
} from "./layout";

const TW = ["I", "II", "III", "IV"];

class B implements Book {
  sheets: SheetB[] = [];
  tables: { sheet: string; kind: string }[] = [];
  planted: Planted[] = [];
  constructor(
    public name: string,
    public covers: string,
  ) {}
  sheet(name: string): SheetB {
    const s = new SheetB(name);
    this.sheets.push(s);
    return s;
  }
  table<R>(s: SheetB, kind: string | null, cols: Col<R>[], rows: R[], look: Look = {}): Placed {
    const p = writeTable(s, cols, rows, look);
    if (kind) this.tables.push({ sheet: s.name, kind });
    return p;
  }
  plant(sheet: string, cell: string, rule: string, severity: Planted["severity"], why: string): void {
    this.planted.push({ sheet, cell, rule, severity, why });
  }
  /** Types a value over a written cell (a formula there is replaced, as staff do) and records it. */
  overwrite(s: SheetB, p: Placed, i: number, field: string, v: Cell, rule: string, severity: Planted["severity"], why: string): void {
    s.put(p.rowOf[i]!, p.colOf[field]!, v);
    this.plant(s.name, cellOf(p, i, field), rule, severity, why);
  }
}

/** A copy of the rows with row i changed (content of one document differs from the others). */
function alter(rows: Ind[], i: number, patch: Partial<Ind>): Ind[] {
  return rows.map((x, j) => (j === i ? { ...x, ...patch } : x));
}
const setQ = (q4: Q4, q: number, v: number): Q4 => q4.map((x, j) => (j === q ? v : x)) as Q4;

const title = (doc: string, o: Opd, year = 2025) => [`${doc} ${o.nama.toUpperCase()}`, `${o.kab.toUpperCase()} TAHUN ${year}`];
const identity = (o: Opd, tw?: number): [string, string][] => [
  ["Perangkat Daerah", `${o.nama} ${o.kab}`],
  ["Tahun", "2025"],
  ...(tw === undefined ? [] : ([["Triwulan", TW[tw]!]] as [string, string][])),
];

function opd(nama: string, singkat: string, sasaran: Ind[], kab = "Kabupaten Harapan Jaya"): Opd {
  return {
    nama,
    singkat,
    kab,
    sasaran,
    program: [],
    budget: [],
    ttd: {
      place: kab.replace("Kabupaten ", ""),
      role: `KEPALA ${nama.toUpperCase()}`,
      name: "H. AHMAD SYARIFUDDIN, S.Sos., M.M.",
      pangkat: "Pembina Tingkat I",
      nip: "19750817 199903 1 003",
    },
  };
}

// --- 01: a kecamatan's complete file ----------------------------------------------------------
function b01(): Book {
  const b = new B(
    "01-kecamatan-lengkap",
    "PK (1)(2), tujuan/sasaran digabung ke bawah, Renaksi 2 baris, PPS sebaris, PKPK TW IV, Capaian, anggaran ber-kode + JUMLAH, ttd",
  );
  const o = KECAMATAN;
  const pk = b.sheet("PK 2025");
  b.table(pk, "pk", pkCols(o.sasaran), o.sasaran, {
    title: title("PERJANJIAN KINERJA", o),
    nums: "paren",
    mergeDown: true,
    sumber: "Sumber : Perjanjian Kinerja Kecamatan Sukamaju Tahun 2025",
    ttd: o.ttd,
  });
  const rk = b.sheet("Renaksi");
  b.table(rk, "renaksi", renaksiCols([...o.sasaran, ...o.program], { sifat: true, pj: true, dash: true }), [...o.sasaran, ...o.program], {
    title: title("RENCANA AKSI", o),
  });
  const pps = b.sheet("PPS");
  b.table(pps, "pps", ppsCols(), o.sasaran, { title: title("PENGUKURAN PENCAPAIAN SASARAN (PPS)", o), mergeDown: true });
  const pkpk = b.sheet("PKPK TW IV");
  b.table(pkpk, "pkpk", pkpkCols({ quarters: [3], dash: true }), o.program, {
    title: ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK)", "TRIWULAN IV TAHUN 2025"],
  });
  const cap = b.sheet("Capaian IKU");
  b.table(cap, "capaian", capaianCols(), o.sasaran, {
    title: ["Tabel 3.2", "Capaian Indikator Kinerja Utama Kecamatan Sukamaju Tahun 2025"],
    sumber: "Sumber : PPS Triwulan IV Tahun 2025",
  });
  const ang = b.sheet("Realisasi Anggaran");
  b.table(ang, "anggaran", budgetCols(), budgetRows(o.budget, { total: "JUMLAH" }), {
    title: ["REALISASI ANGGARAN KECAMATAN SUKAMAJU TAHUN 2025"],
    nums: "plain",
  });
  return b;
}

// --- 02: dinas kesehatan, three-row PPS header and PKPK with four quarters --------------------
function b02(): Book {
  const b = new B(
    "02-dinkes-pps-sebaris",
    "identitas, kolom 1 2 3, header PPS 3 baris dengan pita, PKPK empat triwulan sebaris, indikator makin rendah makin baik",
  );
  const o = DINKES;
  const pk = b.sheet("PK");
  b.table(pk, "pk", pkCols(o.sasaran), o.sasaran, { title: title("PERJANJIAN KINERJA", o), nums: "plain", ttd: o.ttd });
  const rk = b.sheet("Rencana Aksi");
  b.table(rk, "renaksi", renaksiCols([...o.sasaran, ...o.program], { pj: true, anggaran: true }), [...o.sasaran, ...o.program], {
    title: title("RENCANA AKSI", o),
    identity: identity(o),
  });
  const ps = b.sheet("PPS 2025");
  const ppsRows = alter(o.sasaran, 1, { tw: setQ(o.sasaran[1]!.tw, 2, 70) });
  const p = b.table(ps, "pps", ppsCols(), ppsRows, {
    title: title("PENGUKURAN PENCAPAIAN SASARAN", o),
    identity: identity(o),
    depth: 3,
    band: "Capaian Kinerja Tahun 2025",
    nums: "plain",
    mergeDown: true,
  });
  b.plant(ps.name, cellOf(p, 1, "tw3.target"), "target-triwulan", "error", "target TW III K6 ditulis 70, Rencana Aksi 69");
  const kk = b.sheet("PKPK");
  const q = b.table(kk, "pkpk", pkpkCols({ quarters: [0, 1, 2, 3] }), o.program, {
    title: title("PENGUKURAN KINERJA PROGRAM DAN KEGIATAN", o),
    identity: identity(o),
  });
  b.overwrite(kk, q, 2, "tw2.cap", 102.5, "capaian", "error", "capaian TW II 45/45 = 100, ditulis 102,5");
  return b;
}

// --- 03: bappeda, one PPS sheet a quarter, target 0 with #DIV/0! --------------------------------
function b03(): Book {
  const b = new B(
    "03-bappeda-pps-per-triwulan",
    "PPS satu sheet per triwulan dengan blok identitas (Triwulan), rumus capaian dengan cache, #DIV/0! pada target 0, Renaksi + PKPK",
  );
  const o = BAPPEDA;
  const pk = b.sheet("PK");
  b.table(pk, "pk", pkCols(o.sasaran), o.sasaran, { title: title("PERJANJIAN KINERJA", o), nums: "paren", mergeDown: true });
  const rk = b.sheet("Renaksi");
  b.table(rk, "renaksi", renaksiCols([...o.sasaran, ...o.program], { sifat: true }), [...o.sasaran, ...o.program], { title: title("RENCANA AKSI", o) });
  for (let q = 0; q < 4; q++) {
    const s = b.sheet(`PPS TW ${TW[q]}`);
    const rows = q === 1 ? alter(o.sasaran, 2, { tw: setQ(o.sasaran[2]!.tw, 1, 45) }) : o.sasaran;
    const p = b.table(s, "pps", ppsQuarterCols(q), rows, { title: ["PENGUKURAN PENCAPAIAN SASARAN"], identity: identity(o, q), rumus: true, ttd: o.ttd });
    if (q === 1) b.plant(s.name, cellOf(p, 2, "tw2.target"), "target-triwulan", "error", "target TW II ditulis 45, Rencana Aksi 40");
    if (q < 3) b.plant(s.name, cellOf(p, 3, `tw${q + 1}.cap`), "tidak-terbaca", "error", "target triwulan Nilai SAKIP 0: capaian =…/0 tersimpan #DIV/0!");
  }
  const kk = b.sheet("PKPK TW IV");
  b.table(kk, "pkpk", pkpkCols({ quarters: [3] }), o.program, { title: ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN", "TRIWULAN IV TAHUN 2025"], rumus: true });
  return b;
}

// --- 04/05: Evaluasi Renja (Permendagri 86/2017, form E.81) with K / Rp ----------------------
function renjaCols(withTingkat: boolean): Col<Ind>[] {
  const inc = (x: number[], q: number) => round(q === 0 ? x[0]! : x[q]! - x[q - 1]!, 2);
  const total = (x: Ind) => x.real[3]!;
  const totalRp = (x: Ind) => x.belanja![3]!;
  const renstraK = (x: Ind) => x.target * 5;
  const renstraRp = (x: Ind) => x.pagu! * 5;
  const laluK = (x: Ind) => x.target * 3;
  const laluRp = (x: Ind) => round(x.pagu! * 2.9, 0);
  const kr = (
    h: string,
    fk: string,
    k: (x: Ind) => Cell,
    r: (x: Ind) => Cell,
    rel?: (n: (f: string) => number) => string,
    relRp?: (n: (f: string) => number) => string,
  ): Col<Ind>[] => [
    { head: [h, "K"], value: k, field: `${fk}.k`, kind: "n", relation: rel },
    { head: [h, "Rp"], value: r, field: `${fk}.rp`, kind: "rp", relation: relRp },
  ];
  const cols: Col<Ind>[] = [
    { head: ["No"], value: (_x, i) => i + 1, field: "no" },
    { head: ["Sasaran"], value: (x) => x.sasaran, group: true, field: "sasaran" },
    { head: ["Kode"], value: (x) => x.kode ?? null, field: "kode" },
    { head: ["Urusan/Bidang Urusan/Program/Kegiatan"], value: (x) => (x.level === "program" ? x.unit!.toUpperCase() : x.unit!), field: "unit" },
    { head: ["Indikator Kinerja Program (outcome)/Kegiatan (output)"], value: (x) => x.nama, field: "indikator" },
    { head: ["Satuan"], value: (x) => x.satuan, field: "satuan" },
    ...kr("Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)", "renstra", renstraK, renstraRp),
    ...kr("Realisasi Capaian Kinerja Renstra s/d Renja Tahun Lalu (2024)", "lalu", laluK, laluRp),
    ...kr(
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (2025)",
      "target",
      (x) => x.target,
      (x) => x.pagu!,
    ),
    ...[0, 1, 2, 3].flatMap((q) =>
      kr(
        `Realisasi Kinerja Pada Triwulan ${TW[q]}`,
        `tw${q + 1}`,
        (x) => inc(x.real, q),
        (x) => inc(x.belanja!, q),
      ),
    ),
    ...kr(
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "total",
      total,
      totalRp,
      (n) => `${n("total.k")} = ${n("tw1.k")} + ${n("tw2.k")} + ${n("tw3.k")} + ${n("tw4.k")}`,
      (n) => `${n("total.rp")} = ${n("tw1.rp")} + ${n("tw2.rp")} + ${n("tw3.rp")} + ${n("tw4.rp")}`,
    ),
  ];
  if (withTingkat)
    cols.push(
      ...kr(
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja (%)",
        "tingkat",
        (x) => capaianOf(x.target, total(x)),
        (x) => round((totalRp(x) / x.pagu!) * 100),
        (n) => `${n("tingkat.k")} = ${n("total.k")}/${n("target.k")} x 100`,
        (n) => `${n("tingkat.rp")} = ${n("total.rp")}/${n("target.rp")} x 100`,
      ),
    );
  cols.push(
    ...kr(
      "Realisasi Kinerja dan Anggaran Renstra s/d Tahun 2025",
      "renstraReal",
      (x) => laluK(x) + total(x),
      (x) => laluRp(x) + totalRp(x),
      (n) => `${n("renstraReal.k")} = ${n("lalu.k")} + ${n("total.k")}`,
      (n) => `${n("renstraReal.rp")} = ${n("lalu.rp")} + ${n("total.rp")}`,
    ),
    ...kr(
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d Tahun 2025 (%)",
      "renstraPct",
      (x) => round(((laluK(x) + total(x)) / renstraK(x)) * 100),
      (x) => round(((laluRp(x) + totalRp(x)) / renstraRp(x)) * 100),
      (n) => `${n("renstraPct.k")} = ${n("renstraReal.k")}/${n("renstra.k")} x 100`,
      (n) => `${n("renstraPct.rp")} = ${n("renstraReal.rp")}/${n("renstra.rp")} x 100`,
    ),
    { head: ["Perangkat Daerah Penanggung Jawab"], value: (x) => x.pj ?? null, field: "pj" },
  );
  return cols;
}

function b04(): Book {
  const b = new B("04-kecamatan-evaluasi-renja", "Form E.81 Evaluasi Renja: K/Rp per triwulan, baris relasi 13 = 9 + 10 + 11 + 12, header 2 baris, ttd");
  const o = KECAMATAN;
  const s = b.sheet("Form E.81");
  b.table(s, "renja", renjaCols(true), o.program, {
    title: [
      "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN HARAPAN JAYA",
      "RENJA PERANGKAT DAERAH KECAMATAN SUKAMAJU",
      "PERIODE PELAKSANAAN: TAHUN 2025",
    ],
    nums: "relasi",
    ttd: o.ttd,
  });
  return b;
}

function b05(): Book {
  const b = new B(
    "05-dinkes-evaluasi-renja-tanpa-14",
    'Evaluasi Renja versi tanpa kolom 14 (14 = 7 + 13), kolom bernomor 1 2 3, header band 3 baris, sheet "Lamp. 3"',
  );
  const o = DINKES;
  const s = b.sheet("Lamp. 3");
  const p = b.table(s, "renja", renjaCols(false), o.program, {
    title: ["EVALUASI HASIL PELAKSANAAN RENJA DINAS KESEHATAN TAHUN 2025"],
    nums: "plain",
    depth: 3,
    band: "Realisasi",
  });
  // Column 15 (renstraPct) K of the second row typed over: not (lalu + total) / renstra × 100.
  b.overwrite(s, p, 1, "renstraPct.k", 65.5, "renja-relasi", "error", "tingkat capaian Renstra K = (72 + 24) / 120 × 100 = 80, ditulis 65,5");
  return b;
}

// --- 06: SIPD export with urusan, bidang, rekening and relation row ----------------------------
function b06(): Book {
  const b = new B(
    "06-bappeda-sipd-anggaran",
    "ekspor SIPD: urusan/bidang/program/kegiatan/sub kegiatan/rekening, Sisa, baris relasi 5 = 3 - 4, rumus dengan cache",
  );
  const o = BAPPEDA;
  const withAccounts = o.budget.map((p) => ({
    ...p,
    kegiatan: p.kegiatan.map((k) => ({
      ...k,
      subs: k.subs.map((s) => ({
        ...s,
        rekening: [
          {
            kode: "5.1.02.01.01.0024",
            nama: "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor",
            pagu: Math.round(s.pagu * 0.3),
            real: Math.round(s.real * 0.3),
          },
          {
            kode: "5.1.02.02.01.0026",
            nama: "Belanja Jasa Tenaga Administrasi",
            pagu: s.pagu - Math.round(s.pagu * 0.3),
            real: s.real - Math.round(s.real * 0.3),
          },
        ],
      })),
    })),
  }));
  const rows: BudRow[] = budgetRows(withAccounts, {
    rekening: true,
    head: [
      { kode: "5", nama: "UNSUR PENUNJANG URUSAN PEMERINTAHAN" },
      { kode: "5.01", nama: "PERENCANAAN" },
    ],
    total: "JUMLAH BELANJA",
  });
  // Planted: the second program's realisasi typed 10.000.000 too high; urusan, bidang and JUMLAH follow the typed figure.
  const pi = rows.findIndex((r) => r.kode === "5.01.02");
  rows[pi] = { ...rows[pi]!, real: rows[pi]!.real + 10000000 };
  const programs = rows.filter((r) => r.level === "program");
  for (const r of rows) if (r.level === "urusan" || r.level === "bidang" || r.level === "total") r.real = programs.reduce((a, x) => a + x.real, 0);
  const s = b.sheet("Realisasi TW IV");
  const p = b.table(s, "anggaran", budgetCols({ sisa: true, nameHead: "Uraian", paguHead: "Anggaran (Rp)", pctHead: "%" }), rows, {
    title: ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN", "BADAN PERENCANAAN PEMBANGUNAN DAERAH", "PERIODE 1 JANUARI S.D. 31 DESEMBER 2025"],
    nums: "relasi",
    rumus: true,
  });
  b.plant(s.name, cellOf(p, pi, "real"), "anggaran", "error", "realisasi program 1.197.420.000 + 10.000.000; kegiatannya berjumlah 1.187.420.000");
  return b;
}

// --- 07: LRA by account (pendapatan above target is normal) -------------------------------------
function b07(): Book {
  const b = new B(
    "07-lra-pendapatan-belanja",
    "LRA per akun: pendapatan (realisasi di atas target wajar), belanja, SURPLUS/(DEFISIT), pembiayaan; bukan program",
  );
  const s = b.sheet("LRA 2025");
  const rows: BudRow[] = [];
  const add = (kode: string | null, nama: string, pagu: number, real: number) => rows.push({ kode, nama, level: "rekening", pagu, real });
  add("4", "PENDAPATAN DAERAH", 145000000, 151860000);
  add("4.1", "PENDAPATAN ASLI DAERAH (PAD)", 145000000, 151860000);
  add("4.1.02", "Retribusi Daerah", 145000000, 151860000);
  add("5", "BELANJA DAERAH", 10903497000, 10097306301);
  add("5.1", "BELANJA OPERASI", 10750497000, 9967306301);
  add("5.1.01", "Belanja Pegawai", 9584210000, 8871605207);
  add("5.1.02", "Belanja Barang dan Jasa", 1166287000, 1095701094);
  add("5.2", "BELANJA MODAL", 153000000, 130000000);
  add("5.2.02", "Belanja Modal Peralatan dan Mesin", 153000000, 130000000);
  add(null, "SURPLUS / (DEFISIT)", 145000000 - 10903497000, 151860000 - 10097306301);
  const p = b.table(s, "anggaran", budgetCols({ nameHead: "Uraian", paguHead: "Anggaran Setelah Perubahan (Rp)", pctHead: "%" }), rows, {
    title: ["LAPORAN REALISASI ANGGARAN", "KECAMATAN SUKAMAJU", "TAHUN ANGGARAN 2025"],
    nums: "plain",
  });
  writeRows(s, [["Sumber : LRA SIPD per 31 Desember 2025"]], p.lastRow + 2);
  writeTtd(s, KECAMATAN.ttd, p.lastRow + 4, 3);
  return b;
}

// --- 08/09: SKM -----------------------------------------------------------------------------------
function answerSheet(b: B, name: string, answers: (number | null)[][], rnd: () => number): void {
  const s = b.sheet(name);
  const head: Cell[] = ["No", "Tanggal", "Jenis Layanan", "Jenis Kelamin", "Pendidikan", "Pekerjaan", ...UNSUR.map((_, j) => `U${j + 1}`), "Saran dan Masukan"];
  writeRows(s, [
    ["DATA RESPONDEN SURVEI KEPUASAN MASYARAKAT"],
    ["Kode: Jenis Kelamin 1 = L, 2 = P; Pendidikan 1 = SD … 6 = S2; Pekerjaan 1 = PNS … 6 = lainnya"],
    [],
    head,
  ]);
  s.boldRows.add(3);
  const saran = ["Pelayanan sudah cepat", null, "Ruang tunggu perlu kipas angin", null, "Petugas ramah", null, null, "Informasi persyaratan dipasang di depan"];
  answers.forEach((a, i) =>
    s.line(4 + i, 0, [
      i + 1,
      `2025-0${1 + (i % 6)}-1${i % 9}`,
      ["KTP-el", "KK", "Akta Kelahiran", "Surat Pindah"][i % 4]!,
      1 + Math.floor(rnd() * 2),
      1 + Math.floor(rnd() * 6),
      1 + Math.floor(rnd() * 6),
      ...a,
      saran[i % saran.length]!,
    ]),
  );
  // The PermenPANRB 14/2017 processing block under the answers.
  const r0 = 4 + answers.length + 1;
  const nrr = nrrOf(answers);
  const sums = UNSUR.map((_, j) => answers.reduce((t, a) => t + (a[j] ?? 0), 0));
  s.line(r0, 0, ["Σ Nilai per Unsur", null, null, null, null, null, ...sums]);
  s.line(r0 + 1, 0, ["NRR per Unsur", null, null, null, null, null, ...nrr]);
  s.line(r0 + 2, 0, ["NRR Tertimbang per Unsur", null, null, null, null, null, ...nrr.map((n) => round(n / 9, 3))]);
  const tertimbang = round(nrr.reduce((a, x) => a + x, 0) / 9, 3);
  s.line(r0 + 3, 0, ["Jumlah NRR Tertimbang", null, null, null, null, null, tertimbang]);
  s.line(r0 + 4, 0, ["IKM Unit Pelayanan", null, null, null, null, null, round(tertimbang * 25, 2)]);
  b.tables.push({ sheet: name, kind: "skm-jawaban" });
}

function unsurTable(b: B, s: SheetB, nrr: number[], bobot: number | null): { p: Placed; tertimbangRow: number } {
  const cols: Col<number>[] = [
    { head: ["No"], value: (_n, j) => j + 1 },
    { head: ["Unsur Pelayanan"], value: (_n, j) => UNSUR[j]! },
    { head: ["NRR"], value: (n) => n, field: "nrr" },
    { head: ["Nilai Konversi"], value: (n) => round(n * 25, 3), field: "konversi" },
    { head: ["Mutu Pelayanan"], value: (n) => mutuOf(n * 25)[0], field: "mutu" },
    { head: ["Kinerja Unit Pelayanan"], value: (n) => mutuOf(n * 25)[1], field: "kinerja" },
  ];
  const p = b.table(s, "skm-unsur", cols, nrr, { title: ["Tabel 3.6", "Tingkat pelayanan pada masing-masing unsur"] });
  const w = bobot ?? 1 / nrr.length;
  const tertimbang = round(
    nrr.reduce((a, x) => a + x * w, 0),
    3,
  );
  const ikm = round(nrr.reduce((a, x) => a + x * w, 0) * 25, 3);
  s.line(p.lastRow + 1, 1, ["NRR Tertimbang", tertimbang]);
  s.line(p.lastRow + 2, 1, ["IKM Unit Pelayanan", null, ikm, mutuOf(ikm)[0], mutuOf(ikm)[1]]);
  return { p, tertimbangRow: p.lastRow + 1 };
}

function b08(): Book {
  const b = new B(
    "08-skm-dua-semester",
    "SKM: dua sheet jawaban (kolom demografi berkode 1–6, saran teks, blok olah data di bawah), tabel unsur tahunan dari gabungan keduanya",
  );
  const rnd = lcg(8);
  const s1 = skmAnswers(30, rnd);
  const s2 = skmAnswers(34, rnd);
  answerSheet(b, "SKM Semester I", s1, rnd);
  answerSheet(b, "SKM Semester II", s2, rnd);
  const u = b.sheet("IKM 2025");
  unsurTable(b, u, nrrOf([...s1, ...s2]), null);
  return b;
}

function b09(): Book {
  const b = new B("09-kecamatan-skm-bobot-0111", "tabel unsur SKM seperti seed (bobot 0,111), Capaian IKM 93,85 / 91,5 dengan salah hitung seed 102,51");
  const s = b.sheet("SKM");
  const nrr = [3.758, 3.633, 3.642, 3.944, 3.656, 3.812, 3.748, 3.899, 3.729];
  const { p } = unsurTable(b, s, nrr, 0.111);
  b.overwrite(s, p, 4, "konversi", 91.04, "skm", "error", "konversi unsur 5: 3,656 × 25 = 91,4; ditulis 91,04");
  const c = b.sheet("Capaian");
  const ikm: Ind = {
    tujuan: "Meningkatnya kualitas pelayanan publik di kecamatan",
    sasaran: "Meningkatnya kualitas pelayanan kecamatan",
    nama: "Indeks Kepuasan Masyarakat (IKM)",
    satuan: "Indeks",
    target: 91.5,
    tw: [91.5, 91.5, 91.5, 91.5],
    real: [93.85, 93.85, 93.85, 93.85],
  };
  const sakip: Ind = {
    tujuan: "Meningkatnya akuntabilitas kinerja kecamatan",
    sasaran: "Meningkatnya implementasi SAKIP kecamatan",
    nama: "Nilai SAKIP Kecamatan",
    satuan: "Nilai",
    target: 66,
    tw: [66, 66, 66, 66],
    real: [64.86, 64.86, 64.86, 64.86],
  };
  const q = b.table(c, "capaian", capaianCols({ year: 2024 }), [ikm, sakip], { title: ["Tabel 3.2", "Capaian Kinerja Kecamatan Tahun 2024"] });
  b.overwrite(c, q, 0, "capaian", 102.51, "capaian", "error", "93,85 / 91,5 = 102,57 %; ditulis 102,51 (kesalahan seed LKjIP)");
  return b;
}

// --- 10: reference sheet of the nomenclature ---------------------------------------------------
function b10(): Book {
  const b = new B(
    "10-dukcapil-referensi-nomenklatur",
    "sheet referensi Kode | Nomenklatur | Kinerja | Indikator | Satuan (bukan tabel SAKIP), PK dengan TW I–IV dan Anggaran",
  );
  const o = opd("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", DUKCAPIL);
  const ref = b.sheet("Referensi Sub Kegiatan");
  writeRows(ref, [
    ["DAFTAR NOMENKLATUR SUB KEGIATAN (KEPMENDAGRI 900.1.15.5-1317/2023)"],
    [],
    ["Kode", "Nomenklatur Urusan / Program / Kegiatan / Sub Kegiatan", "Kinerja", "Indikator", "Satuan"],
    ["X.XX.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", null, null, null],
    ["X.XX.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", null, null, null],
    [
      "X.XX.01.2.01.0001",
      "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      "Tersusunnya Dokumen Perencanaan Perangkat Daerah",
      "Jumlah Dokumen Perencanaan Perangkat Daerah",
      "Dokumen",
    ],
    [
      "X.XX.01.2.01.0006",
      "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      "Tersusunnya Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      "Jumlah Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD dan Laporan Hasil Koordinasi Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      "Laporan",
    ],
    ["X.XX.01.2.02", "Administrasi Keuangan Perangkat Daerah", null, null, null],
    [
      "X.XX.01.2.02.0005",
      "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
      "Tersusunnya Laporan Realisasi Pelaksanaan APBD",
      "Laporan Realisasi Pelaksanaan APBD",
      "Laporan",
    ],
    [
      "X.XX.01.2.02.0007",
      "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
      "Tersusunnya Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
      "Jumlah Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
      "Laporan",
    ],
    ["2.12.02", "PROGRAM PENDAFTARAN PENDUDUK", null, null, null],
    ["2.12.02.2.01", "Pelayanan Pendaftaran Penduduk", null, null, null],
    [
      "2.12.02.2.01.0001",
      "Penyediaan Data dan Informasi Pendaftaran Penduduk",
      "Tersedianya Data dan Informasi Pendaftaran Penduduk",
      "Jumlah Dokumen Data dan Informasi Pendaftaran Penduduk",
      "Dokumen",
    ],
  ]);
  const rows = DUKCAPIL.map((x, i) => ({ ...x, pagu: [412500000, 285400000, 96200000][i] }));
  const pk = b.sheet("PK 2025");
  b.table(pk, "pk", pkCols(rows, { tw: true, anggaran: true }), rows, {
    title: title("PERJANJIAN KINERJA", o),
    nums: "paren",
    mergeDown: true,
    ttd: o.ttd,
    ttdBeside: true,
  });
  const rk = b.sheet("Renaksi");
  const rkRows = alter(rows, 1, { target: 95, tw: [94, 94.5, 95, 95] });
  const p = b.table(rk, "renaksi", renaksiCols(rkRows, { sifat: true }), rkRows, { title: title("RENCANA AKSI", o) });
  b.plant(rk.name, cellOf(p, 1, "target"), "target-tahunan", "error", "target akta kelahiran 95 di Rencana Aksi, PK 96");
  return b;
}

// --- 11: evaluation worksheet, org chart and a multi-year Capaian -------------------------------
function b11(): Book {
  const b = new B("11-inspektorat-evaluasi-bagan", "lembar kerja evaluasi (teks bebas), bagan organisasi berbentuk daftar, Capaian multi-tahun dengan NA");
  const ev = b.sheet("LKE AKIP");
  writeRows(ev, [
    ["LEMBAR KERJA EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH"],
    ["Perangkat Daerah", ":", "Inspektorat Daerah"],
    [],
    ["No", "Komponen/Sub Komponen", "Bobot", "Nilai", "Catatan dan Rekomendasi"],
    [1, "Perencanaan Kinerja", 30, 24.5, "Target indikator program pada Rencana Aksi belum selaras dengan PPS dan PKPK."],
    [2, "Pengukuran Kinerja", 30, 21.75, "Target triwulan Rencana Aksi belum digunakan untuk mengevaluasi capaian triwulanan."],
    [3, "Pelaporan Kinerja", 15, 11.25, "LKjIP belum menyajikan analisis efisiensi penggunaan sumber daya."],
    [4, "Evaluasi Akuntabilitas Kinerja Internal", 25, 17.5, "Rekomendasi evaluasi internal belum ditindaklanjuti seluruhnya."],
    [null, "Nilai Hasil Evaluasi", 100, 75, "BB (Sangat Baik)"],
    [],
    ["Kendala", "Satuan kerja belum seragam menulis satuan indikator sesuai Kepmendagri 050-5889/2021."],
    ["Rencana tindak lanjut", "Pendampingan penyusunan Rencana Aksi triwulan III."],
  ]);
  const org = b.sheet("Struktur Organisasi");
  writeRows(org, [
    ["STRUKTUR ORGANISASI INSPEKTORAT DAERAH"],
    [],
    ["Inspektur"],
    [null, "Sekretaris"],
    [null, null, "Subbagian Perencanaan dan Keuangan"],
    [null, null, "Subbagian Umum dan Kepegawaian"],
    [null, "Inspektur Pembantu Wilayah I"],
    [null, "Inspektur Pembantu Wilayah II"],
    [null, "Inspektur Pembantu Khusus"],
    [null, "Kelompok Jabatan Fungsional (Auditor, P2UPD)"],
  ]);
  const rows = INSPEKTORAT.map((x, i) => ({
    ...x,
    lalu: [
      ["NA", 71.2, 78.4, 84.1],
      ["NA", 2, 3, 3],
      [2, 2, 3, 3],
    ][i]!,
    targetAkhir: [95, 4, 4][i],
  }));
  const c = b.sheet("Capaian IKU");
  b.table(c, "capaian", capaianCols({ years: [2021, 2022, 2023, 2024] }), rows, {
    title: ["Tabel 3.4", "Capaian Indikator Kinerja Utama Inspektorat Daerah Tahun 2025"],
    sumber: "Sumber : Laporan Hasil Pengawasan 2025",
  });
  return b;
}

// --- 12: everything on one sheet -----------------------------------------------------------------
function b12(): Book {
  const b = new B("12-dinsos-satu-sheet", "PK, Renaksi, PPS dan Capaian bertumpuk dalam satu sheet dengan judul tabel di antaranya");
  const o = opd("Dinas Sosial", "Dinsos", DINSOS);
  const s = b.sheet("LKjIP 2025");
  b.table(s, "pk", pkCols(DINSOS), DINSOS, {
    title: ["Tabel 2.3", "Perjanjian Kinerja Dinas Sosial Tahun 2025"],
    nums: "paren",
    sumber: "Sumber : PK Dinas Sosial 2025",
  });
  b.table(s, "renaksi", renaksiCols(DINSOS, { sifat: true }), DINSOS, { gap: 2, title: ["Tabel 2.4", "Rencana Aksi Dinas Sosial Tahun 2025"] });
  const ppsRows = alter(DINSOS, 0, { target: 80 });
  const p = b.table(s, "pps", ppsCols(), ppsRows, { gap: 2, title: ["Tabel 3.1", "Pengukuran Pencapaian Sasaran Tahun 2025"] });
  b.plant(s.name, cellOf(p, 0, "target"), "target-tahunan", "error", "target tahunan PPKS 80 di PPS, PK 85");
  b.table(s, "capaian", capaianCols(), DINSOS, { gap: 2, title: ["Tabel 3.2", "Capaian Kinerja Dinas Sosial Tahun 2025"], ttd: o.ttd });
  return b;
}

// --- 13: numbers typed as Indonesian text ---------------------------------------------------------
function b13(): Book {
  const b = new B("13-distan-angka-teks", "semua angka sebagai teks berformat Indonesia (5,82, 102,57%, 10.599.350.000), header huruf kapital");
  const o = opd("Dinas Pertanian", "Distan", DISTAN);
  const pk = b.sheet("PK");
  b.table(pk, "pk", pkCols(DISTAN), DISTAN, { title: title("PERJANJIAN KINERJA", o), teks: true, upper: true, nums: "plain" });
  const ps = b.sheet("PPS");
  b.table(ps, "pps", ppsCols(), DISTAN, { title: title("PENGUKURAN PENCAPAIAN SASARAN", o), teks: true, upper: true });
  const c = b.sheet("Capaian");
  const p = b.table(c, "capaian", capaianCols(), DISTAN, { title: ["CAPAIAN KINERJA DINAS PERTANIAN TAHUN 2025"], teks: true, upper: true });
  b.overwrite(c, p, 1, "kategori", "Tinggi", "kategori", "error", "capaian 12,8 / 12 = 106,67 % termasuk Sangat Tinggi, ditulis Tinggi");
  const a = b.sheet("Anggaran");
  const progs = [
    {
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      kegiatan: [
        {
          kode: "3.27.03.2.01",
          nama: "Pengawasan Penggunaan Sarana Pendukung Pertanian sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi",
          subs: [
            {
              kode: "3.27.03.2.01.0001",
              nama: "Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak yang Sumbernya dalam Satu Daerah Kabupaten/Kota Lain",
              pagu: 10599350000,
              real: 9804856607,
            },
          ],
        },
      ],
    },
  ];
  b.table(a, "anggaran", budgetCols({ kode: false }), budgetRows(progs, { dash: true, depth: "kegiatan" }), {
    title: ["REALISASI ANGGARAN DINAS PERTANIAN 2025"],
    teks: true,
  });
  return b;
}

// --- 14: formulas, a cached #DIV/0! and a formula pointing at the wrong row -------------------------
function b14(): Book {
  const b = new B("14-dpupr-rumus", "rumus capaian dengan nilai cache, #DIV/0! pada target TW I = 0, satu rumus menunjuk baris yang salah");
  const o = opd("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", DPUPR);
  const pk = b.sheet("PK");
  b.table(pk, "pk", pkCols(DPUPR), DPUPR, { title: title("PERJANJIAN KINERJA", o), mergeDown: true });
  const ps = b.sheet("PPS");
  const p = b.table(ps, "pps", ppsCols(), DPUPR, { title: title("PENGUKURAN PENCAPAIAN SASARAN", o), rumus: true, mergeDown: true });
  b.plant(ps.name, cellOf(p, 1, "tw1.cap"), "tidak-terbaca", "error", "target TW I panjang jalan 0: =F/E*100 tersimpan #DIV/0!");
  const c = b.sheet("Capaian");
  const q = b.table(c, "capaian", capaianCols(), DPUPR, { title: ["Capaian Kinerja DPUPR Tahun 2025"], rumus: true });
  // The capaian formula of the second row copied one row too low: it divides the third row's figures.
  const r = q.rowOf[1]!;
  const wrong = capaianOf(DPUPR[2]!.target, DPUPR[2]!.real[3]);
  c.put(r, q.colOf.capaian!, { f: `${a1(r + 1, q.colOf.real!)}/${a1(r + 1, q.colOf.target!)}*100`, v: wrong });
  b.plant(c.name, cellOf(q, 1, "capaian"), "capaian", "error", "rumus capaian menunjuk baris berikutnya: 100,38 tertulis, 12,6 / 12,4 = 101,61");
  // The kategori follows the wrong capaian too, but both are Sangat Tinggi: no second finding.
  return b;
}

// --- 15: four-row header band, repeated labels, typo, upper case ----------------------------------
function b15(): Book {
  const b = new B(
    "15-satpol-header-4-baris",
    "header 4 baris (pita, triwulan, target/realisasi/capaian, nomor relasi 7 = 6/5 x 100), label berulang tanpa merge, huruf kapital, salah ketik Presentase",
  );
  const o = opd("Satuan Polisi Pamong Praja", "Satpol PP", SATPOL);
  const rows = SATPOL.map((x) => (x.nama.startsWith("Jumlah") ? { ...x, tw: [20, 80, 160, 240] as Q4, real: [20, 80, 165, 238] as Q4 } : x));
  const rk = b.sheet("RENAKSI");
  b.table(rk, "renaksi", renaksiCols(rows, { sifat: true, pj: false }), rows, { title: title("RENCANA AKSI", o), upper: true, repeat: true });
  const ps = b.sheet("PPS");
  const ppsRows = alter(rows, 2, { tw: setQ(rows[2]!.tw, 1, 90) });
  const p = b.table(ps, "pps", ppsCols(), ppsRows, {
    title: title("PENGUKURAN KINERJA", o),
    depth: 4,
    band: "PENGUKURAN KINERJA TAHUN 2025",
    nums: "relasi",
    upper: true,
    repeat: true,
  });
  b.plant(ps.name, cellOf(p, 2, "tw2.target"), "target-triwulan", "error", "target TW II Satlinmas 90 di PPS, Rencana Aksi 80");
  const a = b.sheet("ANGGARAN");
  const progs = [
    {
      kode: "1.05.02",
      nama: "Program Peningkatan Ketenteraman dan Ketertiban Umum",
      kegiatan: [
        {
          kode: "1.05.02.2.01",
          nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
          subs: [
            { kode: "1.05.02.2.01.0001", nama: "Deteksi Dini dan Pencegahan Gangguan Ketenteraman dan Ketertiban Umum", pagu: 212400000, real: 198650000 },
            { kode: "1.05.02.2.01.0006", nama: "Patroli Pencegahan Gangguan Ketenteraman dan Ketertiban Umum", pagu: 145000000, real: 141120000 },
          ],
        },
      ],
    },
  ];
  const q = b.table(a, "anggaran", budgetCols({ group: "Anggaran", pctHead: "Persentase (%)" }), budgetRows(progs, {}), {
    title: ["REALISASI ANGGARAN SATPOL PP 2025"],
    typo: true,
    upper: true,
  });
  b.overwrite(a, q, 2, "pct", 95.53, "anggaran", "error", "serapan 198.650.000 / 212.400.000 = 93,53 %, ditulis 95,53");
  return b;
}

// --- 16: a second small table under the PK and a signature block beside it -----------------------
function b16(): Book {
  const b = new B("16-dlh-tabel-kedua", "PK dengan daftar program kecil di bawahnya, ttd di samping tabel, Capaian dengan Sumber dan ttd di bawah");
  const o = opd("Dinas Lingkungan Hidup", "DLH", DLH);
  const pk = b.sheet("PK");
  b.table(pk, "pk", pkCols(DLH), DLH, { title: title("PERJANJIAN KINERJA", o), nums: "paren", ttd: o.ttd, ttdBeside: true });
  writeRows(pk, [
    [],
    ["Program", null, "Anggaran", "Keterangan"],
    ["1. Program Pengelolaan Persampahan", null, "Rp 2.145.600.000,-", "APBD"],
    ["2. Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", null, "Rp 845.250.000,-", "APBD"],
    ["3. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", null, "Rp 7.412.900.000,-", "APBD"],
  ]);
  const c = b.sheet("Capaian");
  b.table(c, "capaian", capaianCols(), DLH, {
    title: ["Tabel 3.2", "Capaian Kinerja Dinas Lingkungan Hidup Tahun 2025"],
    sumber: "Sumber : Data olahan DLH 2025",
    ttd: o.ttd,
  });
  return b;
}

// --- 17: a kabupaten roll-up with the same indicator name in several perangkat daerah -------------
function b17(): Book {
  const b = new B(
    "17-rekap-kabupaten",
    'rekap kabupaten: sheet "PK Dinkes", "PPS Dinkes", … per perangkat daerah; IKM dengan target berbeda tiap perangkat daerah',
  );
  const ikm = (target: number, real: number): Ind => ({
    tujuan: "Meningkatnya kualitas pelayanan publik",
    sasaran: "Meningkatnya kepuasan masyarakat atas layanan",
    nama: "Indeks Kepuasan Masyarakat (IKM)",
    satuan: "Indeks",
    target,
    tw: [target, target, target, target],
    real: [real - 1, real - 0.5, real - 0.2, real],
    sifat: "Nilai akhir",
  });
  const sets: [string, Ind[]][] = [
    ["Dinkes", [...DINKES.sasaran.slice(1), ikm(85, 86.2)]],
    ["Disdik", [...DISDIK.slice(0, 3), ikm(82, 83.1)]],
    ["DPUPR", [DPUPR[0]!, DPUPR[2]!, ikm(80, 81.45)]],
  ];
  for (const [tag, rows] of sets) {
    const pk = b.sheet(`PK ${tag}`);
    b.table(pk, "pk", pkCols(rows), rows, { title: [`PERJANJIAN KINERJA ${tag.toUpperCase()} TAHUN 2025`] });
    const ps = b.sheet(`PPS ${tag}`);
    const ppsRows = tag === "Disdik" ? alter(rows, 2, { target: 75 }) : rows;
    const p = b.table(ps, "pps", ppsCols(), ppsRows, { title: [`PENGUKURAN PENCAPAIAN SASARAN ${tag.toUpperCase()} 2025`] });
    if (tag === "Disdik") b.plant(ps.name, cellOf(p, 2, "target"), "target-tahunan", "error", "target guru bersertifikat 75 di PPS Disdik, PK Disdik 74");
  }
  return b;
}

// --- 18: PKPK one sheet a quarter ---------------------------------------------------------------------
function b18(): Book {
  const b = new B(
    "18-kecamatan-pkpk-per-triwulan",
    'PKPK satu sheet per triwulan (PKPK TW I…IV), kode, program kapital, kegiatan "- ", IKM juga indikator program',
  );
  const o = KECAMATAN;
  const ikmProg: Ind = {
    ...o.sasaran[0]!,
    unit: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
    level: "program",
    kode: "7.01.02",
    pagu: 182651000,
    belanja: [40120000, 88300500, 136988250, 176405694],
  };
  const prog = [ikmProg, ...o.program];
  const rk = b.sheet("Renaksi");
  b.table(rk, "renaksi", renaksiCols([...o.sasaran, ...prog], { sifat: true, dash: true }), [...o.sasaran, ...prog], { title: title("RENCANA AKSI", o) });
  const ps = b.sheet("PPS");
  b.table(ps, "pps", ppsCols(), o.sasaran, { title: title("PENGUKURAN PENCAPAIAN SASARAN", o) });
  for (let q = 0; q < 4; q++) {
    const s = b.sheet(`PKPK TW ${TW[q]}`);
    let rows = prog;
    if (q === 1) rows = alter(prog, 2, { tw: setQ(prog[2]!.tw, 1, 7) });
    if (q === 2) rows = alter(prog, 0, { real: setQ(prog[0]!.real, 2, 86.9) });
    const p = b.table(s, "pkpk", pkpkCols({ quarters: [q], dash: true }), rows, {
      title: ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN", `TRIWULAN ${TW[q]} TAHUN 2025`],
      identity: [["Perangkat Daerah", o.nama]],
    });
    if (q === 1) b.plant(s.name, cellOf(p, 2, "tw2.target"), "target-triwulan", "error", "target TW II dokumen koordinasi 7 di PKPK, Rencana Aksi 6");
    if (q === 2) b.plant(s.name, cellOf(p, 0, "tw3.real"), "realisasi-triwulan", "error", "realisasi TW III IKM 86,9 di PKPK, PPS 87,2");
  }
  return b;
}

// --- 19: cumulative targets, a blank satuan, an indicator not measured ---------------------------
function b19(): Book {
  const b = new B(
    "19-dinsos-renaksi-kumulatif",
    "Renaksi dengan kolom Sifat (kumulatif), PPS TW IV per sheet; target triwulan menurun, satuan kosong, indikator PK tak diukur",
  );
  const o = opd("Dinas Sosial", "Dinsos", DINSOS);
  const extra: Ind = {
    tujuan: DINSOS[0]!.tujuan,
    sasaran: "Meningkatnya kualitas data terpadu kesejahteraan sosial",
    nama: "Persentase desa yang menjalankan SIKS-NG",
    satuan: "%",
    target: 100,
    tw: [25, 50, 75, 100],
    real: [25, 50, 75, 100],
    sifat: "Kumulatif",
  };
  const pkRows = [...DINSOS, extra];
  const pk = b.sheet("PK");
  const pp = b.table(pk, "pk", pkCols(pkRows), pkRows, { title: title("PERJANJIAN KINERJA", o) });
  b.plant(pk.name, cellOf(pp, 3, "indikator"), "indikator-hilang", "error", "indikator SIKS-NG ada di PK, tidak diukur di PPS");
  const rk = b.sheet("Renaksi");
  const rkRows = alter(DINSOS, 2, { tw: [3000, 6200, 6100, 12450] });
  const p = b.table(rk, "renaksi", renaksiCols(rkRows, { sifat: true, pj: true }), rkRows, { title: title("RENCANA AKSI", o) });
  b.plant(rk.name, cellOf(p, 2, "tw3.target"), "triwulan-kumulatif", "error", "DTKS kumulatif: TW II 6.200 lalu TW III 6.100");
  const ps = b.sheet("PPS TW IV");
  const psRows = alter(DINSOS, 1, { satuan: null as unknown as string });
  const q = b.table(ps, "pps", ppsQuarterCols(3), psRows, { title: ["PENGUKURAN PENCAPAIAN SASARAN TRIWULAN IV"], identity: identity(o, 3) });
  b.plant(ps.name, cellOf(q, 1, "satuan"), "sel-kosong", "warning", "satuan penyandang disabilitas kosong");
  return b;
}

// --- 20: indicator names: duplicate, near spelling, different satuan ------------------------------
function b20(): Book {
  const b = new B("20-disdik-nama-indikator", "nama indikator: baris ganda, ejaan hampir sama, satuan berbeda kata");
  const o = opd("Dinas Pendidikan", "Disdik", DISDIK);
  const pk = b.sheet("PK");
  b.table(pk, "pk", pkCols(DISDIK), DISDIK, { title: title("PERJANJIAN KINERJA", o), mergeDown: true });
  const ps = b.sheet("PPS");
  const rows = [...alter(alter(DISDIK, 2, { nama: "Persentase guru yang bersertifikat pendidik" }), 3, { satuan: "Angka" })];
  rows.splice(1, 0, DISDIK[0]!);
  const p = b.table(ps, "pps", ppsCols(), rows, { title: title("PENGUKURAN PENCAPAIAN SASARAN", o) });
  b.plant(ps.name, cellOf(p, 1, "indikator"), "indikator-ganda", "warning", "APM SD/MI tertulis dua kali untuk sasaran yang sama");
  b.plant(
    ps.name,
    cellOf(p, 3, "indikator"),
    "indikator-mirip",
    "warning",
    '"Persentase guru yang bersertifikat pendidik" vs PK "Persentase guru bersertifikat pendidik"',
  );
  b.plant(ps.name, cellOf(p, 4, "satuan"), "satuan", "warning", 'rata-rata lama sekolah dalam "Angka", PK "Tahun"');
  return b;
}

// --- 21: RSUD with a lower-is-better indicator -------------------------------------------------------
function b21(): Book {
  const b = new B("21-rsud-polaritas-negatif", "indikator makin rendah makin baik (NDR) dengan rumus kondisi khusus, rata-rata BOR, Capaian dengan kategori");
  const o = opd("Rumah Sakit Umum Daerah", "RSUD", RSUD);
  const pk = b.sheet("PK");
  b.table(pk, "pk", pkCols(RSUD), RSUD, { title: title("PERJANJIAN KINERJA", o), nums: "paren" });
  const ps = b.sheet("PPS");
  b.table(ps, "pps", ppsCols(), RSUD, { title: title("PENGUKURAN PENCAPAIAN SASARAN", o), depth: 2 });
  const c = b.sheet("Capaian");
  const p = b.table(c, "capaian", capaianCols(), RSUD, { title: ["Capaian Kinerja RSUD Tahun 2025"] });
  b.overwrite(c, p, 0, "kategori", "Tinggi", "kategori", "error", "BOR 71,78 / 75 = 95,71 % termasuk Sangat Tinggi, ditulis Tinggi");
  return b;
}

// --- 22: hidden columns and rows ---------------------------------------------------------------------
function b22(): Book {
  const b = new B("22-dukcapil-tersembunyi", "kolom tersembunyi (Target 2024 lama, kolom bantu kosong) dan baris tersembunyi, kolom kosong di tengah");
  const o = opd("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", DUKCAPIL);
  const pk = b.sheet("PK");
  const cols = pkCols(DUKCAPIL);
  cols.splice(cols.length - 1, 0, { head: ["Target 2024"], value: (x) => round(x.target - 1.5, 2), field: "lama", hidden: true });
  b.table(pk, "pk", cols, DUKCAPIL, { title: title("PERJANJIAN KINERJA", o), blankCol: 1, hideBlank: true });
  const ps = b.sheet("PPS");
  b.table(ps, "pps", ppsCols(), DUKCAPIL, { title: title("PENGUKURAN PENCAPAIAN SASARAN", o), blankCol: 4, hideRows: [] });
  // A hidden note row between the title and the table.
  ps.hiddenRows.add(2);
  ps.put(2, 0, "catatan internal: angka TW IV menunggu konsolidasi SIAK");
  return b;
}

// --- 23: PK and PK Perubahan (seed tables 2.3 and 2.4) --------------------------------------------
function b23(): Book {
  const b = new B("23-kecamatan-pk-perubahan", "PK dan PK Perubahan pada satu sheet (seed Tabel 2.3/2.4), PPS dan Capaian mengikuti PK Perubahan");
  const o = KECAMATAN;
  const before = alter(o.sasaran, 0, { target: 91.5, satuan: "Nilai" });
  const s = b.sheet("PK");
  b.table(s, "pk", pkCols(before, { targetHead: "Target" }), before, {
    title: ["Tabel 2.3", "Perjanjian Kinerja Camat Sukamaju Kabupaten Harapan Jaya Tahun 2025"],
    nums: "paren",
    sumber: "Sumber : Perjanjian Kinerja Kecamatan Tahun 2025",
  });
  b.table(s, "pk", pkCols(o.sasaran, { targetHead: "Target Tahun 2025" }), o.sasaran, {
    gap: 2,
    title: ["Tabel 2.4", "Perjanjian Kinerja Perubahan Tahun 2025"],
    nums: "paren",
    sumber: "Sumber : Perjanjian Kinerja Perubahan Kecamatan Tahun 2025",
  });
  const ps = b.sheet("PPS");
  b.table(ps, "pps", ppsCols(), o.sasaran, { title: title("PENGUKURAN PENCAPAIAN SASARAN", o) });
  const c = b.sheet("Capaian");
  b.table(c, "capaian", capaianCols(), o.sasaran, { title: ["Tabel 3.2", "Capaian Kinerja Kecamatan Sukamaju Tahun 2025"] });
  return b;
}

// --- 24: Evaluasi Renja with Visi, Misi, Sasaran RPJMD and Tujuan, code and name in one column -----
interface RenjaItem {
  level: "urusan" | "bidang" | "pd" | "program" | "kegiatan" | "subkegiatan" | "total";
  kode: string | null;
  nama: string;
  ind?: { nama: string; satuan: string; target: number; real: [number, number, number, number] };
  /** Rupiah: the Renja's anggaran and the quarters' realisasi (sub kegiatan; parents add up their children). */
  rp?: { target: number; real: [number, number, number, number] };
  lead?: { visi: string; misi: string; rpjmd: string; tujuan: string; sasaran: string };
}

function b24(): Book {
  const b = new B(
    "24-dpmd-evaluasi-renja-visi-misi",
    "Evaluasi Renja dengan kolom Visi, Misi, Sasaran RPJMD, Tujuan; kode dan nama dalam satu kolom; K / Rp. / % kumulatif per triwulan; nomor kolom satu per pasangan dengan relasi tertulis; baris urusan, bidang, perangkat daerah, sub kegiatan, JUMLAH, rata-rata dan predikat; ttd",
  );
  const s = b.sheet("Evaluasi Renja TW IV");
  const lead = {
    visi: "Terwujudnya Kabupaten Harapan Jaya yang Maju, Sejahtera dan Berdaya Saing",
    misi: "Mewujudkan tata kelola pemerintahan desa yang baik",
    rpjmd: "Meningkatnya kemandirian desa",
    tujuan: "Meningkatkan kapasitas penyelenggaraan pemerintahan desa",
  };
  const items: RenjaItem[] = [
    { level: "urusan", kode: "2", nama: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
    { level: "bidang", kode: "2.13", nama: "URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN MASYARAKAT DAN DESA" },
    { level: "pd", kode: "2.13.0.00.0.00.01.0000", nama: "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA" },
    {
      level: "program",
      kode: "2.13.03",
      nama: "PROGRAM PENINGKATAN KERJA SAMA DESA",
      ind: { nama: "Persentase desa yang melaksanakan kerja sama antar desa", satuan: "%", target: 40, real: [5, 10, 12, 11] },
      lead: { ...lead, sasaran: "Meningkatnya kerja sama antar desa" },
    },
    {
      level: "kegiatan",
      kode: "2.13.03.2.01",
      nama: "Fasilitasi Kerja Sama antar Desa",
      ind: { nama: "Jumlah desa yang difasilitasi kerja sama", satuan: "Desa", target: 24, real: [4, 6, 8, 6] },
    },
    {
      level: "subkegiatan",
      kode: "2.13.03.2.01.0001",
      nama: "Fasilitasi Kerja Sama Antar Desa dalam Kabupaten/Kota",
      ind: { nama: "Jumlah Dokumen Kerja Sama Antar Desa dalam Kabupaten/Kota", satuan: "Dokumen", target: 12, real: [2, 3, 4, 3] },
      rp: { target: 145000000, real: [21500000, 38250000, 41000000, 39150000] },
    },
    {
      level: "subkegiatan",
      kode: "2.13.03.2.01.0002",
      nama: "Fasilitasi Kerja Sama Antar Desa dengan Pihak Ketiga dalam Kabupaten/Kota",
      ind: { nama: "Jumlah Dokumen Kerja Sama Antar Desa dengan Pihak Ketiga dalam Kabupaten/Kota", satuan: "Dokumen", target: 6, real: [1, 1, 2, 2] },
      rp: { target: 82500000, real: [9000000, 21750000, 24300000, 25100000] },
    },
    {
      level: "program",
      kode: "2.13.04",
      nama: "PROGRAM ADMINISTRASI PEMERINTAHAN DESA",
      ind: { nama: "Persentase desa yang tertib administrasi pemerintahan", satuan: "%", target: 85, real: [20, 22, 21, 20] },
      lead: { ...lead, sasaran: "Meningkatnya kualitas penyelenggaraan pemerintahan desa" },
    },
    {
      level: "kegiatan",
      kode: "2.13.04.2.01",
      nama: "Pembinaan dan Pengawasan Penyelenggaraan Administrasi Pemerintahan Desa",
      ind: { nama: "Jumlah desa yang dibina administrasi pemerintahannya", satuan: "Desa", target: 120, real: [30, 30, 32, 28] },
    },
    {
      level: "subkegiatan",
      kode: "2.13.04.2.01.0001",
      nama: "Fasilitasi Penyelenggaraan Administrasi Pemerintahan Desa",
      ind: { nama: "Jumlah Dokumen Penyelenggaraan Administrasi Pemerintahan Desa", satuan: "Dokumen", target: 4, real: [1, 1, 1, 1] },
      rp: { target: 310000000, real: [52000000, 81500000, 90250000, 78600000] },
    },
    {
      level: "subkegiatan",
      kode: "2.13.04.2.01.0002",
      nama: "Fasilitasi Penyusunan Produk Hukum Desa",
      ind: { nama: "Jumlah Dokumen Hasil Fasilitasi Penyusunan Produk Hukum Desa", satuan: "Dokumen", target: 10, real: [2, 3, 3, 2] },
      rp: { target: 96000000, real: [12000000, 26400000, 27750000, 28100000] },
    },
    { level: "total", kode: null, nama: "JUMLAH" },
  ];
  // Planted (renja-anggaran): the Renja's anggaran of kegiatan 2.13.03.2.01 typed 5.000.000 below the sum
  // of its sub kegiatan; the formulas of its row and of the rows above follow the typed figure.
  const plantedRp = { kode: "2.13.03.2.01", extra: -5000000 };
  // Rupiah of every row: a sub kegiatan's own; a parent's the sum of the rows one level down under it.
  const RANK: Record<RenjaItem["level"], number> = { urusan: 0, bidang: 1, pd: 1.5, program: 2, kegiatan: 3, subkegiatan: 4, total: -1 };
  const rpOf = (i: number): { target: number; renstra: number; lalu: number; real: number[] } => {
    const it = items[i]!;
    if (it.rp) return { target: it.rp.target, renstra: it.rp.target * 5, lalu: Math.round(it.rp.target * 2.9), real: [...it.rp.real] };
    let childRank: number | null = null;
    const sum = { target: 0, renstra: 0, lalu: 0, real: [0, 0, 0, 0] };
    const from = it.level === "total" ? 0 : i + 1;
    for (let j = from; j < items.length; j++) {
      const x = items[j]!;
      if (it.level !== "total" && RANK[x.level] <= RANK[it.level]) break;
      if (it.level === "total" && x.level !== "program") continue;
      if (it.level !== "total") {
        childRank ??= RANK[x.level];
        if (RANK[x.level] !== childRank) continue;
      }
      const c = rpOf(j);
      sum.target += c.target;
      sum.renstra += c.renstra;
      sum.lalu += c.lalu;
      c.real.forEach((v, q) => (sum.real[q]! += v));
    }
    if (it.kode === plantedRp.kode) sum.target += plantedRp.extra;
    return sum;
  };
  // Columns (0-based): A No, B Visi, C Misi, D Sasaran RPJMD, E Tujuan, F Sasaran, G Kode/Uraian, H Indikator, I Satuan,
  // J–K (6) target Renstra, L–M (7) realisasi s.d. tahun lalu, N–O (8) target Renja, P–AA (9–12) quarters K / Rp. / %,
  // AB–AC (13) realisasi, AD–AE (14) tingkat capaian, AF–AG (15) realisasi Renstra, AH–AI (16) tingkat Renstra, AJ (17).
  s.put(0, 0, "EVALUASI HASIL PELAKSANAAN RENJA PERANGKAT DAERAH");
  s.put(1, 0, "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN HARAPAN JAYA");
  s.put(2, 0, "TRIWULAN IV TAHUN 2025");
  const h = 4;
  const single = [
    "No",
    "Visi",
    "Misi",
    "Sasaran RPJMD",
    "Tujuan",
    "Sasaran",
    "Kode / Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan",
    "Indikator Kinerja Program (Outcome) / Kegiatan (Output) / Sub Kegiatan",
    "Satuan",
  ];
  single.forEach((t, c) => {
    s.put(h, c, t);
    s.merge(h, c, h + 1, c);
  });
  const pairs: [string, number][] = [
    ["Target Kinerja dan Anggaran Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)", 2],
    ["Realisasi Capaian Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Renja Tahun Lalu (2024)", 2],
    ["Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun 2025", 2],
    ["Realisasi Kinerja Pada Triwulan I", 3],
    ["Realisasi Kinerja Pada Triwulan II", 3],
    ["Realisasi Kinerja Pada Triwulan III", 3],
    ["Realisasi Kinerja Pada Triwulan IV", 3],
    ["Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi", 2],
    ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi (%)", 2],
    ["Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2025", 2],
    ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. Tahun 2025 (%)", 2],
  ];
  let c = single.length;
  const start: number[] = [];
  for (const [t, w] of pairs) {
    start.push(c);
    s.put(h, c, t);
    s.merge(h, c, h, c + w - 1);
    ["K", "Rp.", "%"].slice(0, w).forEach((u, k) => s.put(h + 1, c + k, u));
    c += w;
  }
  const pj = c;
  s.put(h, pj, "Perangkat Daerah Penanggung Jawab");
  s.merge(h, pj, h + 1, pj);
  s.boldRows.add(h);
  s.boldRows.add(h + 1);
  // Column numbers, one per pair, with the form's arithmetic stated (numbers 10–20 stand for 6–16).
  const nums = h + 2;
  single.forEach((_, k) => s.put(nums, k, k + 1));
  const rel: Record<number, string> = { 7: "17 = 13 + 14 + 15 + 16", 8: "18 = 17 / 12 x 100", 9: "19 = 11 + 17", 10: "20 = 19 / 10 x 100" };
  pairs.forEach(([, w], k) => {
    s.put(nums, start[k]!, rel[k] ?? 10 + k);
    s.merge(nums, start[k]!, nums, start[k]! + w - 1);
  });
  s.put(nums, pj, 21);

  const col = {
    renstra: start[0]!,
    lalu: start[1]!,
    target: start[2]!,
    tw: start.slice(3, 7),
    real: start[7]!,
    tingkat: start[8]!,
    rReal: start[9]!,
    rTingkat: start[10]!,
  };
  const rowOf: number[] = [];
  let r = nums + 1;
  const tingkatK: number[] = [];
  items.forEach((it, i) => {
    rowOf.push(r);
    if (it.level !== "total") s.put(r, 0, i + 1);
    if (it.lead) [it.lead.visi, it.lead.misi, it.lead.rpjmd, it.lead.tujuan, it.lead.sasaran].forEach((t, k) => s.put(r, 1 + k, t));
    s.put(r, 6, it.kode ? `${it.kode} ${it.nama}` : it.nama);
    const rp = rpOf(i);
    const realRp = rp.real.reduce((a, v) => a + v, 0);
    const renstraRp = rp.renstra;
    const laluRp = rp.lalu;
    s.put(r, col.renstra + 1, renstraRp);
    s.put(r, col.lalu + 1, laluRp);
    s.put(r, col.target + 1, rp.target);
    let cum = 0;
    rp.real.forEach((v, q) => {
      cum += v;
      s.put(r, col.tw[q]! + 1, v);
      s.put(r, col.tw[q]! + 2, round((cum / rp.target) * 100));
    });
    s.put(r, col.real + 1, realRp);
    s.put(r, col.tingkat + 1, round((realRp / rp.target) * 100));
    s.put(r, col.rReal + 1, laluRp + realRp);
    s.put(r, col.rTingkat + 1, round(((laluRp + realRp) / renstraRp) * 100));
    if (it.ind) {
      const x = it.ind;
      const real = x.real.reduce((a, v) => a + v, 0);
      s.put(r, 7, x.nama);
      s.put(r, 8, x.satuan);
      s.put(r, col.renstra, x.target * 5);
      s.put(r, col.lalu, x.target * 3);
      s.put(r, col.target, x.target);
      x.real.forEach((v, q) => s.put(r, col.tw[q]!, v));
      s.put(r, col.real, real);
      const t = round((real / x.target) * 100);
      tingkatK.push(t);
      s.put(r, col.tingkat, t);
      s.put(r, col.rReal, x.target * 3 + real);
      s.put(r, col.rTingkat, round(((x.target * 3 + real) / (x.target * 5)) * 100));
      s.put(r, pj, "Kepala Bidang Pemerintahan Desa");
    }
    r++;
  });
  s.put(r, 0, "Rata-rata Capaian Kinerja (%)");
  s.merge(r, 0, r, 8);
  s.put(r, col.tingkat, round(tingkatK.reduce((a, v) => a + v, 0) / tingkatK.length));
  s.put(r + 1, 0, "Predikat Kinerja");
  s.merge(r + 1, 0, r + 1, 8);
  s.put(r + 1, col.tingkat, "Sangat Tinggi");
  const ki = items.findIndex((x) => x.kode === plantedRp.kode);
  b.plant(
    s.name,
    a1(rowOf[ki]!, col.target + 1),
    "renja-anggaran",
    "error",
    "anggaran Renja kegiatan 2.13.03.2.01 ditulis 222.500.000; jumlah sub kegiatannya 145.000.000 + 82.500.000 = 227.500.000",
  );
  // Planted (renja-relasi): tingkat capaian K of sub kegiatan 2.13.04.2.01.0002 typed 80; its realisasi 10 of target 10 is 100.
  const kj = items.findIndex((x) => x.kode === "2.13.04.2.01.0002");
  s.put(rowOf[kj]!, col.tingkat, 80);
  b.plant(s.name, a1(rowOf[kj]!, col.tingkat), "renja-relasi", "error", "tingkat capaian K = 10 / 10 × 100 = 100 (kolom 18 = 17 / 12 x 100), ditulis 80");
  writeTtd(
    s,
    {
      place: "Harapan Jaya",
      role: "KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
      name: "Drs. AGUS SALIM NURDIN, M.Si",
      pangkat: "Pembina Utama Muda",
      nip: "19710815 199603 1 002",
    },
    r + 3,
    pj - 3,
  );
  b.tables.push({ sheet: s.name, kind: "renja" });
  return b;
}

// --- 25: SIPD export in thousands, code and name in one column ------------------------------------
function b25(): Book {
  const b = new B(
    "25-dinkes-sipd-ribuan",
    "ekspor SIPD dalam ribuan rupiah (satuan di judul), kode dan uraian dalam satu kolom, Sisa dan %, rekening di bawah sub kegiatan",
  );
  const k = (x: number) => Math.round(x / 1000) * 1000;
  const progs = DINKES.budget.map((p) => ({
    ...p,
    kegiatan: p.kegiatan.map((g) => ({
      ...g,
      subs: g.subs.map((s) => {
        const pagu = k(s.pagu);
        const real = k(s.real);
        const [p1, p2] = split(pagu, [35, 65]);
        const [r1, r2] = split(real, [35, 65]);
        return {
          ...s,
          pagu,
          real,
          rekening: [
            { kode: "5.1.02.01.01.0052", nama: "Belanja Bahan-Bahan Lainnya", pagu: p1!, real: r1! },
            { kode: "5.1.02.02.01.0029", nama: "Belanja Jasa Tenaga Kesehatan", pagu: p2!, real: r2! },
          ],
        };
      }),
    })),
  }));
  const rows: BudRow[] = budgetRows(progs, { rekening: true, head: [{ kode: "1.02", nama: "URUSAN PEMERINTAHAN BIDANG KESEHATAN" }], total: "JUMLAH" }).map(
    (r) => ({
      ...r,
      nama: r.kode ? `${r.kode} ${r.nama}` : r.nama,
      pagu: r.pagu / 1000,
      real: r.real / 1000,
    }),
  );
  // Planted (jumlahSalah): the anggaran of kegiatan 1.02.02.2.02 typed 50.000 (ribu) too high; program, bidang and JUMLAH follow it.
  const ki = rows.findIndex((r) => r.nama.startsWith("1.02.02.2.02 "));
  const subsPagu = rows[ki]!.pagu;
  rows[ki] = { ...rows[ki]!, pagu: subsPagu + 50000 };
  for (const r of rows) if (r.level === "program" && r.nama.startsWith("1.02.02 ")) r.pagu += 50000;
  for (const r of rows) if (r.level === "urusan" || r.level === "bidang" || r.level === "total") r.pagu += 50000;
  const s = b.sheet("Realisasi SIPD");
  const p = b.table(s, "anggaran", budgetCols({ kode: false, sisa: true, nameHead: "Kode / Uraian", paguHead: "Anggaran (Rp)", pctHead: "%" }), rows, {
    title: ["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN DAN REKENING", "DINAS KESEHATAN KABUPATEN HARAPAN JAYA", "TAHUN ANGGARAN 2025 (DALAM RIBUAN RUPIAH)"],
    nums: "plain",
  });
  b.plant(
    s.name,
    cellOf(p, ki, "pagu"),
    "anggaran",
    "error",
    `anggaran kegiatan 1.02.02.2.02 ditulis ${subsPagu + 50000} ribu; sub kegiatannya berjumlah ${subsPagu} ribu`,
  );
  // Planted (sisaSalah): the Sisa of sub kegiatan 1.02.02.2.02.0003 typed as if realisasi were 10.000 (ribu) lower.
  const si = rows.findIndex((r) => r.nama.startsWith("1.02.02.2.02.0003 "));
  const sr = rows[si]!;
  b.overwrite(
    s,
    p,
    si,
    "sisa",
    sr.pagu - sr.real + 10000,
    "anggaran",
    "error",
    `sisa = ${sr.pagu} - ${sr.real} = ${sr.pagu - sr.real} ribu; ditulis ${sr.pagu - sr.real + 10000}`,
  );
  writeRows(s, [["Sumber : SIPD, dicetak 6 Januari 2026"]], p.lastRow + 2);
  return b;
}

// --- 26: SKM answer sheet with its processing block, two mistakes in the block -------------------
function b26(): Book {
  const b = new B(
    "26-dukcapil-skm-olah-data",
    "SKM satu sheet jawaban U1…U9 (demografi berkode 1–6, kolom Saran), blok olah data PermenPANRB 14/2017 di bawah jawaban dengan NRR satu unsur dan IKM salah",
  );
  const rnd = lcg(26);
  const answers = skmAnswers(40, rnd);
  const s = b.sheet("Olah Data SKM");
  const head: Cell[] = ["No", "Umur", "Jenis Kelamin", "Pendidikan", "Pekerjaan", ...UNSUR.map((_, j) => `U${j + 1}`), "Saran"];
  writeRows(s, [
    ["PENGOLAHAN DATA SURVEI KEPUASAN MASYARAKAT PER RESPONDEN DAN PER UNSUR PELAYANAN"],
    ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL TAHUN 2025"],
    [],
    head,
  ]);
  s.boldRows.add(3);
  const saran = [null, "Antrian online mohon diperbaiki", null, null, "Sudah baik, pertahankan", "Tambah loket perekaman KTP-el", null];
  answers.forEach((a, i) =>
    s.line(4 + i, 0, [
      i + 1,
      20 + Math.floor(rnd() * 40),
      1 + Math.floor(rnd() * 2),
      1 + Math.floor(rnd() * 6),
      1 + Math.floor(rnd() * 6),
      ...a,
      saran[i % saran.length]!,
    ]),
  );
  const r0 = 4 + answers.length + 1;
  const c0 = 5;
  const nrr = nrrOf(answers);
  const sums = UNSUR.map((_, j) => answers.reduce((t, a) => t + (a[j] ?? 0), 0));
  // Planted: the NRR of U3 typed 0,2 too high; the weighted row and the total follow the typed figure.
  const typed = nrr.map((n, j) => (j === 2 ? round(n + 0.2, 3) : n));
  s.line(r0, 0, ["Σ Nilai/Unsur", null, null, null, null, ...sums]);
  s.line(r0 + 1, 0, ["NRR/Unsur", null, null, null, null, ...typed]);
  s.line(r0 + 2, 0, ["NRR Tertimbang/Unsur", null, null, null, null, ...typed.map((n) => round(n * 0.111, 3))]);
  const tertimbang = round(
    typed.reduce((a, x) => a + round(x * 0.111, 3), 0),
    3,
  );
  s.line(r0 + 3, 0, ["Jumlah NRR Tertimbang", null, null, null, null, tertimbang]);
  // Planted: IKM typed 1,5 above Jumlah NRR Tertimbang × 25.
  const ikm = round(tertimbang * 25, 2);
  s.line(r0 + 4, 0, ["IKM Unit Pelayanan", null, null, null, null, round(ikm + 1.5, 2)]);
  s.line(r0 + 5, 0, ["Mutu Pelayanan", null, null, null, null, mutuOf(ikm + 1.5)[0], mutuOf(ikm + 1.5)[1]]);
  b.tables.push({ sheet: s.name, kind: "skm-jawaban" });
  b.plant(s.name, a1(r0 + 1, c0 + 2), "skm", "error", `NRR U3 = ${sums[2]} / jawaban terisi = ${nrr[2]}; ditulis ${typed[2]}`);
  b.plant(s.name, a1(r0 + 4, c0), "skm", "error", `IKM = ${tertimbang} × 25 = ${ikm}; ditulis ${round(ikm + 1.5, 2)}`);
  return b;
}

// --- 27: SIPD export of a kecamatan, urusan code and name in one cell, a plain SISA column ---------
function b27(): Book {
  const b = new B(
    "27-kecamatan-sipd-urusan-sisa",
    "ekspor SIPD kecamatan: kode dan uraian dalam satu kolom termasuk urusan satu angka (7 UNSUR KEWILAYAHAN) dan bidang (7.01 KECAMATAN), header huruf besar tanpa (Rp) dengan kolom SISA polos, tanpa baris nomor kolom, JUMLAH, Sumber, ttd",
  );
  const o = KECAMATAN;
  const rows: BudRow[] = budgetRows(o.budget, {
    head: [
      { kode: "7", nama: "UNSUR KEWILAYAHAN" },
      { kode: "7.01", nama: "KECAMATAN" },
    ],
    total: "JUMLAH",
  }).map((r) => ({
    ...r,
    nama: r.kode ? `${r.kode} ${r.nama}` : r.nama,
  }));
  const s = b.sheet("LRA Sub Kegiatan");
  const p = b.table(
    s,
    "anggaran",
    budgetCols({ kode: false, sisa: true, nameHead: "Kode / Uraian", paguHead: "Anggaran", realHead: "Realisasi", sisaHead: "Sisa", pctHead: "%" }),
    rows,
    {
      title: [
        "LAPORAN REALISASI ANGGARAN PER PROGRAM, KEGIATAN DAN SUB KEGIATAN",
        "KECAMATAN SUKAMAJU KABUPATEN HARAPAN JAYA",
        "S.D. TRIWULAN IV TAHUN ANGGARAN 2025",
      ],
      upper: true,
      sumber: "Sumber : SIPD, dicetak 5 Januari 2026",
      ttd: o.ttd,
    },
  );
  // Planted (sisaSalah): the SISA of sub kegiatan 7.01.01.2.06.0002 typed 1.000.000 above anggaran − realisasi.
  const si = rows.findIndex((r) => r.nama.startsWith("7.01.01.2.06.0002 "));
  const sr = rows[si]!;
  b.overwrite(
    s,
    p,
    si,
    "sisa",
    sr.pagu - sr.real + 1000000,
    "anggaran",
    "error",
    `sisa = ${sr.pagu} - ${sr.real} = ${sr.pagu - sr.real}; ditulis ${sr.pagu - sr.real + 1000000}`,
  );
  // Planted (serapanSalah): the % of program 7.01.05 typed 49,94 where 60.608.000 / 63.838.000 × 100 = 94,94.
  const pi = rows.findIndex((r) => r.nama.startsWith("7.01.05 "));
  b.overwrite(s, p, pi, "pct", 49.94, "anggaran", "error", "serapan program 7.01.05 = 60.608.000 / 63.838.000 × 100 = 94,94; ditulis 49,94");
  return b;
}

// --- 28: Evaluasi Renja in thousands (note under the table) beside a PKPK in rupiah ----------------
function b28(): Book {
  const b = new B(
    "28-dinsos-evaluasi-renja-ribuan",
    "Evaluasi Renja dalam ribuan rupiah (catatan satuan di bawah JUMLAH), kode dan nama dalam satu kolom dengan urusan satu angka (1 URUSAN …), Rp dibulatkan dari rupiah; PKPK dalam rupiah dengan empat triwulan berdampingan; realisasi TW II satu indikator berbeda",
  );
  interface Item {
    level: "urusan" | "bidang" | "program" | "kegiatan" | "subkegiatan" | "total";
    kode: string | null;
    nama: string;
    ind?: { nama: string; satuan: string; target: number; real: Q4 };
    /** Rupiah of a sub kegiatan: anggaran and each quarter's realisasi. */
    rp?: { target: number; real: Q4 };
  }
  const items: Item[] = [
    { level: "urusan", kode: "1", nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR" },
    { level: "bidang", kode: "1.06", nama: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
    {
      level: "program",
      kode: "1.06.04",
      nama: "PROGRAM REHABILITASI SOSIAL",
      ind: { nama: "Persentase PPKS yang mendapatkan rehabilitasi sosial dasar di luar panti", satuan: "%", target: 80, real: [20, 20, 20, 15] },
    },
    {
      level: "kegiatan",
      kode: "1.06.04.2.01",
      nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
      ind: { nama: "Jumlah PPKS yang mendapatkan rehabilitasi sosial dasar di luar panti", satuan: "Orang", target: 120, real: [30, 30, 35, 25] },
    },
    {
      level: "subkegiatan",
      kode: "1.06.04.2.01.0003",
      nama: "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
      ind: { nama: "Jumlah Anak Terlantar yang Mendapatkan Layanan Rehabilitasi Sosial di Luar Panti", satuan: "Orang", target: 60, real: [15, 15, 18, 12] },
      rp: { target: 86450700, real: [18230400, 21115300, 24870900, 19550600] },
    },
    {
      level: "subkegiatan",
      kode: "1.06.04.2.01.0005",
      nama: "Pemberian Pelayanan Reunifikasi Keluarga",
      ind: { nama: "Jumlah PPKS yang Mendapatkan Layanan Reunifikasi Keluarga", satuan: "Orang", target: 60, real: [15, 15, 17, 13] },
      rp: { target: 52300400, real: [9870200, 13240300, 15120400, 12480200] },
    },
    {
      level: "program",
      kode: "1.06.05",
      nama: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
      ind: { nama: "Persentase korban bencana yang menerima bantuan sosial", satuan: "%", target: 100, real: [25, 25, 25, 25] },
    },
    {
      level: "kegiatan",
      kode: "1.06.05.2.01",
      nama: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
      ind: { nama: "Jumlah korban bencana yang menerima bantuan sosial", satuan: "Jiwa", target: 400, real: [100, 90, 110, 100] },
    },
    {
      level: "subkegiatan",
      kode: "1.06.05.2.01.0001",
      nama: "Penyediaan Makanan",
      ind: { nama: "Jumlah Korban Bencana Alam dan Sosial yang Terpenuhi Kebutuhan Dasarnya", satuan: "Jiwa", target: 400, real: [100, 90, 110, 100] },
      rp: { target: 120750600, real: [28450300, 27960500, 33540700, 29870400] },
    },
    { level: "total", kode: null, nama: "JUMLAH" },
  ];
  const RANK: Record<Item["level"], number> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subkegiatan: 4, total: -1 };
  // Rupiah of each row: a sub kegiatan's own, a parent's the sum of its sub kegiatan (exact rupiah).
  const rpOf = (i: number): { target: number; real: number[] } => {
    const it = items[i]!;
    if (it.rp) return { target: it.rp.target, real: [...it.rp.real] };
    const out = { target: 0, real: [0, 0, 0, 0] };
    for (let j = it.level === "total" ? 0 : i + 1; j < items.length; j++) {
      const x = items[j]!;
      if (it.level !== "total" && RANK[x.level] <= RANK[it.level]) break;
      if (!x.rp) continue;
      out.target += x.rp.target;
      x.rp.real.forEach((v, q) => (out.real[q]! += v));
    }
    return out;
  };
  // Every rupiah figure written in whole thousands, rounded from the rupiah (as an export in thousands does):
  // a parent need not equal the sum of its children's rounded figures.
  const k = (x: number) => Math.round(x / 1000);
  const s = b.sheet("Evaluasi Renja");
  s.put(0, 0, "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH");
  s.put(1, 0, "DINAS SOSIAL KABUPATEN HARAPAN JAYA");
  s.put(2, 0, "PERIODE PELAKSANAAN: TRIWULAN IV TAHUN 2025");
  const h = 4;
  const single = [
    "No",
    "Kode / Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan",
    "Indikator Kinerja Program (Outcome) / Kegiatan (Output)",
    "Satuan",
  ];
  single.forEach((t, c) => {
    s.put(h, c, t);
    s.merge(h, c, h + 1, c);
  });
  const heads = [
    "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)",
    "Realisasi Capaian Kinerja Renstra Perangkat Daerah s.d. Renja Tahun Lalu (2024)",
    "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2025)",
    "Realisasi Kinerja Pada Triwulan I",
    "Realisasi Kinerja Pada Triwulan II",
    "Realisasi Kinerja Pada Triwulan III",
    "Realisasi Kinerja Pada Triwulan IV",
    "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja yang Dievaluasi (%)",
    "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. Tahun 2025",
    "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2025 (%)",
  ];
  const c0 = single.length;
  heads.forEach((t, i) => {
    s.put(h, c0 + 2 * i, t);
    s.merge(h, c0 + 2 * i, h, c0 + 2 * i + 1);
    s.put(h + 1, c0 + 2 * i, "K");
    s.put(h + 1, c0 + 2 * i + 1, "Rp");
  });
  const pj = c0 + 2 * heads.length;
  s.put(h, pj, "Unit Penanggung Jawab");
  s.merge(h, pj, h + 1, pj);
  s.boldRows.add(h);
  s.boldRows.add(h + 1);
  const nums = h + 2;
  single.forEach((_, i) => s.put(nums, i, i + 1));
  heads.forEach((_, i) => {
    s.put(nums, c0 + 2 * i, 6 + i);
    s.merge(nums, c0 + 2 * i, nums, c0 + 2 * i + 1);
  });
  s.put(nums, pj, 17);
  const col = (i: number, unit: "K" | "Rp") => c0 + 2 * i + (unit === "Rp" ? 1 : 0);
  const rowOf: number[] = [];
  let r = nums + 1;
  let no = 0;
  items.forEach((it, i) => {
    rowOf.push(r);
    if (it.level !== "total") s.put(r, 0, ++no);
    s.put(r, 1, it.kode ? `${it.kode} ${it.nama}` : it.nama);
    const rp = rpOf(i);
    const renstraRp = rp.target * 5;
    const laluRp = Math.round(rp.target * 2.9);
    const realRp = rp.real.reduce((a, v) => a + v, 0);
    s.put(r, col(0, "Rp"), k(renstraRp));
    s.put(r, col(1, "Rp"), k(laluRp));
    s.put(r, col(2, "Rp"), k(rp.target));
    rp.real.forEach((v, q) => s.put(r, col(3 + q, "Rp"), k(v)));
    s.put(r, col(7, "Rp"), k(realRp));
    s.put(r, col(8, "Rp"), round((realRp / rp.target) * 100));
    s.put(r, col(9, "Rp"), k(laluRp + realRp));
    s.put(r, col(10, "Rp"), round(((laluRp + realRp) / renstraRp) * 100));
    if (it.ind) {
      const x = it.ind;
      const real = x.real.reduce((a, v) => a + v, 0);
      s.put(r, 2, x.nama);
      s.put(r, 3, x.satuan);
      s.put(r, col(0, "K"), x.target * 5);
      s.put(r, col(1, "K"), x.target * 3);
      s.put(r, col(2, "K"), x.target);
      x.real.forEach((v, q) => s.put(r, col(3 + q, "K"), v));
      s.put(r, col(7, "K"), real);
      s.put(r, col(8, "K"), round((real / x.target) * 100));
      s.put(r, col(9, "K"), x.target * 3 + real);
      s.put(r, col(10, "K"), round(((x.target * 3 + real) / (x.target * 5)) * 100));
      s.put(r, pj, "Bidang Rehabilitasi dan Perlindungan Sosial");
    }
    r++;
  });
  // The unit note under the JUMLAH row, after a blank row; then the source line and the signature.
  s.put(r + 1, 0, "*) Angka anggaran (Rp) dalam ribuan rupiah");
  s.put(r + 2, 0, "Sumber : Renja Dinas Sosial 2025 dan SIPD");
  writeTtd(
    s,
    { place: "Harapan Jaya", role: "KEPALA DINAS SOSIAL", name: "Dra. SRI WAHYUNINGSIH, M.Si", pangkat: "Pembina Utama Muda", nip: "19700321 199503 2 004" },
    r + 4,
    pj - 4,
  );
  b.tables.push({ sheet: s.name, kind: "renja" });

  // The PKPK of the same year in rupiah, the four quarters side by side (each quarter's own realisasi).
  const ind: Ind[] = items
    .map((it, i) => ({ it, i }))
    .filter(({ it }) => it.ind && (it.level === "program" || it.level === "kegiatan" || it.level === "subkegiatan"))
    .map(({ it, i }) => {
      const x = it.ind!;
      const rp = rpOf(i);
      const cum = rp.real.map((_, q) => rp.real.slice(0, q + 1).reduce((a, v) => a + v, 0)) as Q4;
      const quarterTarget = [0, 1, 2, 3].map((q) => (q < 3 ? Math.floor(x.target / 4) : x.target - 3 * Math.floor(x.target / 4))) as Q4;
      return {
        sasaran: "Meningkatnya perlindungan dan rehabilitasi sosial PPKS",
        unit: it.nama,
        level: it.level as Ind["level"],
        kode: it.kode!,
        nama: x.nama,
        satuan: x.satuan,
        target: x.target,
        tw: quarterTarget,
        real: [...x.real] as Q4,
        pagu: rp.target,
        belanja: cum,
      };
    });
  // Planted (renja-realisasi-triwulan): the PKPK's TW II realisasi of kegiatan 1.06.04.2.01 is 28 orang; the Renja says 30.
  const ki = ind.findIndex((x) => x.kode === "1.06.04.2.01");
  const pkpkRows = alter(ind, ki, { real: setQ(ind[ki]!.real, 1, 28) });
  const ps = b.sheet("PKPK 2025");
  b.table(ps, "pkpk", pkpkCols({ quarters: [0, 1, 2, 3] }), pkpkRows, {
    title: ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK)", "DINAS SOSIAL KABUPATEN HARAPAN JAYA TAHUN 2025"],
    mergeDown: true,
  });
  const kr = items.findIndex((x) => x.kode === "1.06.04.2.01");
  b.plant(
    s.name,
    a1(rowOf[kr]!, col(4, "K")),
    "renja-realisasi-triwulan",
    "error",
    "realisasi TW II kegiatan 1.06.04.2.01 di Evaluasi Renja 30 orang, di PKPK 28 orang",
  );
  return b;
}

// --- 29: PKPK in thousands (note under the table) beside an Evaluasi Renja in rupiah ---------------
function b29(): Book {
  const b = new B(
    "29-rsud-pkpk-ribuan-renja-rupiah",
    "PKPK empat triwulan berdampingan dengan pagu dan realisasi anggaran dalam ribuan rupiah (keterangan satuan di bawah tabel, angka dibulatkan dari rupiah, realisasi kumulatif), indikator bersatuan Rupiah; Evaluasi Renja dalam rupiah (Form E.81) dengan realisasi per triwulan; pagu satu kegiatan PKPK di bawah jumlah sub kegiatannya",
  );
  const sas = "Meningkatnya mutu pelayanan kesehatan rujukan RSUD";
  // Rupiah: the BLUD revenue indicator (K in rupiah) and the budget, each quarter's own figure; cumulative below.
  const cum = (x: Q4): Q4 => x.map((_, q) => x.slice(0, q + 1).reduce((a, v) => a + v, 0)) as Q4;
  const subPagu = 2825200000;
  const subReal: Q4 = [412350400, 803110200, 716820300, 708829600];
  const revenue: Q4 = [2950400000, 3120750000, 3205300000, 3315600000];
  const rows: Ind[] = [
    {
      sasaran: sas,
      unit: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      level: "program",
      kode: "1.02.02",
      nama: "Jumlah pendapatan BLUD RSUD",
      satuan: "Rupiah",
      target: 12500000000,
      tw: cum([3125000000, 3125000000, 3125000000, 3125000000]),
      real: cum(revenue),
      sifat: "Kumulatif",
      pagu: subPagu,
      belanja: cum(subReal),
    },
    {
      sasaran: sas,
      unit: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      level: "kegiatan",
      kode: "1.02.02.2.01",
      nama: "Jumlah fasilitas pelayanan kesehatan yang disediakan sarana dan prasarananya",
      satuan: "Unit",
      target: 4,
      tw: [1, 2, 3, 4],
      real: [1, 2, 3, 4],
      sifat: "Kumulatif",
      pagu: subPagu,
      belanja: cum(subReal),
    },
    {
      sasaran: sas,
      unit: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      level: "subkegiatan",
      kode: "1.02.02.2.01.0014",
      nama: "Jumlah Alat Kesehatan/Alat Penunjang Medik Fasilitas Layanan Kesehatan yang Disediakan",
      satuan: "Unit",
      target: 40,
      tw: [10, 20, 30, 40],
      real: [8, 19, 31, 40],
      sifat: "Kumulatif",
      pagu: subPagu,
      belanja: cum(subReal),
    },
  ];
  // The Evaluasi Renja in rupiah: each quarter's own realisasi (renjaCols writes the differences of the cumulative figures).
  const rs = b.sheet("Form E.81");
  b.table(rs, "renja", renjaCols(true), rows, {
    title: ["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "RSUD HARAPAN JAYA TAHUN 2025"],
    nums: "relasi",
  });
  // The PKPK in thousands of rupiah: pagu, realisasi anggaran and the rupiah indicator's K, rounded half up from the rupiah.
  const k = (x: number) => Math.round(x / 1000);
  const pkpkRows: Ind[] = rows.map((x) => ({
    ...x,
    ...(x.satuan === "Rupiah" ? { target: k(x.target), tw: x.tw.map(k) as Q4, real: x.real.map(k) as Q4 } : {}),
    pagu: k(x.pagu!),
    belanja: x.belanja!.map(k) as Q4,
  }));
  const ps = b.sheet("PKPK 2025");
  const p = b.table(ps, "pkpk", pkpkCols({ quarters: [0, 1, 2, 3] }), pkpkRows, {
    title: ["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN (PKPK) RSUD HARAPAN JAYA", "TAHUN 2025"],
  });
  writeRows(ps, [[], ["Keterangan: Target dan realisasi bersatuan Rupiah, pagu dan realisasi anggaran dalam ribuan rupiah"]], p.lastRow + 1);
  // Planted (jumlahSalah): the kegiatan's pagu typed 2.725.200 (ribu), 100.000 below its one sub kegiatan's 2.825.200.
  b.overwrite(ps, p, 1, "pagu", 2725200, "anggaran-pkpk", "error", "pagu kegiatan 1.02.02.2.01 ditulis 2.725.200 ribu; sub kegiatannya 2.825.200 ribu");
  // Its serapan was left as computed from 2.825.200: against the typed pagu it is wrong too.
  b.plant(ps.name, cellOf(p, 1, "serapan"), "anggaran-pkpk", "error", "serapan kegiatan tertulis 93,48; 2.641.111 / 2.725.200 × 100 = 96,91");
  return b;
}

export function corpusBooks(): Book[] {
  return [
    b01(),
    b02(),
    b03(),
    b04(),
    b05(),
    b06(),
    b07(),
    b08(),
    b09(),
    b10(),
    b11(),
    b12(),
    b13(),
    b14(),
    b15(),
    b16(),
    b17(),
    b18(),
    b19(),
    b20(),
    b21(),
    b22(),
    b23(),
    b24(),
    b25(),
    b26(),
    b27(),
    b28(),
    b29(),
    ...renjaSipdBooks(),
    ...kinerjaBooks(),
    ...tersembunyiBooks(),
    ...lainBooks(),
  ];
}
