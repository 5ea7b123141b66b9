/** log10 of the odds p : (1 - p): 0 at one half, ±k at 10^k : 1 either way. Axes that must show both tails use it. */
export const log10Odds = (p: number): number => Math.log10(p / (1 - p));

/** The share whose log10 odds are x: the inverse of log10Odds. */
export const fromLog10Odds = (x: number): number => 1 / (1 + 10 ** -x);
