import type { Policy } from "./policy";
import type { World } from "./world";

/**
 * The exact probability that a sentence sampled from the policy earns the reward: a forward
 * pass over positions of α_t(s), the probability of having followed only allowed transitions
 * and standing on s after t symbols. α_0 = [s = start];
 * α_{t+1}(s') = Σ_s α_t(s) π(s' | s, t) [s -> s' allowed]; success = α_T(goal). O(T·V·b).
 */
export function successProbability(world: World, policy: Policy, scratch: Float64Array = new Float64Array(2 * world.vocabulary)): number {
  const { vocabulary: V, branching: b, successors, length: T } = world;
  const probabilities = policy.probabilities;
  // Two rows of scratch take turns as α_t and α_{t+1}.
  let from = 0;
  let to = V;
  for (let s = 0; s < V; s++) scratch[s] = 0;
  scratch[world.start] = 1;
  for (let t = 0; t < T; t++) {
    for (let s = 0; s < V; s++) scratch[to + s] = 0;
    for (let s = 0; s < V; s++) {
      const a = scratch[from + s]!;
      if (a === 0) continue;
      const offset = (t * V + s) * V;
      for (let k = 0; k < b; k++) {
        const s2 = successors[s * b + k]!;
        scratch[to + s2] = scratch[to + s2]! + a * probabilities[offset + s2]!;
      }
    }
    from = to;
    to = V - to;
  }
  return scratch[from + world.goal]!;
}

/** The same forward pass with the world's own transition probabilities: the success of imitating the world perfectly. */
export function worldSuccessProbability(world: World): number {
  const { vocabulary: V, branching: b, successors, probabilities, length: T } = world;
  let alpha = new Float64Array(V);
  alpha[world.start] = 1;
  for (let t = 0; t < T; t++) {
    const next = new Float64Array(V);
    for (let s = 0; s < V; s++) {
      const a = alpha[s]!;
      if (a === 0) continue;
      for (let k = 0; k < b; k++) {
        const s2 = successors[s * b + k]!;
        next[s2] = next[s2]! + a * probabilities[s * b + k]!;
      }
    }
    alpha = next;
  }
  return alpha[world.goal]!;
}
