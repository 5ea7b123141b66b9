import { formatNumber } from "../text/format";
import type { ResultBase } from "../model/types";
import type { LabResult } from "./run";

/** A number the lab measures: like a registry output, but read from a run, not computed from inputs. */
export interface LabResultSpec extends ResultBase {
  readonly value: (result: LabResult) => number;
}

const share = [0, 1] as const;
const count = [0, Infinity] as const;
const never = { allowInfinity: true, infinityText: "never" } as const;
const exact = { digits: 7 } as const;

/** Every lab result. Ids are public and permanent, like the registry's: add, never rename or remove. */
export const labResults = [
  {
    id: "labFinalSuccessPretrainOnly",
    label: "Task success after pretraining only",
    unit: "",
    unitSpoken: "task success",
    format: "percent",
    bounds: share,
    value: (r) => r.pretrainOnly.finalSuccess,
  },
  {
    id: "labFinalSuccessRlOnly",
    label: "Task success after RL from scratch",
    unit: "",
    unitSpoken: "task success",
    format: "percent",
    bounds: share,
    value: (r) => r.rlOnly.finalSuccess,
  },
  {
    id: "labFinalSuccessPretrainThenRl",
    label: "Task success after pretraining, then RL",
    unit: "",
    unitSpoken: "task success",
    format: "percent",
    bounds: share,
    value: (r) => r.pretrainThenRl.finalSuccess,
  },
  {
    id: "labPassesToHalfRlOnly",
    label: "Forward passes RL from scratch needed to reach 50% success",
    unit: "passes",
    unitSpoken: "forward passes",
    format: "number",
    bounds: count,
    ...never,
    ...exact,
    value: (r) => r.rlOnly.passesToHalf,
  },
  {
    id: "labPassesToHalfPretrainThenRl",
    label: "Forward passes pretrain-then-RL needed to reach 50% success",
    unit: "passes",
    unitSpoken: "forward passes",
    format: "number",
    bounds: count,
    ...never,
    ...exact,
    value: (r) => r.pretrainThenRl.passesToHalf,
  },
  {
    id: "labPassesToHalfPretrainOnly",
    label: "Forward passes pretraining alone needed to reach 50% success",
    unit: "passes",
    unitSpoken: "forward passes",
    format: "number",
    bounds: count,
    ...never,
    ...exact,
    value: (r) => r.pretrainOnly.passesToHalf,
  },
  {
    id: "labRlPassesToHalfAfterPretraining",
    label: "RL forward passes pretrain-then-RL needed after its pretraining to reach 50% success",
    unit: "passes",
    unitSpoken: "forward passes",
    format: "number",
    bounds: count,
    ...never,
    ...exact,
    value: (r) => Math.max(0, r.pretrainThenRl.passesToHalf - r.switchPasses),
  },
  {
    id: "labSuccessAtSwitch",
    label: "Task success of pretrain-then-RL when it switched to RL",
    unit: "",
    unitSpoken: "task success",
    format: "percent",
    bounds: share,
    value: (r) => r.successAtSwitch,
  },
  {
    id: "labSwitchPasses",
    label: "Forward passes pretrain-then-RL spent pretraining",
    unit: "passes",
    unitSpoken: "forward passes",
    format: "number",
    bounds: count,
    ...exact,
    value: (r) => r.switchPasses,
  },
  {
    id: "labChanceSuccess",
    label: "Task success of the uniform policy RL from scratch starts from",
    unit: "",
    unitSpoken: "task success",
    format: "percent",
    bounds: share,
    value: (r) => r.chanceSuccess,
  },
  {
    id: "labWorldSuccess",
    label: "Task success of sentences sampled from the world itself",
    unit: "",
    unitSpoken: "task success",
    format: "percent",
    bounds: share,
    value: (r) => r.worldSuccess,
  },
  {
    id: "labParameters",
    label: "Parameters of the lab's model: T × V × V logits",
    unit: "parameters",
    unitSpoken: "parameters",
    format: "number",
    bounds: count,
    ...exact,
    value: (r) => r.settings.sequenceLength * r.settings.vocabulary * r.settings.vocabulary,
  },
  {
    id: "labEpisodesRlOnly",
    label: "Episodes RL from scratch ran",
    unit: "episodes",
    unitSpoken: "episodes",
    format: "number",
    bounds: count,
    ...exact,
    value: (r) => r.rlOnly.episodes,
  },
  {
    id: "labRewardsRlOnly",
    label: "Rewards RL from scratch earned",
    unit: "rewards",
    unitSpoken: "rewards",
    format: "number",
    bounds: count,
    ...exact,
    value: (r) => r.rlOnly.rewards,
  },
  {
    id: "labEpisodesPretrainThenRl",
    label: "RL episodes pretrain-then-RL ran",
    unit: "episodes",
    unitSpoken: "episodes",
    format: "number",
    bounds: count,
    ...exact,
    value: (r) => r.pretrainThenRl.episodes,
  },
  {
    id: "labSurprisalBitsPretrainOnly",
    label: "Feedback to pretraining only: summed surprisal",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    bounds: count,
    value: (r) => r.pretrainOnly.surprisalBits,
  },
  {
    id: "labRewardBitsRlOnly",
    label: "Feedback to RL from scratch: summed H(p) of its rewards",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    bounds: count,
    value: (r) => r.rlOnly.rewardBits,
  },
  {
    id: "labSurprisalBitsPretrainThenRl",
    label: "Feedback to pretrain-then-RL's pretraining: summed surprisal",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    bounds: count,
    value: (r) => r.pretrainThenRl.surprisalBits,
  },
  {
    id: "labRewardBitsPretrainThenRl",
    label: "Feedback to pretrain-then-RL's RL: summed H(p) of its rewards",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    bounds: count,
    value: (r) => r.pretrainThenRl.rewardBits,
  },
  {
    id: "labRlFeedbackShare",
    label: "Share of pretrain-then-RL's feedback bits that came from rewards",
    unit: "",
    unitSpoken: "of its feedback",
    format: "percent",
    bounds: share,
    value: (r) => r.pretrainThenRl.rewardBits / (r.pretrainThenRl.rewardBits + r.pretrainThenRl.surprisalBits || 1),
  },
  {
    id: "labSuccessRatio",
    label: "Task success of pretrain-then-RL over that of RL from scratch",
    unit: "×",
    unitSpoken: "times",
    format: "number",
    bounds: count,
    allowInfinity: true,
    value: (r) => r.pretrainThenRl.finalSuccess / r.rlOnly.finalSuccess,
  },
  // The three rulers, measured exactly (issue 14): bits in are the surprisal and reward totals above;
  // bits learnable are the surprisal above the world's entropy; the shift is how far the model moved.
  {
    id: "labWorldEntropyBits",
    label: "The world's entropy per sentence: the floor under any model's surprisal",
    unit: "bits",
    unitSpoken: "bits per sentence",
    format: "number",
    bounds: count,
    value: (r) => r.worldEntropyBits,
  },
  {
    id: "labReducibleBitsPretrainOnly",
    label: "Pretraining only: surprisal above the world's entropy, summed over its predictions",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    bounds: count,
    allowInfinity: true,
    value: (r) => r.pretrainOnly.reducibleBits,
  },
  {
    id: "labReducibleBitsPretrainThenRl",
    label: "Pretrain-then-RL's pretraining: surprisal above the world's entropy, summed over its predictions",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    bounds: count,
    allowInfinity: true,
    value: (r) => r.pretrainThenRl.reducibleBits,
  },
  {
    id: "labShiftBitsPretrain",
    label: "How far pretraining moved the model before the switch: KL(at the switch ‖ at the start) per sentence",
    unit: "bits",
    unitSpoken: "bits per sentence",
    format: "number",
    bounds: count,
    allowInfinity: true,
    value: (r) => r.shiftBits.pretrain,
  },
  {
    id: "labShiftBitsRl",
    label: "How far RL moved the pretrained model: KL(after RL ‖ at the switch) per sentence",
    unit: "bits",
    unitSpoken: "bits per sentence",
    format: "number",
    bounds: count,
    allowInfinity: true,
    value: (r) => r.shiftBits.rl,
  },
  {
    id: "labShiftBitsRlOnly",
    label: "How far RL from scratch moved the model: KL(after RL ‖ at the start) per sentence",
    unit: "bits",
    unitSpoken: "bits per sentence",
    format: "number",
    bounds: count,
    allowInfinity: true,
    value: (r) => r.shiftBits.rlOnly,
  },
  {
    id: "labShiftBitsPretrainOnly",
    label: "How far pretraining alone moved the model: KL(at the end ‖ at the start) per sentence",
    unit: "bits",
    unitSpoken: "bits per sentence",
    format: "number",
    bounds: count,
    allowInfinity: true,
    value: (r) => r.shiftBits.pretrainOnly,
  },
] as const satisfies readonly LabResultSpec[];

export type LabResultId = (typeof labResults)[number]["id"];

const resultMap = new Map<string, LabResultSpec>(labResults.map((q) => [q.id, q]));

export function isLabResultId(id: string): id is LabResultId {
  return resultMap.has(id);
}

export function labResultSpec(id: LabResultId): LabResultSpec {
  return resultMap.get(id)!;
}

/** The text a lab result reads as: "never" for Infinity where allowed, counts in full. */
export function formatLabResult(spec: LabResultSpec, value: number): string {
  return formatNumber(value, spec.format, {
    ...(spec.infinityText ? { infinityText: spec.infinityText } : {}),
    ...(spec.digits ? { digits: spec.digits } : {}),
  });
}

/** Every lab result's value for one run, by id. */
export function labResultValues(result: LabResult): Record<LabResultId, number> {
  return Object.fromEntries(labResults.map((q) => [q.id, q.value(result)])) as Record<LabResultId, number>;
}
