import { formatNumber, formatPercent } from "../text/format";
import type { LabResult } from "./run";
import type { LabSettings } from "./settings";
import type { SweepResult } from "./sweep";

const passes = (n: number) => formatNumber(n, "number", { digits: 7 });

/**
 * The sentence that says what this run found, chosen by its results: the lab must be able to
 * report the claim failing as plainly as holding.
 */
export function verdictText(r: LabResult): string {
  const scratch = r.rlOnly.passesToHalf;
  const pretrained = r.pretrainThenRl.passesToHalf;
  const budget = passes(r.settings.budgetPasses);
  if (scratch === Infinity && pretrained === Infinity) {
    return (
      `Neither RL from scratch nor pretrain-then-RL reached 50% success within ${budget} forward passes: ` +
      `they ended at ${formatPercent(r.rlOnly.finalSuccess)} and ${formatPercent(r.pretrainThenRl.finalSuccess)}. ` +
      `The claim is not tested here; try a larger budget or shorter sentences.`
    );
  }
  if (scratch === Infinity) {
    return (
      `RL from scratch never reached 50% success within its ${budget} forward passes; pretraining first, ` +
      `then RL, got there after ${passes(pretrained)}. At these settings the claim holds.`
    );
  }
  if (pretrained === Infinity) {
    return (
      `RL from scratch reached 50% success after ${passes(scratch)} forward passes, and pretrain-then-RL never did. ` +
      `At these settings the claim fails.`
    );
  }
  if (scratch < pretrained) {
    return (
      `RL from scratch reached 50% success first, after ${passes(scratch)} forward passes against ${passes(pretrained)} ` +
      `for pretrain-then-RL: the task is small enough for random sampling to stumble on the reward, and the passes ` +
      `spent pretraining were not needed. At these settings the claim fails.`
    );
  }
  return (
    `Both reached 50% success: pretrain-then-RL after ${passes(pretrained)} forward passes, RL from scratch after ` +
    `${passes(scratch)}. At these settings the claim holds, by a factor of ${formatNumber(scratch / Math.max(1, pretrained), "number")}.`
  );
}

/** Says which settings a run used, for the status line and the figure notes. */
export function settingsText(s: LabSettings, withLength = true): string {
  return [
    `seed ${s.seed}`,
    ...(withLength ? [`T = ${s.sequenceLength}`] : []),
    `V = ${s.vocabulary}`,
    `b = ${s.branching}`,
    `${passes(s.budgetPasses)} passes per regime`,
    `${formatPercent(s.pretrainFraction)} pretraining`,
    `learning rates ${formatNumber(s.pretrainLearningRate, "number")} and ${formatNumber(s.rlLearningRate, "number")}`,
  ].join(", ");
}

/** How the sweep's two curves compare: where RL from scratch stops reaching half success. */
export function sweepText(sweep: SweepResult): string {
  const reached = sweep.lengths.filter((_, i) => sweep.rlOnly[i] !== Infinity);
  const longest = reached.length ? Math.max(...reached) : 0;
  const faster = sweep.lengths.filter((_, i) => sweep.rlOnly[i]! < sweep.pretrainThenRl[i]!);
  const scratch =
    longest === 0
      ? `RL from scratch never reached 50% success at any length from ${sweep.lengths[0]} to ${sweep.lengths.at(-1)}`
      : `RL from scratch reached 50% success for sentences of up to ${longest} symbols, and never beyond`;
  const pretrained = sweep.pretrainThenRl.filter((p) => p !== Infinity).length;
  const beat = faster.length
    ? ` It was faster than pretrain-then-RL at ${faster.length === 1 ? "length" : "lengths"} ${faster.join(", ")}.`
    : " It was never faster than pretrain-then-RL.";
  return `${scratch}; pretrain-then-RL reached it at ${pretrained} of the ${sweep.lengths.length} lengths.${beat}`;
}

/** Sentences prose may embed with <LabText name="...">: each a function of one run, or of one sweep. */
export const labTexts = {
  verdict: { source: "run", text: verdictText },
  sweepSummary: { source: "sweep", text: sweepText },
} as const;
export type LabTextName = keyof typeof labTexts;

/** The sentence `name` for this run or sweep; empty if the data is of the other kind. */
export function labTextFor(name: LabTextName, data: { run: LabResult } | { sweep: SweepResult }): string | undefined {
  const entry = labTexts[name];
  if (entry.source === "run") return "run" in data ? entry.text(data.run) : undefined;
  return "sweep" in data ? entry.text(data.sweep) : undefined;
}

export function isLabTextName(name: string): name is LabTextName {
  return Object.hasOwn(labTexts, name);
}
