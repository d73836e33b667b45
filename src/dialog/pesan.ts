/** The ribbon commands' message dialog: shows ?teks= as plain text; "Tutup" closes it. */
const text = new URLSearchParams(window.location.search).get("teks") ?? "";
const target = document.getElementById("teks");
if (target) target.textContent = text;
document.getElementById("tutup")?.addEventListener("click", () => {
  if (typeof Office !== "undefined" && Office.context?.ui?.messageParent) Office.context.ui.messageParent("tutup");
  else window.close();
});
