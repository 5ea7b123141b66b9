import type { LabResult } from "../lab/run";
import type { SweepResult } from "../lab/sweep";
import { csvText } from "../lib/csvText";
import { labFigureTable, type LabFigureName } from "./labIndex";

export { isLabFigureName } from "./labIndex";

/** A lab figure's data as CSV: what the run (or sweep) on show measured, full precision. */
export function labFigureCsv(name: LabFigureName, data: LabResult | SweepResult): string {
  return csvText(labFigureTable(name, data));
}
