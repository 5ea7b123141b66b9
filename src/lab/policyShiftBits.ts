import { log2Det } from "./detMath";
import type { Policy } from "./policy";

/**
 * KL(p ‖ q) between the distributions two table policies put on whole sentences, in bits per
 * sentence, exactly: the chain rule turns the sum over all V^T sentences into
 * Σ_t Σ_s α_t(s) KL(p(· | s, t) ‖ q(· | s, t)), α_t the distribution of p's symbol at position t
 * (α₀ = the start symbol), a dynamic programme in O(T·V²). Infinity if p gives a sentence a
 * chance q rules out (a probability that underflowed to 0). The lab's "shift": how far training
 * moved the model's behaviour, which is not the same as what it learned about the world.
 */
export function policyShiftBits(p: Policy, q: Policy, start: number): number {
  const { vocabulary: V, length: T } = p;
  let alpha = new Float64Array(V);
  alpha[start] = 1;
  let kl = 0;
  for (let t = 0; t < T; t++) {
    const next = new Float64Array(V);
    for (let s = 0; s < V; s++) {
      const a = alpha[s]!;
      if (a === 0) continue;
      const offset = (t * V + s) * V;
      let row = 0;
      for (let j = 0; j < V; j++) {
        const pj = p.probabilities[offset + j]!;
        if (pj === 0) continue;
        row += pj * (log2Det(pj) - log2Det(q.probabilities[offset + j]!));
        next[j] = next[j]! + a * pj;
      }
      kl += a * row;
    }
    alpha = next;
  }
  // A divergence is never negative; rounding can leave -1e-17 where p = q.
  return kl > 0 ? kl : 0;
}
