/** Post-training's share of all training compute: post / (pre + post). */
export function posttrainComputeShare(pretrainCompute: number, posttrainCompute: number): number {
  if (!(pretrainCompute >= 0) || !(posttrainCompute >= 0)) return NaN;
  const total = pretrainCompute + posttrainCompute;
  if (total === 0 || total === Infinity) return NaN;
  return posttrainCompute / total;
}
