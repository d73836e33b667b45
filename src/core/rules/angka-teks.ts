/** Rule 10e: numbers stored as text: read, but skipped by Excel's own formulas (SUM, averages). */
import { a1 } from "../grid";
import { groupBy } from "../group";
import { isIndicatorTable, isRenjaTable, type NumCell, type Table } from "../tables/types";
import { defineRule, label, where } from "./context";

/** Every number a table holds (loops, not flatMap: a kabupaten roll-up has hundreds of thousands). */
function numbersOf(t: Table): NumCell[] {
  const out: NumCell[] = [];
  const add = (...xs: (NumCell | null)[]) => {
    for (const x of xs) if (x !== null) out.push(x);
  };
  if (isRenjaTable(t)) {
    // An Evaluasi Renja: every number of every row of the form's columns, K and Rp (the Renstra's 6
    // and 7, the Renja's 8–13, the tingkat 14 and the Renstra's 15–16), indicator rows or not
    // (urusan, bidang, the perangkat daerah's row, the total). The indicator rows' numbers are these cells.
    const seen = new Set<NumCell>();
    for (const line of t.renja.lines) {
      for (const n of line.cells.values()) {
        seen.add(n);
        out.push(n);
      }
    }
    for (const r of t.rows) {
      for (const n of [
        r.target,
        r.realisasi,
        r.capaian,
        r.targetAkhir,
        r.pagu,
        r.realisasiAnggaran,
        ...r.tw.flatMap((q) => [q.target, q.realisasi, q.capaian]),
      ]) {
        if (n !== null && !seen.has(n)) out.push(n);
      }
    }
    return out.sort((a, b) => a.c - b.c || a.r - b.r);
  }
  if (isIndicatorTable(t)) {
    for (const r of t.rows) {
      add(r.target, r.realisasi, r.capaian, r.targetAkhir, r.pagu, r.realisasiAnggaran);
      for (const q of r.tw) add(q.target, q.realisasi, q.capaian);
    }
  } else if (t.kind === "anggaran") {
    for (const r of t.rows) add(r.pagu, r.realisasi, r.persen);
  } else if (t.kind === "skm-unsur") {
    for (const r of t.rows) add(r.nrr, r.konversi);
    add(t.ikm, t.nrrTertimbang);
  }
  return out;
}

export const angkaTeks = defineRule({
  meta: {
    id: "angka-teks",
    title: "Angka tersimpan sebagai teks",
    description: "Angka yang tersimpan sebagai teks: terbaca, tetapi rumus Excel (SUM, rata-rata) melewatkannya.",
    messages: {
      teks: {
        severity: "info",
        template:
          "{jumlah} angka di kolom {kolom} {tabel} tersimpan sebagai teks ({rentang}). Ubah menjadi angka (Data > Teks ke Kolom, atau kalikan dengan 1) agar rumus Excel menghitungnya.",
      },
    },
  },
  check(ctx, report) {
    for (const t of ctx.tables) {
      // One finding per column, naming its first cell and how many there are, so a table typed as text is one line per column.
      const byCol = groupBy(
        numbersOf(t).filter((n) => n.fromText),
        (n) => n.c,
      );
      for (const cells of byCol.values()) {
        const first = cells[0]!;
        const last = cells[cells.length - 1]!;
        const rentang = `${a1(first.r, first.c)}${cells.length > 1 ? `–${a1(last.r, last.c)}` : ""}`;
        report({
          at: where(t, first),
          messageId: "teks",
          data: { jumlah: cells.length, kolom: a1(first.r, first.c).replace(/\d+/, ""), tabel: label(t), rentang },
          expected: "angka",
          found: "teks",
        });
      }
    }
  },
});
