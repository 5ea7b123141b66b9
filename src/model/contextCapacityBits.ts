/** Most bits a context can hold: tokens * bits per token (an upper bound on what the tokens can encode). */
export function contextCapacityBits(contextTokens: number, bitsPerContextToken: number): number {
  if (!(contextTokens >= 0) || !(bitsPerContextToken >= 0)) return NaN;
  return contextTokens * bitsPerContextToken;
}
