/**
 * What every change to a copy's XML needs, shared by the report sheet (add-findings.ts) and the
 * LKjIP tables sheet (add-lkjip.ts): finding and splicing elements in a part's text (namespace
 * prefixes kept), relationships, content types, styles.xml, free part names, and adding a sheet
 * known by a hidden workbook-level name (the mark). Works on the parts as text; no file or Node
 * access here.
 */
import { sheetOfReference } from "../core/report-sheet";
import { listSheets, resolveRelative, type SheetEntry } from "./ooxml";

export type TextPart = (name: string) => string | undefined;

export const NS_RELATIONSHIPS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];
export const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
export const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Text for XML content: entities, and OOXML's _xHHHH_ for characters XML 1.0 cannot hold. */
export function escapeXml(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/** The namespace prefix of a part's root element ("" or "x:"). */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/** Index of the first start tag `<q` (q a qualified name) followed by a space, `>` or `/`. */
export function startTag(xml: string, q: string, from = 0): number {
  const open = `<${q}`;
  for (let i = xml.indexOf(open, from); i >= 0; i = xml.indexOf(open, i + 1)) {
    const next = xml.charCodeAt(i + open.length);
    if (next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13) return i;
  }
  return -1;
}

/** The first of these elements (in this prefix) present, else the root's closing tag. */
export function insertionPoint(xml: string, p: string, before: readonly string[], root: string): number {
  let at = -1;
  for (const name of before) {
    const i = startTag(xml, p + name);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at >= 0 ? at : xml.lastIndexOf(`</${p}${root}>`);
}

export function splice(xml: string, at: number, text: string): string {
  return xml.slice(0, at) + text + xml.slice(at);
}

/** End of the element starting at `at` (after its closing tag, or after `/>`). */
export function elementEnd(xml: string, at: number, q: string): number {
  const gt = xml.indexOf(">", at);
  if (xml[gt - 1] === "/") return gt + 1;
  const close = `</${q}>`;
  const end = xml.indexOf(close, gt);
  return end < 0 ? -1 : end + close.length;
}

/**
 * Appends children to a container element (creating it before `before` when missing) and updates
 * its count; returns the new XML and the index of the first appended child.
 */
export function appendChildren(
  xml: string,
  p: string,
  container: string,
  children: readonly string[],
  before: readonly string[],
  root: string,
): { xml: string; first: number } {
  const q = p + container;
  const at = startTag(xml, q);
  if (at < 0) {
    const where = insertionPoint(xml, p, before, root);
    const count = container === "definedNames" ? "" : ` count="${children.length}"`;
    return { xml: splice(xml, where, `<${q}${count}>${children.join("")}</${q}>`), first: 0 };
  }
  const gt = xml.indexOf(">", at);
  let open = xml.slice(at, gt + 1);
  const selfClosing = open.endsWith("/>");
  const end = selfClosing ? gt + 1 : xml.indexOf(`</${q}>`, gt);
  const body = selfClosing ? "" : xml.slice(gt + 1, end);
  const existing = countChildren(body);
  if (selfClosing) open = `${open.slice(0, -2).trimEnd()}>`;
  open = /\scount="/.test(open) ? open.replace(/\scount="[^"]*"/, ` count="${existing + children.length}"`) : open;
  const rebuilt = `${open}${body}${children.join("")}</${q}>`;
  const tail = selfClosing ? gt + 1 : end + `</${q}>`.length;
  return { xml: xml.slice(0, at) + rebuilt + xml.slice(tail), first: existing };
}

/** Direct children of a container body (elements at depth 0). */
export function countChildren(body: string): number {
  let depth = 0;
  let n = 0;
  for (let i = body.indexOf("<"); i >= 0; i = body.indexOf("<", i + 1)) {
    const c = body[i + 1];
    if (c === "?" || c === "!") continue;
    const gt = body.indexOf(">", i);
    if (gt < 0) break;
    if (c === "/") depth--;
    else {
      if (depth === 0) n++;
      if (body[gt - 1] !== "/") depth++;
    }
    i = gt;
  }
  return n;
}

export function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1];
}

export const unescapeAttr = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!);

export interface DefinedName {
  readonly name: string;
  readonly formula: string;
  /** Where the element is in workbook.xml, to replace or remove it. */
  readonly start: number;
  readonly end: number;
}

