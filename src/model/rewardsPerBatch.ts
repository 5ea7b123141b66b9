/** RL rewards earned by a batch of generated tokens: tokens / L (one reward per trajectory of L passes). */
export function rewardsPerBatch(tokensPerBatch: number, passesPerReward: number): number {
  if (!(tokensPerBatch >= 0) || !(passesPerReward >= 1)) return NaN;
  return tokensPerBatch / passesPerReward;
}
