/**
 * The satuan of a sub kegiatan's indicator is the official one (Kepmendagri 050-5889/2021 and its
 * updates): another word is another unit (a warning naming the official satuan); an abbreviation
 * or a difference of case, spacing or punctuation ("Dok", "Lap.", "dokumen", "Orang / Bulan") is
 * the same unit written otherwise (info, with the official spelling). Reports nothing when the
 * check ran without the list.
 */
import { subKegiatanRows } from "../nomenklatur/rows";
import { cellName, defineRule, quoted, where } from "./context";

export const satuanNomenklatur = defineRule({
  meta: {
    id: "satuan-nomenklatur",
    title: "Satuan tidak sesuai nomenklatur",
    description: "Satuan indikator sub kegiatan harus sama dengan satuan dalam nomenklatur sub kegiatan (Kepmendagri 050-5889/2021 dan pemutakhirannya).",
    messages: {
      berbeda: {
        severity: "warning",
        template:
          "Satuan {found} indikator sub kegiatan {kode} tidak sesuai nomenklatur Kepmendagri 050-5889/2021 dan pemutakhirannya: satuan resmi untuk indikator {indikator} adalah {expected}. Ganti satuannya menjadi {expected}.",
      },
      ejaan: {
        severity: "info",
        template:
          "Satuan {found} indikator sub kegiatan {kode} adalah satuan resmi {expected} yang ditulis lain (singkatan, huruf besar/kecil, spasi atau tanda baca). Tulis sesuai nomenklatur: {expected}.",
      },
    },
  },
  check(ctx, report) {
    for (const row of subKegiatanRows(ctx).rows) {
      const s = row.satuan;
      const ind = row.indicator;
      if (!s || !ind?.satuan || !row.official || !row.compared) continue;
      if (s.result !== "beda" && s.result !== "sama-ejaan") continue;
      report({
        at: where(row.table, ind.satuan),
        messageId: s.result === "beda" ? "berbeda" : "ejaan",
        data: { found: quoted(s.found), expected: quoted(s.official), kode: row.code.trim(), indikator: quoted(row.official.indikator) },
        related: [cellName(row.table.sheet, row.codeAt.r, row.codeAt.c)],
        expected: s.official,
        found: s.found,
      });
    }
  },
});
