/** Floating-point operations as petaflop/s-days: flop / (1e15 FLOP/s * 86,400 s) = flop / 8.64e19. */
export function pfDaysFromFlop(flop: number): number {
  if (!(flop >= 0)) return NaN;
  return flop / 8.64e19;
}
