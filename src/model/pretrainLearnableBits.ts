import { bitsFromNats } from "./bitsFromNats";
import { lossFitPivotParameters, lossFitPivotTokens, lossFitTermNats } from "./lossFitTermNats";
import { pretrainTotalBits } from "./pretrainTotalBits";

/**
 * Bits learnable in pretraining: the area between the training-loss curve and its irreducible floor E,
 * over every token seen, from the parametric fit L(N, t) = E + A/N^α + B/t^β (Hoffmann et al. 2022,
 * approach 3; refitted by Besiroglu et al. 2024):
 *
 *   ∫₀^D (A/N^α + B/t^β) dt = D·A/N^α + B·D^(1−β)/(1−β)   nats   (finite for β < 1),
 *
 * divided by ln 2 for bits. A prequential reading: what the tokens' surprisal held beyond the
 * entropy floor, summed as the model met them. It is still an upper bound on what was learned: it
 * counts the loss the finished model never removes (D times its final excess, the first term
 * included), and it reads the loss t tokens into one run as the final loss of a run of t tokens.
 * It cannot exceed the surprisal itself, so it is capped at pretrainTotalBits (tokens × bitsPerToken):
 * a reader may set bits per token below the fit's excess, and bits above the floor are bits in first.
 *
 * The two terms are given by their values at the pivots (lossFitTermNats).
 */
export function pretrainLearnableBits(
  pretrainTokens: number,
  parameters: number,
  sizeTermNats: number,
  sizeExponent: number,
  dataTermNats: number,
  dataExponent: number,
  bitsPerToken: number,
): number {
  if (!(dataExponent < 1)) return NaN;
  const sizeExcess = lossFitTermNats(sizeTermNats, lossFitPivotParameters, sizeExponent, parameters);
  const dataExcess = lossFitTermNats(dataTermNats, lossFitPivotTokens, dataExponent, pretrainTokens);
  const areaNats = pretrainTokens * sizeExcess + (pretrainTokens * dataExcess) / (1 - dataExponent);
  const total = pretrainTotalBits(pretrainTokens, bitsPerToken);
  const learnable = bitsFromNats(areaNats);
  if (Number.isNaN(learnable) || Number.isNaN(total)) return NaN;
  return Math.min(learnable, total);
}
