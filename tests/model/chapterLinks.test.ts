import { describe, expect, it } from "vitest";
import { computeOutput, defaultValues, outputSpec, type OutputId, type Values } from "../../src/model/index";
import { resultText } from "../support/liveNumbers";

// The chapters' example links and key presses, worked by hand. These numbers used to be checked
// page by page in the browser; now the browser checks, once per page, that every number equals
// the model (tests/e2e/values.test.ts), and the model is held to the hand-worked numbers here.

const H = (p: number) => -p * Math.log2(p) - (1 - p) * Math.log2(1 - p);
const H01 = 0.468_995_593_589_281_2; // H(0.1) = 0.1 log2 10 + 0.9 log2(10/9), worked by hand.
const log2of10 = 3.321_928_094_887_362;

/** [what the reader set, output, hand-worked value, and (optional) the text the page prints]. */
type Case = readonly [link: Partial<Values>, id: OutputId, expected: number, text?: string];

const cases: Record<string, readonly Case[]> = {
  "/reward-events/": [
    // parity = L / (L + 1); RL's event share = (f/L) / (f/L + 1 - f).
    [{ passesPerReward: 250, rlComputeShare: 0.9 }, "parityRlShare", 250 / 251, "99.6%"],
    [{ passesPerReward: 250, rlComputeShare: 0.9 }, "rlEventShare", 0.9 / 250 / (0.9 / 250 + 0.1)],
    [{ passesPerReward: 1300 }, "parityRlShare", 1300 / 1301],
    [{ passesPerReward: 1 }, "parityRlShare", 1 / 2],
    [{ rlComputeShare: 0.999 }, "rlEventShare", 0.999 / 1.999],
    [{ passesPerReward: 1300, rlComputeShare: 1 }, "rlEventShare", 1],
    [{}, "parityRlShare", 1000 / 1001, "99.9%"],
    [{}, "rlEventShare", 1 / 1001],
    // At L = 250 and f = 0.5: 0.002 / 0.502.
    [{ passesPerReward: 250 }, "rlEventShare", 0.002 / 0.502],
  ],
  "/continual-learning/": [
    // 2e5 tokens x 17 bits = 3.4e6 bits; 4e11 parameters x 2 bits = 8e11 bits; 2e5 x 8,192 numbers.
    [{ contextTokens: 2e5, parameters: 4e11 }, "contextCapacityBits", 3.4e6, "3.4 × 10⁶"],
    [{ contextTokens: 2e5, parameters: 4e11 }, "weightCapacityBits", 8e11],
    [{ contextTokens: 2e5, parameters: 4e11 }, "weightToContextRatio", 8e11 / 3.4e6, "235,000"],
    [{ contextTokens: 2e5, parameters: 4e11 }, "contextTokensToMatchWeights", 8e11 / 17],
    [{ contextTokens: 2e5, parameters: 4e11 }, "contextResidualNumbers", 1.6384e9],
    [{ contextTokens: 1.3e6 }, "contextCapacityBits", 1.3e6 * 17],
    [{ contextTokens: 1.3e6 }, "weightToContextRatio", 1.4e11 / 2.21e7],
    [{ contextTokens: 1.3e6 }, "contextResidualNumbers", 1.3e6 * 8192],
    [{ contextTokens: 1e9 }, "weightToContextRatio", 1.4e11 / 1.7e10],
    [{ contextTokens: 1e9, parameters: 6.3e10 }, "weightCapacityBits", 1.26e11],
    [{ contextTokens: 1e9, parameters: 6.3e10 }, "contextTokensToMatchWeights", 1.26e11 / 17],
    [{ contextTokens: 1e9, bitsPerContextToken: 16 }, "contextCapacityBits", 1.6e10],
    // The example from the continual-learning issue: 8e9 x 2 = 1.6e10 bits over 128,000 x 10 = 1.28e6.
    [{ parameters: 8e9, contextTokens: 128_000, bitsPerContextToken: 10, bitsPerParameter: 2 }, "weightToContextRatio", 12_500, "12,500"],
    [{}, "weightToContextRatio", 1.4e11 / 1.7e7],
  ],
  "/human-bit-rates/": [
    // 30 years x 365.25 days x 15 h x 3600 s = 591,705,000 s; 164,362.5 waking hours.
    [{ visionBitsPerSecond: 2e6, rewardBitsPerSecond: 0.5, years: 30, wakingHoursPerDay: 15 }, "lifetimeSeconds", 591_705_000, "5.92 × 10⁸"],
    [{ visionBitsPerSecond: 2e6, rewardBitsPerSecond: 0.5, years: 30, wakingHoursPerDay: 15 }, "visionToRewardRatio", 4e6],
    [{ visionBitsPerSecond: 2e6, rewardBitsPerSecond: 0.5, years: 30, wakingHoursPerDay: 15 }, "lifetimeVisionBits", 2e6 * 591_705_000],
    [{ visionBitsPerSecond: 2e6, rewardBitsPerSecond: 0.5, years: 30, wakingHoursPerDay: 15 }, "lifetimeRewardBits", 295_852_500],
    [{ visionBitsPerSecond: 2e6, rewardBitsPerSecond: 0.5, years: 30, wakingHoursPerDay: 15 }, "perceptToRewardRatio", 16_000],
    [{ visionBitsPerSecond: 2e6, rewardBitsPerSecond: 0.5, years: 30, wakingHoursPerDay: 15 }, "lifetimeTaskBits", 60 * 164_362.5],
    [{ years: 21 }, "lifetimeSeconds", 21 * 365.25 * 16 * 3600],
    [{ years: 21, wakingHoursPerDay: 15.5 }, "lifetimeSeconds", 427_999_950],
    [{ taskBitsPerHour: 500 }, "taskBitsPerSecond", 500 / 3600],
    [{ taskBitsPerHour: 500 }, "rewardToTaskRatio", 3 / (500 / 3600)],
    [{ rewardBitsPerSecond: 0.001 }, "visionToRewardRatio", 1e10],
    // LLM: 1e13 tokens x 3 bits over 5e6 episodes x H(0.9); human: 1e7 / 3.
    [{ passRate: 0.9, pretrainTokens: 1e13 }, "feedbackBitsRatio", 3e13 / (5e6 * H(0.9))],
    [{ passRate: 0.9, pretrainTokens: 1e13 }, "llmToHumanRatio", 3e13 / (5e6 * H(0.9)) / (1e7 / 3)],
    [{ years: 30 }, "lifetimeSeconds", 631_152_000],
    [{}, "lifetimeSeconds", 420_768_000],
    [{}, "visionToRewardRatio", 1e7 / 3],
    [{}, "feedbackBitsRatio", 9e6],
    [{}, "lifetimeVisionBits", 4.20768e15],
  ],
  "/post-training-still-matters/": [
    // R1-Zero: 5,324,800 rollouts at H(0.1); 10^(rl log10 2); a concept space of 1e6, ten picks.
    [{ rlEpisodes: 5_324_800, passRate: 0.1 }, "rlTotalBits", 5_324_800 * H01, "2.5 × 10⁶"],
    [{ rlEpisodes: 5_324_800, passRate: 0.1 }, "rlAlternativesLog10", 5_324_800 * H01 * 0.301_029_995_663_981_2, "10 to the power 752,000"],
    [{ conceptCount: 1e6 }, "conceptChoiceBits", 6 * log2of10],
    [{ conceptCount: 1e6, conceptsPerBehaviour: 10 }, "behaviourChoiceBits", 60 * log2of10],
    [{ conceptCount: 1e6, conceptsPerBehaviour: 10 }, "behaviourAlternativesLog10", 60],
    [{ rlEpisodes: 5_324_800, passRate: 0.1, conceptCount: 1e6, conceptsPerBehaviour: 10 }, "rlBehaviourChoices", (5_324_800 * H01) / (60 * log2of10)],
    [{ rlEpisodes: 5_324_800, passRate: 0.1 }, "feedbackBitsRatio", 4.5e13 / (5_324_800 * H01)],
    [{ rlEpisodes: 5_324_800, passRate: 0.1 }, "weightBitsPerRlBit", 1.4e11 / (5_324_800 * H01)],
    [{ rlEpisodes: 6.3e6 }, "rlTotalBits", 6.3e6],
    [{ rlEpisodes: 6.3e6 }, "weightBitsPerRlBit", 1.4e11 / 6.3e6],
    [{ conceptCount: 1e15 }, "conceptChoiceBits", 15 * log2of10],
    [{ conceptCount: 1e15, conceptsPerBehaviour: 1 }, "behaviourChoiceBits", 15 * log2of10],
    [{ passRate: 0.1 }, "rlTotalBits", 5e6 * H01],
    [{}, "pretrainTotalBits", 4.5e13],
    [{}, "rlTotalBits", 5e6],
    [{}, "rlAlternativesLog10", 1_505_149.978_319_906, "10 to the power 1,510,000"],
  ],
  "/the-pretraining-analogy/": [
    [{ pretrainComputePfDays: 1000, posttrainComputePfDays: 250 }, "posttrainComputeShare", 0.2, "20%"],
    [{ pretrainComputePfDays: 1000, posttrainComputePfDays: 250 }, "pretrainToPosttrainComputeRatio", 4],
    [{}, "posttrainComputeShare", 60 / 3700],
    [{ posttrainComputePfDays: 63 }, "posttrainComputeShare", 63 / 3703],
    [{ posttrainComputePfDays: 500 }, "posttrainComputeShare", 500 / 4140],
    // DeepSeek-V3 -> R1 in GPU-hours; Grok 4 claims equal compute for both.
    [{ pretrainComputePfDays: 2_788_000, posttrainComputePfDays: 147_000 }, "posttrainComputeShare", 147_000 / 2_935_000],
    [{ pretrainComputePfDays: 1e26 / 8.64e19, posttrainComputePfDays: 1e26 / 8.64e19 }, "posttrainComputeShare", 0.5],
  ],
  "/token-loss-vs-sparse-reward/": [
    [{ passRate: 0.1, passesPerReward: 2000, bitsPerToken: 1.5 }, "rewardBitsPerTrajectory", H01, "0.469"],
    [{ passRate: 0.1, passesPerReward: 2000, bitsPerToken: 1.5 }, "bitsRatio", (1.5 * 2000) / H01, "6,400"],
    [{ passRate: 0.1, passesPerReward: 2000, bitsPerToken: 1.5 }, "rlBitsPerPass", H01 / 2000, "2.34 × 10⁻⁴"],
    [{ passRate: 0 }, "bitsRatio", Infinity, "unbounded"],
    [{ passRate: 0 }, "rlBitsPerBatch", 0],
    [{ passRate: 0.49 }, "rewardBitsPerTrajectory", H(0.49)],
    [{ passRate: 0.49 }, "rlBitsPerBatch", 16_000 * H(0.49)],
    [{ bitsPerToken: 3.2 }, "pretrainBitsPerBatch", 5.12e7],
    [{ bitsPerToken: 3.2 }, "pretrainBitsPerSample", 3200],
    [{ passesPerReward: 1300 }, "bitsRatio", 3900],
    [{ passesPerReward: 1300 }, "rlBitsPerPass", 1 / 1300],
    [{}, "rewardBitsPerTrajectory", 1],
    [{}, "bitsRatio", 3000],
  ],
  "/synthesis/": [
    // p = 0.2, b = 0.5, L = 100, f = 0.9, 1e9 episodes; h = H(0.2).
    [{ passRate: 0.2, bitsPerToken: 0.5, passesPerReward: 100, rlComputeShare: 0.9 }, "rlComputeBitsShare", (0.9 * H(0.2)) / 100 / ((0.9 * H(0.2)) / 100 + 0.05)],
    [{ passRate: 0.2, bitsPerToken: 0.5, passesPerReward: 100 }, "bitParityRlShare", 0.5 / (0.5 + H(0.2) / 100)],
    [{ passRate: 0.2, bitsPerToken: 0.5 }, "breakEvenRlEpisodes", 7.5e12 / H(0.2)],
    [{ passRate: 0.2, bitsPerToken: 0.5 }, "breakEvenPassesPerReward", H(0.2) / 0.5],
    [{ passRate: 0.2, bitsPerToken: 0.5, rlEpisodes: 1e9 }, "rlFeedbackBitsShare", (1e9 * H(0.2)) / (1e9 * H(0.2) + 7.5e12)],
    [{ bitsPerToken: 17 }, "bitParityRlShare", 17 / 17.001],
    [{ bitsPerToken: 17 }, "breakEvenPassesPerReward", 1 / 17],
    [{ bitsPerToken: 17 }, "breakEvenRlEpisodes", 15e12 * 17],
    [{ bitsPerToken: 17, rlComputeShare: 1 }, "rlComputeBitsShare", 1],
    [{ bitsPerToken: 17, rlComputeShare: 1 }, "rlEventShare", 1],
    [{ rewardBitsPerSecond: 30 }, "visionToRewardRatio", 1e7 / 30],
    [{ rewardBitsPerSecond: 30 }, "llmToHumanRatio", 27],
    [{}, "rlComputeBitsShare", 0.0005 / 1.5005, "0.033%"],
    [{}, "bitParityRlShare", 3000 / 3001, "99.967%"],
    [{}, "breakEvenRlEpisodes", 4.5e13, "4.5 × 10¹³"],
    [{}, "breakEvenPassesPerReward", 1 / 3, "0.333"],
    [{}, "posttrainComputeShare", 60 / 3700, "1.6%"],
  ],
};

describe.each(Object.entries(cases))("%s, worked by hand", (_, list) => {
  it.each(list.map(([link, id, expected, text]) => [JSON.stringify(link), id, expected, text, link] as const))(
    "at %s, %s is %s (%s)",
    (_link, id, expected, text, link) => {
      const y = computeOutput(id, { ...defaultValues(), ...link });
      if (Number.isFinite(expected) && expected !== 0) expect(Math.abs(y - expected)).toBeLessThanOrEqual(1e-11 * Math.abs(expected));
      else expect(y).toBe(expected);
      if (text !== undefined) expect(resultText(outputSpec(id), y)).toBe(text);
    },
  );
});
