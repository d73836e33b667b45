/**
 * A deployment build: `npm run build -- --env url=https://…` writes a manifest whose every URL is
 * on the deployment's origin (no localhost left) and pages whose Content-Security-Policy names no
 * development server. Built here into a folder of its own (dist/ stays the test build).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.setTimeout(300_000);

const root = join(__dirname, "..", "..");
const BASE = "https://sakip.contoh.go.id/addin";
const out = mkdtempSync(join(tmpdir(), "sakip-rilis-"));

beforeAll(() => {
  const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", `url=${BASE}`, "--output-path", out], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
});

test("the manifest names the deployment's base URL everywhere and localhost nowhere", () => {
  const xml = readFileSync(join(out, "manifest.xml"), "utf8");
  expect(xml).not.toMatch(/localhost/i);
  const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(8);
  for (const u of urls) {
    expect(u.startsWith(`${BASE}/`)).toBe(true);
    // Each is a file of this build.
    expect({ u, exists: existsSync(join(out, u.slice(BASE.length + 1))) }).toEqual({ u, exists: true });
  }
  expect([...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual(["https://sakip.contoh.go.id"]);
  expect(xml).toMatch(new RegExp(`<SupportUrl DefaultValue="${BASE}/[^"]+"/>`));
});

test.each(["taskpane.html", "pesan.html"])("%s: the policy allows no development server socket and no localhost", (page) => {
  const html = readFileSync(join(out, page), "utf8");
  const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)![1]!;
  expect(csp).not.toMatch(/localhost|wss?:/);
  expect(csp).toContain("connect-src 'self';");
  expect(html).not.toMatch(/localhost/);
});

test("no built script or metadata names localhost", () => {
  for (const f of ["functions.js", "taskpane.js", "functions.json"])
    expect({ f, localhost: readFileSync(join(out, f), "utf8").includes("localhost") }).toEqual({ f, localhost: false });
});

test("every custom function has a help page at the deployment's base URL, in Indonesian, built from its JSDoc", () => {
  const meta = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as {
    functions: { id: string; name: string; description: string; helpUrl: string }[];
  };
  expect(meta.functions.length).toBeGreaterThan(10);
  for (const f of meta.functions) {
    expect(f.helpUrl).toBe(`${BASE}/bantuan/${f.id.toLowerCase()}.html`);
    const html = readFileSync(join(out, "bantuan", `${f.id.toLowerCase()}.html`), "utf8");
    expect(html).toMatch(/<html lang="?id"?>/);
    expect(html).toContain(`SAKIP.${f.name}`);
    expect(html).toContain("Argumen");
  }
  const index = readFileSync(join(out, "bantuan", "index.html"), "utf8");
  for (const f of meta.functions) expect(index).toMatch(new RegExp(`href="?${f.id.toLowerCase()}\\.html`));
});

test("a base URL that is not https is refused", () => {
  const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const r = spawnSync(
    process.execPath,
    [webpack, "--mode", "production", "--env", "url=http://sakip.contoh.go.id", "--output-path", mkdtempSync(join(tmpdir(), "sakip-rilis-"))],
    { cwd: root, encoding: "utf8" },
  );
  expect(r.status).not.toBe(0);
  expect(r.stdout + r.stderr).toMatch(/harus dilayani lewat https/);
});
