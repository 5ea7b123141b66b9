import { runLab } from "./run";
import type { LabSettings } from "./settings";

/** The sweep runs 24 regimes, so it spends at most this many forward passes on each, to stay near a minute at worst. */
export const SWEEP_MAX_BUDGET = 1e6;

/** Sentence lengths the sweep runs: 1 .. 12. */
export const sweepLengths: readonly number[] = Array.from({ length: 12 }, (_, i) => i + 1);

/** Forward passes to half success at each sentence length, for RL from scratch and for pretrain-then-RL. */
export interface SweepResult {
  /** The settings the sweep varied T around (their own T is ignored). */
  readonly settings: LabSettings;
  readonly lengths: readonly number[];
  /** Infinity where the regime never reached half within the budget. */
  readonly rlOnly: readonly number[];
  readonly pretrainThenRl: readonly number[];
  /** Where pretrain-then-RL switched to RL, at each length. */
  readonly switchPasses: readonly number[];
}

/**
 * Runs RL from scratch and pretrain-then-RL at each sentence length, each stopping at half
 * success, with the budget capped at SWEEP_MAX_BUDGET.
 */
export function runSweep(requested: LabSettings, onProgress?: (done: number, total: number) => void): SweepResult {
  const settings = sweepSettings(requested);
  const rlOnly: number[] = [];
  const pretrainThenRl: number[] = [];
  const switchPasses: number[] = [];
  sweepLengths.forEach((sequenceLength, i) => {
    const progress = onProgress && ((done: number, total: number) => onProgress(i + done / total, sweepLengths.length));
    const result = runLab({ ...settings, sequenceLength }, progress ? { untilHalf: true, onProgress: progress } : { untilHalf: true });
    rlOnly.push(result.rlOnly.passesToHalf);
    pretrainThenRl.push(result.pretrainThenRl.passesToHalf);
    switchPasses.push(result.switchPasses);
  });
  return { settings, lengths: sweepLengths, rlOnly, pretrainThenRl, switchPasses };
}

/** The settings a sweep actually runs with: the reader's, with T ignored and the budget capped. */
export function sweepSettings(settings: LabSettings): LabSettings {
  return { ...settings, sequenceLength: 0, budgetPasses: Math.min(settings.budgetPasses, SWEEP_MAX_BUDGET) };
}