export function definedNames(wb: string, p: string): DefinedName[] {
  const out: DefinedName[] = [];
  const q = `${p}definedName`;
  for (let at = startTag(wb, q); at >= 0; at = startTag(wb, q, at + 1)) {
    const gt = wb.indexOf(">", at);
    const end = elementEnd(wb, at, q);
    if (gt < 0 || end < 0) break;
    const tag = wb.slice(at, gt + 1);
    const body = tag.endsWith("/>") ? "" : wb.slice(gt + 1, end - `</${q}>`.length);
    out.push({ name: unescapeAttr(attrOf(tag, "name") ?? ""), formula: unescapeAttr(body), start: at, end });
  }
  return out;
}

/** The prefix bound to the relationships namespace in a part's root, or null. */
export function relationshipsPrefix(xml: string): string | null {
  for (const ns of NS_RELATIONSHIPS) {
    const m = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${ns.replace(/[./]/g, "\\$&")}"`).exec(xml);
    if (m) return m[1]!;
  }
  return null;
}

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A part name no entry has, like xl/worksheets/sheet12.xml. */
export function freePartName(taken: ReadonlySet<string>, stem: string): string {
  for (let i = 1; ; i++) {
    const name = `${stem}${i}.xml`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function freeRelationshipId(rels: string): string {
  const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  for (let i = 1; ; i++) if (!ids.has(`rId${i}`)) return `rId${i}`;
}

/** A relationship Target for a part, relative to xl/ as workbook.xml.rels writes them. */
export function relativeToXl(part: string): string {
  return part.startsWith("xl/") ? part.slice(3) : `/${part}`;
}

/** Workbook children that follow bookViews (ECMA-376 CT_Workbook order). */
export const AFTER_BOOK_VIEWS = [
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "extLst",
];

/**
 * workbook.xml with the sheet at `index` active (the first workbookView's activeTab), a bookViews
 * added when there is none; null when it cannot be done safely.
 */
export function activateSheet(wb: string, p: string, index: number): string | null {
  const q = `${p}workbookView`;
  const at = startTag(wb, q);
  if (at < 0) {
    if (startTag(wb, `${p}bookViews`) >= 0) return null;
    return splice(wb, insertionPoint(wb, p, AFTER_BOOK_VIEWS, "workbook"), `<${p}bookViews><${q} activeTab="${index}"/></${p}bookViews>`);
  }
  const gt = wb.indexOf(">", at);
  if (gt < 0) return null;
  let tag = wb.slice(at, gt + 1);
  tag = tag.replace(/\sactiveTab="[^"]*"/, "");
  tag = tag.replace(/^(<[^\s/>]+)/, `$1 activeTab="${index}"`);
  return wb.slice(0, at) + tag + wb.slice(gt + 1);
}

/** Workbook children that follow definedNames (ECMA-376 CT_Workbook order). */
export const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

export function findStylesPart(rels: string): string | null {
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    if (attrOf(m[0], "Type")?.endsWith("/styles")) {
      const t = unescapeAttr(attrOf(m[0], "Target") ?? "");
      return t.startsWith("/") ? t.slice(1) : `xl/${t}`;
    }
  }
  return null;
}

export function insertRelationship(rels: string, id: string, type: string, target: string): string {
  const p = rootPrefix(rels, "Relationships");
  const at = rels.lastIndexOf(`</${p}Relationships>`);
  const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  if (at >= 0) return splice(rels, at, rel);
  // <Relationships .../> with no relationship at all.
  return rels.replace(new RegExp(`<${p}Relationships([^>]*?)\\s*/>`), `<${p}Relationships$1>${rel}</${p}Relationships>`);
}

export function addOverride(ct: string, partName: string, type: string): string {
  const p = rootPrefix(ct, "Types");
  const at = ct.lastIndexOf(`</${p}Types>`);
  if (at < 0) throw new Error("[Content_Types].xml tidak lengkap");
  return splice(ct, at, `<${p}Override PartName="${escapeXml(partName)}" ContentType="${type}"/>`);
}

/** Removes a part's <Override> from [Content_Types].xml (a removed part must not keep one). */
export function removeOverride(ct: string, partName: string): string {
  const p = rootPrefix(ct, "Types");
  const wanted = partName.toLowerCase();
  return ct.replace(new RegExp(`<${p.replace(/[.]/g, "\\.")}Override\\b[^>]*>(?:</${p.replace(/[.]/g, "\\.")}Override>)?`, "g"), (tag) =>
    unescapeAttr(attrOf(tag, "PartName") ?? "").toLowerCase() === wanted ? "" : tag,
  );
}

/** Adds a <Default> for an extension when [Content_Types].xml has none. */
export function ensureDefault(ct: string, extension: string, type: string): string {
  const p = rootPrefix(ct, "Types");
  for (const m of ct.matchAll(/<(?:[\w.-]+:)?Default\b[^>]*>/g)) if ((attrOf(m[0], "Extension") ?? "").toLowerCase() === extension) return ct;
  const at = startTag(ct, `${p}Default`);
  const tag = `<${p}Default Extension="${extension}" ContentType="${type}"/>`;
  if (at >= 0) return splice(ct, at, tag);
  return splice(ct, ct.lastIndexOf(`</${p}Types>`), tag);
}

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The internal relationships of a rels part: type (its last path segment) and resolved target. */
export function relationshipsOf(relsXml: string, owner: string): { type: string; target: string }[] {
  const out: { type: string; target: string }[] = [];
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    if (attrOf(m[0], "TargetMode") === "External") continue;
    const target = unescapeAttr(attrOf(m[0], "Target") ?? "");
    const type = attrOf(m[0], "Type") ?? "";
    if (target) out.push({ type: type.slice(type.lastIndexOf("/") + 1), target: resolveRelative(owner, target) });
  }
  return out;
}

