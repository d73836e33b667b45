/** "Periksa": run the check, follow its progress, filter by severity and read the findings. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  shorthands,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
  Toolbar,
  ToggleButton,
  Tooltip,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import { countBySeverity, type CheckResult } from "../core/check";
import type { Severity } from "../core/findings";
import { groupBy } from "../core/group";
import { TABLE_LABEL } from "../core/tables/types";
import type { ActiveItem } from "./App";
import { FindingList } from "./FindingList";
import { SEVERITY_TITLE, SeverityBadge } from "./severity";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, padding: 0 },
  filter: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  filterLabel: { color: tokens.colorNeutralForeground2, marginRight: tokens.spacingHorizontalXS },
  toggle: { minWidth: "auto", gap: tokens.spacingHorizontalXS },
  off: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: "line-through",
    ...shorthands.borderStyle("dashed"),
    // The hover colours go with the hover background (in high contrast a light one under dark text).
    ":hover": { color: tokens.colorNeutralForeground3Hover },
    ":hover:active": { color: tokens.colorNeutralForeground3Pressed },
  },
  check: { width: "12px", height: "12px", flexShrink: 0 },
  tables: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  intro: { color: tokens.colorNeutralForeground2 },
});

export type CheckState =
  { status: "idle" } | { status: "running"; done: number; total: number } | { status: "done"; result: CheckResult } | { status: "failed"; message: string };

export interface PeriksaPanelProps {
  state: CheckState;
  /** Set when this Excel cannot run the check; the button is then disabled. */
  unavailable: string | null;
  reportSheet: boolean;
  onReportSheetChange: (on: boolean) => void;
  onRun: () => void;
  onClear: () => void;
  onSelect: (key: string, sheet: string, cell: string) => void;
  active: ActiveItem | null;
  notice: string | null;
  /** Writes the LKjIP tables; absent where the host cannot (the preview): the button is then disabled and says why. */
  onLkjip?: () => void;
  /** While the LKjIP tables are being written. */
  writingLkjip?: boolean;
  /** Removes our "Tabel LKjIP" sheet; absent in the preview (the button is then disabled after a check and says why). */
  onRemoveLkjip?: () => void;
  /** While our LKjIP sheet is being removed. */
  removingLkjip?: boolean;
}

/** Why "Buat Tabel LKjIP" is disabled outside Excel. */
export const LKJIP_ONLY_IN_EXCEL = "Tabel LKjIP hanya dapat dibuat di Excel: tabel ditulis ke sheet baru di buku kerja yang terbuka.";

/** Why "Hapus Tabel LKjIP" is disabled outside Excel. */
export const LKJIP_REMOVE_ONLY_IN_EXCEL =
  "Tabel LKjIP hanya ada di Excel: tombol ini menghapus sheet Tabel LKjIP buatan SAKIP Excel (beserta diagramnya) dari buku kerja yang terbuka; sheet milik Anda tidak diubah.";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A check mark for a filter that is on: the state is told by shape, not by a shade of grey. */
