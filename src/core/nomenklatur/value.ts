/**
 * One value of the official list for a code, as a custom function gives it: the name (default),
 * indicator, satuan, kinerja, program, kegiatan, the code in force, or a note on the code.
 * Failures are `#N/A` with a sentence naming the code.
 */
import { fail, ok, type Result } from "../result";
import type { JenisPemda, Nomenklatur, SubKegiatan } from "./lookup";
import { nomenklaturMsg as m } from "./messages";

export type Kolom = "nama" | "indikator" | "satuan" | "kinerja" | "program" | "kegiatan" | "kode" | "keterangan";

const FIELD: Record<Exclude<Kolom, "keterangan">, (s: SubKegiatan) => string> = {
  nama: (s) => s.nama,
  indikator: (s) => s.indikator,
  satuan: (s) => s.satuan,
  kinerja: (s) => s.kinerja,
  program: (s) => s.program.nama,
  kegiatan: (s) => s.kegiatan.nama,
  kode: (s) => s.kode,
};

export function nomenklaturValue(n: Nomenklatur, code: unknown, kolom: Kolom, jenisPemda?: JenisPemda): Result<string> {
  const text = code === null || code === undefined ? "" : String(code);
  const options = jenisPemda ? { jenisPemda } : {};
  const res = n.lookup(code, options);
  if (res.status === "bukan-kode") {
    const level = n.lookupLevel(code, options);
    if (level.status === "bukan-kode") return fail("value", m.notACode(text));
    if (level.status === "tidak-ada") return fail("na", m.notFound(level.kode));
    if (kolom === "nama" || kolom === "kode" || kolom === "keterangan") {
      if (kolom === "kode") return ok(level.kodeResmi);
      if (kolom === "keterangan") return ok(level.kodeResmi === level.kode ? m.current(level.kode) : m.penunjang(level.kode, level.kodeResmi));
      const names = [...new Set(level.rows.map((r) => r.nama))];
      if (names.length > 1) return fail("na", m.ambiguous(level.kode, "nama", level.rows[0]!.nama, level.rows[1]!.nama));
      return ok(names[0]!);
    }
    return fail("na", m.subOnly(level.kode, kolom));
  }
  if (res.status === "tidak-ada") return fail("na", m.notFound(res.kode));
  if (res.status === "jenis-lain") return fail("na", m.otherJenis(res.kode, jenisPemda!));
  if (kolom === "keterangan") {
    if (res.via === "kode-lama") return ok(m.renumbered(res.kode, res.kodeResmi));
    if (res.via === "penunjang") return ok(m.penunjang(res.kode, res.kodeResmi));
    return ok(m.current(res.kode));
  }
  const values = res.rows.map(FIELD[kolom]);
  if (new Set(values).size > 1) return fail("na", m.ambiguous(res.kode, kolom, values[0]!, values[1]!));
  if (kolom === "satuan" && values[0] === "") return fail("na", m.noSatuan(res.kodeResmi));
  return ok(values[0]!);
}
