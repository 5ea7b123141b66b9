/** Numbers in one layer's residual stream across a whole context: tokens * residual stream width. */
export function residualStreamNumbers(contextTokens: number, residualStreamWidth: number): number {
  if (!(contextTokens >= 0) || !(residualStreamWidth >= 0)) return NaN;
  return contextTokens * residualStreamWidth;
}
