/**
 * How many alternatives B bits can single out, as a power of ten: log10(2^B) = B * log10(2).
 * Computed in log space, so B = 5e6 gives 1.5e6 where 2^B itself would overflow.
 */
export function alternativesLog10(bits: number): number {
  if (!(bits >= 0)) return NaN;
  return bits * Math.log10(2);
}
