/** The PermenPANRB 14/2017 processing block an SKM answer sheet often carries under its answers. */
import type { NumCell, TextCell } from "./types";

/**
 * Rows of the block, each read where it is written: per-unsur rows one cell per answer column
 * (null where blank), single values (their sum, IKM) wherever the row holds its number.
 */
export interface SkmProcessing {
  /** Σ nilai / Jumlah nilai per unsur. */
  readonly sums: readonly (NumCell | null)[] | null;
  /** NRR per unsur (Σ nilai / number of answers filled). */
  readonly nrr: readonly (NumCell | null)[] | null;
  /** NRR tertimbang per unsur (NRR × bobot). */
  readonly weighted: readonly (NumCell | null)[] | null;
  /** Nilai konversi per unsur (NRR × 25), when the template has such a row. */
  readonly konversi: readonly (NumCell | null)[] | null;
  /** Σ NRR tertimbang. */
  readonly weightedTotal: NumCell | null;
  /** IKM unit pelayanan (Σ NRR tertimbang × 25). */
  readonly ikm: NumCell | null;
  readonly mutu: TextCell | null;
  readonly kinerja: TextCell | null;
  /** First and last sheet row of the block. */
  readonly r0: number;
  readonly r1: number;
}
