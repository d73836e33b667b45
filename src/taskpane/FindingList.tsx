/** Findings grouped by sheet, then by rule; each opens its cell, and the cells it disagrees with. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import * as React from "react";
import { SEVERITY_LABEL, type Finding, type Severity } from "../core/findings";
import { RULES } from "../core/rules";
import { groupBy } from "../core/group";

const RULE_TITLE: Record<string, string> = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.title]));

const useStyles = makeStyles({
  rule: { marginTop: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  line: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  related: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export interface FindingListProps {
  findings: readonly Finding[];
  onSelect: (sheet: string, cell: string) => void;
}

export function FindingList({ findings, onSelect }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const bySheet = [...groupBy(findings, (f) => f.sheet)];
  return (
    <Accordion multiple collapsible defaultOpenItems={bySheet.map(([s]) => s)}>
      {bySheet.map(([sheet, fs]) => (
        <AccordionItem key={sheet} value={sheet}>
          <AccordionHeader>
            {sheet} ({fs.length})
          </AccordionHeader>
          <AccordionPanel>
            {[...groupBy(fs, (f) => f.rule)].map(([rule, rs]) => (
              <section key={rule} className={styles.rule} aria-label={RULE_TITLE[rule] ?? rule}>
                <Subtitle2 as="h3">{RULE_TITLE[rule] ?? rule}</Subtitle2>
                <ul style={{ listStyle: "none", margin: 0, padding: 0 }}>
                  {rs.map((f, i) => (
                    <li key={`${f.cell}-${i}`} className={styles.item} data-testid="temuan">
                      <div className={styles.line}>
                        <Badge appearance="tint" color={SEVERITY_COLOR[f.severity]}>
                          {SEVERITY_LABEL[f.severity]}
                        </Badge>
                        <Link as="button" onClick={() => onSelect(f.sheet, f.cell)} aria-label={`Pilih sel ${f.sheet}!${f.cell}`}>
                          {f.cell}
                        </Link>
                      </div>
                      {/* Workbook text only ever as React text, never as HTML. */}
                      <span>{f.message}</span>
                      {(f.expected !== null || f.found !== null) && (
                        <Caption1>
                          {f.expected !== null ? `Seharusnya: ${f.expected}` : ""}
                          {f.expected !== null && f.found !== null ? " · " : ""}
                          {f.found !== null ? `Tertulis: ${f.found}` : ""}
                        </Caption1>
                      )}
                      {f.related.length > 0 && (
                        <div className={styles.related}>
                          <Caption1>Bandingkan dengan:</Caption1>
                          {f.related.map((r) => (
                            <Link key={`${r.sheet}!${r.cell}`} as="button" onClick={() => onSelect(r.sheet, r.cell)} aria-label={`Pilih sel ${r.sheet}!${r.cell}`}>
                              {r.sheet === f.sheet ? r.cell : `${r.sheet}!${r.cell}`}
                            </Link>
                          ))}
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
