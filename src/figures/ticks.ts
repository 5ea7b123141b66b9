/** The exponents k of the powers of ten 10^k inside [lo, hi], thinned evenly to at most `most` ticks. */
export function decades(lo: number, hi: number, most: number): number[] {
  const first = Math.ceil(Math.log10(lo));
  const last = Math.floor(Math.log10(hi));
  const every = Math.max(1, Math.ceil((last - first + 1) / most));
  const out: number[] = [];
  for (let k = first; k <= last; k++) if ((k - first) % every === 0) out.push(k);
  return out;
}
