/** Every consistency rule, in the order their findings are listed. */
import { anggaran } from "./anggaran";
import { capaianTertulis } from "./capaian-tertulis";
import type { Rule } from "./context";
import { angkaTeks, indikatorGanda, indikatorMirip, selKosong, tidakTerbaca } from "./data-sel";
import { indikatorHilang } from "./indikator-hilang";
import { kategoriTertulis } from "./kategori-tertulis";
import { realisasiTriwulan } from "./realisasi-triwulan";
import { satuanSama } from "./satuan";
import { skm } from "./skm";
import { targetTahunan } from "./target-tahunan";
import { targetTriwulan } from "./target-triwulan";
import { triwulanKumulatif } from "./triwulan-kumulatif";

export const RULES: readonly Rule[] = [
  targetTahunan,
  targetTriwulan,
  satuanSama,
  indikatorHilang,
  realisasiTriwulan,
  capaianTertulis,
  kategoriTertulis,
  triwulanKumulatif,
  anggaran,
  skm,
  tidakTerbaca,
  selKosong,
  indikatorGanda,
  indikatorMirip,
  angkaTeks,
];
