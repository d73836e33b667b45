/** Rule 3: the same indicator has the same satuan everywhere. */
import type { Finding } from "../findings";
import { counterpart, finding, label, quoted, where, type CheckContext, type Rule } from "./context";

export function normalizeSatuan(s: string): string {
  const t = s.toLowerCase().replace(/[.\s]+/g, " ").trim();
  if (t === "%" || t === "persen" || t === "persentase" || t === "prosentase") return "%";
  return t;
}

export const satuanSama: Rule = {
  id: "satuan",
  title: "Satuan berbeda",
  description: "Satuan indikator yang sama harus sama di semua dokumen.",
  severity: "warning",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    const order = ["pk", "renaksi", "pps", "pkpk", "capaian"];
    for (const entries of ctx.byKey.values()) {
      const withUnit = entries.filter((e) => e.row.satuan).sort((a, b) => order.indexOf(a.table.kind) - order.indexOf(b.table.kind));
      if (withUnit.length < 2) continue;
      const refKind = withUnit[0]!.table.kind;
      const base = withUnit.filter((e) => e.table.kind === refKind);
      for (const e of withUnit) {
        if (e.table.kind === refKind) continue;
        const ref = counterpart(e, base)!;
        if (normalizeSatuan(ref.row.satuan!.text) === normalizeSatuan(e.row.satuan!.text)) continue;
        out.push(
          finding(
            this,
            where(e.table, e.row.satuan!),
            `Satuan indikator ${quoted(e.row.indikator)} di ${label(e.table)} adalah ${quoted(e.row.satuan!)}, sedangkan di ` +
              `${label(ref.table)} ${quoted(ref.row.satuan!)}. Seragamkan satuannya sesuai nomenklatur Kepmendagri 900.1.15.5-1317/2023.`,
            { related: [where(ref.table, ref.row.satuan!)], expected: ref.row.satuan!.text, found: e.row.satuan!.text },
          ),
        );
      }
    }
    return out;
  },
};
