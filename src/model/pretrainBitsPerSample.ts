/** Pretraining feedback in a sample of text: bits per token * tokens in the sample. */
export function pretrainBitsPerSample(bitsPerToken: number, sampleTokens: number): number {
  if (!(bitsPerToken >= 0) || !(sampleTokens >= 0)) return NaN;
  return bitsPerToken * sampleTokens;
}
