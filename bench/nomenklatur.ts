/**
 * The nomenclature lookup: the first lookup (loading the list and building its index) and every
 * lookup after it (median over batches of codes of the list, written in the ways files write
 * them). Target: well under a millisecond per lookup after the first. `tsx bench/nomenklatur.ts`
 * runs it alone; bench/run.ts prints it with the other figures.
 */
import { loadNomenklatur } from "../src/core/nomenklatur";

export interface NomenklaturFigures {
  firstMs: number;
  medianUs: number;
  lookups: number;
}

export async function nomenklaturLookup(): Promise<NomenklaturFigures> {
  let t = performance.now();
  const n = await loadNomenklatur();
  n.lookup("7.01.01.2.01.0001");
  const firstMs = performance.now() - t;

  // Codes as files write them: as listed, unpadded, a kecamatan's penunjang form, a former code.
  const codes: string[] = [];
  for (const row of (await import("../src/core/nomenklatur/data.json")).sub) {
    const kode = row[1] as string;
    codes.push(
      kode.startsWith("X")
        ? kode.replace("X.XX", "7.01")
        : kode
            .split(".")
            .map((p) => String(Number(p)))
            .join("."),
    );
    if (row[8]) codes.push(row[8] as string);
  }
  const BATCH = 100;
  const perLookup: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i + BATCH <= codes.length; i += BATCH) {
      t = performance.now();
      for (let k = i; k < i + BATCH; k++) if (n.lookup(codes[k]).status === "bukan-kode") throw new Error(codes[k]);
      perLookup.push(((performance.now() - t) * 1000) / BATCH);
    }
  }
  perLookup.sort((a, b) => a - b);
  return { firstMs, medianUs: perLookup[Math.floor(perLookup.length / 2)]!, lookups: perLookup.length * BATCH };
}

export function nomenklaturLine(f: NomenklaturFigures): string {
  // "Well under a millisecond" taken as at most a tenth of one.
  const ok = f.medianUs <= 100 ? "ya (≤ 100 µs)" : `TIDAK: ${f.medianUs.toFixed(0)} µs > 100 µs`;
  return (
    `Nomenklatur: pencarian pertama (muat daftar + indeks) ${f.firstMs.toFixed(0)} ms; sesudahnya ${f.medianUs.toFixed(2)} µs per kode ` +
    `(median atas ${f.lookups.toLocaleString("id-ID")} pencarian; jauh di bawah 1 ms: ${ok})`
  );
}

if (require.main === module) {
  nomenklaturLookup().then((f) => console.log(nomenklaturLine(f)));
}
