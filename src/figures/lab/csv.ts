import type { LabResult } from "../../lab/run";
import type { SweepResult } from "../../lab/sweep";
import { csvText } from "../../text/csvText";
import { labFigureTable, type LabFigureName } from "./index";

export { isLabFigureName } from "./index";

/** A lab figure's data as CSV: what the run (or sweep) on show measured, full precision. */
export function labFigureCsv(name: LabFigureName, data: LabResult | SweepResult): string {
  return csvText(labFigureTable(name, data));
}
