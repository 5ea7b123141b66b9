import { log2Det } from "./detMath";
import type { World } from "./world";

/** h[s]: the entropy, in bits, of the world's next symbol after s (over its b allowed successors). */
export function symbolEntropyBits(world: World): Float64Array {
  const { vocabulary: V, branching: b, probabilities } = world;
  const h = new Float64Array(V);
  for (let s = 0; s < V; s++) {
    let sum = 0;
    for (let k = 0; k < b; k++) {
      const p = probabilities[s * b + k]!;
      if (p > 0) sum -= p * log2Det(p);
    }
    h[s] = sum;
  }
  return h;
}

/**
 * The world's entropy per sentence, in bits: H(X₁..X_T) = Σ_t Σ_s α_t(s) h(s), α_t the world's own
 * distribution over the symbol at position t (α₀ = the start symbol). No model, however trained,
 * can predict the world's sentences with fewer bits than this on average: it is the lab's floor,
 * the counterpart of a loss fit's E. O(T·V·b).
 */
export function worldEntropyBits(world: World, h: Float64Array = symbolEntropyBits(world)): number {
  const { vocabulary: V, branching: b, successors, probabilities, length: T } = world;
  let alpha = new Float64Array(V);
  alpha[world.start] = 1;
  let entropy = 0;
  for (let t = 0; t < T; t++) {
    const next = new Float64Array(V);
    for (let s = 0; s < V; s++) {
      const a = alpha[s]!;
      if (a === 0) continue;
      entropy += a * h[s]!;
      for (let k = 0; k < b; k++) {
        const s2 = successors[s * b + k]!;
        next[s2] = next[s2]! + a * probabilities[s * b + k]!;
      }
    }
    alpha = next;
  }
  return entropy;
}
