/** A rate per hour as a rate per second: bitsPerHour / 3600. */
export function bitsPerSecondFromPerHour(bitsPerHour: number): number {
  if (!(bitsPerHour >= 0)) return NaN;
  return bitsPerHour / 3600;
}
