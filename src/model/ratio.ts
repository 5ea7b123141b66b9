/** numerator / denominator for non-negative rates; Infinity when only the denominator is 0. */
export function ratio(numerator: number, denominator: number): number {
  if (!(numerator >= 0) || !(denominator >= 0)) return NaN;
  if (denominator === 0) return numerator === 0 ? NaN : Infinity;
  return numerator / denominator;
}
