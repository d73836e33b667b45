/** Every consistency rule, in the order their findings are listed. Each lives in src/core/rules/<id>.ts. */
import { anggaran } from "./anggaran";
import { anggaranPkpk } from "./anggaran-pkpk";
import { angkaTeks } from "./angka-teks";
import { capaian } from "./capaian";
import type { Rule } from "./context";
import { indikatorGanda } from "./indikator-ganda";
import { indikatorHilang } from "./indikator-hilang";
import { indikatorMirip } from "./indikator-mirip";
import { indikatorNomenklatur } from "./indikator-nomenklatur";
import { kategori } from "./kategori";
import { kodeNomenklatur } from "./kode-nomenklatur";
import { realisasiTriwulan } from "./realisasi-triwulan";
import { renjaRealisasiTriwulan } from "./renja-realisasi-triwulan";
import { renjaAnggaran } from "./renja-anggaran";
import { renjaRelasi } from "./renja-relasi";
import { renjaRenstra } from "./renja-renstra";
import { satuan } from "./satuan";
import { satuanNomenklatur } from "./satuan-nomenklatur";
import { selKosong } from "./sel-kosong";
import { skm } from "./skm";
import { targetTahunan } from "./target-tahunan";
import { targetTriwulan } from "./target-triwulan";
import { tidakTerbaca } from "./tidak-terbaca";
import { triwulanKumulatif } from "./triwulan-kumulatif";

export const RULES: readonly Rule[] = [
  targetTahunan,
  targetTriwulan,
  satuan,
  indikatorHilang,
  realisasiTriwulan,
  renjaRealisasiTriwulan,
  capaian,
  kategori,
  triwulanKumulatif,
  anggaran,
  anggaranPkpk,
  renjaRelasi,
  renjaAnggaran,
  renjaRenstra,
  skm,
  tidakTerbaca,
  selKosong,
  indikatorGanda,
  indikatorMirip,
  angkaTeks,
  // Against the official sub kegiatan list (Kepmendagri 050-5889/2021); silent when the caller did not load it.
  kodeNomenklatur,
  indikatorNomenklatur,
  satuanNomenklatur,
];
