import { labLengthSweep } from "./labLengthSweep";
import { labRulers } from "./labRulers";
import { labSuccessCurves } from "./labSuccessCurves";
import type { LabResult } from "../../lab/run";
import type { SweepResult } from "../../lab/sweep";
import type { LabFigureSpec } from "./types";

/** The lab's figures, by name. Names appear in markup (data-lab-figure). */
export const labFigures = { labSuccessCurves, labLengthSweep, labRulers } as const satisfies Record<string, LabFigureSpec>;
export type LabFigureName = keyof typeof labFigures;

export function isLabFigureName(name: string): name is LabFigureName {
  return Object.hasOwn(labFigures, name);
}

/** A lab figure's data as CSV, full precision: what one run (or sweep) measured. */
export function labFigureTable(name: LabFigureName, data: LabResult | SweepResult): readonly Record<string, string | number>[] {
  const spec = labFigures[name];
  return spec.source === "run" ? spec.table(data as LabResult) : spec.table(data as SweepResult);
}
