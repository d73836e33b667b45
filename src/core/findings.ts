/** What a check reports: one finding a problem, at a cell, in Bahasa Indonesia. */
export type Severity = "error" | "warning" | "info";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "galat", warning: "peringatan", info: "info" };

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  readonly cell: string;
  /** Cells it disagrees with. */
  readonly related: CellRef[];
  readonly expected: string | null;
  readonly found: string | null;
  readonly message: string;
  /** The rule's message this finding renders (meta.messages of the rule), when a rule made it. */
  readonly messageId?: string;
  /**
   * When many findings of this message on one column were collapsed into this one (collapse.ts):
   * every cell they were at, this one's first. All are highlighted; the finding is listed once.
   */
  readonly cells?: readonly string[];
}
