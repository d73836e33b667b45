/** The ribbon commands' message dialog: shows ?teks= as plain text; "Tutup" closes it. */
const text = new URLSearchParams(window.location.search).get("teks") ?? "";
const target = document.getElementById("teks");
if (target) target.textContent = text;
document.getElementById("tutup")?.focus();
document.getElementById("tutup")?.addEventListener("click", () => {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("tutup");
  else window.close();
});

/** In Office, the dialog takes the Office theme's colours (a dark Excel gives a dark dialog). */
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady()
    .then(() => {
      const theme = Office.context?.officeTheme;
      if (!theme) return;
      const root = document.documentElement.style;
      if (theme.bodyBackgroundColor) root.setProperty("--bg", theme.bodyBackgroundColor);
      if (theme.bodyForegroundColor) root.setProperty("--fg", theme.bodyForegroundColor);
    })
    .catch(() => undefined);
}
