/** `sakip lkjip`: the seed's tables written into an .xlsx, printed as text and as JSON. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../support/cli";
import { writeSeedWorkbook } from "../support/seed-workbook";

const dir = mkdtempSync(join(tmpdir(), "sakip-lkjip-"));
const file = join(dir, "seed.xlsx");

// The cells as the seed LKjIP prints them: text, numbers included ("93,85", "10.599.350.000").
beforeAll(() => writeSeedWorkbook(file));

test("text: the six tables with Indonesian numbers", async () => {
  const r = await run(["lkjip", file]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/^== .*seed\.xlsx: tabel Bab III LKjIP tahun 2024\n/);
  for (let n = 1; n <= 6; n++) expect(r.out).toContain(`\nTabel ${n}. `);
  const line = (words: RegExp) => r.out.split("\n").find((l) => words.test(l)) ?? "";
  expect(line(/\| Indeks Kepuasan Masyarakat +\| Angka/)).toMatch(/\|\s+91,5 \|\s+93,85 \|\s+102,57 \| Sangat Tinggi$/);
  expect(r.out).toContain("Capaian 2024 (%): Tertulis 102,51 di seed-capaian!G6; hasil hitung 102,57.");
  expect(line(/Nilai Sakip Kecamatan .*Sangat Tinggi/)).toMatch(/\|\s+98,27 \| Sangat Tinggi$/);
  expect(line(/^ {2}Indeks Kepuasan Masyarakat +\| Angka +\|\s+90 \|/)).toMatch(/\|\s+93,85 \|\s+104,28 \| Target akhir Renstra sudah tercapai$/);
  expect(line(/^ {2}Indeks Kepuasan Masyarakat +\| Angka +\|\s+- \|\s+- \|\s+89 \|/)).toMatch(/\|\s+89 \|\s+91,4 \|\s+91,5 \|\s+93,85 \|\s+102,57 \|\s+2,45$/);
  // Once per table, what the workbook lacks: the seed has no Rencana Aksi, and earlier years only for its IKM.
  expect(r.out).toMatch(/\nData yang belum ada di buku kerja:\n {2}Tabel 2 \(\d+ baris\): Tidak ada realisasi tahun sebelumnya: /);
  expect(r.out).toContain("\n  Tabel 6: Tidak ada target triwulan: tambahkan tabel Rencana Aksi dengan target TW I–IV per indikator.\n");
  expect(line(/\| Jumlah /)).toMatch(/\|\s+10\.903\.497\.000 \|\s+10\.097\.306\.301 \|\s+92,61 \|\s+806\.190\.699$/);
});

test("--json: numbers as numbers, each table with its id, columns, rows and every figure's source", async () => {
  const r = await run(["lkjip", file, "--json"]);
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out);
  expect(doc.schemaVersion).toBe(1);
  expect(doc.year).toBe(2024);
  expect(doc.gaps.find((g: { table: string }) => g.table === "triwulan")).toMatchObject({ number: 6, rows: 1 });
  expect(doc.tables.map((t: { id: string }) => t.id)).toEqual(["capaian", "perbandingan-tahun", "target-renstra", "efisiensi", "anggaran", "triwulan"]);
  const renstra = doc.tables[2];
  const ikm = renstra.rows.find((row: { cells: { value: unknown }[] }) => row.cells[0]!.value === "Indeks Kepuasan Masyarakat");
  expect(ikm.cells[2]).toEqual({ value: 90, source: { sheet: "seed-capaian-multiyear", cell: "J3" } });
  expect(ikm.cells[3]).toEqual({ value: 93.85, source: { sheet: "seed-capaian", cell: "F6" } });
  expect(Math.round(ikm.cells[4].value * 100) / 100).toBe(104.28);
  expect(ikm.cells[4].computed.formula).toBe("capaian");
});

test("usage: lkjip --help, an unknown option, two files", async () => {
  const help = (await run(["lkjip", "--help"])).out;
  expect(help).toMatch(/^Pemakaian: sakip lkjip BERKAS\.xlsx \[--json\] \[--keluaran FOLDER\|BERKAS\.xlsx\] \[--timpa\]/);
  expect(help).toContain('sheet "Tabel LKjIP"');
  const bad = await run(["lkjip", file, "--salin", dir]);
  expect(bad.code).toBe(2);
  expect(bad.err).toMatch(/^Opsi "--salin" tidak dikenal\./);
  expect((await run(["lkjip", file, "--keluaran"])).err).toMatch(/^Opsi --keluaran memerlukan folder atau nama berkas\./);
  expect((await run(["lkjip", file, file])).err).toMatch(/^Perintah lkjip membaca satu berkas\./);
  expect((await run(["--help"])).out).toContain("lkjip BERKAS.xlsx");
});

test("an unreadable file: exit 2 with the reason", async () => {
  const r = await run(["lkjip", join(dir, "tidak-ada.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err).toMatch(/tidak dapat dibaca: berkas tidak ditemukan/);
});
