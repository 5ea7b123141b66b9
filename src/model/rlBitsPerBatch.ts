import { rlBitsPerPass } from "./rlBitsPerPass";

/** Most RL feedback in a batch of generated tokens: tokens * H(p) / L. */
export function rlBitsPerBatch(tokensPerBatch: number, passRate: number, passesPerReward: number): number {
  if (!(tokensPerBatch >= 0)) return NaN;
  return tokensPerBatch * rlBitsPerPass(passRate, passesPerReward);
}
