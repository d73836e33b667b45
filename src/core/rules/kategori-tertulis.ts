/** Rule 6b: a stated kategori agrees with the capaian (Permendagri 86/2017). */
import type { Finding } from "../findings";
import { kategori, kategoriRank } from "../formulas";
import { formulasMatching } from "./capaian-tertulis";
import { finding, label, quoted, where, type CheckContext, type Rule } from "./context";

export const kategoriTertulis: Rule = {
  id: "kategori",
  title: "Kategori tertulis",
  description: "Kategori yang tertulis harus sesuai skala Permendagri 86/2017 untuk capaiannya.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
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
        if (kategoriRank(stated) < 0) {
          out.push(finding(this, where(table, row.kategori), `Kategori ${quoted(stated)} bukan salah satu kategori Permendagri 86/2017 (Sangat Tinggi, Tinggi, Sedang, Rendah, Sangat Rendah).`, { expected: kategori(c), found: stated, severity: "warning" }));
          continue;
        }
        const exp = kategori(c);
        const alt = kategori(c, "lebih-dari");
        if (kategoriRank(stated) === kategoriRank(exp) || kategoriRank(stated) === kategoriRank(alt)) continue;
        out.push(
          finding(this, where(table, row.kategori), `Kategori indikator ${quoted(row.indikator)} di ${label(table)} tertulis ${quoted(stated)}, padahal capaian ${c.toLocaleString("id-ID", { maximumFractionDigits: 2 })}% termasuk ${quoted(exp)} menurut Permendagri 86/2017.`, {
            related: row.capaian ? [where(table, row.capaian)] : [],
            expected: exp,
            found: stated,
          }),
        );
      }
    }
    return out;
  },
};
