/**
 * Rule 7: quarterly targets fit the yearly target by the indicator's accumulation. Declared
 * "kumulatif": TW IV equals the yearly target and quarters do not decrease. Where no column
 * declares it, the quarters must fit at least one method (running total or last value: TW IV =
 * yearly; quarterly amounts: sum = yearly; average = yearly), and the finding says none does.
 * Checked where targets are set (Renaksi, PK); PPS and PKPK quarter targets are held to the
 * Renaksi by target-triwulan.
 */
import type { Finding } from "../findings";
import { normalizeLabel } from "../tables/header";
import { finding, label, quoted, sameNumber, shown, where, type CheckContext, type Rule } from "./context";

function declared(text: string | undefined): "kumulatif" | "akhir" | "rata-rata" | "non" | null {
  if (!text) return null;
  const t = normalizeLabel(text);
  if (/non|tidak kumulatif|bukan/.test(t)) return "non";
  if (/kumulatif|akumulatif/.test(t)) return "kumulatif";
  if (/akhir|terakhir/.test(t)) return "akhir";
  if (/rata/.test(t)) return "rata-rata";
  return null;
}

export const triwulanKumulatif: Rule = {
  id: "triwulan-kumulatif",
  title: "Akumulasi triwulan",
  description: "Target triwulan harus sesuai target tahunan menurut sifat akumulasinya (kumulatif: TW IV = target tahunan dan tidak menurun).",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const table of ctx.tablesOf("renaksi", "pk")) {
      for (const row of table.rows) {
        const qs = row.tw.map((q) => q.target);
        if (!row.target || qs.some((q) => q === null)) continue;
        const [q1, q2, q3, q4] = qs.map((q) => q!.value) as [number, number, number, number];
        const yearly = row.target.value;
        const method = declared(row.sifat?.text);
        const tw4 = qs[3]!;
        const related = [where(table, row.target)];
        if (method === "kumulatif") {
          if (!sameNumber(q4, yearly)) {
            out.push(finding(this, where(table, tw4), `Indikator kumulatif ${quoted(row.indikator)} di ${label(table)}: target TW IV (${shown(tw4)}) harus sama dengan target tahunan (${shown(row.target)}).`, { related, expected: shown(row.target), found: shown(tw4) }));
          }
          const drop = [q1, q2, q3, q4].findIndex((v, i, a) => i > 0 && v < (a[i - 1] as number));
          if (drop > 0) {
            const at = qs[drop]!;
            out.push(finding(this, where(table, at), `Indikator kumulatif ${quoted(row.indikator)} di ${label(table)}: target triwulan menurun (${shown(qs[drop - 1]!)} lalu ${shown(at)}). Target kumulatif tidak boleh turun dari triwulan ke triwulan.`, { related: [where(table, qs[drop - 1]!)], expected: `≥ ${shown(qs[drop - 1]!)}`, found: shown(at) }));
          }
          continue;
        }
        if (method === "akhir" || method === "rata-rata") {
          const ok = method === "akhir" ? sameNumber(q4, yearly) : Math.abs((q1 + q2 + q3 + q4) / 4 - yearly) <= 0.5 * 10 ** -row.target.decimals;
          if (!ok) out.push(finding(this, where(table, tw4), `Indikator ${quoted(row.indikator)} di ${label(table)} bersifat "${method}", tetapi target triwulannya tidak menghasilkan target tahunan ${shown(row.target)}.`, { related, expected: shown(row.target), found: shown(tw4) }));
          continue;
        }
        const fits =
          sameNumber(q4, yearly) ||
          sameNumber(q1 + q2 + q3 + q4, yearly) ||
          Math.abs((q1 + q2 + q3 + q4) / 4 - yearly) <= 0.5 * 10 ** -row.target.decimals;
        if (!fits) {
          out.push(
            finding(this, where(table, tw4), `Target triwulan indikator ${quoted(row.indikator)} di ${label(table)} tidak sesuai target tahunan ${shown(row.target)} menurut cara akumulasi mana pun (TW IV, jumlah, atau rata-rata triwulan). Periksa target triwulannya dan tetapkan sifat akumulasi indikator.`, { related, expected: shown(row.target), found: shown(tw4), severity: "warning" }),
          );
        }
      }
    }
    return out;
  },
};
