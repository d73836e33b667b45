/**
 * What the pane needs from the workbook it works on. In Excel it is Office.js (excel-host.ts);
 * outside Excel it is the sample workbook (preview-host.ts). Components get it through props, so
 * they are tested without Excel.
 */
import type { CheckResult } from "../core/check";

export interface CheckOptions {
  readonly reportSheet: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /**
   * Reads the workbook, runs the check, highlights the findings (and writes the report sheet,
   * whose name it returns: "Hasil Pemeriksaan (2)" when the user has a sheet of the first name).
   */
  check(options: CheckOptions): Promise<CheckResult & { readonly reportSheet?: string | null }>;
  /** Removes the add-in's highlights and report sheet; returns a message for the user. */
  clear(): Promise<string>;
  /** Selects a cell (and activates its sheet). */
  select(sheet: string, cell: string): Promise<void>;
  /** Writes a formula into the selected cell; returns the cell's address. */
  insertFormula(formula: string): Promise<string>;
  /**
   * Writes the LKjIP chapter III tables into the add-in's "Tabel LKjIP" sheet (replacing its
   * previous one); returns a message for the user. Absent where there is no workbook to write to
   * (the preview).
   */
  writeLkjip?(): Promise<string>;
  /**
   * Removes the add-in's "Tabel LKjIP" sheet (found by its mark, its charts with it) and nothing
   * else; returns a message for the user, saying so when there is none. Absent in the preview.
   */
  removeLkjip?(): Promise<string>;
}
