/**
 * Share of all reward events that come from RL, when a fraction f of forward passes
 * is spent on RL and each RL event costs L passes: (f / L) / (f / L + (1 - f)).
 */
export function rlEventShare(rlComputeShare: number, passesPerReward: number): number {
  const f = rlComputeShare;
  const L = passesPerReward;
  if (!(f >= 0 && f <= 1) || !(L >= 1)) return NaN;
  if (f === 1) return 1;
  const rlEvents = f / L;
  return rlEvents / (rlEvents + (1 - f));
}
