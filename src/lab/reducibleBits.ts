import { log2Det } from "./detMath";
import { type Policy, rowOffset } from "./policy";
import type { World } from "./world";

/**
 * The part of one prediction's expected surprisal above the world's own entropy:
 * KL(world(· | prev) ‖ π(· | prev, t)) = Σ_k w_k log2(w_k / π(s_k)) in bits, over the world's b
 * successors of prev (the only symbols the world ever shows after it). Summed over pretraining's
 * predictions, made before each step, it is the lab's "bits learnable": surprisal above the floor,
 * exactly, without the noise of which symbol happened to be drawn (its expectation given the
 * context is surprisal minus h(prev)). Never negative; rounding below zero is clamped.
 */
export function reducibleBitsAt(world: World, policy: Policy, t: number, prev: number, h: Float64Array): number {
  const { branching: b, successors, probabilities: w } = world;
  const offset = rowOffset(policy, t, prev);
  let crossEntropy = 0;
  for (let k = 0; k < b; k++) {
    const p = w[prev * b + k]!;
    if (p > 0) crossEntropy -= p * log2Det(policy.probabilities[offset + successors[prev * b + k]!]!);
  }
  const kl = crossEntropy - h[prev]!;
  return kl > 0 ? kl : 0;
}
