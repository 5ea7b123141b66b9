/**
 * What the weights can have kept from pretraining, at most: no more than was learnable, and no more
 * than the weights can hold (parameters × bits per parameter). min(learnable, capacity).
 */
export function keptBitsBound(learnableBits: number, capacityBits: number): number {
  if (!(learnableBits >= 0) || !(capacityBits >= 0)) return NaN;
  return Math.min(learnableBits, capacityBits);
}
