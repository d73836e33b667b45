/**
 * A sub kegiatan's code is in the official list (Kepmendagri 050-5889/2021 and its updates) for
 * the workbook's level of government, with the name the file gives it: a code the list does not
 * hold, a former code of a renumbered sub kegiatan, another name (where the row carries the
 * name) are warnings; a code listed only for the other level (a province's code in a kabupaten's
 * file) is info. Checked once per sub kegiatan of a table, at its code. Reports nothing when the
 * check ran without the list.
 */
import type { JenisPemda } from "../nomenklatur/lookup";
import { pemdaWords } from "../nomenklatur/messages";
import { nameMatches, subKegiatanRows } from "../nomenklatur/rows";
import { cellName, defineRule, quoted } from "./context";

const LIST = "daftar nomenklatur sub kegiatan (Kepmendagri 050-5889/2021 dan pemutakhirannya)";
const other = (j: JenisPemda): JenisPemda => (j === "PROV" ? "KABKOT" : "PROV");

export const kodeNomenklatur = defineRule({
  meta: {
    id: "kode-nomenklatur",
    title: "Kode sub kegiatan tidak sesuai nomenklatur",
    description:
      "Kode sub kegiatan harus tercantum dalam nomenklatur (Kepmendagri 050-5889/2021 dan pemutakhirannya), untuk jenis pemerintah daerah buku kerja ini, dengan nama yang sama.",
    messages: {
      "tidak-ada": {
        severity: "warning",
        template: `Kode sub kegiatan {kode} tidak ada dalam ${LIST} untuk {pemda}.{saran} Periksa kodenya.`,
      },
      "nama-beda": {
        severity: "warning",
        template: "Nama sub kegiatan berkode {kode} tertulis {found}, sedangkan dalam nomenklatur {expected}. Periksa kode atau nama sub kegiatannya.",
      },
      "jenis-lain": {
        severity: "info",
        template: "Kode sub kegiatan {kode} hanya tercantum dalam nomenklatur untuk {lain} ({expected}), tidak untuk {pemda}. Periksa kodenya.",
      },
      "kode-lama": {
        severity: "warning",
        template: "Kode sub kegiatan {kode} adalah kode lama; dalam nomenklatur terbaru sub kegiatan {nama} berkode {expected}. Ganti dengan kode baru.",
      },
    },
  },
  check(ctx, report) {
    const { rows, jenisPemda } = subKegiatanRows(ctx);
    const pemda = jenisPemda ? pemdaWords(jenisPemda) : "provinsi maupun kabupaten/kota";
    for (const row of rows) {
      if (!row.first) continue;
      const at = cellName(row.table.sheet, row.codeAt.r, row.codeAt.c);
      const kode = row.code.trim();
      const res = row.lookup;
      if (res.status === "tidak-ada") {
        // The name the row gives may be listed under another code: that code is the likely one.
        const named = row.name && ctx.nomenklatur ? ctx.nomenklatur.findByName(row.name.text, jenisPemda ? { jenisPemda } : {}) : [];
        const suggested = named.length === 1 ? named[0]!.kode : null;
        report({
          at,
          messageId: "tidak-ada",
          data: { kode, pemda, saran: suggested ? ` Nama ${quoted(named[0]!.nama)} tercantum dengan kode ${suggested}.` : "" },
          expected: suggested,
          found: kode,
        });
      } else if (res.status === "jenis-lain") {
        const listed = res.rows[0]!;
        report({
          at,
          messageId: "jenis-lain",
          data: { kode, lain: pemdaWords(other(jenisPemda!)), pemda, expected: `${listed.kode} ${quoted(listed.nama)}` },
          expected: `${listed.kode} ${listed.nama}`,
          found: kode,
        });
      } else if (res.status === "ada" && res.via === "kode-lama") {
        const now = row.official ?? res.rows[0]!;
        report({ at, messageId: "kode-lama", data: { kode, nama: quoted(now.nama), expected: res.kodeResmi }, expected: res.kodeResmi, found: kode });
      } else if (res.status === "ada" && row.name && row.official && !nameMatches(row)) {
        report({
          at: cellName(row.table.sheet, row.name.at.r, row.name.at.c),
          messageId: "nama-beda",
          data: { kode, found: quoted(row.name.text), expected: quoted(row.official.nama) },
          related: row.codeAt.r !== row.name.at.r || row.codeAt.c !== row.name.at.c ? [at] : [],
          expected: row.official.nama,
          found: row.name.text,
        });
      }
    }
  },
});
