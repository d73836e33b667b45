/**
 * The pane outside Excel: the sample workbook from contoh/ checked by the same engine. Its cells
 * are read at build time by the command line's reader (webpack.config.js writes them as
 * contoh-kecamatan.json), so the pane ships no spreadsheet library. Highlights and the report
 * sheet exist only in Excel; selecting a cell is shown in the pane instead.
 */
import { checkWorkbook } from "../core/check";
import type { Workbook } from "../core/grid";
import { loadNomenklatur } from "../core/nomenklatur";
import type { WorkbookHost } from "./host";

export const SAMPLE_FILE = "contoh-kecamatan.json";

async function loadSample(url: string): Promise<Workbook> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Contoh buku kerja tidak dapat diambil (${response.status}).`);
  return (await response.json()) as Workbook;
}

export function previewHost(onSelect: (sheet: string, cell: string) => void, load: () => Promise<Workbook> = () => loadSample(SAMPLE_FILE)): WorkbookHost {
  let workbook: Promise<Workbook> | null = null;
  return {
    kind: "preview",
    async check({ onProgress }) {
      workbook ??= load().catch((e: unknown) => {
        workbook = null;
        throw e;
      });
      const wb = await workbook;
      // The nomenklatur list (its own chunk) before the synchronous check; if it cannot be fetched the other rules still run.
      const nomenklatur = await loadNomenklatur().catch(() => undefined);
      onProgress?.(1, 1);
      return checkWorkbook(wb, { nomenklatur });
    },
    clear: async () =>
      "Pratinjau tidak menyorot sel; di Excel, tombol ini menghapus sorotan dan sheet hasil pemeriksaan buatan SAKIP Excel; sheet milik Anda tidak diubah.",
    select: async (sheet, cell) => onSelect(sheet, cell),
    insertFormula: async () => {
      throw new Error("Rumus hanya dapat disisipkan di Excel. Pasang add-in lalu pilih sel tujuan.");
    },
  };
}
