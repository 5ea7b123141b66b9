/**
 * RL compute share at which RL supplies as much feedback as pretraining, when each forward pass
 * of pretraining carries `pretrainSignalPerPass` and each RL pass `rlSignalPerPass` (events or bits):
 * s / (s + r). For events (s = 1, r = 1/L) this is L / (L + 1), `parityRlShare`.
 * When RL carries nothing per pass, no split reaches parity short of spending everything on RL: 1.
 */
export function signalParityRlShare(rlSignalPerPass: number, pretrainSignalPerPass: number): number {
  const r = rlSignalPerPass;
  const s = pretrainSignalPerPass;
  if (!(r >= 0) || !(s >= 0) || r === Infinity || s === Infinity) return NaN;
  if (r + s === 0) return NaN;
  return s / (s + r);
}
