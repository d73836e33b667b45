/** "Periksa": run the check, follow its progress, read the summary and the findings. */
import {
  Body1,
  Button,
  Caption1,
  CounterBadge,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
  ToggleButton,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { countBySeverity, type CheckResult } from "../core/check";
import { SEVERITY_LABEL, type Severity } from "../core/findings";
import { TABLE_LABEL } from "../core/tables/types";
import { FindingList, SEVERITY_COLOR } from "./FindingList";
import { groupBy } from "../core/group";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  tables: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export type CheckState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number }
  | { status: "done"; result: CheckResult }
  | { status: "failed"; message: string };

export interface PeriksaPanelProps {
  state: CheckState;
  /** Set when this Excel cannot run the check; the button is then disabled. */
  unavailable: string | null;
  reportSheet: boolean;
  onReportSheetChange: (on: boolean) => void;
  onRun: () => void;
  onClear: () => void;
  onSelect: (sheet: string, cell: string) => void;
  notice: string | null;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function PeriksaPanel(props: PeriksaPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { state } = props;
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const running = state.status === "running";
  return (
    <div className={styles.root}>
      <Body1>Memeriksa kesesuaian PK, Renaksi, PPS, PKPK, Capaian IKU, anggaran dan SKM di buku kerja ini.</Body1>
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onRun} disabled={running || props.unavailable !== null}>
          {state.status === "done" || state.status === "failed" ? "Periksa ulang" : "Periksa"}
        </Button>
        <Button onClick={props.onClear} disabled={running || props.unavailable !== null}>
          Hapus sorotan
        </Button>
      </div>
      <Switch checked={props.reportSheet} onChange={(_, d) => props.onReportSheetChange(d.checked)} label='Tulis sheet "Hasil Pemeriksaan"' />
      {props.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      )}
      {running && (
        <div role="status" aria-live="polite">
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} />
          <Caption1>{state.total > 0 ? `Membaca sel ${state.done.toLocaleString("id-ID")} dari ${state.total.toLocaleString("id-ID")}…` : "Membaca buku kerja…"}</Caption1>
        </div>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Pemeriksaan gagal</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && <Result result={state.result} shown={shown} setShown={setShown} onSelect={props.onSelect} />}
    </div>
  );
}

function Result({
  result,
  shown,
  setShown,
  onSelect,
}: {
  result: CheckResult;
  shown: Record<Severity, boolean>;
  setShown: (s: Record<Severity, boolean>) => void;
  onSelect: (sheet: string, cell: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const counts = countBySeverity(result.findings);
  const bySheet = groupBy(result.tables, (t) => t.sheet);
  const visible = result.findings.filter((f) => shown[f.severity]);
  return (
    <>
      <section aria-label="Ringkasan temuan">
        <div className={styles.row} role="group" aria-label="Saring menurut tingkat">
          {SEVERITIES.map((s) => (
            <ToggleButton key={s} size="small" checked={shown[s]} onClick={() => setShown({ ...shown, [s]: !shown[s] })} icon={<CounterBadge count={counts[s]} showZero color={SEVERITY_COLOR[s] === "danger" ? "danger" : s === "warning" ? "important" : "informative"} />}>
              {SEVERITY_LABEL[s]}
            </ToggleButton>
          ))}
        </div>
        <Caption1>Tabel yang dikenali:</Caption1>
        {bySheet.size === 0 ? (
          <Body1>Tidak ada tabel SAKIP yang dikenali. Pastikan tabel memiliki baris judul kolom seperti "Indikator Kinerja", "Target", "Realisasi".</Body1>
        ) : (
          <ul className={styles.tables}>
            {[...bySheet].map(([sheet, ts]) => (
              <li key={sheet}>
                <Caption1>
                  {sheet}: {ts.map((t) => `${TABLE_LABEL[t.kind]} ${t.range}`).join(", ")}
                </Caption1>
              </li>
            ))}
          </ul>
        )}
      </section>
      {result.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Tidak ada temuan</MessageBarTitle>
            Tabel-tabel yang dikenali saling sesuai.
          </MessageBarBody>
        </MessageBar>
      ) : visible.length === 0 ? (
        <Body1>Semua temuan tersembunyi oleh saringan tingkat.</Body1>
      ) : (
        <FindingList findings={visible} onSelect={onSelect} />
      )}
    </>
  );
}
