import { expShiftedInto, log2Det } from "./detMath";
import type { Random } from "../model/random";

/**
 * The model: a table of logits z[t][prev][next], one softmax over the next symbol for every
 * position t (0 .. T - 1) and previous symbol. Probabilities are kept alongside the logits
 * and refreshed whenever a row changes, so sampling and the exact success computation never
 * recompute a softmax.
 */
export interface Policy {
  readonly vocabulary: number;
  readonly length: number;
  readonly logits: Float64Array;
  readonly probabilities: Float64Array;
}

/** The uniform policy: every logit zero, every next symbol equally likely. */
export function createUniformPolicy(vocabulary: number, length: number): Policy {
  const size = length * vocabulary * vocabulary;
  return {
    vocabulary,
    length,
    logits: new Float64Array(size),
    probabilities: new Float64Array(size).fill(1 / vocabulary),
  };
}

export function clonePolicy(policy: Policy): Policy {
  return { ...policy, logits: policy.logits.slice(), probabilities: policy.probabilities.slice() };
}

/** Where the row of π(· | prev, t) starts in the tables. */
export function rowOffset(policy: Policy, t: number, prev: number): number {
  return (t * policy.vocabulary + prev) * policy.vocabulary;
}

/** The softmax of one row, given the row's largest logit. */
function normalizeRow(policy: Policy, offset: number, max: number): void {
  const { logits, probabilities, vocabulary: V } = policy;
  const inverse = 1 / expShiftedInto(logits, probabilities, offset, V, max);
  for (let j = 0; j < V; j++) probabilities[offset + j] = probabilities[offset + j]! * inverse;
}

/**
 * Adds scale · ([j = target] − π_j) to every logit of a row and refreshes its softmax: the
 * gradient step shared by cross-entropy (scale = rate) and REINFORCE (scale = rate · advantage).
 * One loop both steps the logits and finds their maximum.
 */
function stepRow(policy: Policy, offset: number, target: number, scale: number): void {
  const { logits, probabilities, vocabulary: V } = policy;
  let max = -Infinity;
  for (let j = 0; j < V; j++) {
    let z = logits[offset + j]! - scale * probabilities[offset + j]!;
    if (j === target) z += scale;
    logits[offset + j] = z;
    if (z > max) max = z;
  }
  normalizeRow(policy, offset, max);
}

/** One forward pass: samples the next symbol from π(· | prev, t). */
export function sampleNext(policy: Policy, t: number, prev: number, random: Random): number {
  const { probabilities, vocabulary: V } = policy;
  const offset = rowOffset(policy, t, prev);
  const u = random();
  let acc = 0;
  for (let j = 0; j < V - 1; j++) {
    acc += probabilities[offset + j]!;
    if (u < acc) return j;
  }
  return V - 1;
}

/**
 * One cross-entropy gradient step on the row (t, prev) towards `next`:
 * z_j -= rate * (π_j - [j = next]). Returns the surprisal -log2 π(next) the model had
 * before the step: the bits of feedback this token gave.
 */
export function crossEntropyStep(policy: Policy, t: number, prev: number, next: number, rate: number): number {
  const offset = rowOffset(policy, t, prev);
  const surprisal = -log2Det(policy.probabilities[offset + next]!);
  stepRow(policy, offset, next, rate);
  return surprisal;
}

/**
 * One REINFORCE step on a whole sentence: for each position t,
 * z[t][s_t] += rate * advantage * ([j = s_{t+1}] - π_j), the gradient of
 * advantage * log π(sentence). Rows differ by position, so updating them in order is exact.
 */
export function reinforceStep(policy: Policy, sentence: Int32Array, advantage: number, rate: number): void {
  const scale = rate * advantage;
  for (let t = 0; t < policy.length; t++) stepRow(policy, rowOffset(policy, t, sentence[t]!), sentence[t + 1]!, scale);
}
