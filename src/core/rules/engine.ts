/**
 * The one place reports become findings: a rule reports `{ at, messageId, data, … }`; the engine
 * looks the message up in the rule's meta, takes its severity and fills its template.
 */
import type { Finding } from "../findings";
import type { CheckContext, MessageData, Report, Rule } from "./context";

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template with its `{placeholders}` filled; a placeholder without data is a rule's bug. */
export function render(template: string, data: MessageData = {}, where = "template"): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const v = data[name];
    if (v === undefined) throw new Error(`${where}: no data for {${name}}`);
    return String(v);
  });
}

/** The placeholders a template uses, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function toFinding(rule: Rule, r: Report): Finding {
  const spec = rule.meta.messages[r.messageId];
  if (!spec) throw new Error(`rule ${rule.meta.id}: unknown messageId "${r.messageId}"`);
  return {
    rule: rule.meta.id,
    severity: spec.severity,
    sheet: r.at.sheet,
    cell: r.at.cell,
    related: [...(r.related ?? [])],
    expected: r.expected ?? null,
    found: r.found ?? null,
    message: render(spec.template, r.data, `rule ${rule.meta.id} message ${r.messageId}`),
    messageId: r.messageId,
  };
}

/** Runs one rule over the shared index and returns its findings, in report order. */
export function runRule(rule: Rule, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  rule.check(ctx, (r) => out.push(toFinding(rule, r)));
  return out;
}

/** Runs rules in order over one index. */
export function runRules(rules: readonly Rule[], ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) out.push(...runRule(rule, ctx));
  return out;
}
