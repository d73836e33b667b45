/**
 * Outside Excel (the pane opened in a plain browser, where office.js is absent) there is no
 * CustomFunctions global, yet the bundle registers every function with CustomFunctions.associate.
 * This stand-in lets the page load without errors there; inside Excel it does nothing.
 */
if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  class OutsideExcelError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
    associate: () => undefined,
    Error: OutsideExcelError,
  };
}

export {};
