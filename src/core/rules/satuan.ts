/** Rule 3: the same indicator has the same satuan everywhere. */
import { counterpart, defineRule, label, preferNamed, quoted, where } from "./context";

export function normalizeSatuan(s: string): string {
  const t = s
    .toLowerCase()
    .replace(/[.\s]+/g, " ")
    .trim();
  if (t === "%" || t === "persen" || t === "persentase" || t === "prosentase") return "%";
  return t;
}

const ORDER = ["pk", "renaksi", "pps", "pkpk", "renja", "capaian"];

export const satuan = defineRule({
  meta: {
    id: "satuan",
    title: "Satuan berbeda",
    description: "Satuan indikator yang sama harus sama di semua dokumen.",
    messages: {
      berbeda: {
        severity: "warning",
        template:
          "Satuan indikator {indikator} di {tabel} adalah {found}, sedangkan di {acuan} {expected}. Seragamkan satuannya sesuai nomenklatur Kepmendagri 900.1.15.5-1317/2023.",
      },
    },
  },
  check(ctx, report) {
    for (const entries of ctx.byKey.values()) {
      const withUnit = entries.filter((e) => e.row.satuan).sort((a, b) => ORDER.indexOf(a.table.kind) - ORDER.indexOf(b.table.kind));
      if (withUnit.length < 2) continue;
      const refKind = withUnit[0]!.table.kind;
      const base = preferNamed(withUnit.filter((e) => e.table.kind === refKind));
      for (const e of withUnit) {
        if (e.table.kind === refKind) continue;
        const ref = counterpart(e, base)!;
        if (normalizeSatuan(ref.row.satuan!.text) === normalizeSatuan(e.row.satuan!.text)) continue;
        report({
          at: where(e.table, e.row.satuan!),
          messageId: "berbeda",
          data: {
            indikator: quoted(e.row.indikator),
            tabel: label(e.table),
            found: quoted(e.row.satuan!),
            acuan: label(ref.table),
            expected: quoted(ref.row.satuan!),
          },
          related: [where(ref.table, ref.row.satuan!)],
          expected: ref.row.satuan!.text,
          found: e.row.satuan!.text,
        });
      }
    }
  },
});
