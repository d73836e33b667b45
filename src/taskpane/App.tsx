/** The task pane: tabs Periksa, Ringkasan and Rumus over one workbook host (Excel or the preview). */
import { makeStyles, MessageBar, MessageBarBody, Tab, TabList, tokens } from "@fluentui/react-components";
import * as React from "react";
import { msg } from "../core/messages";
import { describeError } from "../excel/run-check";
import type { WorkbookHost } from "./host";
import { PeriksaPanel, type CheckState } from "./PeriksaPanel";
import { RingkasanPanel } from "./RingkasanPanel";
import { RumusPanel } from "./RumusPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
  /** The page's h1 for screen readers; Office already shows the pane's title above it. */
  hidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export interface AppProps {
  host: WorkbookHost;
  /** Set when this Excel lacks an API the check needs (said plainly; formulas still work). */
  unavailable?: string | null;
}

type TabId = "periksa" | "ringkasan" | "rumus";

/** What was clicked last: a finding ("temuan:3") or a Ringkasan row ("ringkasan:PK!D7"), and the cell it selected. */
export interface ActiveItem {
  readonly key: string;
  /** "Sheet!A1", once the host selected it: shown beside the item ("Sel terpilih"), also in the preview, which has no grid. */
  readonly cell: string | null;
}

export function App({ host, unavailable = null }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>("periksa");
  const [state, setState] = React.useState<CheckState>({ status: "idle" });
  const [reportSheet, setReportSheet] = React.useState(false);
  const [notice, setNotice] = React.useState<string | null>(null);
  const [active, setActive] = React.useState<ActiveItem | null>(null);
  const [writingLkjip, setWritingLkjip] = React.useState(false);
  const [removingLkjip, setRemovingLkjip] = React.useState(false);

  const run = React.useCallback(async () => {
    setTab("periksa");
    setNotice(null);
    setActive(null);
    setState({ status: "running", done: 0, total: 0 });
    try {
      const result = await host.check({ reportSheet, onProgress: (done, total) => setState({ status: "running", done, total }) });
      setState({ status: "done", result });
      if (result.reportSheet) setNotice(msg.reportWritten(result.reportSheet));
    } catch (e) {
      setState({ status: "failed", message: describeError(e) });
    }
  }, [host, reportSheet]);

  const guard = React.useCallback((action: () => Promise<unknown>) => {
    action().catch((e: unknown) => setNotice(describeError(e)));
  }, []);
  const lkjip = React.useCallback(() => {
    if (!host.writeLkjip) return;
    setNotice(null);
    setWritingLkjip(true);
    host
      .writeLkjip()
      .then(setNotice, (e: unknown) => setNotice(describeError(e)))
      .finally(() => setWritingLkjip(false));
  }, [host]);
  const removeLkjip = React.useCallback(() => {
    if (!host.removeLkjip) return;
    setNotice(null);
    setRemovingLkjip(true);
    host
      .removeLkjip()
      .then(setNotice, (e: unknown) => setNotice(describeError(e)))
      .finally(() => setRemovingLkjip(false));
  }, [host]);
  const select = React.useCallback(
    (key: string, sheet: string, cell: string) => {
      setActive({ key, cell: null });
      guard(async () => {
        await host.select(sheet, cell);
        setActive((a) => (a?.key === key ? { key, cell: `${sheet}!${cell}` } : a));
      });
    },
    [guard, host],
  );

  return (
    <main className={styles.root}>
      <h1 className={styles.hidden}>SAKIP Excel</h1>
      {host.kind === "preview" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>Pratinjau di luar Excel, pada contoh-kecamatan.xlsx.</MessageBarBody>
        </MessageBar>
      )}
      {unavailable && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{unavailable}</MessageBarBody>
        </MessageBar>
      )}
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="periksa">Periksa</Tab>
        <Tab value="ringkasan">Ringkasan</Tab>
        <Tab value="rumus">Rumus</Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab === "periksa" ? "Periksa" : tab === "ringkasan" ? "Ringkasan" : "Rumus"}>
        {tab === "periksa" && (
          <PeriksaPanel
            state={state}
            unavailable={unavailable}
            reportSheet={reportSheet}
            onReportSheetChange={setReportSheet}
            onRun={() => void run()}
            onClear={() => guard(async () => setNotice(await host.clear()))}
            onSelect={select}
            active={active}
            notice={notice}
            {...(host.writeLkjip ? { onLkjip: lkjip } : {})}
            writingLkjip={writingLkjip}
            {...(host.removeLkjip ? { onRemoveLkjip: removeLkjip } : {})}
            removingLkjip={removingLkjip}
          />
        )}
        {tab === "ringkasan" && (
          <RingkasanPanel result={state.status === "done" ? state.result : null} onRun={() => void run()} onSelect={select} active={active} />
        )}
        {tab === "rumus" && (
          <RumusPanel
            canInsert={host.kind === "excel"}
            notice={notice}
            onInsert={(f) => guard(async () => setNotice(`Rumus ditulis di ${await host.insertFormula(f)}.`))}
          />
        )}
      </div>
    </main>
  );
}
