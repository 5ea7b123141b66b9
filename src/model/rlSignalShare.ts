/**
 * RL's share of all feedback when a fraction f of forward passes goes to RL, each RL pass carries
 * `rlSignalPerPass` and each pretraining pass `pretrainSignalPerPass` (events or bits):
 * f r / (f r + (1 - f) s). For events (r = 1/L, s = 1) this is `rlEventShare`.
 * With all compute on RL (f = 1), all feedback there is comes from RL: 1, even when RL carries nothing.
 */
export function rlSignalShare(rlComputeShare: number, rlSignalPerPass: number, pretrainSignalPerPass: number): number {
  const f = rlComputeShare;
  const r = rlSignalPerPass;
  const s = pretrainSignalPerPass;
  if (!(f >= 0 && f <= 1) || !(r >= 0) || !(s >= 0) || r === Infinity || s === Infinity) return NaN;
  if (f === 1) return 1;
  const rl = f * r;
  const pre = (1 - f) * s;
  if (rl + pre === 0) return NaN;
  return rl / (rl + pre);
}
