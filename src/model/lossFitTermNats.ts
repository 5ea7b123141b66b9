/**
 * The loss fits' pivots: a model of 10⁹ parameters and a run of 10¹¹ tokens, both inside the range
 * the fits were made on (Hoffmann et al. trained 70M to 16B parameters on 5B to 500B tokens). A
 * power law's coefficient and exponent are strongly correlated when fitted, its value near the data
 * far less so; holding each term as its value at a pivot lets the uncertainty sampler draw value and
 * exponent independently without inventing combinations no fit supports (see intervalBasis.ts).
 */
export const lossFitPivotParameters = 1e9;
export const lossFitPivotTokens = 1e11;

/**
 * One term of the parametric loss L(N, D) = E + A/N^α + B/D^β, in nats per token, written through
 * its value at a pivot: A/x^k = valueAtPivot * (x / pivot)^(-k), so valueAtPivot = A/pivot^k.
 */
export function lossFitTermNats(valueAtPivotNats: number, pivot: number, exponent: number, x: number): number {
  if (!(valueAtPivotNats >= 0) || !(pivot > 0) || !(exponent >= 0) || !(x > 0)) return NaN;
  return valueAtPivotNats * (x / pivot) ** -exponent;
}
