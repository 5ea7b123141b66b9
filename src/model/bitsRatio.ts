import { binaryEntropyBits } from "./binaryEntropyBits";

/**
 * Pretraining feedback bits per RL feedback bit, per forward pass: bitsPerToken * L / H(p).
 * Infinity when H(p) = 0 (a reward that is certain carries no information).
 */
export function bitsRatio(bitsPerToken: number, passRate: number, passesPerReward: number): number {
  const h = binaryEntropyBits(passRate);
  if (!(bitsPerToken >= 0) || !(passesPerReward >= 1) || Number.isNaN(h)) return NaN;
  if (h === 0) return bitsPerToken === 0 ? NaN : Infinity;
  return (bitsPerToken * passesPerReward) / h;
}
