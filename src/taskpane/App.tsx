/** The task pane: tabs Periksa, Ringkasan and Rumus over one workbook host (Excel or the preview). */
import { Body1, Caption1, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import { msg } from "../core/messages";
import { describeError } from "../excel/run-check";
import type { WorkbookHost } from "./host";
import { PeriksaPanel, type CheckState } from "./PeriksaPanel";
import { RingkasanPanel } from "./RingkasanPanel";
import { RumusPanel } from "./RumusPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  host: WorkbookHost;
  /** Set when this Excel lacks an API the check needs (said plainly; formulas still work). */
  unavailable?: string | null;
  /** In the preview: the cell last "selected", shown in the pane since there is no grid. */
  previewSelection?: string | null;
}

type TabId = "periksa" | "ringkasan" | "rumus";

export function App({ host, unavailable = null, previewSelection = null }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>("periksa");
  const [state, setState] = React.useState<CheckState>({ status: "idle" });
  const [reportSheet, setReportSheet] = React.useState(false);
  const [notice, setNotice] = React.useState<string | null>(null);

  const run = React.useCallback(async () => {
    setTab("periksa");
    setNotice(null);
    setState({ status: "running", done: 0, total: 0 });
    try {
      const result = await host.check({ reportSheet, onProgress: (done, total) => setState({ status: "running", done, total }) });
      setState({ status: "done", result });
      if (result.reportSheet) setNotice(msg.reportWritten(result.reportSheet));
    } catch (e) {
      setState({ status: "failed", message: describeError(e) });
    }
  }, [host, reportSheet]);

  const guard = React.useCallback(
    (action: () => Promise<unknown>) => {
      action().catch((e: unknown) => setNotice(describeError(e)));
    },
    [],
  );
  const select = React.useCallback((sheet: string, cell: string) => guard(() => host.select(sheet, cell)), [guard, host]);

  return (
    <main className={styles.root}>
      <Title3 as="h1">SAKIP Excel</Title3>
      {host.kind === "preview" && (
        <MessageBar intent="info">
          <MessageBarBody>
            Halaman ini dibuka di luar Excel. Ini pratinjau pada contoh buku kerja contoh-kecamatan.xlsx; pasang add-in melalui manifest.xml untuk memeriksa buku kerja Anda.
          </MessageBarBody>
        </MessageBar>
      )}
      {unavailable && (
        <MessageBar intent="warning">
          <MessageBarBody>{unavailable}</MessageBarBody>
        </MessageBar>
      )}
      {previewSelection && <Caption1 role="status">Sel terpilih: {previewSelection}</Caption1>}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="periksa">Periksa</Tab>
        <Tab value="ringkasan">Ringkasan</Tab>
        <Tab value="rumus">Rumus</Tab>
      </TabList>
      <div role="tabpanel" aria-label={tab}>
        {tab === "periksa" && (
          <PeriksaPanel
            state={state}
            unavailable={unavailable}
            reportSheet={reportSheet}
            onReportSheetChange={setReportSheet}
            onRun={() => void run()}
            onClear={() => guard(async () => setNotice(await host.clear()))}
            onSelect={select}
            notice={notice}
          />
        )}
        {tab === "ringkasan" && <RingkasanPanel result={state.status === "done" ? state.result : null} onRun={() => void run()} onSelect={select} />}
        {tab === "rumus" && (
          <>
            {notice && <Body1 role="status">{notice}</Body1>}
            <RumusPanel canInsert={host.kind === "excel"} onInsert={(f) => guard(async () => setNotice(`Rumus ditulis di ${await host.insertFormula(f)}.`))} />
          </>
        )}
      </div>
    </main>
  );
}
