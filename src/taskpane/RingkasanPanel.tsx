/** "Ringkasan": the PK's indicators with capaian and kategori, and serapan per program. */
import { Body1, Button, Caption1, Link, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { CheckResult } from "../core/check";
import { formatId } from "../core/messages";
import { indicatorSummary, programSummary } from "../core/summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  num: { textAlign: "right" },
});

const num = (v: number | null, d = 2) => (v === null ? "–" : formatId(v, d));

export interface RingkasanPanelProps {
  result: CheckResult | null;
  onRun: () => void;
  onSelect: (sheet: string, cell: string) => void;
}

export function RingkasanPanel({ result, onRun, onSelect }: RingkasanPanelProps): React.JSX.Element {
  const styles = useStyles();
  const indicators = React.useMemo(() => (result ? indicatorSummary(result) : []), [result]);
  const programs = React.useMemo(() => (result ? programSummary(result) : []), [result]);
  if (!result) {
    return (
      <div className={styles.root}>
        <Body1>Ringkasan disusun dari hasil pemeriksaan terakhir.</Body1>
        <Button appearance="primary" onClick={onRun}>
          Periksa sekarang
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Indikator Perjanjian Kinerja</Subtitle2>
      {indicators.length === 0 ? (
        <Body1>Tidak ditemukan tabel Perjanjian Kinerja atau Capaian IKU.</Body1>
      ) : (
        <Table size="extra-small" aria-label="Indikator Perjanjian Kinerja">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Indikator</TableHeaderCell>
              <TableHeaderCell>Target</TableHeaderCell>
              <TableHeaderCell>Realisasi</TableHeaderCell>
              <TableHeaderCell>Capaian (%)</TableHeaderCell>
              <TableHeaderCell>Kategori</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {indicators.map((i, k) => (
              <TableRow key={`${i.sheet}!${i.cell}-${k}`}>
                <TableCell>
                  <Link as="button" onClick={() => onSelect(i.sheet, i.cell)}>
                    {i.indikator}
                  </Link>
                  {i.satuan && <Caption1> ({i.satuan})</Caption1>}
                </TableCell>
                <TableCell className={styles.num}>{num(i.target, 3)}</TableCell>
                <TableCell className={styles.num}>{num(i.realisasi, 3)}</TableCell>
                <TableCell className={styles.num}>{num(i.capaian)}</TableCell>
                <TableCell>{i.kategori ?? "–"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Subtitle2 as="h2">Serapan anggaran per program</Subtitle2>
      {programs.length === 0 ? (
        <Body1>Tidak ditemukan tabel realisasi anggaran.</Body1>
      ) : (
        <Table size="extra-small" aria-label="Serapan anggaran per program">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Program</TableHeaderCell>
              <TableHeaderCell>Pagu (Rp)</TableHeaderCell>
              <TableHeaderCell>Realisasi (Rp)</TableHeaderCell>
              <TableHeaderCell>Serapan (%)</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {programs.map((p, k) => (
              <TableRow key={`${p.sheet}!${p.cell}-${k}`}>
                <TableCell>
                  <Link as="button" onClick={() => onSelect(p.sheet, p.cell)}>
                    {p.program}
                  </Link>
                </TableCell>
                <TableCell className={styles.num}>{num(p.pagu, 0)}</TableCell>
                <TableCell className={styles.num}>{num(p.realisasi, 0)}</TableCell>
                <TableCell className={styles.num}>{num(p.serapan)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
