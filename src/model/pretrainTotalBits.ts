/** Total supervision bits in pretraining: tokens * bits per token. */
export function pretrainTotalBits(pretrainTokens: number, bitsPerToken: number): number {
  if (!(pretrainTokens >= 0) || !(bitsPerToken >= 0)) return NaN;
  return pretrainTokens * bitsPerToken;
}
