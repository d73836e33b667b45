/**
 * End to end in real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
 * the built pane in preview mode, outside Excel, checks the sample workbook.
 * Needs `npm run build` first (npm test does it) and the chromium package.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "test-output");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

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
  await page.getByText("Pratinjau di luar Excel", { exact: false }).waitFor();
  await page.getByRole("button", { name: "Periksa", exact: true }).click();
  const findings = page.getByTestId("temuan");
  await findings.first().waitFor({ timeout: 60_000 });
  // contoh/README.md lists 16 planted inconsistencies, on these sheets.
  expect(await findings.count()).toBeGreaterThanOrEqual(16);
  for (const sheet of ["PPS", "PKPK TW III", "Capaian IKU", "Renaksi", "Realisasi Anggaran", "SKM", "PK 2025", "Evaluasi Renja"]) {
    await page.getByRole("heading", { level: 2, name: new RegExp(`^${sheet} \\(\\d+\\)$`) }).waitFor();
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

/** Every cell of Ringkasan's tables whose content is wider than the cell, and whether the page scrolls sideways. */
function overflowOf(page: Page): Promise<{ cells: string[]; pageScrollsSideways: boolean }> {
  return page.evaluate(() => {
    const cells: string[] = [];
    for (const table of document.querySelectorAll<HTMLElement>('[data-testid="ringkasan-tabel"]')) {
      if (table.scrollWidth > (table.parentElement?.clientWidth ?? Infinity) + 1)
        cells.push(`tabel ${table.getAttribute("aria-label")}: ${table.scrollWidth}px`);
      for (const cell of table.querySelectorAll<HTMLElement>("th, td")) {
        const inner = [cell, ...cell.querySelectorAll<HTMLElement>("*")];
        const box = cell.getBoundingClientRect();
        const over =
          cell.scrollWidth > cell.clientWidth + 1 ||
          inner.some((e) => e.getBoundingClientRect().right > box.right + 1 || e.getBoundingClientRect().left < box.left - 1);
        if (over) cells.push(`${(cell.textContent ?? "").slice(0, 40)} (${cell.scrollWidth} > ${cell.clientWidth})`);
      }
    }
    // The quarterly charts: each small chart inside its grid cell, the grid inside the pane.
    for (const chart of document.querySelectorAll<SVGElement>('[data-testid="grafik-triwulan"]')) {
      const box = chart.getBoundingClientRect();
      const cell = chart.closest("li")!.getBoundingClientRect();
      const pane = chart.closest("ul")!.parentElement!.getBoundingClientRect();
      if (box.right > cell.right + 1 || box.left < cell.left - 1 || cell.right > pane.right + 1 || box.width < 100)
        cells.push(`grafik ${chart.getAttribute("aria-label")?.slice(0, 40)} (${Math.round(box.left)}–${Math.round(box.right)})`);
    }
    return { cells, pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth + 1 };
  });
}

/** How an element looks, beyond its colours: what tells a state apart under forced colours too. */
function lookOf(e: Element): string {
  const s = getComputedStyle(e);
  return [s.backgroundColor, s.borderLeftColor, s.outlineStyle, s.outlineWidth, s.outlineColor].join(" ");
}

// The light and dark themes at both widths; Windows high contrast (forced colours, which the pane
// maps to Fluent's high-contrast theme) at the narrow width, where overflow shows first.
const RUNS = [
  { name: "terang", colorScheme: "light", forcedColors: "none", width: 350 },
  { name: "terang", colorScheme: "light", forcedColors: "none", width: 500 },
  { name: "gelap", colorScheme: "dark", forcedColors: "none", width: 350 },
  { name: "gelap", colorScheme: "dark", forcedColors: "none", width: 500 },
  { name: "kontras", colorScheme: "dark", forcedColors: "active", width: 350 },
] as const;

