/**
 * "Ringkasan": the PK's indicators with capaian and kategori, the quarterly status against the
 * Rencana Aksi (a sentence, small charts, the latest quarter per indicator), and serapan per
 * program. A pane is narrow, so each row's name has a line of its own above its numbers: a long
 * program name never runs over the rupiah figures, and the number columns share the width sized
 * to their content.
 */
import {
  Badge,
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
import {
  indicatorSummary,
  nomenklaturSummary,
  programSummary,
  quarterlyLine,
  quarterlyStatus,
  type NomenklaturSummary,
  type QuarterlyStatus,
} from "../core/summary";
import type { ActiveItem } from "./App";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { tableLayout: "fixed", width: "100%" },
  num: {
    textAlign: "right",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  numHead: {
    "& > div, & > button": { justifyContent: "flex-end", textAlign: "right" },
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  text: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  nameRow: { borderBottomStyle: "none", ":hover": { backgroundColor: "transparent" } },
  name: { paddingTop: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXS, overflowWrap: "anywhere", whiteSpace: "normal", height: "auto" },
  nameLink: { textAlign: "left" },
  active: { backgroundColor: tokens.colorBrandBackground2, ":hover": { backgroundColor: tokens.colorBrandBackground2 } },
  selected: { display: "block", fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  badge: { marginLeft: tokens.spacingHorizontalXS, verticalAlign: "middle" },
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  multiples: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(136px, 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  multiple: { minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  // Two lines for every name, so the charts of a grid row stand level.
  multipleName: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
    overflowWrap: "anywhere",
    minHeight: `calc(2 * ${tokens.lineHeightBase200})`,
    color: tokens.colorNeutralForeground2,
  },
  chart: { display: "block", width: "100%", height: "auto" },
  barOk: { fill: tokens.colorBrandBackground },
  // Under Windows high contrast every fill is one colour: a bar below plan is drawn hollow instead.
  barBelow: { fill: tokens.colorPaletteRedBackground3, "@media (forced-colors: active)": { fill: "Canvas", stroke: "CanvasText", strokeWidth: "1.5px" } },
  targetLine: { stroke: tokens.colorNeutralForeground1, strokeWidth: 2 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: "8px", fontFamily: tokens.fontFamilyBase },
  legend: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, alignItems: "center" },
  legendItem: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "14px", height: "10px", flexShrink: 0 },
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

const QUARTER_COLUMNS: readonly Column[] = [
  { header: "Triwulan", width: "22%", numeric: false },
  { header: "Target", width: "23%", numeric: true },
  { header: "Realisasi", width: "26%", numeric: true },
  { header: "Capaian (%)", width: "29%", numeric: true },
];

const STATUS_COLOR = { "Sesuai rencana": "success", "Di bawah rencana": "danger", "Belum diukur": "informative" } as const;

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
  const quarterly = React.useMemo(() => (result ? quarterlyStatus(result) : []), [result]);
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
      <Subtitle2 as="h2">Status triwulan terhadap Rencana Aksi</Subtitle2>
      <Body1 data-testid="status-triwulan">{quarterlyLine(quarterly)}</Body1>
      {quarterly.length > 0 && (
        <>
          <QuarterlyCharts list={quarterly} />
          <SummaryTable
            label="Status triwulan terakhir yang diukur"
            columns={QUARTER_COLUMNS}
            rows={quarterly.map((q, k) => {
              const status = q.latest?.status ?? "Belum diukur";
              return {
                key: `ringkasan:triwulan:${q.sheet}!${q.cell}:${k}`,
                name: q.indikator,
                note: q.satuan ? ` (${q.satuan})` : "",
                sheet: q.sheet,
                cell: q.cell,
                badge: { text: status, color: STATUS_COLOR[status] },
                values: q.latest ? [q.latest.triwulan, num(q.latest.target, 3), num(q.latest.realisasi, 3), num(q.latest.capaian)] : ["–", "–", "–", "–"],
              };
            })}
            onSelect={onSelect}
            active={active}
          />
        </>
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
  /** A status shown after the name, in words (its colour only repeats them). */
  readonly badge?: { readonly text: string; readonly color: "success" | "danger" | "informative" };
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
                <Link
                  as="button"
                  className={styles.nameLink}
                  onClick={() => onSelect(r.key, r.sheet, r.cell)}
                  aria-label={`${r.name}: pilih sel ${r.sheet}!${r.cell}`}
                >
                  {r.name}
                </Link>
                {r.note && <Caption1 className={styles.muted}>{r.note}</Caption1>}
                {r.badge && (
                  <Badge className={styles.badge} appearance="tint" size="small" color={r.badge.color}>
                    {r.badge.text}
                  </Badge>
                )}
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

/** Geometry of one small chart, in its viewBox units: four quarter slots over a baseline. */
const CHART = { width: 120, height: 50, top: 4, base: 38, slot: 30, bar: 14 } as const;
const QUARTERS = ["I", "II", "III", "IV"];

/** What a small chart says, for a screen reader: every quarter's target and realisasi. */
export function quarterlyChartLabel(q: QuarterlyStatus): string {
  const quarters = q.quarters
    .map(
      (p) =>
        `${p.triwulan} target ${p.target === null ? "–" : formatId(p.target, 3)}, realisasi ${p.realisasi === null ? "belum diukur" : formatId(p.realisasi, 3)}`,
    )
    .join("; ");
  return `${q.indikator}${q.satuan ? ` (${q.satuan})` : ""}: ${quarters}.`;
}

/**
 * Small multiples: per indicator a bar per quarter for the realisasi (red where below plan) and a
 * horizontal line for the Rencana Aksi's target, scaled to the indicator's own largest figure.
 * Inline SVG in theme colours, so it follows light, dark and high contrast; each chart is an image
 * with its figures in words.
 */
function QuarterlyCharts({ list }: { list: readonly QuarterlyStatus[] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.legend}>
        <Caption1 className={styles.legendItem}>
          <svg className={styles.swatch} viewBox="0 0 14 10" aria-hidden="true" focusable="false">
            <rect className={styles.barOk} x="3" y="0" width="8" height="10" />
          </svg>
          Realisasi
        </Caption1>
        <Caption1 className={styles.legendItem}>
          <svg className={styles.swatch} viewBox="0 0 14 10" aria-hidden="true" focusable="false">
            <rect className={styles.barBelow} x="3" y="0" width="8" height="10" />
          </svg>
          Di bawah rencana
        </Caption1>
        <Caption1 className={styles.legendItem}>
          <svg className={styles.swatch} viewBox="0 0 14 10" aria-hidden="true" focusable="false">
            <line className={styles.targetLine} x1="0" y1="5" x2="14" y2="5" />
          </svg>
          Target Rencana Aksi
        </Caption1>
      </figcaption>
      <ul className={styles.multiples} aria-label="Grafik realisasi terhadap target Rencana Aksi per triwulan">
        {list.map((q, k) => {
          const max = Math.max(0, ...q.quarters.flatMap((p) => [p.target ?? 0, p.realisasi ?? 0]));
          const y = (v: number) => CHART.base - (max > 0 ? (Math.max(0, v) / max) * (CHART.base - CHART.top) : 0);
          return (
            <li key={`${q.sheet}!${q.cell}:${k}`} className={styles.multiple}>
              <Caption1 className={styles.multipleName} aria-hidden="true">
                {q.indikator}
              </Caption1>
              <svg
                className={styles.chart}
                viewBox={`0 0 ${CHART.width} ${CHART.height}`}
                role="img"
                aria-label={quarterlyChartLabel(q)}
                data-testid="grafik-triwulan"
              >
                <line className={styles.axis} x1="0" y1={CHART.base + 0.5} x2={CHART.width} y2={CHART.base + 0.5} />
                {q.quarters.map((p, i) => {
                  // A quarter stands in its own slot, whichever quarters have targets.
                  const n = QUARTERS.indexOf(p.triwulan.replace(/^TW\s*/, ""));
                  const x = (n >= 0 ? n : i) * CHART.slot;
                  return (
                    <g key={p.triwulan}>
                      {p.realisasi !== null && (
                        <rect
                          className={p.status === "Di bawah rencana" ? styles.barBelow : styles.barOk}
                          x={x + (CHART.slot - CHART.bar) / 2}
                          y={y(p.realisasi)}
                          width={CHART.bar}
                          height={CHART.base - y(p.realisasi)}
                        />
                      )}
                      {p.target !== null && <line className={styles.targetLine} x1={x + 3} x2={x + CHART.slot - 3} y1={y(p.target)} y2={y(p.target)} />}
                      <text className={styles.tick} x={x + CHART.slot / 2} y={CHART.height - 2} textAnchor="middle">
                        {n >= 0 ? QUARTERS[n] : p.triwulan}
                      </text>
                    </g>
                  );
                })}
              </svg>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
