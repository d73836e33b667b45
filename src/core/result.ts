/**
 * Errors as values, the way a spreadsheet thinks of them: a formula either gives a value or one of
 * Excel's error kinds with a message in Bahasa Indonesia. The custom functions turn a `Failure`
 * into a `CustomFunctions.Error`; the checks turn it into a finding.
 */
export type ErrorKind = "value" | "div0" | "num" | "na";

export interface Failure {
  readonly ok: false;
  readonly kind: ErrorKind;
  readonly message: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (kind: ErrorKind, message: string): Failure => ({ ok: false, kind, message });
