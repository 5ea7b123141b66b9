import { partShare } from "./partShare";

/** Post-training's share of all training compute: post / (pre + post). */
export function posttrainComputeShare(pretrainCompute: number, posttrainCompute: number): number {
  return partShare(posttrainCompute, pretrainCompute);
}
