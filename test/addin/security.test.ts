/** The pane loads only its own files and office.js, never renders workbook text as HTML, asks for no more than it needs. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

function policyOf(html: string): Map<string, string[]> {
  const m = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  if (!m) throw new Error("no Content-Security-Policy");
  return new Map(
    m[1]!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k!, v]),
  );
}

test.each(["taskpane.html", "pesan.html"])("the built %s carries a Content-Security-Policy: own files and office.js only", (page) => {
  const csp = policyOf(readFileSync(join(root, "dist", page), "utf8"));
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'none'"]);
  expect(csp.get("form-action")).toEqual(["'none'"]);
  for (const [, v] of csp) expect(v).not.toContain("'unsafe-eval'");
  // The workbook goes nowhere: no connection beyond the pane's own origin; the dev server's socket only while serving.
  expect(csp.get("connect-src")).toEqual(["'self'"]);
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

test("no source renders text as HTML or evaluates strings as code", () => {
  const offenders = sources(join(root, "src")).filter((f) =>
    /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|\beval\(|new Function\(/.test(readFileSync(f, "utf8")),
  );
  expect(offenders).toEqual([]);
});

test("the add-in asks for read-write access to the document and nothing more", () => {
  const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
  expect([...manifest.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
});
