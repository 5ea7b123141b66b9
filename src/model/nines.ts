/** "Nines" of a share: -log10(1 - share), so 0.9 -> 1, 0.999 -> 3; Infinity at share 1. */
export function nines(share: number): number {
  if (!(share >= 0 && share <= 1)) return NaN;
  return -Math.log10(1 - share);
}

/** The share with n nines: 1 - 10^-n. */
export function shareFromNines(n: number): number {
  if (!(n >= 0)) return NaN;
  return 1 - 10 ** -n;
}
