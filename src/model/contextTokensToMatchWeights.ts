import { ratio } from "./ratio";
import { weightCapacityBits } from "./weightCapacityBits";

/** Context length whose capacity equals the weights': (parameters * bits per parameter) / bits per context token. */
export function contextTokensToMatchWeights(parameters: number, bitsPerParameter: number, bitsPerContextToken: number): number {
  return ratio(weightCapacityBits(parameters, bitsPerParameter), bitsPerContextToken);
}
