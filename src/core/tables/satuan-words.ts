/** Units as staff write them in a satuan column or after a number in a cell ("12 Dokumen", "3 Dok."). */
import type { NumberKind } from "../numbers";

const COUNT_WORDS =
  /orang|jiwa|dokumen|unit|buah|kegiatan|laporan|desa|kelurahan|paket|kali|bulan|hari|kk|rumah|lembaga|sekolah|jenis|berkas|naskah|surat|perda|perbup|ha|meter|km|titik|lokasi|ruas|usaha|kelompok|pelaku|peserta|siswa|pasien|kasus|pengaduan/;

/** Number kind of an indicator's values from its satuan: decides how "1.288" is read. */
export function kindForSatuan(satuan: string | undefined): NumberKind {
  const s = (satuan ?? "").toLowerCase().trim();
  if (s === "") return "value";
  if (/%|persen/.test(s)) return "percent";
  if (/indeks|index|nilai|angka|poin|skor|predikat|level|tingkat/.test(s)) return "index";
  if (/rp|rupiah/.test(s)) return "rupiah";
  if (COUNT_WORDS.test(s)) return "count";
  return "value";
}

/**
 * The first word of a unit written after a number: the count words above, percentages and indexes,
 * and the abbreviations staff use ("Dok", "Lap", "Keg", "Org", "Bln").
 */
const UNIT_START =
  /^(orang|org|jiwa|dokumen|dok|unit|buah|bh|kegiatan|keg|laporan|lap|desa|kelurahan|paket|pkt|kali|bulan|bln|hari|kk|rumah|lembaga|sekolah|jenis|berkas|naskah|surat|perda|perbup|ha|hektar|meter|km|titik|lokasi|ruas|usaha|kelompok|pelaku|peserta|siswa|pasien|kasus|pengaduan|aduan|persen|indeks|nilai|poin|skor|level|tahun|thn|aplikasi|apl|sistem|inovasi|sertifikat|izin|produk|layanan|perangkat daerah|opd|pd)\b/;

/**
 * A number followed by its unit in one cell ("12 Dokumen", "3 Dok.", "85 Orang/bulan", "3,2 Indeks"):
 * the number's text and the unit, or null when the words after the number are no unit of at most
 * three words ("2 dari 5", "1. Penyusunan Dokumen", a list number before a name).
 */
export function splitUnitSuffix(text: string): { number: string; unit: string } | null {
  const m = /^\s*([-+]?\d[\d.,]*?)\s+([A-Za-z][A-Za-z./ ]{0,24})$/.exec(text);
  if (!m || /\.$/.test(m[1]!)) return null;
  const unit = m[2]!.trim();
  if (unit.split(/\s+/).length > 3 || !UNIT_START.test(unit.toLowerCase())) return null;
  return { number: m[1]!, unit };
}
