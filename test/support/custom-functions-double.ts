/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides, with the same error
 * codes as @types/custom-functions-runtime. Installed on globalThis by `installCustomFunctions()`.
 */
export class ExcelErrorDouble {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: ExcelErrorDouble,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

/** Calls `fn` and returns the Excel error it ends with, failing the test when it returns a value. */
export function excelError(fn: () => unknown): ExcelErrorDouble {
  try {
    const v = fn();
    throw new Error(`expected an Excel error, got ${JSON.stringify(v)}`);
  } catch (e) {
    if (e instanceof ExcelErrorDouble) return e;
    throw e;
  }
}

/**
 * A module's functions as Excel calls them: any value in any argument. An option argument is typed
 * by its custom enum (for the AutoComplete list), yet Excel passes whatever the user typed there.
 */
export type AsExcelCalls<M> = {
  [K in keyof M]: M[K] extends (...args: infer A) => infer R ? (...args: { [I in keyof A]: unknown }) => R : M[K];
};
