/**
 * Rule 10: cells a reviewer must fix before any arithmetic counts: text where a number belongs
 * (or a cached #N/A), numbers stored as text, blank required cells, invalid SKM answers,
 * rows with numbers but no indicator, the same indicator twice in one table.
 */
import type { Finding } from "../findings";
import { a1 } from "../grid";
import { normalizeIndicator } from "../match";
import { isIndicatorTable, type NumCell, type Table } from "../tables/types";
import { finding, label, quoted, where, type CheckContext, type Rule } from "./context";
import { groupBy } from "../group";

const COLUMN_WORD: Record<string, string> = { satuan: "Satuan", target: "Target", realisasi: "Realisasi" };

export const tidakTerbaca: Rule = {
  id: "tidak-terbaca",
  title: "Sel tidak terbaca",
  description: "Sel yang seharusnya berisi angka berisi teks atau galat, atau jawaban SKM di luar 1–4.",
  severity: "error",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of ctx.tables) {
      for (const p of t.problems) {
        const at = { sheet: t.sheet, cell: a1(p.r, p.c) };
        if (p.message === "indikator-kosong") {
          out.push(finding(this, at, `Baris ${p.r + 1} di ${label(t)} berisi angka tetapi nama indikatornya kosong. Isi nama indikatornya.`, { severity: "warning", expected: "nama indikator", found: "kosong" }));
        } else if (p.message === "jawaban-tidak-sah") {
          out.push(finding(this, at, `Jawaban responden di ${label(t)} berisi ${quoted(p.found)}; jawaban SKM harus 1 sampai 4 atau kosong.`, { expected: "1–4", found: p.found }));
        } else {
          out.push(finding(this, at, `${p.message} (${label(t)})`, { expected: "angka", found: p.found }));
        }
      }
    }
    return out;
  },
};

/** Every number a table holds (loops, not flatMap: a kabupaten roll-up has hundreds of thousands). */
function numbersOf(t: Table): NumCell[] {
  const out: NumCell[] = [];
  const add = (...xs: (NumCell | null)[]) => {
    for (const x of xs) if (x !== null) out.push(x);
  };
  if (isIndicatorTable(t)) {
    for (const r of t.rows) {
      add(r.target, r.realisasi, r.capaian, r.targetAkhir, r.pagu, r.realisasiAnggaran);
      for (const q of r.tw) add(q.target, q.realisasi, q.capaian);
    }
  } else if (t.kind === "anggaran") {
    for (const r of t.rows) add(r.pagu, r.realisasi, r.persen);
  } else if (t.kind === "skm-unsur") {
    for (const r of t.rows) add(r.nrr, r.konversi);
    add(t.ikm, t.nrrTertimbang);
  }
  return out;
}

export const angkaTeks: Rule = {
  id: "angka-teks",
  title: "Angka tersimpan sebagai teks",
  description: "Angka yang tersimpan sebagai teks: terbaca, tetapi rumus Excel (SUM, rata-rata) melewatkannya.",
  severity: "info",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of ctx.tables) {
      // One finding per column, naming its first cell and how many there are, so a table typed as text is one line per column.
      const byCol = groupBy(numbersOf(t).filter((n) => n.fromText), (n) => n.c);
      for (const cells of byCol.values()) {
        const first = cells[0]!;
        const lastCell = cells[cells.length - 1]!;
        out.push(
          finding(this, where(t, first), `${cells.length} angka di kolom ${a1(first.r, first.c).replace(/\d+/, "")} ${label(t)} tersimpan sebagai teks (${a1(first.r, first.c)}${cells.length > 1 ? `–${a1(lastCell.r, lastCell.c)}` : ""}). Ubah menjadi angka (Data > Teks ke Kolom, atau kalikan dengan 1) agar rumus Excel menghitungnya.`, {
            expected: "angka",
            found: "teks",
          }),
        );
      }
    }
    return out;
  },
};

export const selKosong: Rule = {
  id: "sel-kosong",
  title: "Sel wajib kosong",
  description: "Sel wajib (satuan, target, realisasi) yang kosong pada baris indikator.",
  severity: "warning",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of ctx.indicatorTables) {
      for (const row of t.rows) {
        for (const b of row.blanks) {
          out.push(finding(this, { sheet: t.sheet, cell: a1(b.r, b.c) }, `${COLUMN_WORD[b.column] ?? b.column} indikator ${quoted(row.indikator)} di ${label(t)} kosong. Lengkapi isinya.`, { expected: COLUMN_WORD[b.column] ?? b.column, found: "kosong" }));
        }
      }
    }
    return out;
  },
};

export const indikatorGanda: Rule = {
  id: "indikator-ganda",
  title: "Indikator ganda",
  description: "Indikator yang sama tertulis dua kali untuk sasaran, program atau kegiatan yang sama dalam satu tabel.",
  severity: "warning",
  check(ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const t of ctx.indicatorTables) {
      const seen = new Map<string, { r: number; c: number }>();
      for (const row of t.rows) {
        const key = `${row.level}|${row.code ?? normalizeIndicator(row.context)}|${normalizeIndicator(row.indikator.text)}`;
        const prev = seen.get(key);
        if (prev) {
          out.push(finding(this, where(t, row.indikator), `Indikator ${quoted(row.indikator)} tertulis dua kali di ${label(t)} untuk ${quoted(row.context || "bagian yang sama")} (lihat juga ${a1(prev.r, prev.c)}). Hapus salah satunya atau bedakan namanya.`, { related: [where(t, prev)], expected: "satu baris", found: "dua baris" }));
        } else seen.set(key, row.indikator);
      }
    }
    return out;
  },
};

export const indikatorMirip: Rule = {
  id: "indikator-mirip",
  title: "Nama indikator berbeda tipis",
  description: "Indikator dicocokkan dengan penulisan yang hampir sama di dokumen lain; samakan penulisannya.",
  severity: "warning",
  check(ctx: CheckContext): Finding[] {
    return ctx.near.map(({ a, b }) =>
      finding(this, where(a.table, a.row.indikator), `Indikator ${quoted(a.row.indikator)} di ${label(a.table)} dianggap sama dengan ${quoted(b.row.indikator)} di ${label(b.table)}. Samakan penulisan namanya agar pencocokan pasti.`, {
        related: [where(b.table, b.row.indikator)],
        expected: b.row.indikator.text,
        found: a.row.indikator.text,
      }),
    );
  },
};
