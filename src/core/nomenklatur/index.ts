/**
 * The official nomenclature of sub kegiatan: load it once (`await loadNomenklatur()`), then look
 * codes up and compare what a file writes with what the list says. The list itself (data.json,
 * about 2 MB) is only ever loaded through the dynamic import below, so that in the add-in it is a
 * chunk of its own, fetched the first time a function needs it, and never part of the main bundle.
 *
 * For a rule: `lookup(code, { jenisPemda })` (after `loadNomenklatur()` has resolved), then
 * `compareSatuan(found, row.satuan)` and `compareIndikator(found, row.indikator)`.
 */
import type { CompactNomenklatur } from "./compact";
import { Nomenklatur, type LevelResult, type LookupOptions, type LookupResult } from "./lookup";

export { normalizeKode, penunjangForm } from "./code";
export { compareIndikator, type IndikatorComparison, type IndikatorVerdict } from "./indikator";
export {
  Nomenklatur,
  normalizeName,
  type JenisPemda,
  type LevelResult,
  type LookupOptions,
  type LookupResult,
  type NamedCode,
  type SubKegiatan,
} from "./lookup";
export { compareSatuan, satuanKey, type SatuanComparison, type SatuanVerdict } from "./satuan";
export { nomenklaturSummary, type NomenklaturSummary } from "./rows";

let loaded: Nomenklatur | undefined;
let loading: Promise<Nomenklatur> | undefined;

/** The compact list as the bundle has it: its own chunk, fetched on first use. */
const chunk = (): Promise<unknown> => import(/* webpackChunkName: "nomenklatur" */ "./data.json");

/**
 * The list, loaded and indexed on first call; later calls return the same instance. `read` gives
 * the compact data (data.json's content, or a module holding it as default); by default the
 * add-in's lazy chunk. The command line passes a file read, as Node's own loader (tsx running the
 * sources) does not import JSON without an import attribute.
 */
export function loadNomenklatur(read: () => Promise<unknown> = chunk): Promise<Nomenklatur> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= read()
    .then((m) => {
      loaded = new Nomenklatur(((m as { default?: unknown }).default ?? m) as CompactNomenklatur);
      return loaded;
    })
    .catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  return loading;
}

/** The list if already loaded, else undefined (for synchronous callers that loaded it before). */
export function loadedNomenklatur(): Nomenklatur | undefined {
  return loaded;
}

function required(): Nomenklatur {
  if (!loaded) throw new Error("Daftar nomenklatur belum dimuat: panggil loadNomenklatur() lebih dahulu.");
  return loaded;
}

/** A sub kegiatan by code; see Nomenklatur.lookup. The list must have been loaded. */
export function lookup(code: unknown, options?: LookupOptions): LookupResult {
  return required().lookup(code, options);
}

/** A bidang, program or kegiatan by code; see Nomenklatur.lookupLevel. The list must have been loaded. */
export function lookupLevel(code: unknown, options?: LookupOptions): LevelResult {
  return required().lookupLevel(code, options);
}
