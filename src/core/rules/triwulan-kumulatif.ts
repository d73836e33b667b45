/**
 * Rule 7: quarterly targets fit the yearly target by the indicator's accumulation. Declared
 * "kumulatif": TW IV equals the yearly target and quarters do not decrease. Where no column
 * declares it, the quarters must fit at least one method (running total or last value: TW IV =
 * yearly; quarterly amounts: sum = yearly; average = yearly), and the finding says none does.
 * Checked where targets are set (Renaksi, PK); PPS and PKPK quarter targets are held to the
 * Renaksi by target-triwulan.
 */
import { declaredAccumulation as declared } from "../tables/sifat";
import { defineRule, label, quoted, sameNumber, shown, where } from "./context";

export const triwulanKumulatif = defineRule({
  meta: {
    id: "triwulan-kumulatif",
    title: "Akumulasi triwulan",
    description: "Target triwulan harus sesuai target tahunan menurut sifat akumulasinya (kumulatif: TW IV = target tahunan dan tidak menurun).",
    messages: {
      tw4BukanTahunan: {
        severity: "error",
        template:
          "Indikator kumulatif {indikator} di {tabel}: target TW IV ({found}) harus sama dengan target tahunan ({expected}). Ubah target TW IV menjadi {expected}, atau perbaiki target tahunannya.",
      },
      menurun: {
        severity: "error",
        template:
          "Indikator kumulatif {indikator} di {tabel}: target triwulan menurun ({sebelum} lalu {found}). Target kumulatif tidak boleh turun dari triwulan ke triwulan; naikkan target triwulan ini sekurang-kurangnya menjadi {sebelum}.",
      },
      sifatTidakCocok: {
        severity: "error",
        template:
          'Indikator {indikator} di {tabel} bersifat "{sifat}", tetapi target triwulannya tidak menghasilkan target tahunan {expected}. Sesuaikan target triwulannya dengan sifat itu, atau perbaiki sifat indikatornya.',
      },
      tidakCocok: {
        severity: "warning",
        template:
          "Target triwulan indikator {indikator} di {tabel} tidak sesuai target tahunan {expected} menurut cara akumulasi mana pun (TW IV, jumlah, atau rata-rata triwulan). " +
          "Periksa target triwulannya dan tetapkan sifat akumulasi indikator.",
      },
    },
  },
  check(ctx, report) {
    for (const table of ctx.tablesOf("renaksi", "pk")) {
      for (const row of table.rows) {
        const qs = row.tw.map((q) => q.target);
        if (!row.target || qs.some((q) => q === null)) continue;
        const [q1, q2, q3, q4] = qs.map((q) => q!.value) as [number, number, number, number];
        const yearly = row.target.value;
        const method = declared(row.sifat?.text);
        const tw4 = qs[3]!;
        const related = [where(table, row.target)];
        const data = { indikator: quoted(row.indikator), tabel: label(table), expected: shown(row.target), found: shown(tw4) };
        const common = { at: where(table, tw4), related, expected: shown(row.target), found: shown(tw4) };
        if (method === "kumulatif") {
          if (!sameNumber(q4, yearly)) report({ ...common, messageId: "tw4BukanTahunan", data });
          const drop = [q1, q2, q3, q4].findIndex((v, i, a) => i > 0 && v < (a[i - 1] as number));
          if (drop > 0) {
            const at = qs[drop]!;
            const before = qs[drop - 1]!;
            report({
              at: where(table, at),
              messageId: "menurun",
              data: { ...data, sebelum: shown(before), found: shown(at) },
              related: [where(table, before)],
              expected: `≥ ${shown(before)}`,
              found: shown(at),
            });
          }
          continue;
        }
        if (method === "akhir" || method === "rata-rata") {
          const ok = method === "akhir" ? sameNumber(q4, yearly) : Math.abs((q1 + q2 + q3 + q4) / 4 - yearly) <= 0.5 * 10 ** -row.target.decimals;
          if (!ok) report({ ...common, messageId: "sifatTidakCocok", data: { ...data, sifat: method } });
          continue;
        }
        const fits =
          sameNumber(q4, yearly) || sameNumber(q1 + q2 + q3 + q4, yearly) || Math.abs((q1 + q2 + q3 + q4) / 4 - yearly) <= 0.5 * 10 ** -row.target.decimals;
        if (!fits) report({ ...common, messageId: "tidakCocok", data });
      }
    }
  },
});
