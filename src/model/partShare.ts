/** A part's share of a whole made of it and the rest: part / (part + rest); NaN when the total is 0 or infinite. */
export function partShare(part: number, rest: number): number {
  if (!(part >= 0) || !(rest >= 0)) return NaN;
  const total = part + rest;
  if (total === 0 || total === Infinity) return NaN;
  return part / total;
}
