import { describe, expect, it } from "vitest";
import { computeOutput, defaultValues, type OutputId, type Values } from "../../src/model/index";

// The break-even outputs of /synthesis/, worked by hand. Defaults: b = 3 bits per token, p = 0.5
// (H = 1 bit), L = 1000 passes per reward, f = 0.5, 15e12 pretraining tokens, 5e6 RL episodes.
describe("synthesis outputs at the defaults, worked by hand", () => {
  const values = defaultValues();
  it.each([
    // RL bits per pass 1/1000; 0.5 x 0.001 = 0.0005 against 0.5 x 3 = 1.5.
    ["rlComputeBitsShare", 0.0005 / 1.5005],
    // Parity in bits: 3 / (3 + 0.001) = 3000 / 3001 = 99.967%.
    ["bitParityRlShare", 3000 / 3001],
    // 15e12 x 3 bits = 4.5e13 bits, at most 1 bit per episode: 4.5e13 episodes.
    ["breakEvenRlEpisodes", 4.5e13],
    // H / b = 1 / 3 of a pass: fewer than one, so no trajectory length reaches parity.
    ["breakEvenPassesPerReward", 1 / 3],
  ] as [OutputId, number][])("computeOutput(%s, defaults) is %s", (id, expected) => {
    const y = computeOutput(id, values);
    expect(Math.abs(y - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
  });

  it("breakEvenRlEpisodes is 9 million times the default rlEpisodes, the same factor as feedbackBitsRatio", () => {
    expect(computeOutput("breakEvenRlEpisodes", values) / values.rlEpisodes).toBeCloseTo(9e6, 6);
    expect(computeOutput("feedbackBitsRatio", values)).toBeCloseTo(9e6, 6);
  });

  it("at p = 0.2 (H = 0.7219 bits) the break-even episodes grow by 1 / H", () => {
    const p = 0.2;
    const H = -p * Math.log2(p) - (1 - p) * Math.log2(1 - p);
    const v: Values = { ...values, passRate: p };
    expect(computeOutput("breakEvenRlEpisodes", v)).toBeCloseTo(4.5e13 / H, 0);
    expect(computeOutput("breakEvenPassesPerReward", v)).toBeCloseTo(H / 3, 12);
  });

  it("rewards that never vary carry nothing: break-even episodes unbounded, parity needs all compute on RL", () => {
    const v: Values = { ...values, passRate: 1 };
    expect(computeOutput("breakEvenRlEpisodes", v)).toBe(Infinity);
    expect(computeOutput("bitParityRlShare", v)).toBe(1);
    expect(computeOutput("rlComputeBitsShare", v)).toBe(0);
    expect(computeOutput("breakEvenPassesPerReward", v)).toBe(0);
  });

  it("with a tenth of a bit per token and one pass per reward, RL's bits per pass exceed pretraining's", () => {
    const v: Values = { ...values, bitsPerToken: 0.1, passesPerReward: 1 };
    // H / b = 1 / 0.1 = 10 passes: any L below 10 gives RL more bits per pass.
    expect(computeOutput("breakEvenPassesPerReward", v)).toBeCloseTo(10, 12);
    // Parity: 0.1 / (0.1 + 1) = 1/11 of compute.
    expect(computeOutput("bitParityRlShare", v)).toBeCloseTo(1 / 11, 14);
    // Half the compute on RL: 0.5 / (0.5 + 0.05).
    expect(computeOutput("rlComputeBitsShare", v)).toBeCloseTo(0.5 / 0.55, 14);
  });
});