function On({ className }: { className: string }): React.JSX.Element {
  return (
    <svg className={className} viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d="M2 6.5 4.8 9.2 10 3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function PeriksaPanel(props: PeriksaPanelProps): React.JSX.Element {
  const styles = useStyles();
  const { state } = props;
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const running = state.status === "running";
  return (
    <div className={styles.root}>
      {state.status === "idle" && (
        <Body1 className={styles.intro}>Memeriksa kesesuaian PK, Rencana Aksi, PPS, PKPK, Capaian IKU, anggaran dan SKM di buku kerja ini.</Body1>
      )}
      <Toolbar className={styles.toolbar} aria-label="Pemeriksaan">
        <Button appearance="primary" onClick={props.onRun} disabled={running || props.unavailable !== null}>
          {state.status === "done" || state.status === "failed" ? "Periksa ulang" : "Periksa"}
        </Button>
        <Button onClick={props.onClear} disabled={running || props.unavailable !== null}>
          Hapus sorotan
        </Button>
        {state.status === "done" &&
          (props.onLkjip ? (
            <Button onClick={props.onLkjip} disabled={props.writingLkjip === true || props.unavailable !== null}>
              Buat Tabel LKjIP
            </Button>
          ) : (
            <Tooltip content={LKJIP_ONLY_IN_EXCEL} relationship="description">
              <Button disabledFocusable>Buat Tabel LKjIP</Button>
            </Tooltip>
          ))}
        {props.onRemoveLkjip ? (
          // In Excel always: a sheet made in an earlier session can be removed without checking first.
          <Button onClick={props.onRemoveLkjip} disabled={running || props.removingLkjip === true || props.writingLkjip === true || props.unavailable !== null}>
            Hapus Tabel LKjIP
          </Button>
        ) : (
          state.status === "done" && (
            <Tooltip content={LKJIP_REMOVE_ONLY_IN_EXCEL} relationship="description">
              <Button disabledFocusable>Hapus Tabel LKjIP</Button>
            </Tooltip>
          )
        )}
        <Switch checked={props.reportSheet} onChange={(_, d) => props.onReportSheetChange(d.checked)} label="Tulis sheet hasil" />
      </Toolbar>
      {props.notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      )}
      {running && (
        <div role="status" aria-live="polite">
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} />
          <Caption1>
            {state.total > 0 ? `Membaca sel ${state.done.toLocaleString("id-ID")} dari ${state.total.toLocaleString("id-ID")}…` : "Membaca buku kerja…"}
          </Caption1>
        </div>
      )}
      {state.status === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Pemeriksaan gagal</MessageBarTitle>
            {state.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === "done" && <Result result={state.result} shown={shown} setShown={setShown} onSelect={props.onSelect} active={props.active} />}
    </div>
  );
}

function Result({
  result,
  shown,
  setShown,
  onSelect,
  active,
}: {
  result: CheckResult;
  shown: Record<Severity, boolean>;
  setShown: (s: Record<Severity, boolean>) => void;
  onSelect: (key: string, sheet: string, cell: string) => void;
  active: ActiveItem | null;
}): React.JSX.Element {
  const styles = useStyles();
  const counts = countBySeverity(result.findings);
  const bySheet = groupBy(result.tables, (t) => t.sheet);
  const visible = result.findings.filter((f) => shown[f.severity]);
  return (
    <>
      {result.findings.length > 0 && (
        <div className={styles.filter} role="group" aria-labelledby="saring-tingkat">
          <Caption1 id="saring-tingkat" className={styles.filterLabel}>
            Tampilkan:
          </Caption1>
          {SEVERITIES.map((s) => (
            <ToggleButton
              key={s}
              size="small"
              shape="circular"
              className={mergeClasses(styles.toggle, !shown[s] && styles.off)}
              checked={shown[s]}
              aria-label={`${SEVERITY_TITLE[s]}: ${counts[s]} temuan`}
              onClick={() => setShown({ ...shown, [s]: !shown[s] })}
            >
              {shown[s] && <On className={styles.check} />}
              {SEVERITY_TITLE[s]}
              <SeverityBadge severity={s}>{counts[s]}</SeverityBadge>
            </ToggleButton>
          ))}
        </div>
      )}
      {bySheet.size === 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Tidak ada tabel SAKIP yang dikenali</MessageBarTitle>
            Pastikan tabel memiliki baris judul kolom seperti "Indikator Kinerja", "Target", "Realisasi".
          </MessageBarBody>
        </MessageBar>
      ) : result.findings.length === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Tidak ada temuan</MessageBarTitle>
            Tabel-tabel yang dikenali saling sesuai.
          </MessageBarBody>
        </MessageBar>
      ) : visible.length === 0 ? (
        <Body1>Semua temuan tersembunyi oleh saringan tingkat.</Body1>
      ) : (
        <FindingList findings={result.findings} visible={visible} onSelect={onSelect} active={active} />
      )}
      {bySheet.size > 0 && (
        <Accordion collapsible>
          <AccordionItem value="tabel">
            <AccordionHeader as="h2" size="small">
              Tabel yang dikenali ({result.tables.length})
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.tables}>
                {[...bySheet].map(([sheet, ts]) => (
                  <li key={sheet}>
                    <Caption1>
                      {sheet}: {ts.map((t) => `${TABLE_LABEL[t.kind]} ${t.range}`).join(", ")}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </>
  );
}
