import { binaryEntropyDet, expDet } from "./detMath";
import { clonePolicy, createUniformPolicy, crossEntropyStep, type Policy, reinforceStep, sampleNext } from "./policy";
import type { Random } from "../model/random";
import { reducibleBitsAt } from "./reducibleBits";
import { successProbability } from "./success";
import { symbolEntropyBits } from "./worldEntropy";
import { reward, sampleSentence, type World } from "./world";

/** How fast REINFORCE's baseline, a running mean of rewards, follows the rewards. */
export const BASELINE_RATE = 0.05;
/** Success is recorded at about this many log-spaced points per tenfold of forward passes. */
export const CHECKPOINTS_PER_DECADE = 20;

/** One model in training, with everything measured about it so far. */
export class Trainer {
  readonly policy: Policy;
  passes = 0;
  pretrainPasses = 0;
  rlPasses = 0;
  /** The exact task success of the current policy, and (while RL runs) its binary entropy in bits. */
  success: number;
  successBits: number;
  passesToHalf = Infinity;
  surprisalBits = 0;
  /** Surprisal above the world's entropy, in expectation, over the pretraining predictions (reducibleBits.ts). */
  reducibleBits = 0;
  rewardBits = 0;
  rewards = 0;
  episodes = 0;
  baseline = 0;
  /** Stop training as soon as success reaches one half (the T sweep only needs the passes to get there). */
  stopAtHalf = false;
  curvePasses: number[] = [];
  curveSuccess: number[] = [];
  private checkpointIndex = 0;
  private nextCheckpoint = 1;
  private readonly sentence: Int32Array;
  private readonly scratch: Float64Array;
  /** The world's entropy after each symbol, for reducibleBits. */
  private readonly entropyAfter: Float64Array;

  constructor(readonly world: World, policy?: Policy) {
    this.policy = policy ?? createUniformPolicy(world.vocabulary, world.length);
    this.sentence = new Int32Array(world.length + 1);
    this.scratch = new Float64Array(2 * world.vocabulary);
    this.entropyAfter = symbolEntropyBits(world);
    this.success = successProbability(world, this.policy, this.scratch);
    this.successBits = binaryEntropyDet(this.success);
    this.record(true);
  }

  /** An independent copy that continues from here (built by the constructor, so both keep one shape). */
  clone(): Trainer {
    const copy = new Trainer(this.world, clonePolicy(this.policy));
    copy.passes = this.passes;
    copy.pretrainPasses = this.pretrainPasses;
    copy.rlPasses = this.rlPasses;
    copy.success = this.success;
    copy.successBits = this.successBits;
    copy.passesToHalf = this.passesToHalf;
    copy.surprisalBits = this.surprisalBits;
    copy.reducibleBits = this.reducibleBits;
    copy.rewardBits = this.rewardBits;
    copy.rewards = this.rewards;
    copy.episodes = this.episodes;
    copy.baseline = this.baseline;
    copy.stopAtHalf = this.stopAtHalf;
    copy.curvePasses = this.curvePasses.slice();
    copy.curveSuccess = this.curveSuccess.slice();
    copy.checkpointIndex = this.checkpointIndex;
    copy.nextCheckpoint = this.nextCheckpoint;
    return copy;
  }

  /**
   * Cross-entropy on sentences sampled from the world, until the next sentence would pass
   * `limit` forward passes. Every one of the T predictions is a forward pass with a loss.
   */
  pretrain(limit: number, rate: number, random: Random, onPasses?: (passes: number) => void): void {
    const { world, sentence, policy } = this;
    const T = world.length;
    while (this.passes + T <= limit && !(this.stopAtHalf && this.passesToHalf !== Infinity)) {
      sampleSentence(world, random, sentence);
      let bits = 0;
      let reducible = 0;
      for (let t = 0; t < T; t++) {
        reducible += reducibleBitsAt(world, policy, t, sentence[t]!, this.entropyAfter);
        bits += crossEntropyStep(policy, t, sentence[t]!, sentence[t + 1]!, rate);
      }
      this.surprisalBits += bits;
      this.reducibleBits += reducible;
      this.passes += T;
      this.pretrainPasses += T;
      this.success = successProbability(world, policy, this.scratch);
      this.record();
      onPasses?.(T);
    }
  }

  /**
   * REINFORCE with a running-mean baseline on the task reward, until the next episode would
   * pass `limit` forward passes. An episode samples T symbols (T forward passes) and earns
   * one reward; its feedback is counted as H(p) bits, p the exact success before it.
   */
  reinforce(limit: number, rate: number, random: Random, onPasses?: (passes: number) => void): void {
    const { world, sentence, policy } = this;
    const T = world.length;
    this.successBits = binaryEntropyDet(this.success);
    while (this.passes + T <= limit && !(this.stopAtHalf && this.passesToHalf !== Infinity)) {
      this.rewardBits += this.successBits;
      sentence[0] = world.start;
      for (let t = 0; t < T; t++) sentence[t + 1] = sampleNext(policy, t, sentence[t]!, random);
      const r = reward(world, sentence);
      const advantage = r - this.baseline;
      if (advantage !== 0) reinforceStep(policy, sentence, advantage, rate);
      this.baseline += BASELINE_RATE * (r - this.baseline);
      this.rewards += r;
      this.episodes += 1;
      this.passes += T;
      this.rlPasses += T;
      // With no reward and no baseline yet the policy did not move: its success is unchanged.
      if (advantage !== 0) {
        this.success = successProbability(world, policy, this.scratch);
        this.successBits = binaryEntropyDet(this.success);
      }
      this.record();
      onPasses?.(T);
    }
  }

  /** Notes the first time success reaches one half, and success at log-spaced checkpoints. */
  record(force = false): void {
    if (this.passesToHalf === Infinity && this.success >= 0.5) this.passesToHalf = this.passes;
    if (!force && this.passes < this.nextCheckpoint) return;
    const last = this.curvePasses.length - 1;
    if (last >= 0 && this.curvePasses[last] === this.passes) {
      this.curveSuccess[last] = this.success;
    } else {
      this.curvePasses.push(this.passes);
      this.curveSuccess.push(this.success);
    }
    while (this.nextCheckpoint <= this.passes) this.nextCheckpoint = checkpointPasses(++this.checkpointIndex);
  }
}

/** The i-th checkpoint: ceil(10^(i / CHECKPOINTS_PER_DECADE)) forward passes, computed the same way in every engine. */
export function checkpointPasses(i: number): number {
  return Math.ceil(expDet((i * 2.302585092994046) / CHECKPOINTS_PER_DECADE) * (1 - 1e-12));
}
