import { ratio } from "./ratio";

/** What weights can hold over what context can hold: (params * bits/param) / (tokens * bits/token). */
export function weightToContextRatio(
  parameters: number,
  bitsPerParameter: number,
  contextTokens: number,
  bitsPerContextToken: number,
): number {
  if (![parameters, bitsPerParameter, contextTokens, bitsPerContextToken].every((x) => x >= 0)) return NaN;
  return ratio(parameters * bitsPerParameter, contextTokens * bitsPerContextToken);
}
