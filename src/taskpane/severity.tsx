/** How a severity looks in the pane: the same badge colour in the filter and on each finding. */
import { Badge } from "@fluentui/react-components";
import * as React from "react";
import { SEVERITY_LABEL, type Severity } from "../core/findings";

export const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

/** "Galat", "Peringatan", "Info": the label as a heading or a button says it. */
export const SEVERITY_TITLE: Record<Severity, string> = { error: "Galat", warning: "Peringatan", info: "Info" };

export function SeverityBadge({ severity, children }: { severity: Severity; children?: React.ReactNode }): React.JSX.Element {
  return (
    <Badge appearance="tint" shape="rounded" color={SEVERITY_COLOR[severity]}>
      {children ?? SEVERITY_LABEL[severity]}
    </Badge>
  );
}
