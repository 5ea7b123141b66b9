/** Knowledge the weights can hold: parameters * bits per parameter. */
export function weightCapacityBits(parameters: number, bitsPerParameter: number): number {
  if (!(parameters >= 0) || !(bitsPerParameter >= 0)) return NaN;
  return parameters * bitsPerParameter;
}
