import { binaryEntropyBits } from "./binaryEntropyBits";
import { bitsRatio } from "./bitsRatio";
import { contextCapacityBits } from "./contextCapacityBits";
import { contextTokensToMatchWeights } from "./contextTokensToMatchWeights";
import type { InputId } from "./inputs";
import { lifetimeSeconds } from "./lifetimeSeconds";
import { parityRlShare } from "./parityRlShare";
import { partShare } from "./partShare";
import { posttrainComputeShare } from "./posttrainComputeShare";
import { pretrainEventsPerRlEvent } from "./pretrainEventsPerRlEvent";
import { pretrainTotalBits } from "./pretrainTotalBits";
import { ratio } from "./ratio";
import { residualStreamNumbers } from "./residualStreamNumbers";
import { rlBitsPerPass } from "./rlBitsPerPass";
import { rlEventShare } from "./rlEventShare";
import { rlTotalBits } from "./rlTotalBits";
import type { OutputSpec } from "./types";
import { weightCapacityBits } from "./weightCapacityBits";
import { weightToContextRatio } from "./weightToContextRatio";

const share = [0, 1] as const;
const nonNegative = [0, Infinity] as const;

/** Every derived quantity. Ids are public and permanent: add, never rename or remove. */
export const outputs = [
  {
    id: "parityRlShare",
    label: "RL compute share for parity in reward events",
    symbol: "f^{*}",
    unit: "",
    unitSpoken: "of training compute",
    format: "percent",
    deps: ["passesPerReward"],
    compute: (v) => parityRlShare(v.passesPerReward),
    bounds: share,
  },
  {
    id: "rlEventShare",
    label: "Share of reward events that come from RL",
    unit: "",
    unitSpoken: "of reward events",
    format: "percent",
    deps: ["rlComputeShare", "passesPerReward"],
    compute: (v) => rlEventShare(v.rlComputeShare, v.passesPerReward),
    bounds: share,
  },
  {
    id: "pretrainEventsPerRlEvent",
    label: "Pretraining reward events per RL reward event",
    unit: "events",
    unitSpoken: "pretraining events per RL event",
    format: "number",
    deps: ["rlComputeShare", "passesPerReward"],
    compute: (v) => pretrainEventsPerRlEvent(v.rlComputeShare, v.passesPerReward),
    bounds: nonNegative,
    allowInfinity: true,
  },
  {
    id: "rewardBitsPerTrajectory",
    label: "Most information one binary reward carries",
    symbol: "H(p)",
    unit: "bits",
    unitSpoken: "bits per trajectory",
    format: "number",
    deps: ["passRate"],
    compute: (v) => binaryEntropyBits(v.passRate),
    bounds: [0, 1],
  },
  {
    id: "rlBitsPerPass",
    label: "RL feedback bits per forward pass",
    unit: "bits",
    unitSpoken: "bits per forward pass",
    format: "number",
    deps: ["passRate", "passesPerReward"],
    compute: (v) => rlBitsPerPass(v.passRate, v.passesPerReward),
    bounds: [0, 1],
  },
  {
    id: "bitsRatio",
    label: "Pretraining bits per RL bit, per forward pass",
    unit: "×",
    unitSpoken: "times",
    format: "number",
    deps: ["bitsPerToken", "passRate", "passesPerReward"],
    compute: (v) => bitsRatio(v.bitsPerToken, v.passRate, v.passesPerReward),
    bounds: nonNegative,
    allowInfinity: true,
  },
  {
    id: "pretrainTotalBits",
    label: "Total pretraining feedback",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    deps: ["pretrainTokens", "bitsPerToken"],
    compute: (v) => pretrainTotalBits(v.pretrainTokens, v.bitsPerToken),
    bounds: nonNegative,
  },
  {
    id: "rlTotalBits",
    label: "Most total RL feedback",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    deps: ["rlEpisodes", "passRate"],
    compute: (v) => rlTotalBits(v.rlEpisodes, v.passRate),
    bounds: nonNegative,
  },
  {
    id: "feedbackBitsRatio",
    label: "Pretraining feedback bits per RL feedback bit, in total",
    unit: "×",
    unitSpoken: "times",
    format: "number",
    deps: ["pretrainTokens", "bitsPerToken", "rlEpisodes", "passRate"],
    compute: (v) => ratio(pretrainTotalBits(v.pretrainTokens, v.bitsPerToken), rlTotalBits(v.rlEpisodes, v.passRate)),
    bounds: nonNegative,
    allowInfinity: true,
  },
  {
    id: "rlFeedbackBitsShare",
    label: "RL's share of all feedback bits",
    unit: "",
    unitSpoken: "of feedback bits",
    format: "percent",
    deps: ["pretrainTokens", "bitsPerToken", "rlEpisodes", "passRate"],
    compute: (v) => partShare(rlTotalBits(v.rlEpisodes, v.passRate), pretrainTotalBits(v.pretrainTokens, v.bitsPerToken)),
    bounds: share,
  },
  {
    id: "posttrainComputeShare",
    label: "Post-training's share of compute",
    unit: "",
    unitSpoken: "of training compute",
    format: "percent",
    deps: ["pretrainComputePfDays", "posttrainComputePfDays"],
    compute: (v) => posttrainComputeShare(v.pretrainComputePfDays, v.posttrainComputePfDays),
    bounds: share,
  },
  {
    id: "lifetimeSeconds",
    label: "Waking seconds of experience",
    unit: "s",
    unitSpoken: "seconds",
    format: "number",
    deps: ["years", "wakingHoursPerDay"],
    compute: (v) => lifetimeSeconds(v.years, v.wakingHoursPerDay),
    bounds: nonNegative,
  },
  {
    id: "visionToRewardRatio",
    label: "Raw vision bits per reward bit",
    unit: "×",
    unitSpoken: "times",
    format: "number",
    deps: ["visionBitsPerSecond", "rewardBitsPerSecond"],
    compute: (v) => ratio(v.visionBitsPerSecond, v.rewardBitsPerSecond),
    bounds: nonNegative,
  },
  {
    id: "weightToContextRatio",
    label: "Weight capacity over context capacity",
    unit: "×",
    unitSpoken: "times",
    format: "number",
    deps: ["parameters", "bitsPerParameter", "contextTokens", "bitsPerContextToken"],
    compute: (v) => weightToContextRatio(v.parameters, v.bitsPerParameter, v.contextTokens, v.bitsPerContextToken),
    bounds: nonNegative,
  },
  {
    id: "contextCapacityBits",
    label: "Most bits the context can hold",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    deps: ["contextTokens", "bitsPerContextToken"],
    compute: (v) => contextCapacityBits(v.contextTokens, v.bitsPerContextToken),
    bounds: nonNegative,
  },
  {
    id: "weightCapacityBits",
    label: "Knowledge the weights can hold",
    unit: "bits",
    unitSpoken: "bits",
    format: "number",
    deps: ["parameters", "bitsPerParameter"],
    compute: (v) => weightCapacityBits(v.parameters, v.bitsPerParameter),
    bounds: nonNegative,
  },
  {
    id: "contextTokensToMatchWeights",
    label: "Context length that would hold as many bits as the weights",
    unit: "tokens",
    unitSpoken: "tokens",
    format: "number",
    deps: ["parameters", "bitsPerParameter", "bitsPerContextToken"],
    compute: (v) => contextTokensToMatchWeights(v.parameters, v.bitsPerParameter, v.bitsPerContextToken),
    bounds: nonNegative,
  },
  {
    id: "contextResidualNumbers",
    label: "Numbers in one layer's residual stream across the context",
    unit: "numbers",
    unitSpoken: "numbers",
    format: "number",
    deps: ["contextTokens", "residualStreamWidth"],
    compute: (v) => residualStreamNumbers(v.contextTokens, v.residualStreamWidth),
    bounds: nonNegative,
  },
] as const satisfies readonly OutputSpec<InputId>[];

export type OutputId = (typeof outputs)[number]["id"];
