// `npm start`: serves the add-in on https://localhost:3000 and sideloads it into Excel desktop where
// office-addin-debugging supports the platform (Windows, macOS). Elsewhere (Linux) it serves the
// add-in and explains how to sideload manifest.xml into Excel on the web.
import { spawn } from "node:child_process";
import process from "node:process";

const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(cmd, args) {
  const child = spawn(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("error", (e) => {
    console.error(`Gagal menjalankan ${cmd} ${args.join(" ")}: ${e.message}`);
    process.exitCode = 1;
  });
  return child;
}

if (process.platform === "win32" || process.platform === "darwin") {
  // office-addin-debugging starts the dev server (npm run dev-server) and sideloads the manifest.
  const child = run(npx, ["office-addin-debugging", "start", "manifest.xml", "desktop"]);
  child.on("exit", (code) => {
    if (code) console.error('Sideload otomatis gagal; lihat README bagian "Memasang add-in" untuk cara manual.');
  });
} else {
  console.log(`
SAKIP Excel: server pengembangan dijalankan di https://localhost:3000
Excel desktop tidak tersedia di ${process.platform}; pasang add-in di Excel untuk web:
  1. Buka https://localhost:3000/taskpane.html sekali di peramban dan terima sertifikatnya.
  2. Buka buku kerja di Excel untuk web (office.com).
  3. Beranda > Add-in > Lainnya (atau Sisipkan > Add-in) > Add-in Saya > Unggah Add-in Saya.
  4. Pilih berkas manifest.xml dari folder proyek ini, lalu Unggah.
  5. Grup SAKIP muncul di tab Beranda: "Panel SAKIP", "Periksa Konsistensi", "Hapus Sorotan"; rumus =SAKIP.CAPAIAN( dst. siap dipakai.
Tekan Ctrl+C untuk berhenti.
`);
  const child = run(npm, ["run", "dev-server", "--silent"]);
  child.on("exit", (code) => process.exit(code ?? 0));
}
