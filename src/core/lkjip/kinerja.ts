/**
 * Tables 1–3 of chapter III: the year's capaian per indicator with the average per sasaran; the
 * year against the years before it; the year against the Renstra's end target.
 */
import { kategori, type Polarity } from "../formulas";
import { a1, cellAt, textOf, type Workbook } from "../grid";
import { roundTo } from "../numbers";
import { CellReader, kindForSatuan } from "../tables/cells";
import { average, blank, capaianCell, computed, figure, placed, shownId, text, textFrom, type Placed } from "./cells";
import type { Indicator } from "./indicators";
import type { LkjipCell, LkjipColumn, LkjipRow, LkjipSource, LkjipTable } from "./types";
import { yearColumns } from "./years";

const LEVEL_WORD: Record<string, string> = { tujuan: "Tujuan", sasaran: "Sasaran", program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub kegiatan" };

const NO_REALISASI = "Tidak ada realisasi: isi kolom Realisasi di tabel Capaian IKU (atau realisasi di PPS/PKPK).";
const NO_TARGET = "Tidak ada target: isi kolom Target di tabel Perjanjian Kinerja (atau Capaian IKU).";

/** The year's figures of one indicator, computed once for tables 1–3. */
export interface Measured {
  readonly ind: Indicator;
  readonly capaian: LkjipCell;
  readonly capaianValue: number | null;
  /** The capaian's inputs: realisasi, target. */
  readonly capaianFrom: readonly LkjipSource[];
}

export function measure(ind: Indicator): Measured {
  const c = capaianCell(ind.realisasi, ind.target, ind.polarity, ind.statedCapaian);
  return { ind, capaian: c.cell, capaianValue: c.value, capaianFrom: c.cell.computed?.from ?? [] };
}

function kategoriCell(value: number | null, from: readonly LkjipSource[], stated?: { text: string; src: LkjipSource } | null): LkjipCell {
  if (value === null) return blank();
  // Classified as printed: the capaian rounded to two decimals.
  const k = kategori(roundTo(value, 2));
  const note =
    stated && stated.text.trim().toLowerCase() !== k.toLowerCase() ? `Tertulis "${stated.text}" di ${stated.src.sheet}!${stated.src.cell}.` : undefined;
  return computed(k, "kategori", from, note);
}

function rowNote(ind: Indicator): string | undefined {
  const missing = [!ind.target ? NO_TARGET : "", !ind.realisasi ? NO_REALISASI : ""].filter(Boolean);
  return missing.length ? missing.join(" ") : undefined;
}

function polarityNote(p: Polarity): string | undefined {
  if (p === "negatif")
    return "Polaritas negatif (makin rendah makin baik): capaian = (2×target−realisasi)/target×100, sebagaimana capaian yang tertulis di buku kerja.";
  if (p === "target/realisasi") return "Capaian = target/realisasi×100, sebagaimana capaian yang tertulis di buku kerja.";
  return undefined;
}

/** Table 1: target, realisasi, capaian and kategori per indicator, the average capaian per sasaran and over all. */
export function capaianTable(measured: readonly Measured[], year: number | null): LkjipTable {
  const y = year === null ? "" : ` ${year}`;
  const columns: LkjipColumn[] = [
    { key: "tingkat", label: "Tujuan/Sasaran", kind: "text" },
    { key: "indikator", label: "Indikator Kinerja", kind: "text" },
    { key: "satuan", label: "Satuan", kind: "text" },
    { key: "target", label: `Target${y}`, kind: "number" },
    { key: "realisasi", label: `Realisasi${y}`, kind: "number" },
    { key: "capaian", label: `Capaian${y} (%)`, kind: "percent" },
    { key: "kategori", label: "Kategori", kind: "text" },
  ];
  const rows: LkjipRow[] = [];
  const all: number[] = [];
  const allFrom: LkjipSource[] = [];
  let group: { label: string; values: number[]; from: LkjipSource[] } | null = null;
  const close = () => {
    if (!group) return;
    const avg = average(group.values);
    rows.push({
      kind: "rata-rata",
      cells: [
        text(group.label),
        text("Capaian rata-rata"),
        text(""),
        blank(),
        blank(),
        avg === null ? blank() : computed(avg, "rata-rata", group.from),
        kategoriCell(avg, []),
      ],
      ...(avg === null ? { note: "Tidak ada capaian yang dapat dihitung untuk kelompok ini." } : {}),
    });
    group = null;
  };
  for (const m of measured) {
    const { ind } = m;
    const label = ind.row.context ? `${LEVEL_WORD[ind.row.level ?? ""] ?? "Sasaran"}: ${ind.row.context}` : "";
    if (!group || group.label !== label) {
      close();
      group = { label, values: [], from: [] };
    }
    if (m.capaianValue !== null) {
      group.values.push(m.capaianValue);
      group.from.push(...m.capaianFrom.slice(0, 1));
      all.push(m.capaianValue);
      allFrom.push(...m.capaianFrom.slice(0, 1));
    }
    const statedKategori = ind.row.kategori
      ? { text: ind.row.kategori.text, src: { sheet: ind.table.sheet, cell: a1(ind.row.kategori.r, ind.row.kategori.c) } }
      : null;
    const note = [rowNote(ind), polarityNote(ind.polarity)].filter(Boolean).join(" ");
    rows.push({
      kind: "indikator",
      cells: [
        text(label),
        textFrom(ind.table, ind.row.indikator),
        textFrom(ind.table, ind.row.satuan),
        ind.target ? figure(ind.target) : blank(),
        ind.realisasi ? figure(ind.realisasi) : blank(),
        m.capaian,
        kategoriCell(m.capaianValue, m.capaianFrom, statedKategori),
      ],
      ...(note ? { note } : {}),
    });
  }
  close();
  const overall = average(all);
  if (measured.length > 1) {
    rows.push({
      kind: "rata-rata-seluruh",
      cells: [
        text("Seluruh indikator"),
        text("Capaian rata-rata"),
        text(""),
        blank(),
        blank(),
        overall === null ? blank() : computed(overall, "rata-rata", allFrom),
        kategoriCell(overall, []),
      ],
    });
  }
  if (measured.length === 0)
    rows.push({ kind: "kosong", cells: columns.map(() => blank()), note: "Tidak ada indikator: tambahkan tabel Perjanjian Kinerja atau Capaian IKU." });
  return {
    id: "capaian",
    title: `Capaian Kinerja${y ? ` Tahun${y}` : ""}`,
    columns,
    rows,
    notes: [
      "Capaian = realisasi/target×100 (indikator berpolaritas negatif: (2×target−realisasi)/target×100); kategori menurut skala Permendagri 86/2017 atas capaian yang dibulatkan dua desimal.",
      "Capaian tujuan/sasaran adalah rata-rata capaian indikatornya (PermenPANRB 53/2014).",
      "Indikator dan target dari Perjanjian Kinerja (Perubahan bila ada), atau dari Capaian IKU bila tidak ada PK; realisasi dari Capaian IKU, PKPK atau PPS.",
    ],
  };
}

/** Table 2: realisasi and capaian of the year against the years before it that the workbook holds. */
export function tahunTable(workbook: Workbook, measured: readonly Measured[], year: number | null): LkjipTable {
  // The earlier years each indicator has, from the Capaian IKU (and PK) tables that list it with year columns.
  interface Earlier {
    realisasi: Placed | null;
    target: Placed | null;
    missing?: string;
  }
  const byIndicator = measured.map((m) => {
    const years = new Map<number, Earlier>();
    const entries = m.ind.ctx.byKey.get(m.ind.entry.key) ?? [];
    for (const e of entries) {
      if (e.table.kind !== "capaian" && e.table.kind !== "pk") continue;
      const cols = yearColumns(workbook, e.table);
      if (year !== null && cols.year !== null && cols.year !== year) continue;
      const sheet = workbook.sheets.find((s) => s.name === e.table.sheet);
      if (!sheet) continue;
      const reader = new CellReader(sheet);
      const kind = kindForSatuan(e.row.satuan?.text);
      for (const [y, c] of cols.earlier) {
        const known = years.get(y) ?? { realisasi: null, target: null };
        known.realisasi ??= placed(e.table, reader.num(e.row.r, c.realisasi, kind));
        known.target ??= placed(e.table, reader.num(e.row.r, c.target, kind));
        if (!known.realisasi && c.realisasi !== undefined && known.missing === undefined) {
          const raw = textOf(cellAt(sheet, e.row.r, c.realisasi));
          known.missing = `${raw ? `Tertulis "${raw}"` : "Kosong"} di ${e.table.sheet}!${a1(e.row.r, c.realisasi)}.`;
        }
        years.set(y, known);
      }
    }
    return years;
  });
  const years = [...new Set(byIndicator.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const withTarget = new Set(years.filter((y) => byIndicator.some((m) => m.get(y)?.target)));
  const y = year === null ? "" : ` ${year}`;
  const columns: LkjipColumn[] = [
    { key: "indikator", label: "Indikator Kinerja", kind: "text" },
    { key: "satuan", label: "Satuan", kind: "text" },
  ];
  for (const yy of years) {
    if (withTarget.has(yy)) columns.push({ key: `target-${yy}`, label: `Target ${yy}`, kind: "number" });
    columns.push({ key: `realisasi-${yy}`, label: `Realisasi ${yy}`, kind: "number" });
    if (withTarget.has(yy)) columns.push({ key: `capaian-${yy}`, label: `Capaian ${yy} (%)`, kind: "percent" });
  }
  columns.push(
    { key: "target", label: `Target${y}`, kind: "number" },
    { key: "realisasi", label: `Realisasi${y}`, kind: "number" },
    { key: "capaian", label: `Capaian${y} (%)`, kind: "percent" },
    { key: "selisih", label: "Selisih realisasi dengan tahun sebelumnya", kind: "number" },
  );
  const rows: LkjipRow[] = measured.map((m, i) => {
    const earlier = byIndicator[i]!;
    const none = ![...earlier.values()].some((e) => e.realisasi);
    const cells: LkjipCell[] = [textFrom(m.ind.table, m.ind.row.indikator), textFrom(m.ind.table, m.ind.row.satuan)];
    for (const yy of years) {
      const e = earlier.get(yy);
      if (withTarget.has(yy)) cells.push(e?.target ? figure(e.target) : blank());
      // Why a year is blank is said per cell only where the indicator has other years; else the row says it.
      cells.push(e?.realisasi ? figure(e.realisasi) : blank(none ? undefined : (e?.missing ?? "Tidak ada di buku kerja.")));
      if (withTarget.has(yy)) cells.push(capaianCell(e?.realisasi ?? null, e?.target ?? null, m.ind.polarity).cell);
    }
    cells.push(m.ind.target ? figure(m.ind.target) : blank(), m.ind.realisasi ? figure(m.ind.realisasi) : blank(), m.capaian);
    const last = [...years]
      .reverse()
      .map((yy) => ({ yy, p: earlier.get(yy)?.realisasi }))
      .find((x) => x.p);
    if (last?.p && m.ind.realisasi) {
      const decimals = Math.max(m.ind.realisasi.n.decimals, last.p.n.decimals);
      cells.push(
        computed(roundTo(m.ind.realisasi.n.value - last.p.n.value, decimals), "selisih", [m.ind.realisasi.src, last.p.src], `Dibanding realisasi ${last.yy}.`),
      );
    } else cells.push(blank());
    const note = none
      ? `Tidak ada realisasi tahun sebelumnya: tambahkan kolom Realisasi ${year === null ? "tahun lalu" : year - 1} (dan tahun-tahun sebelumnya) di tabel Capaian IKU.`
      : undefined;
    return { kind: "indikator", cells, ...(note ? { note } : {}) };
  });
  if (measured.length === 0)
    rows.push({ kind: "kosong", cells: columns.map(() => blank()), note: "Tidak ada indikator: tambahkan tabel Perjanjian Kinerja atau Capaian IKU." });
  return {
    id: "perbandingan-tahun",
    title: `Perbandingan Realisasi dan Capaian${y ? ` Tahun${y}` : ""} dengan Tahun-Tahun Sebelumnya`,
    columns,
    rows,
    notes: [
      "Realisasi tahun-tahun sebelumnya dibaca dari kolom Realisasi <tahun> tabel Capaian IKU; capaiannya dihitung bila tabel juga memuat Target <tahun>.",
      "Selisih = realisasi tahun ini − realisasi tahun sebelumnya terakhir yang tersedia.",
    ],
  };
}

/** Table 3: the year's realisasi against the Renstra's end target, as a percentage of it. */
export function renstraTable(measured: readonly Measured[], year: number | null): LkjipTable {
  const y = year === null ? "" : ` ${year}`;
  const columns: LkjipColumn[] = [
    { key: "indikator", label: "Indikator Kinerja", kind: "text" },
    { key: "satuan", label: "Satuan", kind: "text" },
    { key: "targetAkhir", label: "Target Akhir Renstra", kind: "number" },
    { key: "realisasi", label: `Realisasi${y}`, kind: "number" },
    { key: "capaian", label: "Capaian terhadap Target Akhir (%)", kind: "percent" },
    { key: "keterangan", label: "Keterangan", kind: "text" },
  ];
  const rows: LkjipRow[] = measured.map((m) => {
    const { ind } = m;
    // The end target on the indicator's own row, or on the same indicator in another table (Capaian IKU first).
    const entries = [ind.entry, ...["capaian", "pk", "renaksi", "pps", "pkpk"].flatMap((k) => ind.ctx.entries(ind.entry.key, k as "capaian"))];
    const holder = entries.find((e) => e.row.targetAkhir);
    const akhir = holder ? placed(holder.table, holder.row.targetAkhir) : null;
    const c = capaianCell(ind.realisasi, akhir, ind.polarity);
    let keterangan = "";
    if (c.value !== null)
      keterangan = roundTo(c.value, 2) >= 100 ? "Target akhir Renstra sudah tercapai" : `Belum tercapai; kurang ${shownId(100 - c.value)} % dari target akhir`;
    const notes = [
      !akhir ? "Tidak ada Target Akhir Renstra: tambahkan kolom Target Akhir di tabel Capaian IKU." : "",
      !ind.realisasi ? NO_REALISASI : "",
    ].filter(Boolean);
    return {
      kind: "indikator",
      cells: [
        textFrom(ind.table, ind.row.indikator),
        textFrom(ind.table, ind.row.satuan),
        akhir ? figure(akhir) : blank(),
        ind.realisasi ? figure(ind.realisasi) : blank(),
        c.cell,
        c.value === null ? text("") : computed(keterangan, "capaian", c.cell.computed?.from ?? []),
      ],
      ...(notes.length ? { note: notes.join(" ") } : {}),
    };
  });
  if (measured.length === 0)
    rows.push({ kind: "kosong", cells: columns.map(() => blank()), note: "Tidak ada indikator: tambahkan tabel Perjanjian Kinerja atau Capaian IKU." });
  return {
    id: "target-renstra",
    title: `Realisasi${y ? ` Tahun${y}` : ""} terhadap Target Akhir Renstra`,
    columns,
    rows,
    notes: [
      "Capaian terhadap target akhir = realisasi tahun ini / target akhir periode Renstra × 100 (polaritas negatif: (2×target−realisasi)/target×100).",
      "Untuk indikator yang targetnya kumulatif selama periode Renstra, realisasi tahun ini perlu dijumlahkan dengan realisasi tahun-tahun sebelumnya.",
    ],
  };
}
