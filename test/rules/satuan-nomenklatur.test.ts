/**
 * satuan-nomenklatur: the satuan of a sub kegiatan's indicator against the official list. Every
 * official value below is read from data/nomenklatur-sub-kegiatan.csv.
 */
import type { CellValue } from "../../src/core/grid";
import { loadNomenklatur, type Nomenklatur } from "../../src/core/nomenklatur";
import { satuanNomenklatur } from "../../src/core/rules/satuan-nomenklatur";
import { csvRow } from "../support/nomenklatur-csv";
import { ruleTester } from "../support/rule-tester";

let list: Nomenklatur;
beforeAll(async () => {
  list = await loadNomenklatur();
});

// A kecamatan (KABKOT): its penunjang sub kegiatan are written 7.01.01.…, listed as X.XX.01.….
const DOK = csvRow("KABKOT", "X.XX.01.2.01.0001"); // Penyusunan Dokumen Perencanaan Perangkat Daerah — Dokumen
const RKA = csvRow("KABKOT", "X.XX.01.2.01.0002"); // Koordinasi dan Penyusunan Dokumen RKA-SKPD — Dokumen
const GAJI = csvRow("KABKOT", "X.XX.01.2.02.0001"); // Penyediaan Gaji dan Tunjangan ASN — Orang/bulan
const LAP = csvRow("KABKOT", "7.01.02.2.01.0001"); // Koordinasi/Sinergi Perencanaan … — Laporan
// A province's SMA: 1.01.02.1.01.0001 Pembangunan USB (Unit Sekolah Baru) — Unit.
const USB = csvRow("PROV", "1.01.02.1.01.0001");

const HEADER = ["Kode", "Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "Target", "Realisasi", "Capaian (%)"];
const pkpk = (...rows: CellValue[][]) => ({ PKPK: [["PENGUKURAN KINERJA PROGRAM DAN KEGIATAN TRIWULAN III KECAMATAN SUKAMAJU"], HEADER, ...rows] });
/** A sub kegiatan row: code as a kecamatan writes it, the list's name and indicator, and the satuan given. */
const sub = (kode: string, r: { nama_sub_kegiatan: string; indikator: string }, satuan: string, indikator = r.indikator): CellValue[] => [
  kode,
  r.nama_sub_kegiatan,
  indikator,
  satuan,
  4,
  3,
  3,
  100,
];

ruleTester.run(
  satuanNomenklatur,
  {
    valid: [
      {
        name: "the official satuan as the list writes it: a penunjang sub kegiatan (7.01.01.… for X.XX.01.…) and the kecamatan's own",
        sheets: pkpk(sub("7.01.01.2.01.0001", DOK, DOK.satuan), sub("7.01.01.2.02.0001", GAJI, GAJI.satuan), sub("7.01.02.2.01.0001", LAP, LAP.satuan)),
      },
      {
        name: "without the list (a caller that did not load it) nothing is compared",
        sheets: pkpk(sub("7.01.02.2.01.0001", LAP, "Paket")),
        check: () => ({}),
      },
      {
        name: "a further indicator of the sub kegiatan beside its official one is the file's own: its unit is not the list's",
        sheets: pkpk(sub("7.01.01.2.01.0001", DOK, DOK.satuan), [null, null, "Persentase dokumen perencanaan yang tepat waktu", "%", 100, 100, 100, 100]),
      },
      {
        name: "kegiatan and program rows (codes of 5 and 3 segments) are not sub kegiatan",
        sheets: pkpk(
          ["7.01.02", "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK", "Indeks Kepuasan Masyarakat", "Indeks", 88, 87, 87, 100],
          ["7.01.02.2.01", "Koordinasi Kegiatan", "Jumlah laporan", "Paket", 4, 3, 3, 100],
        ),
      },
    ],
    invalid: [
      {
        name: "short forms and case are the official unit written otherwise (info, with the official spelling): Dok, Lap., dokumen",
        sheets: pkpk(sub("7.01.01.2.01.0001", DOK, "Dok"), sub("7.01.02.2.01.0001", LAP, "Lap."), sub("7.01.01.2.01.0002", RKA, "dokumen")),
        errors: [
          {
            messageId: "ejaan",
            sheet: "PKPK",
            cell: "D3",
            severity: "info",
            expected: DOK.satuan,
            found: "Dok",
            related: ["PKPK!A3"],
            message: `Tulis sesuai nomenklatur: "${DOK.satuan}"`,
          },
          { messageId: "ejaan", sheet: "PKPK", cell: "D4", severity: "info", expected: LAP.satuan, found: "Lap." },
          { messageId: "ejaan", sheet: "PKPK", cell: "D5", severity: "info", expected: RKA.satuan, found: "dokumen" },
        ],
      },
      {
        name: "spacing around the slash: Orang / Bulan for the list's Orang/bulan",
        sheets: pkpk(sub("7.01.01.2.02.0001", GAJI, "Orang / Bulan")),
        errors: [{ messageId: "ejaan", sheet: "PKPK", cell: "D3", severity: "info", expected: GAJI.satuan, found: "Orang / Bulan" }],
      },
      {
        name: "another word is another unit (warning naming the official satuan): Paket where the list says Laporan",
        sheets: pkpk(sub("7.01.02.2.01.0001", LAP, "Paket"), sub("7.01.01.2.01.0001", DOK, "Kegiatan")),
        errors: [
          {
            messageId: "berbeda",
            sheet: "PKPK",
            cell: "D3",
            severity: "warning",
            expected: "Laporan",
            found: "Paket",
            message: 'Ganti satuannya menjadi "Laporan"',
          },
          { messageId: "berbeda", sheet: "PKPK", cell: "D4", severity: "warning", expected: "Dokumen", found: "Kegiatan" },
        ],
      },
      {
        name: "a Rencana Aksi of a province with the code at the start of the name: compared with the province's row",
        sheets: {
          Renaksi: [
            ["RENCANA AKSI DINAS PENDIDIKAN PROVINSI JAWA BARAT"],
            ["Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja", "Satuan", "Target Tahunan", "TW I", "TW II", "TW III", "TW IV"],
            [`${USB.kode_sub_kegiatan} ${USB.nama_sub_kegiatan}`, USB.indikator, "Buah", 2, 0, 1, 1, 2],
          ],
        },
        errors: [{ messageId: "berbeda", sheet: "Renaksi", cell: "C3", expected: USB.satuan, found: "Buah", related: ["Renaksi!A3"] }],
      },
    ],
  },
  { check: () => ({ nomenklatur: list }) },
);
