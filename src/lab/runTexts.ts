import { formatNumber } from "../text/format";
import type { LabResult } from "./run";
import { showResult } from "./showResult";

// Sentences of the lab chapter that depend on what the run found: each is chosen and filled in
// from the run’s own numbers, so none can contradict the figures and results beside it.

/** Why RL from scratch moved, or did not: REINFORCE with a baseline learns nothing from failures alone. */
export function rlFromScratchText(r: LabResult): string {
  const { rewards, passesToHalf } = r.rlOnly;
  if (rewards === 0) {
    return (
      "It never earned a reward, so it never moved: REINFORCE with a baseline learns nothing from failure " +
      "when failure is all it has seen, since the reward and the running average agree and the gradient is zero."
    );
  }
  const learned =
    "Once rewards arrived, its running average rose above zero, so every failure pushed down the choices that led to it " +
    "and every success pulled its choices up: it learned from both";
  return passesToHalf === Infinity
    ? `${learned}, though not enough to reach 50% success within the budget.`
    : `${learned}, and reached 50% success after ${showResult("labPassesToHalfRlOnly", r)} forward passes.`;
}

/** Pretraining alone against the world’s own rate of ending on the goal. */
export function imitationText(r: LabResult): string {
  const ratio = r.pretrainOnly.finalSuccess / r.worldSuccess;
  if (!(ratio >= 0.5)) {
    return (
      "Pretraining alone is still well short of the world’s own rate: with this budget it has not finished learning " +
      "the world’s habits, and it was never told about the goal."
    );
  }
  if (ratio <= 2) {
    return (
      "Pretraining alone lands within a factor of two of it: imitation reproduces the world’s habits and nothing more. " +
      "It learns which symbols may follow which, the valid moves, but not what to do with them."
    );
  }
  return (
    "Pretraining alone ended above the world’s own rate, by the chance of which sentences it happened to see: " +
    "it was never told about the goal, and more training would pull it back towards the world’s habits."
  );
}

/**
 * What pretrain-then-RL did after the switch, following "Passes it needed to reach 50% success:
 * N; its success at the end: F", and how it ended against RL from scratch (never “1 times”,
 * never a regime against itself).
 */
export function afterSwitchText(r: LabResult): string {
  const p = r.pretrainThenRl;
  if (r.switchPasses === 0) return "With no pretraining it is RL from scratch itself, so the two cannot differ.";
  let reached: string;
  if (p.passesToHalf === Infinity) reached = "It never got there within the budget.";
  else if (p.passesToHalf <= r.switchPasses) reached = "It got there while still imitating.";
  else reached = `Only ${showResult("labRlPassesToHalfAfterPretraining", r)} of those passes were RL, after the switch.`;
  const ratio = p.finalSuccess / r.rlOnly.finalSuccess;
  const scratch = showResult("labFinalSuccessRlOnly", r);
  if (!(ratio >= 0.9)) return `${reached} Its final success is below RL from scratch’s ${scratch}.`;
  if (ratio < 1.1) return `${reached} Its final success is about where RL from scratch ended (${scratch}).`;
  return `${reached} Its final success is ${showResult("labSuccessRatio", r)} times the ${scratch} of RL from scratch.`;
}

/** How much information RL from scratch’s rewards could carry, from the average H(p) per episode. */
export function rlFeedbackText(r: LabResult): string {
  const { episodes, rewardBits } = r.rlOnly;
  if (episodes === 0) return "It ran no episode.";
  const perEpisode = rewardBits / episodes;
  if (perEpisode < 0.01) {
    return (
      `That is ${formatNumber(perEpisode, "number")} bits per episode: when success is rare, H(p) is tiny, ` +
      "and a budget of forward passes buys almost no information."
    );
  }
  return (
    `That is ${formatNumber(perEpisode, "number")} bits per episode on average: success was common enough ` +
    "for its rewards to carry real information."
  );
}

/** What RL did to pretrain-then-RL’s success after the switch. */
export function rewardsMovedText(r: LabResult): string {
  const before = r.successAtSwitch;
  const after = r.pretrainThenRl.finalSuccess;
  if (r.pretrainThenRl.episodes === 0) return "With the whole budget spent pretraining, it never reached RL.";
  if (r.switchPasses === 0) {
    return `With no pretraining, its RL started from chance, as RL from scratch did, and took it from ${showResult("labSuccessAtSwitch", r)} success to ${showResult("labFinalSuccessPretrainThenRl", r)}.`;
  }
  const from = showResult("labSuccessAtSwitch", r);
  const to = showResult("labFinalSuccessPretrainThenRl", r);
  if (after > before * 1.1 && after - before > 0.01) {
    return (
      `Yet those bits are what took it from ${from} success to ${to}. Imitation had already paid for the expensive part, ` +
      "learning which moves exist, and the rewards only had to say which of them lead to the goal."
    );
  }
  if (after < before / 1.1 && before - after > 0.01) return `Under RL its success fell, from ${from} to ${to}: at these settings the rewards did not help.`;
  return `Its success barely moved under RL, from ${from} to ${to}.`;
}

/** Whether RL from scratch was the better use of a short-sentence budget in this sweep, compared only where the regimes differ. */
export function shortSentencesText(sweep: { lengths: readonly number[]; rlOnly: readonly number[]; pretrainThenRl: readonly number[]; switchPasses: readonly number[] }): string {
  const compared = sweep.lengths.filter((_, i) => sweep.switchPasses[i]! > 0);
  if (compared.length === 0) return "With no pretraining at any length, pretrain-then-RL is RL from scratch, and the sweep compares nothing.";
  const faster = compared.filter((T) => {
    const i = sweep.lengths.indexOf(T);
    return sweep.rlOnly[i]! < sweep.pretrainThenRl[i]!;
  });
  if (faster.length === 0) {
    return (
      "Here RL from scratch was never the better use of the budget, even for the shortest sentences: " +
      "at these settings random sentences rarely earn a reward before pretraining has paid for itself."
    );
  }
  return (
    `Where the sentences are short (here at ${faster.length === 1 ? "length" : "lengths"} ${faster.join(", ")}), ` +
    "RL from scratch is the better use of the budget: random sentences earn rewards often enough to learn from, " +
    "and the passes spent pretraining are wasted."
  );
}
