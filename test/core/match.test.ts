/**
 * Matching indicator names across documents (domain.md, "Consistency checks reviewers expect"):
 * case, spacing, punctuation and a bracketed abbreviation do not count; stop words, one word more
 * or a typo make a near match, which is reported; different indicators never match.
 */
import { isNearMatch, normalizeIndicator, resolveKeys } from "../../src/core/match";

const key = normalizeIndicator;

describe("exact keys", () => {
  test("case, spacing, punctuation and the abbreviation in brackets do not count", () => {
    expect(key("Indeks Kepuasan  Masyarakat (IKM)")).toBe(key("indeks kepuasan masyarakat"));
  });

  test("a stop word is part of the exact key: the two spellings are near, not equal", () => {
    expect(key("Persentase guru yang bersertifikat pendidik")).not.toBe(key("Persentase guru bersertifikat pendidik"));
  });
});

describe("near matches", () => {
  test.each([
    ["Persentase guru yang bersertifikat pendidik", "Persentase guru bersertifikat pendidik"],
    ["Jumlah penduduk miskin di kecamatan", "Jumlah penduduk miskin kecamatan"],
    ["Persentase sarana dan prasarana yang memadai", "Persentase sarana prasarana memadai"],
    ["Persentase Desa yang Tertib Administrasi Pemerintahan", "Persentase desa yang tertib administrasi"],
    ["Persentase desa yang tertib admnistrasi", "Persentase desa yang tertib administrasi"],
  ])("%s ~ %s", (a, b) => {
    expect(isNearMatch(key(a), key(b))).toBe(true);
    expect(isNearMatch(key(b), key(a))).toBe(true);
  });

  test.each([
    ["Angka Partisipasi Murni (APM) SD/MI", "Angka Partisipasi Murni (APM) SMP/MTs"],
    ["Persentase guru bersertifikat pendidik", "Persentase guru bersertifikat profesi"],
    ["Persentase jalan kabupaten dalam kondisi baik", "Persentase jalan kabupaten dalam kondisi rusak"],
    ["Persentase kelas A yang terakreditasi", "Persentase kelas B yang terakreditasi"],
    ["Jumlah desa mandiri 2024", "Jumlah desa mandiri di 2025"],
    // Only stop words in common, nothing else: no indicator.
    ["Nilai yang", "Nilai"],
  ])("%s is not %s", (a, b) => {
    expect(isNearMatch(key(a), key(b))).toBe(false);
  });
});

describe("resolveKeys", () => {
  test("a PPS spelling with one stop word more is matched to the PK's and listed as near", () => {
    const pk = [key("Persentase guru bersertifikat pendidik"), key("Rata-rata lama sekolah")];
    const pps = [key("Persentase guru yang bersertifikat pendidik"), key("Rata-rata lama sekolah")];
    const { canonical, near } = resolveKeys([pk, pps]);
    expect(canonical.get(pps[0]!)).toBe(canonical.get(pk[0]!));
    expect(near).toHaveLength(1);
    expect([near[0]!.key, near[0]!.to].sort()).toEqual([pk[0], pps[0]].sort());
  });

  test("the spelling of the table ranked first (the plan) is the reference, whatever the sheet order", () => {
    const pps = [key("Persentase desa tertib administrasi")];
    const pk = [key("Persentase desa yang tertib administrasi")];
    expect(resolveKeys([pps, pk], [2, 0]).near).toEqual([{ key: pps[0], to: pk[0] }]);
    expect(resolveKeys([pk, pps]).near).toEqual([{ key: pps[0], to: pk[0] }]);
  });

  test("both spellings in one table are two indicators", () => {
    const a = key("Persentase guru bersertifikat pendidik");
    const b = key("Persentase guru yang bersertifikat pendidik");
    const { canonical, near } = resolveKeys([[a, b], [a]]);
    expect(canonical.get(b)).toBe(b);
    expect(near).toEqual([]);
  });
});

test("a typo is in a word: a different year or class letter is no typo", () => {
  expect(isNearMatch(key("Jumlah desa mandiri tahun 2024"), key("Jumlah desa mandiri tahun 2025"))).toBe(false);
  expect(isNearMatch(key("Jumlah desa mandiri tahun 2024"), key("Jumlah desa mandri tahun 2024"))).toBe(true);
});

describe("as staff write names in the cell", () => {
  test.each([["1. Nilai SAKIP Dinas"], ["1.2 Nilai SAKIP Dinas"], ["a) Nilai SAKIP Dinas"], ["2) Nilai SAKIP Dinas"]])(
    "the number before the name does not count: %s",
    (name) => {
      expect(key(name)).toBe(key("Nilai SAKIP Dinas"));
    },
  );

  test("a number that is part of the name stays: 10 besar penyakit", () => {
    expect(key("10 besar penyakit yang ditangani")).toBe("10 besar penyakit yang ditangani");
  });

  test("an abbreviation for the whole name is a near match, found by its initials, and reported", () => {
    expect(isNearMatch(key("IKM"), key("Indeks Kepuasan Masyarakat (IKM)"))).toBe(true);
    expect(isNearMatch(key("IPM"), key("Indeks Kepuasan Masyarakat"))).toBe(false);
    const { canonical, near } = resolveKeys([[key("Indeks Kepuasan Masyarakat (IKM)")], [key("IKM")]]);
    expect(canonical.get("ikm")).toBe("indeks kepuasan masyarakat");
    expect(near).toEqual([{ key: "ikm", to: "indeks kepuasan masyarakat" }]);
  });
});
