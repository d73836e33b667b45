/** Many findings of one message on one column are read once: one finding naming the range and the count. */
import { collapseColumns, COLLAPSE_OVER } from "../../src/core/collapse";
import type { Finding } from "../../src/core/findings";
import { highlightsBySheet } from "../../src/core/report-sheet";

const f = (cell: string, over: Partial<Finding> = {}): Finding => ({
  rule: "tidak-terbaca",
  messageId: "bukanAngka",
  severity: "error",
  sheet: "PPS",
  cell,
  related: [],
  expected: "angka",
  found: "n/a",
  message: `Sel PPS!${cell} berisi "n/a", bukan angka; isi dengan angka.`,
  ...over,
});

test("more than COLLAPSE_OVER findings of one message on one column become one, at the first cell, naming range and count", () => {
  const rows = [9, 5, 6, 7, 8, 12, 11];
  expect(rows.length).toBeGreaterThan(COLLAPSE_OVER);
  const out = collapseColumns(rows.map((r) => f(`D${r}`)));
  expect(out).toHaveLength(1);
  expect(out[0]!.cell).toBe("D9");
  expect(out[0]!.message).toBe(
    'Sel PPS!D9 berisi "n/a", bukan angka; isi dengan angka. Hal yang sama ada di 6 sel lain di kolom D (D5:D12); periksa kolom ini sekaligus.',
  );
  expect(out[0]!.cells).toEqual(rows.map((r) => `D${r}`));
  // Every cell stays highlighted.
  expect(highlightsBySheet(out)[0]!.error.sort()).toEqual(rows.map((r) => `D${r}`).sort());
});

test("findings scattered down a long column are separate mistakes and stay separate", () => {
  const scattered = [5, 120, 480, 990, 2400, 3100, 4980].map((r) => f(`F${r}`, { rule: "anggaran", messageId: "serapanSalah" }));
  expect(scattered.length).toBeGreaterThan(COLLAPSE_OVER);
  expect(collapseColumns(scattered)).toEqual(scattered);
});

test("up to COLLAPSE_OVER findings, other columns, other messages, other sheets and ranges stay as they are", () => {
  const few = Array.from({ length: COLLAPSE_OVER }, (_, i) => f(`D${i + 5}`));
  expect(collapseColumns(few)).toEqual(few);
  const mixed = [
    ...Array.from({ length: 4 }, (_, i) => f(`D${i + 5}`)),
    ...Array.from({ length: 4 }, (_, i) => f(`E${i + 5}`)),
    ...Array.from({ length: 4 }, (_, i) => f(`D${i + 5}`, { messageId: "indikatorKosong" })),
    ...Array.from({ length: 4 }, (_, i) => f(`D${i + 5}`, { sheet: "PKPK" })),
    ...Array.from({ length: 8 }, (_, i) => f(`B${i + 5}:G${i + 20}`, { rule: "tabel-tidak-dipahami" })),
  ];
  expect(collapseColumns(mixed)).toEqual(mixed);
});

test("the order of the other findings is kept; the collapsed one stands where its first cell stood", () => {
  const a = f("A1", { rule: "satuan", messageId: "berbeda" });
  const d = Array.from({ length: 6 }, (_, i) => f(`D${i + 5}`));
  const z = f("Z1", { rule: "capaian", messageId: "salah" });
  const out = collapseColumns([a, ...d, z]);
  expect(out.map((x) => x.cell)).toEqual(["A1", "D5", "Z1"]);
});
