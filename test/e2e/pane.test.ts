/**
 * End to end in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
 * the built pane in preview mode, outside Excel, checks the sample workbook.
 * Needs `npm run build` first (npm test does it) and the chromium package.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "test-output");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };

jest.setTimeout(120_000);

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}: pasang dengan "apt-get install -y chromium".`);
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error('dist/ belum dibangun: jalankan "npm run build".');
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test("preview: Periksa finds the sample's planted inconsistencies; a finding can be clicked; the pane talks to no one else", async () => {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
  const elsewhere: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];
  // No network here: office.js from Microsoft's CDN is refused, as it would be offline.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });

  await page.goto(`${origin}/taskpane.html`);
  await page.getByText("Halaman ini dibuka di luar Excel", { exact: false }).waitFor();
  await page.getByRole("button", { name: "Periksa", exact: true }).click();
  const findings = page.getByTestId("temuan");
  await findings.first().waitFor({ timeout: 60_000 });
  // contoh/README.md lists 14 planted inconsistencies, on these sheets.
  expect(await findings.count()).toBeGreaterThanOrEqual(14);
  for (const sheet of ["PPS", "PKPK TW III", "Capaian IKU", "Renaksi", "Realisasi Anggaran", "SKM", "PK 2025", "Evaluasi Renja"]) {
    await page.getByRole("button", { name: new RegExp(`^${sheet} \\(\\d+\\)$`) }).waitFor();
  }
  await page.getByRole("button", { name: "Pilih sel PPS!D6" }).click();
  await page.getByText("Sel terpilih: PPS!D6").waitFor();

  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, "panel-periksa.png"), fullPage: false });
  expect(existsSync(join(OUT, "panel-periksa.png"))).toBe(true);

  await page.getByRole("tab", { name: "Ringkasan" }).click();
  await page.getByRole("table", { name: "Indikator Perjanjian Kinerja" }).waitFor();

  expect(pageErrors).toEqual([]);
  expect(cspViolations).toEqual([]);
  expect(elsewhere.every((u) => u.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
  await page.close();
});
