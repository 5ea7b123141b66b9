/** Nats to bits: one nat is 1 / ln 2 ≈ 1.4427 bits. Loss fits are published in nats, the essay counts bits. */
export function bitsFromNats(nats: number): number {
  if (!(nats >= 0)) return NaN;
  return nats / Math.LN2;
}
