import { describe, expect, it } from "vitest";
import { computeOutput, defaultValues, type OutputId } from "../../src/model/index";

// The outputs of /the-pretraining-analogy/ and /human-bit-rates/, worked by hand at the defaults.
// Waking life: 20 years x 365.25 days x 16 h x 3600 s = 420,768,000 s (116,880 h).
describe("chapter outputs at the defaults, worked by hand", () => {
  const values = defaultValues();
  it.each([
    ["pretrainToPosttrainComputeRatio", 3640 / 60],
    ["taskBitsPerSecond", 60 / 3600],
    ["lifetimeVisionBits", 1e7 * 420_768_000],
    ["lifetimePerceptBits", 8e3 * 420_768_000],
    ["lifetimeConsciousBits", 10 * 420_768_000],
    ["lifetimeRewardBits", 3 * 420_768_000],
    ["lifetimeTaskBits", 60 * 116_880],
    ["perceptToRewardRatio", 8e3 / 3],
    ["rewardToTaskRatio", 3 * 60],
    // LLM: 15e12 tokens x 3 bits = 4.5e13; 5e6 episodes x 1 bit = 5e6; ratio 9e6. Human: 1e7 / 3.
    ["llmToHumanRatio", 9e6 / (1e7 / 3)],
  ] as [OutputId, number][])("computeOutput(%s, defaults) is %s", (id, expected) => {
    const y = computeOutput(id, values);
    expect(Math.abs(y - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
  });

  it("llmToHumanRatio is 2.7 at the defaults: the LLM's ratio is within a factor of three of the human one", () => {
    expect(computeOutput("llmToHumanRatio", values)).toBeCloseTo(2.7, 12);
  });

  it("llmToHumanRatio is unbounded when every rollout passes (H(1) = 0)", () => {
    expect(computeOutput("llmToHumanRatio", { ...values, passRate: 1 })).toBe(Infinity);
  });

  it("lifetime bits scale with years and waking hours: 40 years of 8 hours equals 20 years of 16", () => {
    const a = computeOutput("lifetimeRewardBits", { ...values, years: 40, wakingHoursPerDay: 8 });
    expect(a).toBeCloseTo(computeOutput("lifetimeRewardBits", values), 3);
  });

  it("visionToRewardRatio equals lifetimeVisionBits / lifetimeRewardBits for any life", () => {
    const v = { ...values, years: 37, wakingHoursPerDay: 15.5, visionBitsPerSecond: 2.5e6, rewardBitsPerSecond: 0.7 };
    const ratio = computeOutput("lifetimeVisionBits", v) / computeOutput("lifetimeRewardBits", v);
    expect(ratio).toBeCloseTo(computeOutput("visionToRewardRatio", v), 3);
  });
});
