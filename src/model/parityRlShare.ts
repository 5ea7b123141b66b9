/**
 * RL compute share at which RL yields as many reward events as pretraining,
 * when pretraining grades every forward pass and RL grades one in L: L / (L + 1).
 */
export function parityRlShare(passesPerReward: number): number {
  if (!(passesPerReward >= 1)) return NaN;
  if (passesPerReward === Infinity) return 1;
  return passesPerReward / (passesPerReward + 1);
}
