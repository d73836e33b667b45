/**
 * Findings grouped by sheet (an h2 each). A finding shows what is written and what it should be in
 * large type, the rule's problem title, the message, and links to its cell and the cells it
 * disagrees with; the one clicked last is marked, with the cell it selected beside it.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  Link,
  List,
  ListItem,
  makeStyles,
  mergeClasses,
  shorthands,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Finding } from "../core/findings";
import { groupBy } from "../core/group";
import { shownValues } from "../core/report-sheet";
import { ruleTitle } from "../core/rule-titles";
import type { ActiveItem } from "./App";
import { SeverityBadge } from "./severity";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  active: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    // Not told by colour alone: in the high-contrast theme both backgrounds are black, and under
    // forced colours the browser repaints them; the ring stays, in the system's highlight colour.
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    "@media (forced-colors: active)": { ...shorthands.borderColor("Highlight"), outlineColor: "Highlight" },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  title: { flexGrow: 1, minWidth: 0 },
  values: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalXXS },
  value: { display: "flex", flexDirection: "column", minWidth: 0, maxWidth: "100%" },
  label: { color: tokens.colorNeutralForeground2 },
  found: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  expected: { color: tokens.colorPaletteGreenForeground1, overflowWrap: "anywhere" },
  message: { color: tokens.colorNeutralForeground2 },
  cells: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalS}`, alignItems: "baseline" },
  selected: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FindingListProps {
  /** All findings of the check: a finding's key is its place here, so filtering keeps it. */
  findings: readonly Finding[];
  /** The ones the severity filter shows. */
  visible: readonly Finding[];
  onSelect: (key: string, sheet: string, cell: string) => void;
  active: ActiveItem | null;
}

export function FindingList({ findings, visible, onSelect, active }: FindingListProps): React.JSX.Element {
  const bySheet = [...groupBy(visible, (f) => f.sheet)];
  const keyOf = React.useMemo(() => new Map(findings.map((f, i) => [f, `temuan:${i}`])), [findings]);
  return (
    <Accordion multiple collapsible defaultOpenItems={[...new Set(findings.map((f) => f.sheet))]}>
      {bySheet.map(([sheet, fs]) => (
        <AccordionItem key={sheet} value={sheet}>
          <AccordionHeader as="h2" size="medium">
            {sheet} ({fs.length})
          </AccordionHeader>
          <AccordionPanel>
            <FindingItems findings={fs} keyOf={keyOf} onSelect={onSelect} active={active} label={`Temuan di ${sheet}`} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

function FindingItems({
  findings,
  keyOf,
  onSelect,
  active,
  label,
}: {
  findings: readonly Finding[];
  keyOf: ReadonlyMap<Finding, string>;
  onSelect: (key: string, sheet: string, cell: string) => void;
  active: ActiveItem | null;
  label: string;
}): React.JSX.Element {
  const styles = useStyles();
  return (
    <List className={styles.list} aria-label={label}>
      {findings.map((f) => {
        const key = keyOf.get(f)!;
        const isActive = active?.key === key;
        const shown = shownValues(f);
        return (
          <ListItem
            key={key}
            className={mergeClasses(styles.item, isActive && styles.active)}
            data-testid="temuan"
            aria-current={isActive ? "true" : undefined}
            data-aktif={isActive ? "ya" : undefined}
          >
            <div className={styles.head}>
              <SeverityBadge severity={f.severity} />
              <Text weight="semibold" className={styles.title}>
                {ruleTitle(f.rule)}
              </Text>
            </div>
            {(shown.expected !== null || shown.found !== null) && (
              <div className={styles.values}>
                {shown.found !== null && (
                  <span className={styles.value}>
                    <Caption1 className={styles.label}>Tertulis</Caption1>
                    <Text size={400} weight="semibold" className={styles.found}>
                      {shown.found}
                    </Text>
                  </span>
                )}
                {shown.expected !== null && (
                  <span className={styles.value}>
                    <Caption1 className={styles.label}>Seharusnya</Caption1>
                    <Text size={400} weight="semibold" className={styles.expected}>
                      {shown.expected}
                    </Text>
                  </span>
                )}
              </div>
            )}
            {/* Workbook text only ever as React text, never as HTML. */}
            <Body1 className={styles.message}>{f.message}</Body1>
            <div className={styles.cells}>
              <Caption1 className={styles.label}>Sel</Caption1>
              <Link as="button" onClick={() => onSelect(key, f.sheet, f.cell)} aria-label={`Pilih sel ${f.sheet}!${f.cell}`}>
                {f.cell}
              </Link>
              {f.related.length > 0 && <Caption1 className={styles.label}>· bandingkan</Caption1>}
              {f.related.map((r) => (
                <Link key={`${r.sheet}!${r.cell}`} as="button" onClick={() => onSelect(key, r.sheet, r.cell)} aria-label={`Pilih sel ${r.sheet}!${r.cell}`}>
                  {r.sheet === f.sheet ? r.cell : `${r.sheet}!${r.cell}`}
                </Link>
              ))}
            </div>
            {isActive && active.cell && (
              <Caption1 role="status" className={styles.selected}>
                Sel terpilih: {active.cell}
              </Caption1>
            )}
          </ListItem>
        );
      })}
    </List>
  );
}