describe("every pane state", () => {
  test.each(RUNS)(
    "theme $name at $width px: idle, checking, findings with the clicked one marked, filtered, Ringkasan, Rumus, a failed download",
    async ({ name: theme, colorScheme, forcedColors, width }) => {
      const shots = join(OUT, "panel");
      mkdirSync(shots, { recursive: true });
      const context = await browser.newContext({ viewport: { width, height: 760 }, colorScheme, forcedColors });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on("pageerror", (e) => pageErrors.push(e.message));
      // Transitions (a hover fading in) run to their end first: a screenshot shows a state, never a blend of two.
      const shot = (state: string, fullPage = false) =>
        page.screenshot({ path: join(shots, `${theme}-${width}-${state}.png`), fullPage, animations: "disabled" });
      // The sample is held back until released, to see the pane while it checks.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route("**/*", async (route) => {
        const url = route.request().url();
        if (!url.startsWith(origin)) return route.abort();
        if (url.endsWith("/contoh-kecamatan.json")) await held;
        return route.continue();
      });

      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole("button", { name: "Periksa", exact: true }).waitFor();
      // The theme follows the system's (in Excel, Office's): the dark one has a dark background,
      // forced colours give the high-contrast theme.
      expect(await page.evaluate(() => document.documentElement.dataset.tema)).toBe({ terang: "light", gelap: "dark", kontras: "contrast" }[theme]);
      const background = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
      expect((r + g + b) / 3 < 80).toBe(theme !== "terang");
      await shot("1-awal");

      await page.getByRole("button", { name: "Periksa", exact: true }).click();
      await page.getByRole("progressbar").waitFor();
      await shot("2-memeriksa");
      release();

      const findings = page.getByTestId("temuan");
      await findings.first().waitFor({ timeout: 60_000 });
      // The first finding starts near the top: no title, description or table list above it (the
      // toolbar's five actions, "Buat Tabel LKjIP" and "Hapus Tabel LKjIP" among them, take three
      // rows at 350 px and two at 500 px).
      const firstTop = (await findings.first().boundingBox())!.y;
      expect(firstTop).toBeLessThan(width < 400 ? 365 : 280);
      const item = findings.filter({ has: page.getByRole("button", { name: "Pilih sel PPS!D6" }) });
      expect(await item.getAttribute("aria-current")).toBeNull();
      const before = await item.evaluate(lookOf);
      await page.getByRole("button", { name: "Pilih sel PPS!D6" }).click();
      await item.getByRole("status").filter({ hasText: "Sel terpilih: PPS!D6" }).waitFor();
      expect(await item.getAttribute("aria-current")).toBe("true");
      expect(await item.evaluate(lookOf)).not.toBe(before);
      if (forcedColors === "active") expect(await item.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe("solid");
      expect(await page.locator('[data-testid="temuan"][aria-current="true"]').count()).toBe(1);
      await item.scrollIntoViewIfNeeded();
      await shot("3-temuan");

      await page.getByRole("button", { name: /^Info: \d+ temuan$/ }).click();
      await page.getByRole("button", { name: /^Peringatan: \d+ temuan$/ }).click();
      expect(await page.getByRole("button", { name: /^Peringatan: / }).getAttribute("aria-pressed")).toBe("false");
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot("4-saring");

      await page.getByRole("tab", { name: "Ringkasan" }).click();
      await page.getByRole("table", { name: "Serapan anggaran per program" }).waitFor();
      const overflow = await overflowOf(page);
      expect(overflow).toEqual({ cells: [], pageScrollsSideways: false });
      // Numbers and their headers are right-aligned alike.
      const aligned = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="ringkasan-tabel"] thead th')].map((th) => {
          const text = th.querySelector<HTMLElement>("*") ?? th;
          const range = document.createRange();
          range.selectNodeContents(text);
          return { header: th.textContent, right: Math.round(th.getBoundingClientRect().right - range.getBoundingClientRect().right) };
        }),
      );
      for (const a of aligned.filter((x) => x.header !== "Kategori" && x.header !== "Triwulan")) expect(a.right).toBeLessThan(16);
      // The quarterly status: the sentence, a chart per indicator, the latest quarter's table.
      await page.getByRole("heading", { name: "Status triwulan terhadap Rencana Aksi" }).waitFor();
      expect(await page.getByTestId("status-triwulan").innerText()).toMatch(
        /indikator di bawah rencana pada triwulan terakhir yang diukur: .*Persentase desa yang tertib administrasi \(TW IV, capaian 75 %\)/,
      );
      expect(await page.getByTestId("grafik-triwulan").count()).toBeGreaterThan(3);
      expect(await page.getByRole("table", { name: "Status triwulan terakhir yang diukur" }).getByText("Di bawah rencana").count()).toBeGreaterThan(0);
      await page.getByRole("heading", { name: "Status triwulan terhadap Rencana Aksi" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
      await shot("5-ringkasan-triwulan");
      const program = page.getByRole("table", { name: "Serapan anggaran per program" }).getByRole("button").first();
      await program.click();
      await page.getByRole("table", { name: "Serapan anggaran per program" }).getByRole("status").waitFor();
      await shot("5-ringkasan", true);

      await page.getByRole("tab", { name: "Rumus" }).click();
      await page.getByText("=SAKIP.CAPAIAN(90,26; 88)").waitFor();
      await shot("6-rumus");

      // A download that fails says so plainly, whole, without calling it a bug.
      await page.unroute("**/*");
      await page.route("**/*", (route) =>
        route.request().url().endsWith("/contoh-kecamatan.json") || !route.request().url().startsWith(origin) ? route.abort() : route.continue(),
      );
      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole("button", { name: "Periksa", exact: true }).click();
      const failure = page.getByText("Pemeriksaan gagal");
      await failure.waitFor();
      const text = await page.locator(".fui-MessageBar").filter({ hasText: "Pemeriksaan gagal" }).innerText();
      expect(text).toMatch(/Periksa sambungan jaringan/);
      expect(text).not.toMatch(/…|Laporkan/);
      await shot("7-gagal");

      expect(pageErrors).toEqual([]);
      await context.close();
    },
  );
});
