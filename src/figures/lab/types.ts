import type { LabResult } from "../../lab/run";
import type { SweepResult } from "../../lab/sweep";
import type { DrawnFigure } from "../types";

/** A lab figure: drawn from what a run measured rather than from input values; `source` says which kind of run feeds it. */
export type LabFigureSpec = (DrawnFigure<LabResult> & { readonly source: "run" }) | (DrawnFigure<SweepResult> & { readonly source: "sweep" });

/** The three regimes' colours: CSS variables (set for light and dark in src/styles/lab.css), with light fallbacks. */
export const labColors = {
  pretrainOnly: "var(--lab-pretrain, #3f7cc0)",
  rlOnly: "var(--lab-rl, #d0592c)",
  pretrainThenRl: "var(--lab-both, #7a4fb0)",
} as const;

/** The regimes' colours for text: as dark (or, in dark mode, as light) as 4.5:1 against the page needs (src/styles/palette.css). */
export const labInk = {
  pretrainOnly: "var(--fig-pretraining-text, #2b62a0)",
  rlOnly: "var(--fig-rl-text, #ad4520)",
  pretrainThenRl: labColors.pretrainThenRl,
} as const;

/**
 * Vertical positions for end-of-line labels, in pixels: each label as near its line as it
 * can be while staying `gap` pixels from its neighbours and inside [top, bottom].
 */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0]);
  const placed = order.map(([y]) => Math.min(bottom, Math.max(top, y)));
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i]!, placed[i - 1]! + gap);
  const overflow = placed.length ? placed.at(-1)! - bottom : 0;
  if (overflow > 0) {
    placed[placed.length - 1] = bottom;
    for (let i = placed.length - 2; i >= 0; i--) placed[i] = Math.min(placed[i]!, placed[i + 1]! - gap);
  }
  const out = new Array<number>(wanted.length);
  order.forEach(([, i], k) => (out[i] = placed[k]!));
  return out;
}
