/**
 * Corpus workbook 40: rows hidden instead of deleted. Staff hide an old indicator in the PK and a
 * cancelled sub kegiatan in the realisasi anggaran, and type the kegiatan, program and JUMLAH by
 * hand without the cancelled one. Neither is an error: the hidden indicator is not demanded in the
 * PPS, and totals that leave out hidden rows hold. One real error is planted beside them.
 */
import { KECAMATAN } from "./content";
import { budgetCols, budgetRows, pkCols, ppsCols, type BudRow, type Ind, type Prog } from "./documents";
import { cellOf, writeTable, type Book, SimpleBook } from "./layout";

const o = KECAMATAN;

// Last year's indicator, kept in the PK in a hidden row (planted: target 90 %).
const OLD: Ind = {
  tujuan: o.sasaran[1]!.tujuan,
  sasaran: o.sasaran[1]!.sasaran,
  nama: "Persentase pengaduan masyarakat yang ditindaklanjuti",
  satuan: "%",
  target: 90,
  tw: [90, 90, 90, 90],
  real: [0, 0, 0, 0],
  sifat: "Rata-rata",
};

// The kecamatan's program with the official names (Kepmendagri); planted pagu and realisasi.
const PROGRAM: Prog = {
  kode: "7.01.02",
  nama: "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
  kegiatan: [
    {
      kode: "7.01.02.2.01",
      nama: "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
      subs: [
        {
          kode: "7.01.02.2.01.0001",
          nama: "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal Terkait",
          pagu: 100411000,
          real: 96165694,
        },
        { kode: "7.01.02.2.01.0002", nama: "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan", pagu: 80000000, real: 78000000 },
      ],
    },
    {
      kode: "7.01.02.2.02",
      nama: "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di Kecamatan",
      subs: [
        { kode: "7.01.02.2.02.0001", nama: "Perencanaan Kegiatan Pelayanan kepada Masyarakat di Kecamatan", pagu: 45000000, real: 42750000 },
        {
          kode: "7.01.02.2.02.0003",
          nama: "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan",
          pagu: 30000000,
          real: 28500000,
        },
      ],
    },
  ],
};

// Cancelled in the APBD Perubahan, its row hidden: its pagu stays written, nothing was spent.
const CANCELLED: BudRow = {
  kode: "7.01.02.2.02.0002",
  nama: "Fasilitasi Percepatan Pencapaian Standar Pelayanan Minimal di Wilayah Kecamatan",
  level: "subkegiatan",
  pagu: 25000000,
  real: 0,
};

function b40(): Book {
  const b = new SimpleBook(
    "40-kecamatan-baris-tersembunyi",
    "baris tersembunyi alih-alih dihapus: indikator lama di PK (tidak dituntut ada di PPS), sub kegiatan batal di realisasi anggaran dengan kegiatan, program dan JUMLAH diketik tanpa sub kegiatan itu",
  );
  const title = (doc: string) => [`${doc} ${o.nama.toUpperCase()}`, `${o.kab.toUpperCase()} TAHUN 2025`];
  // PK: the old indicator hidden after the second sasaran's indicator.
  const pkRows = [...o.sasaran.slice(0, 2), OLD, ...o.sasaran.slice(2)];
  writeTable(b.sheet("PK 2025", ["pk"]), pkCols(pkRows), pkRows, { title: title("PERJANJIAN KINERJA"), nums: "paren", hideRows: [2], ttd: o.ttd });
  writeTable(b.sheet("PPS", ["pps"]), ppsCols(), o.sasaran, { title: title("PENGUKURAN PENCAPAIAN SASARAN (PPS)") });

  // Realisasi anggaran: parents and JUMLAH summed without the cancelled row, which is inserted
  // (hidden) between its kegiatan's two other sub kegiatan.
  const rows = budgetRows([PROGRAM], { total: "JUMLAH" });
  const at = rows.findIndex((r) => r.kode === "7.01.02.2.02.0001") + 1;
  rows.splice(at, 0, CANCELLED);
  const ang = b.sheet("Realisasi Anggaran", ["anggaran"]);
  const p = writeTable(ang, budgetCols({ sisa: true }), rows, { title: ["REALISASI ANGGARAN KECAMATAN SUKAMAJU TAHUN 2025"], nums: "plain", hideRows: [at] });
  // The one real error: a serapan typed 97,25 where 78.000.000 / 80.000.000 × 100 = 97,5.
  const i = rows.findIndex((r) => r.kode === "7.01.02.2.01.0002");
  ang.put(p.rowOf[i]!, p.colOf.pct!, 97.25);
  b.planted.push({
    sheet: ang.name,
    cell: cellOf(p, i, "pct"),
    rule: "anggaran",
    severity: "error",
    why: "serapan 78.000.000 / 80.000.000 × 100 = 97,5; ditulis 97,25",
  });
  return b;
}

export function tersembunyiBooks(): Book[] {
  return [b40()];
}
