/** The command host in Excel: Excel.run, a small dialog for messages, the requirement check. */
import { missingRequirement } from "../excel/requirements";
import { buatTabelLkjip, hapusSorotan, hapusTabelLkjip, periksaKonsistensi, type CommandHost } from "./commands";

function notify(text: string): Promise<void> {
  const url = new URL("pesan.html", window.location.href);
  url.searchParams.set("teks", text);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url.toString(), { height: 22, width: 32, displayInIframe: true }, (res) => {
      if (res.status === Office.AsyncResultStatus.Succeeded) {
        const dialog = res.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => dialog.close());
      }
      resolve();
    });
  });
}

/** This Excel's missing requirement, if any, in a sentence for the user. */
export function officeMissing(): string | null {
  return missingRequirement((name, version) => Office.context.requirements.isSetSupported(name, version));
}

export const officeHost: CommandHost = {
  run: (batch) => Excel.run(batch),
  notify,
  missing: officeMissing,
};

/** Registers the ribbon's ExecuteFunction names; called once Office is ready. */
export function registerCommands(): void {
  Office.actions.associate("periksaKonsistensi", (event: Office.AddinCommands.Event) => periksaKonsistensi(event, officeHost));
  Office.actions.associate("hapusSorotan", (event: Office.AddinCommands.Event) => hapusSorotan(event, officeHost));
  Office.actions.associate("buatTabelLkjip", (event: Office.AddinCommands.Event) => buatTabelLkjip(event, officeHost));
  Office.actions.associate("hapusTabelLkjip", (event: Office.AddinCommands.Event) => hapusTabelLkjip(event, officeHost));
}
