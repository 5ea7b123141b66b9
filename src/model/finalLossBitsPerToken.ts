import { bitsFromNats } from "./bitsFromNats";
import { lossFitPivotParameters, lossFitPivotTokens, lossFitTermNats } from "./lossFitTermNats";

/** The fit's loss at the end of the run, E + A/N^α + B/D^β, in bits per token (terms given at the pivots). */
export function finalLossBitsPerToken(
  floorNats: number,
  pretrainTokens: number,
  parameters: number,
  sizeTermNats: number,
  sizeExponent: number,
  dataTermNats: number,
  dataExponent: number,
): number {
  const size = lossFitTermNats(sizeTermNats, lossFitPivotParameters, sizeExponent, parameters);
  const data = lossFitTermNats(dataTermNats, lossFitPivotTokens, dataExponent, pretrainTokens);
  if (!(floorNats >= 0)) return NaN;
  return bitsFromNats(floorNats + size + data);
}
