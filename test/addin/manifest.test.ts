/**
 * The manifest, checked offline (the online `office-addin-manifest validate` stays out of CI):
 * well-formed, every resource id it references exists, shared runtime and custom functions
 * declared, and every URL points at a file the build produces on the same origin.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: () => false });
type Node = Record<string, unknown>;
const doc = parser.parse(xml) as { OfficeApp: Node };
const app = doc.OfficeApp;

/** Every object in the tree, with its tag name. */
function walk(node: unknown, tag: string, out: { tag: string; node: Node }[] = []): { tag: string; node: Node }[] {
  if (Array.isArray(node)) node.forEach((n) => walk(n, tag, out));
  else if (node && typeof node === "object") {
    out.push({ tag, node: node as Node });
    for (const [k, v] of Object.entries(node)) if (!k.startsWith("@")) walk(v, k, out);
  }
  return out;
}
const all = walk(app, "OfficeApp");
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const resources = (app.VersionOverrides as Node).Resources as Node;
const ids = (group: string, item: string) =>
  asArray((resources[group] as Node)[item] as Node | Node[]).map((n) => ({ id: String(n["@id"]), value: String(n["@DefaultValue"]) }));

const images = ids("Images", "Image");
const urls = ids("Urls", "Url");
const shortStrings = ids("ShortStrings", "String");
const longStrings = ids("LongStrings", "String");

test("is well-formed XML", () => {
  expect(XMLValidator.validate(xml)).toBe(true);
});

test("has a GUID id, a version, Indonesian locale and asks for no more than ReadWriteDocument", () => {
  expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(app.DefaultLocale).toBe("id-ID");
  expect(app.Permissions).toBe("ReadWriteDocument");
  expect((app.Hosts as Node).Host).toEqual({ "@Name": "Workbook" });
});

test("every resid it references is defined once in Resources, with the right kind", () => {
  const defined = new Map<string, string>();
  for (const [kind, list] of [
    ["image", images],
    ["url", urls],
    ["short", shortStrings],
    ["long", longStrings],
  ] as const) {
    for (const { id } of list) {
      expect(defined.has(id)).toBe(false);
      defined.set(id, kind);
    }
  }
  const refs = all.filter(({ node }) => typeof node["@resid"] === "string");
  expect(refs.length).toBeGreaterThan(10);
  const expectedKind: Record<string, string[]> = {
    Image: ["image"],
    SourceLocation: ["url"],
    Runtime: ["url"],
    FunctionFile: ["url"],
    LearnMoreUrl: ["url"],
    Namespace: ["short"],
    Label: ["short"],
    Title: ["short"],
    Description: ["long"],
  };
  for (const { tag, node } of refs) {
    const id = String(node["@resid"]);
    expect({ tag, id, defined: defined.has(id) }).toEqual({ tag, id, defined: true });
    if (expectedKind[tag]) expect(expectedKind[tag]).toContain(defined.get(id));
  }
});

test("declares the shared runtime and the custom functions under the SAKIP namespace", () => {
  const sets = asArray(((app.Requirements as Node).Sets as Node).Set as Node | Node[]);
  expect(sets).toContainEqual({ "@Name": "SharedRuntime", "@MinVersion": "1.1" });
  const host = ((app.VersionOverrides as Node).Hosts as Node).Host as Node;
  const runtime = (host.Runtimes as Node).Runtime as Node;
  expect(runtime["@lifetime"]).toBe("long");
  const cf = all.find(({ tag, node }) => tag === "ExtensionPoint" && node["@type"] === "CustomFunctions");
  expect(cf).toBeDefined();
  const cfNode = cf!.node;
  // The page of the custom functions is the runtime's page: one shared runtime.
  expect(((cfNode.Page as Node).SourceLocation as Node)["@resid"]).toBe(runtime["@resid"]);
  expect(((host.DesktopFormFactor as Node).FunctionFile as Node)["@resid"]).toBe(runtime["@resid"]);
  const ns = shortStrings.find((s) => s.id === (cfNode.Namespace as Node)["@resid"]);
  expect(ns?.value).toBe("SAKIP");
  const meta = urls.find((u) => u.id === ((cfNode.Metadata as Node).SourceLocation as Node)["@resid"]);
  expect(meta?.value).toMatch(/\/functions\.json$/);
});

test("the ribbon's SAKIP group on the Home tab: the pane, Periksa Konsistensi, Hapus Sorotan, Buat Tabel LKjIP and Hapus Tabel LKjIP", () => {
  const tab = all.find(({ tag }) => tag === "OfficeTab")!.node;
  expect(tab["@id"]).toBe("TabHome");
  const buttons = all.filter(({ tag, node }) => tag === "Control" && node["@type"] === "Button");
  const described = buttons.map(({ node }) => {
    const action = node.Action as Node;
    return [shortStrings.find((s) => s.id === (node.Label as Node)["@resid"])?.value, action["@type"], action.FunctionName ?? action.TaskpaneId];
  });
  expect(described).toEqual([
    ["Panel SAKIP", "ShowTaskpane", "SakipPanel"],
    ["Periksa Konsistensi", "ExecuteFunction", "periksaKonsistensi"],
    ["Hapus Sorotan", "ExecuteFunction", "hapusSorotan"],
    ["Buat Tabel LKjIP", "ExecuteFunction", "buatTabelLkjip"],
    ["Hapus Tabel LKjIP", "ExecuteFunction", "hapusTabelLkjip"],
  ]);
  // Each ExecuteFunction name is registered by the bundle the shared runtime loads.
  const bundle = readFileSync(join(root, "dist", "taskpane.js"), "utf8") + readFileSync(join(root, "dist", "functions.js"), "utf8");
  for (const [, , name] of described.slice(1)) expect(bundle).toContain(`"${String(name)}"`);
});

test("every URL is https on one origin, listed in AppDomains, and served by the build", () => {
  const plain = [app.IconUrl, app.HighResolutionIconUrl, app.SupportUrl, (app.DefaultSettings as Node).SourceLocation].map((n) =>
    String((n as Node)["@DefaultValue"]),
  );
  const every = [...plain, ...urls.map((u) => u.value), ...images.map((i) => i.value)];
  const origins = new Set(every.map((u) => new URL(u).origin));
  expect([...origins]).toEqual(["https://localhost:3000"]);
  expect(asArray((app.AppDomains as Node).AppDomain as string | string[])).toContain("https://localhost:3000");
  const dist = join(root, "dist");
  for (const u of every) {
    const file = join(dist, new URL(u).pathname);
    expect({ url: u, exists: existsSync(file) }).toEqual({ url: u, exists: true });
  }
});

test("strings stay within the manifest's length limits (short 125, long 250)", () => {
  for (const s of shortStrings) expect(s.value.length).toBeLessThanOrEqual(125);
  for (const s of longStrings) expect(s.value.length).toBeLessThanOrEqual(250);
  expect(String((app.Description as Node)["@DefaultValue"]).length).toBeLessThanOrEqual(250);
});
