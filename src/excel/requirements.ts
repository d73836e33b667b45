/** The Excel API the pane needs, checked at start-up so an old Excel gets a plain message. */
import { msg } from "../core/messages";

/** Merged areas (getMergedAreasOrNullObject) arrived in ExcelApi 1.13; the rest is older. */
export const REQUIRED_EXCEL_API = "1.13";

export function missingRequirement(isSetSupported: (name: string, version: string) => boolean): string | null {
  if (!isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) return msg.hostTooOld(`ExcelApi ${REQUIRED_EXCEL_API}`);
  return null;
}

/** Chart series built explicitly (series.add, setValues, setXAxisValues, a series' chartType) arrived in ExcelApi 1.7. */
export const CHARTS_EXCEL_API = "1.7";

/**
 * Whether this Excel draws the LKjIP sheet's charts. Outside Office (tests, the preview) there is
 * no Office object, and the charts are drawn. The pane and the ribbon already require
 * REQUIRED_EXCEL_API (1.13), so this only matters if that minimum is ever lowered.
 */
export function chartsSupported(isSetSupported: ((name: string, version: string) => boolean) | null = officeIsSetSupported()): boolean {
  return isSetSupported === null || isSetSupported("ExcelApi", CHARTS_EXCEL_API);
}

function officeIsSetSupported(): ((name: string, version: string) => boolean) | null {
  const requirements = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (name: string, version: string) => boolean } } } }).Office
    ?.context?.requirements;
  return typeof requirements?.isSetSupported === "function" ? (name, version) => requirements.isSetSupported!(name, version) : null;
}
