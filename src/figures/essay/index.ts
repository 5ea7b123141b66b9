import { bitRateLadder } from "./bitRateLadder";
import { computeShares } from "./computeShares";
import { contextVsWeights } from "./contextVsWeights";
import { eventShareCurves } from "./eventShareCurves";
import { eventSplit } from "./eventSplit";
import { parityVsPasses } from "./parityVsPasses";
import { bitsPerPassVsPassRate } from "./bitsPerPassVsPassRate";
import { bitsPerSampleCake } from "./bitsPerSampleCake";
import { selectVersusSummon } from "./selectVersusSummon";
import { sensitivityTornado } from "./sensitivityTornado";
import { shapingCake } from "./shapingCake";
import type { FigureSpec } from "../types";

/** Every figure, by name. Names appear in markup (data-figure) and in snapshot file names. */
export const figures = {
  eventSplit,
  eventShareCurves,
  parityVsPasses,
  bitsPerPassVsPassRate,
  bitsPerSampleCake,
  selectVersusSummon,
  computeShares,
  bitRateLadder,
  contextVsWeights,
  shapingCake,
  sensitivityTornado,
} as const satisfies Record<string, FigureSpec>;
export type FigureName = keyof typeof figures;

export function isFigureName(name: string): name is FigureName {
  return Object.hasOwn(figures, name);
}
export type { FigureSpec };
