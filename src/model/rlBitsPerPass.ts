import { binaryEntropyBits } from "./binaryEntropyBits";

/** RL feedback bits per forward pass: H(p) / L. */
export function rlBitsPerPass(passRate: number, passesPerReward: number): number {
  if (!(passesPerReward >= 1)) return NaN;
  return binaryEntropyBits(passRate) / passesPerReward;
}
