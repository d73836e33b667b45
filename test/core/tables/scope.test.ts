import { checkWorkbook } from "../../../src/core/check";
import { indicatorSummary } from "../../../src/core/summary";
import { scopeOf } from "../../../src/core/tables/scope";
import { sheetFromTsv, typed } from "../../support/tsv";

test("a sheet's scope is its name without document, year and quarter words", () => {
  expect(["PK 2025", "PKPK TW III", "PPS Triwulan II", "Capaian IKU", "Lembar1", "Sheet2", "Renaksi", "Realisasi Anggaran"].map(scopeOf)).toEqual([
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ]);
  expect(["PK Dinkes", "Renaksi Dinkes 2025", "PPS - Dinkes TW1", "PK Perubahan Kec. Sukamaju"].map(scopeOf)).toEqual([
    "dinkes",
    "dinkes",
    "dinkes",
    "kec sukamaju",
  ]);
});

const pk = (pd: string, target: number) =>
  typed(
    sheetFromTsv(`PK ${pd}`, `Sasaran\tIndikator Kinerja\tSatuan\tTarget\nMeningkatnya akuntabilitas kinerja\tNilai SAKIP Perangkat Daerah\tNilai\t${target}`),
  );
const renaksi = (pd: string, target: number) =>
  typed(
    sheetFromTsv(
      `Renaksi ${pd}`,
      `Indikator Kinerja\tSatuan\tTarget\tTW I\tTW II\tTW III\tTW IV\nNilai SAKIP Perangkat Daerah\tNilai\t${target}\t${target}\t${target}\t${target}\t${target}`,
    ),
  );

test("a roll-up compares each perangkat daerah's documents with each other only", () => {
  // Two perangkat daerah share the indicator name with different targets: not a finding.
  const ok = checkWorkbook({ sheets: [pk("Dinkes", 70), renaksi("Dinkes", 70), pk("Dinsos", 75), renaksi("Dinsos", 75)] });
  expect(ok.findings.filter((f) => f.rule === "target-tahunan" || f.rule === "indikator-ganda")).toEqual([]);
  // Within one perangkat daerah a difference still is.
  const bad = checkWorkbook({ sheets: [pk("Dinkes", 70), renaksi("Dinkes", 70), pk("Dinsos", 75), renaksi("Dinsos", 72)] });
  const t = bad.findings.filter((f) => f.rule === "target-tahunan");
  expect(t).toHaveLength(1);
  expect(t[0]!.sheet).toBe("Renaksi Dinsos");
  expect(t[0]!.related.map((r) => r.sheet)).toEqual(["PK Dinsos"]);
  expect(indicatorSummary(bad).map((s) => [s.sheet, s.target])).toEqual([
    ["PK Dinkes", 70],
    ["PK Dinsos", 75],
  ]);
});

test("one perangkat daerah's workbook with named sheets is still compared as a whole", () => {
  const r = checkWorkbook({ sheets: [pk("Dinkes", 70), renaksi("Bidang Program", 72)] });
  expect(r.findings.filter((f) => f.rule === "target-tahunan")).toHaveLength(1);
});

test("a single perangkat daerah's Capaian IKU beside a multi-year Capaian IKU stays one document set", () => {
  const cap = (name: string, target: number) =>
    typed(
      sheetFromTsv(
        name,
        `Indikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)\nNilai SAKIP Perangkat Daerah\tNilai\t${target}\t60\t${Math.round((6000 / target) * 100) / 100}`,
      ),
    );
  const r = checkWorkbook({ sheets: [pk("Dinkes", 70), renaksi("Dinkes", 70), cap("Capaian IKU Dinkes", 70), cap("Capaian IKU Dinkes Multiyear", 72)] });
  expect(r.findings.filter((f) => f.rule === "target-tahunan").map((f) => f.sheet)).toEqual(["Capaian IKU Dinkes Multiyear"]);
});
