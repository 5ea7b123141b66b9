/** Waking seconds in a life: years * 365.25 * waking hours per day * 3600. */
export function lifetimeSeconds(years: number, wakingHoursPerDay: number): number {
  if (!(years >= 0) || !(wakingHoursPerDay >= 0 && wakingHoursPerDay <= 24)) return NaN;
  return years * 365.25 * wakingHoursPerDay * 3600;
}
