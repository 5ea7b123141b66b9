import type { LabResult } from "../../lab/run";
import type { SweepResult } from "../../lab/sweep";
import { bindFigure, type BoundFigure } from "../types";
import { labLengthSweep } from "./labLengthSweep";
import { labRulers } from "./labRulers";
import { labSuccessCurves } from "./labSuccessCurves";
import type { LabFigureSpec } from "./types";

/** The lab's figures, by name. Names appear in markup (data-lab-figure) and CSV file names. */
export const labFigures = { labSuccessCurves, labLengthSweep, labRulers } as const satisfies Record<string, LabFigureSpec>;
export type LabFigureName = keyof typeof labFigures;

export function isLabFigureName(name: string): name is LabFigureName {
  return Object.hasOwn(labFigures, name);
}

/** What lab figures are drawn from: a run of the three regimes, and the sweep over sentence lengths. */
export interface LabData {
  readonly run: LabResult;
  readonly sweep: SweepResult;
}

/** The lab figure with the data its source names, or undefined when that data is not given. */
export function bindLabFigure(name: LabFigureName, data: Partial<LabData>): BoundFigure | undefined {
  const spec: LabFigureSpec = labFigures[name];
  if (spec.source === "run") return data.run && bindFigure(spec, data.run);
  return data.sweep && bindFigure(spec, data.sweep);
}
