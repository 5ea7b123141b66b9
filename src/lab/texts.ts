import { formatNumber, formatPercent } from "../text/format";
import type { LabResult } from "./run";
import type { LabSettings } from "./settings";
import type { SweepResult } from "./sweep";
import { afterSwitchText, imitationText, rewardsMovedText, rlFeedbackText, rlFromScratchText, shortSentencesText } from "./runTexts";
import { pretrainRulersText, rlRulersText } from "./rulerTexts";

const passes = (n: number) => formatNumber(n, "number", { digits: 7 });

/**
 * The sentence that says what this run found, chosen by its results: the lab must be able to
 * report the claim failing as plainly as holding.
 */
export function verdictText(r: LabResult): string {
  // A third regime that never reached RL is pretraining alone: say so before comparing it.
  const imitationOnly = r.switchPasses > 0 && r.pretrainThenRl.episodes === 0;
  const verdict = verdictOf(r);
  return imitationOnly ? `Pretrain-then-RL spent its whole budget imitating, so here it is pretraining alone. ${verdict}` : verdict;
}

function verdictOf(r: LabResult): string {
  const scratch = r.rlOnly.passesToHalf;
  const pretrained = r.pretrainThenRl.passesToHalf;
  const budget = passes(r.settings.budgetPasses);
  // With no pretraining the third regime is RL from scratch itself: there is nothing to compare.
  if (r.switchPasses === 0) {
    return (
      `With no forward passes spent pretraining, pretrain-then-RL is RL from scratch itself, so this run cannot test the claim; ` +
      `set a pretraining share that buys at least one sentence.`
    );
  }
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
  if (scratch === pretrained) {
    return `Both reached 50% success after exactly ${passes(scratch)} forward passes: at these settings the claim neither holds nor fails.`;
  }
  const factor = formatNumber(scratch / Math.max(1, pretrained), "number");
  return (
    `Both reached 50% success: pretrain-then-RL after ${passes(pretrained)} forward passes, RL from scratch after ` +
    `${passes(scratch)}. At these settings the claim holds, ${factor === "1" ? "narrowly" : `by a factor of ${factor}`}.`
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
  // Where no pretraining happened, pretrain-then-RL is RL from scratch: never compare a regime with itself.
  if (sweep.switchPasses.every((p) => p === 0)) {
    const reached = sweep.lengths.filter((_, i) => sweep.rlOnly[i] !== Infinity);
    return reached.length
      ? `with no pretraining, both curves are RL from scratch, which reached 50% success for sentences of up to ${Math.max(...reached)} symbols.`
      : `with no pretraining, both curves are RL from scratch, which never reached 50% success at any length from ${sweep.lengths[0]} to ${sweep.lengths.at(-1)}.`;
  }
  const reached = sweep.lengths.filter((_, i) => sweep.rlOnly[i] !== Infinity);
  const longest = reached.length ? Math.max(...reached) : 0;
  const faster = sweep.lengths.filter((_, i) => sweep.switchPasses[i]! > 0 && sweep.rlOnly[i]! < sweep.pretrainThenRl[i]!);
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
  rlFromScratch: { source: "run", text: rlFromScratchText },
  imitation: { source: "run", text: imitationText },
  afterSwitch: { source: "run", text: afterSwitchText },
  rlFeedback: { source: "run", text: rlFeedbackText },
  rewardsMoved: { source: "run", text: rewardsMovedText },
  shortSentences: { source: "sweep", text: shortSentencesText },
  pretrainRulers: { source: "run", text: pretrainRulersText },
  rlRulers: { source: "run", text: rlRulersText },
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
