/**
 * Ribbon commands, run in the shared runtime without opening the pane: "Periksa Konsistensi"
 * checks, highlights and writes the report sheet; "Hapus Sorotan" removes what the add-in added.
 * `event.completed()` is always called, also when something fails.
 */
import { countBySeverity } from "../core/check";
import { msg } from "../core/messages";
import { removeHighlights } from "../excel/highlights";
import { removeReportSheet } from "../excel/report-sheet";
import { describeError, runCheck } from "../excel/run-check";

export interface CommandHost {
  /** Runs a batch against the workbook (Excel.run in Excel). */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Tells the user something, in a small dialog. */
  notify(text: string): void | Promise<void>;
  /** A message when this Excel lacks an API the check needs. */
  missing(): string | null;
}

interface CompletableEvent {
  completed(): void;
}

export async function periksaKonsistensi(event: CompletableEvent, host: CommandHost): Promise<void> {
  try {
    const missing = host.missing();
    if (missing) return void (await host.notify(missing));
    const result = await host.run((context) => runCheck(context, { highlight: true, reportSheet: true }));
    const c = countBySeverity(result.findings);
    await host.notify(msg.checkDone(c.error, c.warning, c.info));
  } catch (e) {
    await Promise.resolve(host.notify(describeError(e))).catch(() => undefined);
  } finally {
    event.completed();
  }
}

export async function hapusSorotan(event: CompletableEvent, host: CommandHost): Promise<void> {
  try {
    const missing = host.missing();
    if (missing) return void (await host.notify(missing));
    const [removed, sheet] = await host.run(async (context) => [await removeHighlights(context), await removeReportSheet(context)] as const);
    await host.notify(msg.highlightsRemoved(removed, sheet));
  } catch (e) {
    await Promise.resolve(host.notify(describeError(e))).catch(() => undefined);
  } finally {
    event.completed();
  }
}
