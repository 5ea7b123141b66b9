/**
 * Bits needed to name `picks` choices, each one of `alternatives` options: picks * log2(alternatives).
 * For picks > 1 this bounds choosing an unordered set from above, since log2 C(N, k) <= k log2 N.
 */
export function choiceBits(alternatives: number, picks = 1): number {
  if (!(alternatives >= 1) || !(picks >= 0)) return NaN;
  return picks * Math.log2(alternatives);
}
