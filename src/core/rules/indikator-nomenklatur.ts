/**
 * The indicator of a sub kegiatan is the official one (Kepmendagri 050-5889/2021 and its
 * updates), once case, spacing and punctuation are set aside: another indicator is a warning
 * naming the official one; a near one (a typo, "Jumalh", or the official text without its
 * bracket) says so. A further indicator beside the official one in the same sub kegiatan is the
 * file's own and is not reported. Reports nothing when the check ran without the list.
 */
import { subKegiatanRows } from "../nomenklatur/rows";
import { cellName, defineRule, quoted, where } from "./context";

export const indikatorNomenklatur = defineRule({
  meta: {
    id: "indikator-nomenklatur",
    title: "Indikator tidak sesuai nomenklatur",
    description: "Indikator sub kegiatan harus sama dengan indikator dalam nomenklatur sub kegiatan (Kepmendagri 050-5889/2021 dan pemutakhirannya).",
    messages: {
      berbeda: {
        severity: "warning",
        template:
          "Indikator sub kegiatan {kode} tertulis {found}, sedangkan indikator resmi dalam nomenklatur Kepmendagri 050-5889/2021 dan pemutakhirannya adalah {expected}. Gunakan indikator resmi.",
      },
      mirip: {
        severity: "warning",
        template:
          "Indikator sub kegiatan {kode} tertulis {found}, hampir sama dengan indikator resmi {expected} ({beda}). Perbaiki penulisannya sesuai nomenklatur.",
      },
    },
  },
  check(ctx, report) {
    for (const row of subKegiatanRows(ctx).rows) {
      const c = row.indikator;
      const ind = row.indicator;
      if (!c || !ind || !row.official || !row.compared) continue;
      if (c.result !== "beda" && c.result !== "mirip") continue;
      report({
        at: where(row.table, ind.indikator),
        messageId: c.result === "beda" ? "berbeda" : "mirip",
        data: {
          found: quoted(c.found),
          expected: quoted(c.official),
          kode: row.code.trim(),
          beda: c.distance !== undefined ? `selisih ${c.distance} huruf, kemungkinan salah ketik` : "berbeda hanya pada keterangan dalam kurung",
        },
        related: [cellName(row.table.sheet, row.codeAt.r, row.codeAt.c)],
        expected: c.official,
        found: c.found,
      });
    }
  },
});
