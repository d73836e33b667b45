/**
 * Ribbon commands, run in the shared runtime without opening the pane: "Periksa Konsistensi"
 * checks, highlights and writes the report sheet; "Hapus Sorotan" removes what the add-in added;
 * "Buat Tabel LKjIP" writes the LKjIP chapter III tables into the add-in's "Tabel LKjIP" sheet, and
 * "Hapus Tabel LKjIP" removes that sheet (ours only, found by its mark).
 * `event.completed()` is always called, also when something fails.
 */
import { countBySeverity } from "../core/check";
import { msg } from "../core/messages";
import { lkjipWritten } from "../excel/lkjip-sheet";
import { clearCheck, clearLkjip, describeError, runCheck, runLkjip } from "../excel/run-check";

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

/** Runs a command's batch and tells the user its message, or why it failed; always completes the event. */
async function command(event: CompletableEvent, host: CommandHost, batch: (context: Excel.RequestContext) => Promise<string>): Promise<void> {
  try {
    const missing = host.missing();
    await host.notify(missing ?? (await host.run(batch)));
  } catch (e) {
    await Promise.resolve(host.notify(describeError(e))).catch(() => undefined);
  } finally {
    event.completed();
  }
}

export function periksaKonsistensi(event: CompletableEvent, host: CommandHost): Promise<void> {
  return command(event, host, async (context) => {
    const result = await runCheck(context, { highlight: true, reportSheet: true });
    const c = countBySeverity(result.findings);
    return msg.checkDone(c.error, c.warning, c.info, result.reportSheet);
  });
}

export function hapusSorotan(event: CompletableEvent, host: CommandHost): Promise<void> {
  return command(event, host, clearCheck);
}

export function buatTabelLkjip(event: CompletableEvent, host: CommandHost): Promise<void> {
  return command(event, host, async (context) => lkjipWritten(await runLkjip(context)));
}

export function hapusTabelLkjip(event: CompletableEvent, host: CommandHost): Promise<void> {
  return command(event, host, clearLkjip);
}
