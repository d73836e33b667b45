/** Rule 10b: required cells (satuan, target, realisasi) left blank on an indicator row. */
import { a1 } from "../grid";
import { defineRule, label, quoted } from "./context";

const COLUMN_WORD: Record<string, string> = { satuan: "Satuan", target: "Target", realisasi: "Realisasi" };

export const selKosong = defineRule({
  meta: {
    id: "sel-kosong",
    title: "Isian wajib belum diisi",
    description: "Sel wajib (satuan, target, realisasi) yang kosong pada baris indikator.",
    messages: {
      kosong: { severity: "warning", template: "{kolom} indikator {indikator} di {tabel} kosong. Lengkapi isinya." },
    },
  },
  check(ctx, report) {
    for (const t of ctx.indicatorTables) {
      for (const row of t.rows) {
        for (const b of row.blanks) {
          const kolom = COLUMN_WORD[b.column] ?? b.column;
          report({
            at: { sheet: t.sheet, cell: a1(b.r, b.c) },
            messageId: "kosong",
            data: { kolom, indikator: quoted(row.indikator), tabel: label(t) },
            expected: `${kolom} diisi`,
            found: null,
          });
        }
      }
    }
  },
});