const WB = "xl/workbook.xml";
const WB_RELS = "xl/_rels/workbook.xml.rels";
const CT = "[Content_Types].xml";

/**
 * The copy's changes under way: workbook.xml, its relationships and the content types as text,
 * every other changed (string) or removed (null) part, and which part names are taken. Throws
 * when the workbook's own structure is missing.
 */
export class WorkbookEdit {
  private readonly changed = new Map<string, string | null>();
  private readonly original: { wb: string; rels: string; ct: string };
  wb: string;
  rels: string;
  ct: string;
  readonly wp: string;
  readonly taken: Set<string>;
  readonly sheets: SheetEntry[];

  constructor(
    private readonly part: TextPart,
    partNames: readonly string[],
  ) {
    const wb = part(WB);
    const rels = part(WB_RELS);
    const ct = part(CT);
    if (wb === undefined || rels === undefined || ct === undefined)
      throw new Error("struktur buku kerja tidak lengkap (workbook.xml, relasinya atau [Content_Types].xml tidak ada)");
    this.original = { wb, rels, ct };
    this.wb = wb;
    this.rels = rels;
    this.ct = ct;
    this.taken = new Set(partNames.map((n) => n.toLowerCase()));
    this.sheets = listSheets(wb, rels);
    this.wp = rootPrefix(wb, "workbook");
  }

  /** A part as it is now in the copy (changed, or the input's), undefined when absent or removed. */
  get(name: string): string | undefined {
    if (this.changed.has(name)) return this.changed.get(name) ?? undefined;
    return this.part(name);
  }

  set(name: string, xml: string): void {
    this.changed.set(name, xml);
    this.taken.add(name.toLowerCase());
  }

  /** Removes a part from the copy, and its content type override. */
  remove(name: string): void {
    this.changed.set(name, null);
    this.taken.delete(name.toLowerCase());
    this.ct = removeOverride(this.ct, `/${name}`);
  }

  /** A free part name like xl/charts/chart3.xml, reserved at once. */
  reserve(stem: string): string {
    const name = freePartName(this.taken, stem);
    this.taken.add(name.toLowerCase());
    return name;
  }

  /** The sheet a workbook-level mark points at, when it exists with its part; else undefined. */
  markedSheet(mark: string): SheetEntry | undefined {
    const found = definedNames(this.wb, this.wp).find((n) => n.name.toLowerCase() === mark.toLowerCase());
    const marked = found ? sheetOfReference(found.formula) : null;
    return marked !== null ? this.sheets.find((s) => s.name === marked && s.path && this.taken.has(s.path.toLowerCase())) : undefined;
  }

