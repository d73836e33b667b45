/** The Excel API the pane needs, checked at start-up so an old Excel gets a plain message. */
import { msg } from "../core/messages";

/** Merged areas (getMergedAreasOrNullObject) arrived in ExcelApi 1.13; the rest is older. */
export const REQUIRED_EXCEL_API = "1.13";

export function missingRequirement(isSetSupported: (name: string, version: string) => boolean): string | null {
  if (!isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) return msg.hostTooOld(`ExcelApi ${REQUIRED_EXCEL_API}`);
  return null;
}
