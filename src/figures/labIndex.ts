import { labLengthSweep } from "./labLengthSweep";
import { labSuccessCurves } from "./labSuccessCurves";
import type { LabFigureSpec } from "./labTypes";

/** The lab's figures, by name. Names appear in markup (data-lab-figure). */
export const labFigures = { labSuccessCurves, labLengthSweep } as const satisfies Record<string, LabFigureSpec>;
export type LabFigureName = keyof typeof labFigures;

export function isLabFigureName(name: string): name is LabFigureName {
  return Object.hasOwn(labFigures, name);
}
