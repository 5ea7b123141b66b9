/**
 * Pretraining reward events for each RL reward event at RL compute share f: L (1 - f) / f.
 * Infinity when f = 0 (no RL events at all).
 */
export function pretrainEventsPerRlEvent(rlComputeShare: number, passesPerReward: number): number {
  const f = rlComputeShare;
  const L = passesPerReward;
  if (!(f >= 0 && f <= 1) || !(L >= 1)) return NaN;
  if (f === 0) return Infinity;
  return (L * (1 - f)) / f;
}
