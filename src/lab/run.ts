import { createRandom } from "../model/random";
import { clonePolicy, createUniformPolicy } from "./policy";
import { policyShiftBits } from "./policyShiftBits";
import type { LabSettings } from "./settings";
import { successProbability, worldSuccessProbability } from "./success";
import { Trainer } from "./trainer";
import { createWorld } from "./world";
import { worldEntropyBits } from "./worldEntropy";

/** Forward passes between progress reports from a run: often enough for a smooth bar, rarely enough to cost nothing. */
export const PROGRESS_EVERY_PASSES = 32_768;

/** Random streams of the two kinds of training (the world is stream 0); exported for tests that replay a run. */
export const PRETRAIN_STREAM = 1;
export const RL_STREAM = 2;

/** What one regime did with its budget. */
export interface RegimeResult {
  /** Forward passes spent: whole sentences only, so up to T - 1 of the budget may go unused. */
  readonly passes: number;
  readonly pretrainPasses: number;
  readonly rlPasses: number;
  /** Exact task success at log-spaced checkpoints, starting at 0 passes. */
  readonly curve: { readonly passes: readonly number[]; readonly success: readonly number[] };
  readonly finalSuccess: number;
  /** Forward passes until exact success first reached 1/2; Infinity if it never did. */
  readonly passesToHalf: number;
  /** Pretraining feedback: the summed surprisal, -log2 π(token), of every predicted token. */
  readonly surprisalBits: number;
  /** The part of that surprisal above the world's entropy, in expectation: Σ KL(world ‖ π) over the predictions. */
  readonly reducibleBits: number;
  /** RL feedback: the summed H(p) of every reward, p the success probability at the time. */
  readonly rewardBits: number;
  readonly episodes: number;
  readonly rewards: number;
}

export interface LabResult {
  readonly settings: LabSettings;
  /** The goal symbol, and the branching the world used (b, at most V). */
  readonly goal: number;
  readonly branching: number;
  /** Task success of the uniform policy that RL from scratch starts from. */
  readonly chanceSuccess: number;
  /** Task success of sampling from the world itself: what perfect imitation alone would reach. */
  readonly worldSuccess: number;
  /** Forward passes the third regime spent pretraining before it switched to RL. */
  readonly switchPasses: number;
  /** Task success of the third regime at the switch. */
  readonly successAtSwitch: number;
  /** The world's entropy per sentence, in bits: the floor under any model's surprisal. */
  readonly worldEntropyBits: number;
  /**
   * How far training moved each model's distribution over sentences, KL(after ‖ before) in bits per
   * sentence (policyShiftBits.ts): pretraining only, from the uniform start; pretrain-then-RL's
   * pretraining, from the start to the switch; its RL, from the switch to the end; RL from scratch.
   */
  readonly shiftBits: { readonly pretrainOnly: number; readonly pretrain: number; readonly rl: number; readonly rlOnly: number };
  readonly pretrainOnly: RegimeResult;
  readonly rlOnly: RegimeResult;
  readonly pretrainThenRl: RegimeResult;
}

export type RegimeName = "pretrainOnly" | "rlOnly" | "pretrainThenRl";

export interface RunOptions {
  /** Called now and then with forward passes done and to do, across all regimes. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * For the T sweep: skip the pretraining-only regime after the switch, and stop each regime
   * once it reaches half success. Final successes and feedback are then not comparable.
   */
  readonly untilHalf?: boolean;
}

/**
 * Runs the three regimes on one world, each with the same budget of forward passes. The third
 * regime's pretraining is the first regime's, stopped at the switch: the same stream of
 * sentences, so their curves agree until then. Its RL uses the same stream as RL from
 * scratch, so at a pretraining fraction of 0 the two agree exactly.
 */
export function runLab(settings: LabSettings, options: RunOptions = {}): LabResult {
  const world = createWorld({
    seed: settings.seed,
    vocabulary: settings.vocabulary,
    branching: settings.branching,
    length: settings.sequenceLength,
  });
  const T = world.length;
  const budget = Math.floor(settings.budgetPasses / T) * T;
  const switchPasses = Math.min(budget, Math.floor((settings.pretrainFraction * settings.budgetPasses) / T) * T);
  const total = (options.untilHalf ? switchPasses : budget) + budget + (budget - switchPasses);
  let done = 0;
  let reported = 0;
  const onPasses = options.onProgress
    ? (n: number) => {
        done += n;
        if (done - reported >= PROGRESS_EVERY_PASSES) {
          reported = done;
          options.onProgress!(done, total);
        }
      }
    : undefined;

  const pretrainRandom = createRandom(settings.seed, PRETRAIN_STREAM);
  const pretrained = new Trainer(world);
  pretrained.stopAtHalf = options.untilHalf === true;
  pretrained.pretrain(switchPasses, settings.pretrainLearningRate, pretrainRandom, onPasses);
  const switched = pretrained.clone();
  switched.record(true);
  const successAtSwitch = switched.success;
  const uniform = createUniformPolicy(world.vocabulary, T);
  const atSwitch = clonePolicy(switched.policy);
  if (!options.untilHalf) pretrained.pretrain(budget, settings.pretrainLearningRate, pretrainRandom, onPasses);

  const scratch = new Trainer(world);
  scratch.stopAtHalf = options.untilHalf === true;
  scratch.reinforce(budget, settings.rlLearningRate, createRandom(settings.seed, RL_STREAM), onPasses);

  switched.reinforce(budget, settings.rlLearningRate, createRandom(settings.seed, RL_STREAM), onPasses);
  options.onProgress?.(total, total);

  return {
    settings,
    goal: world.goal,
    branching: world.branching,
    chanceSuccess: successProbability(world, new Trainer(world).policy),
    worldSuccess: worldSuccessProbability(world),
    switchPasses,
    successAtSwitch,
    worldEntropyBits: worldEntropyBits(world),
    shiftBits: {
      pretrainOnly: policyShiftBits(pretrained.policy, uniform, world.start),
      pretrain: policyShiftBits(atSwitch, uniform, world.start),
      rl: policyShiftBits(switched.policy, atSwitch, world.start),
      rlOnly: policyShiftBits(scratch.policy, uniform, world.start),
    },
    pretrainOnly: summary(pretrained),
    rlOnly: summary(scratch),
    pretrainThenRl: summary(switched),
  };
}

function summary(trainer: Trainer): RegimeResult {
  trainer.record(true);
  return {
    passes: trainer.passes,
    pretrainPasses: trainer.pretrainPasses,
    rlPasses: trainer.rlPasses,
    curve: { passes: trainer.curvePasses, success: trainer.curveSuccess },
    finalSuccess: trainer.success,
    passesToHalf: trainer.passesToHalf,
    surprisalBits: trainer.surprisalBits,
    reducibleBits: trainer.reducibleBits,
    rewardBits: trainer.rewardBits,
    episodes: trainer.episodes,
    rewards: trainer.rewards,
  };
}
