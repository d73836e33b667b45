/**
 * Rule 5 for the Evaluasi Renja (Permendagri 86/2017): the realisasi kinerja of an indicator on a
 * quarter (columns 9–12, K) equals the realisasi of the same indicator and quarter in the PKPK of
 * the workbook, else in its PPS (a sheet per quarter is compared with that quarter's sheet). The
 * indicator is matched as every cross-document rule matches it (match.ts, by name and code).
 *
 * An error only when the comparison is certain: the same indicator by name, the same quarter, both
 * figures read as numbers from tables whose reading is sound, in the same unit. Otherwise a warning:
 * - the names match only nearly: both names are given, as indikator-mirip does;
 * - an indicator measured in rupiah, in two tables that write their figures in different units
 *   (one dalam ribuan rupiah): figures equal once both are in rupiah pass.
 * The Renja's quarters are each quarter's own realisasi (13 = 9 + 10 + 11 + 12); a PKPK or PPS that
 * writes the realisasi up to the quarter (cumulative) agrees when it equals the Renja's sum of the
 * quarters so far, and the reverse.
 */
import { normalizeIndicator } from "../match";
import { kindForSatuan } from "../tables/cells";
import type { NumCell, TableKind } from "../tables/types";
import { counterpart, defineRule, inPercent, label, preferNamed, quarterTables, quoted, sameNumber, shown, TW, where, type Entry } from "./context";

/** The documents a Renja's quarterly realisasi is held to, in order: the first that holds the indicator and quarter. */
const REFERENCES: readonly TableKind[] = ["pkpk", "pps"];

/** Both tables name their year and the years differ: a Renja of 2025 is not held to a PKPK of 2024. */
const otherYear = (a: Entry, b: Entry) => a.table.year != null && b.table.year != null && a.table.year !== b.table.year;

/** The sum of quarters 0..q of a row's realisasi, or null where one of them is blank. */
function upTo(e: Entry, q: number): number | null {
  let sum = 0;
  for (let i = 0; i <= q; i++) {
    const n = e.row.tw[i]!.realisasi;
    if (!n) return null;
    sum += n.value;
  }
  return sum;
}

const UNIT_WORDS: Record<number, string> = { 1: "rupiah", 1000: "ribuan rupiah", 1000000: "jutaan rupiah" };
const unitWords = (scale: number) => UNIT_WORDS[scale] ?? `satuan Rp ${shown(scale, 0)}`;

/**
 * Whether two figures agree: equal, or one the other's sum of the quarters so far (a cumulative
 * realisasi); for a percentage, also the one a fraction of the other (0,93 in a cell formatted as a
 * percentage is the 93 % the other document writes).
 */
function agree(renja: Entry, ref: Entry, q: number, found: NumCell, expected: NumCell, scale = (x: number, _side: "renja" | "ref") => x): boolean {
  const f = scale(found.value, "renja");
  const x = scale(expected.value, "ref");
  if (sameNumber(f, x)) return true;
  if ((inPercent(renja) || inPercent(ref)) && (sameNumber(f * 100, x) || sameNumber(f, x * 100))) return true;
  const renjaSum = upTo(renja, q);
  const refSum = upTo(ref, q);
  return (renjaSum !== null && sameNumber(scale(renjaSum, "renja"), x)) || (refSum !== null && sameNumber(f, scale(refSum, "ref")));
}

export const renjaRealisasiTriwulan = defineRule({
  meta: {
    id: "renja-realisasi-triwulan",
    title: "Realisasi triwulan Renja berbeda",
    description:
      "Realisasi kinerja per triwulan (kolom 9–12, K) pada Evaluasi Renja harus sama dengan realisasi triwulan indikator yang sama pada PKPK (atau PPS).",
    messages: {
      beda: {
        severity: "error",
        template:
          "Realisasi TW {tw} indikator {indikator} di {tabel} (sel {sel}) adalah {found}, sedangkan di {acuan} (sel {selAcuan}) {expected}. " +
          "Periksa data dukungnya, lalu samakan realisasi triwulan Evaluasi Renja dengan {acuan}, atau perbaiki {acuan} bila angka Renja yang benar.",
      },
      bedaMirip: {
        severity: "warning",
        template:
          "Realisasi TW {tw} indikator {indikator} di {tabel} (sel {sel}) adalah {found}, sedangkan indikator {acuanIndikator} di {acuan} (sel {selAcuan}), yang namanya hampir sama, {expected}. " +
          "Pastikan keduanya indikator yang sama; bila ya, samakan nama indikator dan realisasi triwulannya.",
      },
      bedaSatuan: {
        severity: "warning",
        template:
          "Realisasi TW {tw} indikator {indikator} (satuan rupiah) di {tabel} (sel {sel}) adalah {found} ({satuan}), sedangkan di {acuan} (sel {selAcuan}) {expected} ({satuanAcuan}). " +
          "Kedua dokumen menulis angka rupiah dalam satuan berbeda sehingga kesamaannya tidak dapat dipastikan: periksa satuan angka kedua tabel, lalu samakan realisasinya.",
      },
    },
  },
  check(ctx, report) {
    for (const entries of ctx.byKey.values()) {
      const renja = entries.filter((e) => e.table.kind === "renja");
      if (!renja.length) continue;
      for (const e of renja) {
        e.row.tw.forEach((q, quarter) => {
          const found = q.realisasi;
          if (!found) return;
          let ref: Entry | undefined;
          for (const kind of REFERENCES) {
            const pool = preferNamed(
              quarterTables(
                entries.filter((x) => x.table.kind === kind && !otherYear(e, x) && x.row.tw[quarter]!.realisasi),
                quarter + 1,
              ),
            );
            if (pool.length) {
              ref = counterpart(e, pool);
              break;
            }
          }
          const expected = ref?.row.tw[quarter]!.realisasi;
          if (!ref || !expected || agree(e, ref, quarter, found, expected)) return;
          const scaleOf = (x: Entry) => x.table.unitScale ?? 1;
          const rupiah = kindForSatuan(e.row.satuan?.text) === "rupiah" || kindForSatuan(ref.row.satuan?.text) === "rupiah";
          const otherUnit = rupiah && scaleOf(e) !== scaleOf(ref);
          // In rupiah on both sides, the figures agree: no finding.
          if (otherUnit && agree(e, ref, quarter, found, expected, (x, side) => x * scaleOf(side === "renja" ? e : ref))) return;
          const near = normalizeIndicator(e.row.indikator.text) !== normalizeIndicator(ref.row.indikator.text);
          const at = where(e.table, found);
          const refAt = where(ref.table, expected);
          const data = {
            tw: TW[quarter]!,
            indikator: quoted(e.row.indikator),
            tabel: label(e.table),
            sel: at.cell,
            found: shown(found),
            acuan: label(ref.table),
            selAcuan: refAt.cell,
            expected: shown(expected),
          };
          const common = { at, related: [refAt], expected: shown(expected), found: shown(found) };
          if (near) report({ ...common, messageId: "bedaMirip", data: { ...data, acuanIndikator: quoted(ref.row.indikator) } });
          else if (otherUnit)
            report({ ...common, messageId: "bedaSatuan", data: { ...data, satuan: unitWords(scaleOf(e)), satuanAcuan: unitWords(scaleOf(ref)) } });
          else report({ ...common, messageId: "beda", data });
        });
      }
    }
  },
});
