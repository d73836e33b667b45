/**
 * "Ringkasan": the PK's indicators with capaian and kategori, and serapan per program. A pane is
 * narrow, so each row's name has a line of its own above its numbers: a long program name never
 * runs over the rupiah figures, and the number columns share the width sized to their content.
 */
import {
  Body1,
  Button,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { CheckResult } from "../core/check";
import { formatId } from "../core/messages";
import { loadedNomenklatur } from "../core/nomenklatur";
import { indicatorSummary, nomenklaturSummary, programSummary, type NomenklaturSummary } from "../core/summary";
import type { ActiveItem } from "./App";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { tableLayout: "fixed", width: "100%" },
  num: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  numHead: { "& > div, & > button": { justifyContent: "flex-end", textAlign: "right" }, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  text: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  nameRow: { borderBottomStyle: "none", ":hover": { backgroundColor: "transparent" } },
  name: { paddingTop: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXS, overflowWrap: "anywhere", whiteSpace: "normal", height: "auto" },
  nameLink: { textAlign: "left" },
  active: { backgroundColor: tokens.colorBrandBackground2, ":hover": { backgroundColor: tokens.colorBrandBackground2 } },
  selected: { display: "block", fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
});

const num = (v: number | null, d = 2) => (v === null ? "–" : formatId(v, d));

export interface RingkasanPanelProps {
  result: CheckResult | null;
  onRun: () => void;
  onSelect: (key: string, sheet: string, cell: string) => void;
  active: ActiveItem | null;
}

interface Column {
  readonly header: string;
  /** Share of the table's width. */
  readonly width: string;
  readonly numeric: boolean;
}

const INDICATOR_COLUMNS: readonly Column[] = [
  { header: "Target", width: "21%", numeric: true },
  { header: "Realisasi", width: "23%", numeric: true },
  { header: "Capaian (%)", width: "25%", numeric: true },
  { header: "Kategori", width: "31%", numeric: false },
];

const PROGRAM_COLUMNS: readonly Column[] = [
  { header: "Pagu (Rp)", width: "38%", numeric: true },
  { header: "Realisasi (Rp)", width: "38%", numeric: true },
  { header: "Serapan (%)", width: "24%", numeric: true },
];

export function RingkasanPanel({ result, onRun, onSelect, active }: RingkasanPanelProps): React.JSX.Element {
  const styles = useStyles();
  const indicators = React.useMemo(() => (result ? indicatorSummary(result) : []), [result]);
  const programs = React.useMemo(() => (result ? programSummary(result) : []), [result]);
  const nomenklatur = React.useMemo(() => (result ? nomenklaturSummary(result) : null), [result]);
  if (!result) {
    return (
      <div className={styles.root}>
        <Body1>Ringkasan disusun dari hasil pemeriksaan terakhir.</Body1>
        <div>
          <Button appearance="primary" onClick={onRun}>
            Periksa sekarang
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Indikator Perjanjian Kinerja</Subtitle2>
      {indicators.length === 0 ? (
        <Body1>Tidak ditemukan tabel Perjanjian Kinerja atau Capaian IKU.</Body1>
      ) : (
        <SummaryTable
          label="Indikator Perjanjian Kinerja"
          columns={INDICATOR_COLUMNS}
          rows={indicators.map((i, k) => ({
            key: `ringkasan:indikator:${i.sheet}!${i.cell}:${k}`,
            name: i.indikator,
            note: i.satuan ? ` (${i.satuan})` : "",
            sheet: i.sheet,
            cell: i.cell,
            values: [num(i.target, 3), num(i.realisasi, 3), num(i.capaian), i.kategori ?? "–"],
          }))}
          onSelect={onSelect}
          active={active}
        />
      )}
      <Subtitle2 as="h2">Serapan anggaran per program</Subtitle2>
      {programs.length === 0 ? (
        <Body1>Tidak ditemukan tabel realisasi anggaran.</Body1>
      ) : (
        <SummaryTable
          label="Serapan anggaran per program"
          columns={PROGRAM_COLUMNS}
          rows={programs.map((p, k) => ({
            key: `ringkasan:program:${p.sheet}!${p.cell}:${k}`,
            name: p.program,
            note: "",
            sheet: p.sheet,
            cell: p.cell,
            values: [num(p.pagu, 0), num(p.realisasi, 0), num(p.serapan)],
          }))}
          onSelect={onSelect}
          active={active}
        />
      )}
      <Subtitle2 as="h2">Nomenklatur sub kegiatan</Subtitle2>
      <Body1>{nomenklaturLine(nomenklatur)}</Body1>
      {nomenklatur !== null && <Caption1>Nomenklatur: {loadedNomenklatur()?.sumber ?? "Kepmendagri 050-5889/2021 s.t.d.t.d. 900.1.15.5-1317/2023"}</Caption1>}
    </div>
  );
}

/** How many sub kegiatan rows match the official list, in one sentence. */
export function nomenklaturLine(n: NomenklaturSummary | null): string {
  if (n === null) return "Daftar nomenklatur tidak dimuat; kode, indikator dan satuan sub kegiatan tidak dibandingkan.";
  if (n.rows === 0) return "Tidak ada baris sub kegiatan berkode di buku kerja ini.";
  const parts = [`${n.matching} dari ${n.rows} baris sub kegiatan (${n.codes} kode) sesuai nomenklatur`];
  if (n.differing > 0) parts.push(`${n.differing} berbeda (lihat temuan satuan, indikator dan kode nomenklatur)`);
  if (n.unchecked > 0) parts.push(`${n.unchecked} tidak dibandingkan`);
  return `${parts.join("; ")}.`;
}

interface SummaryRow {
  readonly key: string;
  readonly name: string;
  readonly note: string;
  readonly sheet: string;
  readonly cell: string;
  readonly values: readonly string[];
}

function SummaryTable({
  label,
  columns,
  rows,
  onSelect,
  active,
}: {
  label: string;
  columns: readonly Column[];
  rows: readonly SummaryRow[];
  onSelect: (key: string, sheet: string, cell: string) => void;
  active: ActiveItem | null;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={label} className={styles.table} data-testid="ringkasan-tabel">
      <colgroup>
        {columns.map((c) => (
          <col key={c.header} style={{ width: c.width }} />
        ))}
      </colgroup>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.header} className={c.numeric ? styles.numHead : styles.text}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      {rows.map((r) => {
        const isActive = active?.key === r.key;
        return (
          <TableBody key={r.key} aria-current={isActive ? "true" : undefined} data-aktif={isActive ? "ya" : undefined}>
            <TableRow className={mergeClasses(styles.nameRow, isActive && styles.active)}>
              <TableCell colSpan={columns.length} className={styles.name}>
                <Link as="button" className={styles.nameLink} onClick={() => onSelect(r.key, r.sheet, r.cell)} aria-label={`${r.name}: pilih sel ${r.sheet}!${r.cell}`}>
                  {r.name}
                </Link>
                {r.note && <Caption1 className={styles.muted}>{r.note}</Caption1>}
                {isActive && active.cell && (
                  <Caption1 role="status" className={styles.selected}>
                    Sel terpilih: {active.cell}
                  </Caption1>
                )}
              </TableCell>
            </TableRow>
            <TableRow className={mergeClasses(isActive && styles.active)}>
              {r.values.map((v, i) => (
                <TableCell key={i} className={columns[i]!.numeric ? styles.num : styles.text}>
                  {v}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        );
      })}
    </Table>
  );
}
