/**
 * Rule 10a: cells a reviewer must fix before any arithmetic counts: text where a number belongs
 * (or a cached #N/A), invalid SKM answers, rows with numbers but no indicator.
 */
import { a1 } from "../grid";
import { defineRule, label, quoted } from "./context";

export const tidakTerbaca = defineRule({
  meta: {
    id: "tidak-terbaca",
    title: "Sel tidak terbaca",
    description: "Sel yang seharusnya berisi angka berisi teks atau galat, atau jawaban SKM di luar 1–4.",
    messages: {
      bukanAngka: { severity: "error", template: "Di {tabel}: {pesan}" },
      indikatorKosong: { severity: "warning", template: "Baris {baris} di {tabel} berisi angka tetapi nama indikatornya kosong. Isi nama indikatornya." },
      jawabanTidakSah: {
        severity: "error",
        template:
          "Jawaban responden di {tabel} berisi {found}, padahal jawaban SKM hanya 1 sampai 4. Ubah sesuai lembar kuesionernya, atau kosongkan bila tidak dijawab.",
      },
    },
  },
  check(ctx, report) {
    for (const t of ctx.tables) {
      for (const p of t.problems) {
        const at = { sheet: t.sheet, cell: a1(p.r, p.c) };
        if (p.message === "indikator-kosong") {
          report({ at, messageId: "indikatorKosong", data: { baris: p.r + 1, tabel: label(t) }, expected: "nama indikator", found: "kosong" });
        } else if (p.message === "jawaban-tidak-sah") {
          report({ at, messageId: "jawabanTidakSah", data: { tabel: label(t), found: quoted(p.found) }, expected: "1–4", found: p.found });
        } else {
          // The reader's own sentence (msg.cellNotNumber / msg.cellError) says what to write instead;
          // it follows "Di <tabel>:", so it starts in lower case.
          const pesan = p.message.charAt(0).toLowerCase() + p.message.slice(1);
          report({ at, messageId: "bukanAngka", data: { pesan, tabel: label(t) }, expected: "angka", found: p.found });
        }
      }
    }
  },
});
