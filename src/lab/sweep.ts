import { runLab } from "./run";
import type { LabSettings } from "./settings";

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

/** Runs RL from scratch and pretrain-then-RL at each sentence length, each stopping at half success. */
export function runSweep(settings: LabSettings, onProgress?: (done: number, total: number) => void): SweepResult {
  const rlOnly: number[] = [];
  const pretrainThenRl: number[] = [];
  const switchPasses: number[] = [];
  sweepLengths.forEach((sequenceLength, i) => {
    const result = runLab({ ...settings, sequenceLength }, { untilHalf: true });
    rlOnly.push(result.rlOnly.passesToHalf);
    pretrainThenRl.push(result.pretrainThenRl.passesToHalf);
    switchPasses.push(result.switchPasses);
    onProgress?.(i + 1, sweepLengths.length);
  });
  return { settings, lengths: sweepLengths, rlOnly, pretrainThenRl, switchPasses };
}
