/** Rule 6b: a stated kategori agrees with the capaian (Permendagri 86/2017). */
import { kategori as kategoriOf, kategoriRank } from "../formulas";
import { formatId } from "../messages";
import { formulasMatching } from "./capaian";
import { defineRule, label, quoted, where } from "./context";

export const kategori = defineRule({
  meta: {
    id: "kategori",
    title: "Kategori tertulis",
    description: "Kategori yang tertulis harus sesuai skala Permendagri 86/2017 untuk capaiannya.",
    messages: {
      salah: {
        severity: "error",
        template: "Kategori indikator {indikator} di {tabel} tertulis {found}, padahal capaian {capaian}% termasuk {expected} menurut Permendagri 86/2017.",
      },
      tidakDikenal: {
        severity: "warning",
        template: "Kategori {found} bukan salah satu kategori Permendagri 86/2017 (Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah).",
      },
    },
  },
  check(ctx, report) {
    for (const table of ctx.indicatorTables) {
      for (const row of table.rows) {
        if (!row.kategori) continue;
        // The stated capaian when a regulated formula reproduces it (a lower-is-better indicator),
        // else realisasi/target, else whatever capaian is written.
        const computable = row.target && row.realisasi && row.target.value !== 0;
        const statedFits = computable && row.capaian && formulasMatching(row.target!.value, row.realisasi!.value, row.capaian).length > 0;
        const c = statedFits ? row.capaian!.value : computable ? (row.realisasi!.value / row.target!.value) * 100 : row.capaian?.value;
        if (c === undefined) continue;
        const stated = row.kategori.text;
        const exp = kategoriOf(c);
        const at = where(table, row.kategori);
        if (kategoriRank(stated) < 0) {
          report({ at, messageId: "tidakDikenal", data: { found: quoted(stated) }, expected: exp, found: stated });
          continue;
        }
        const alt = kategoriOf(c, "lebih-dari");
        if (kategoriRank(stated) === kategoriRank(exp) || kategoriRank(stated) === kategoriRank(alt)) continue;
        report({
          at,
          messageId: "salah",
          data: { indikator: quoted(row.indikator), tabel: label(table), found: quoted(stated), capaian: formatId(c, 2), expected: quoted(exp) },
          related: row.capaian ? [where(table, row.capaian)] : [],
          expected: exp,
          found: stated,
        });
      }
    }
  },
});
