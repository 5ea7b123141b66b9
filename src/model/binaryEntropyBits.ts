/**
 * Binary entropy of a reward that is 1 with probability p, in bits.
 * H(p) = -p log2 p - (1 - p) log2 (1 - p); H(0) = H(1) = 0; NaN outside [0, 1].
 */
export function binaryEntropyBits(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0 || p === 1) return 0;
  return -p * Math.log2(p) - (1 - p) * Math.log2(1 - p);
}