  /** The styles part's name and text; a workbook without styles.xml gets a minimal one. */
  styles(): { name: string; xml: string } {
    const name = findStylesPart(this.rels);
    const xml = name ? this.get(name) : undefined;
    if (name && xml !== undefined) return { name, xml };
    if (!name) this.rels = insertRelationship(this.rels, freeRelationshipId(this.rels), REL_STYLES, "styles.xml");
    const made = name ?? "xl/styles.xml";
    if (!this.ct.toLowerCase().includes(`partname="/${made.toLowerCase()}"`)) this.ct = addOverride(this.ct, `/${made}`, CT_STYLES);
    return { name: made, xml: MINIMAL_STYLES };
  }

  /**
   * Adds a worksheet after the others under `name`, with a hidden workbook-level name `mark`
   * pointing at it (an old mark of that name replaced) and any sheet-local names `extraNames(index)`
   * gives. Opened, the copy shows it when that changes workbook.xml only: no other sheet is
   * selected in its own part (that sheet would be grouped with ours, and its part would change).
   * Returns the new part's name and whether the sheet is the active one (its sheetView must then
   * say tabSelected="1").
   */
  addMarkedSheet(o: { name: string; mark: string; markReference: string; extraNames?: (index: number) => string[] }): { path: string; active: boolean } {
    const { wp } = this;
    const path = this.reserve("xl/worksheets/sheet");
    const rid = freeRelationshipId(this.rels);
    this.rels = insertRelationship(this.rels, rid, REL_WORKSHEET, relativeToXl(path));
    this.ct = addOverride(this.ct, `/${path}`, CT_WORKSHEET);
    let wb = this.wb;
    let sheetId = 0;
    // sheetId may be a sheet's first attribute (<sheet sheetId="1" name=…>): ours must not repeat one.
    for (const m of wb.matchAll(/<(?:[\w.-]+:)?sheet\s(?:[^>]*?\s)?sheetId="(\d+)"/g)) sheetId = Math.max(sheetId, Number(m[1]));
    const rp = relationshipsPrefix(wb);
    const ridAttr = rp ? `${rp}:id="${rid}"` : `xmlns:r="${NS_RELATIONSHIPS[0]}" r:id="${rid}"`;
    const close = wb.indexOf(`</${wp}sheets>`);
    if (close < 0) throw new Error("daftar sheet di workbook.xml tidak ditemukan");
    // Our sheet's index among the sheets, for sheet-local names (print titles).
    const index = [...wb.slice(0, close).matchAll(new RegExp(`<${wp.replace(/[.]/g, "\\.")}sheet[\\s/>]`, "g"))].length;
    wb = splice(wb, close, `<${wp}sheet name="${escapeXml(o.name)}" sheetId="${sheetId + 1}" ${ridAttr}/>`);
    const mark = `<${wp}definedName name="${o.mark}" hidden="1">${escapeXml(o.markReference)}</${wp}definedName>`;
    const extra = o.extraNames?.(index) ?? [];
    const old = definedNames(wb, wp).find((n) => n.name.toLowerCase() === o.mark.toLowerCase());
    if (old) wb = wb.slice(0, old.start) + mark + extra.join("") + wb.slice(old.end);
    else wb = appendChildren(wb, wp, "definedNames", [mark, ...extra], AFTER_DEFINED_NAMES, "workbook").xml;
    let active = false;
    const selectedElsewhere = this.sheets.some((x) => x.path && /<(?:[\w.-]+:)?sheetView\b[^>]*\stabSelected="(?:1|true)"/.test(this.get(x.path) ?? ""));
    if (!selectedElsewhere) {
      const activated = activateSheet(wb, wp, index);
      if (activated !== null) {
        wb = activated;
        active = true;
      }
    }
    this.wb = wb;
    return { path, active };
  }

  /** Every part that differs from the input: its new text, or null when removed. */
  parts(): Map<string, string | null> {
    const out = new Map(this.changed);
    if (this.wb !== this.original.wb) out.set(WB, this.wb);
    if (this.rels !== this.original.rels) out.set(WB_RELS, this.rels);
    if (this.ct !== this.original.ct) out.set(CT, this.ct);
    return out;
  }
}
