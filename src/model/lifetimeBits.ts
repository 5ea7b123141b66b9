import { lifetimeSeconds } from "./lifetimeSeconds";

/** Bits received over a waking life at a steady rate: bitsPerSecond * years * 365.25 * wakingHoursPerDay * 3600. */
export function lifetimeBits(bitsPerSecond: number, years: number, wakingHoursPerDay: number): number {
  if (!(bitsPerSecond >= 0)) return NaN;
  return bitsPerSecond * lifetimeSeconds(years, wakingHoursPerDay);
}
