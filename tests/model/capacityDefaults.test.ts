import { describe, expect, it } from "vitest";
import { computeOutput, defaultValues, inputSpec } from "../../src/model/index";

describe("context and weight capacity at the defaults, worked by hand", () => {
  // 1e6 tokens x 17 bits = 1.7e7 bits; 7e10 parameters x 2 bits = 1.4e11 bits.
  const values = defaultValues();
  it.each([
    ["contextCapacityBits", 1.7e7],
    ["weightCapacityBits", 1.4e11],
    ["weightToContextRatio", 1.4e11 / 1.7e7],
    ["contextTokensToMatchWeights", 1.4e11 / 17],
    ["contextResidualNumbers", 8.192e9],
  ] as const)("computeOutput(%s, defaultValues()) is %s", (id, expected) => {
    expect(Math.abs(computeOutput(id, values) - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it("weightToContextRatio at the defaults is about 8,235", () => {
    expect(computeOutput("weightToContextRatio", values)).toBeCloseTo(8235.294, 3);
  });

  it("a context of contextTokensToMatchWeights tokens holds exactly what the weights hold", () => {
    const tokens = computeOutput("contextTokensToMatchWeights", values);
    expect(computeOutput("contextCapacityBits", { ...values, contextTokens: tokens })).toBeCloseTo(computeOutput("weightCapacityBits", values), 0);
  });

  it("the query ?contextTokens=2e5&parameters=4e11 gives 3.4e6 bits, 8e11 bits and a ratio of 8e11 / 3.4e6", () => {
    const v = { ...values, contextTokens: 2e5, parameters: 4e11 };
    expect(computeOutput("contextCapacityBits", v)).toBeCloseTo(3.4e6, 6);
    expect(computeOutput("weightCapacityBits", v)).toBeCloseTo(8e11, 0);
    expect(computeOutput("weightToContextRatio", v)).toBeCloseTo(235294.1176, 3);
  });

  it("residualStreamWidth defaults to Llama 3 70B's model dimension, 8,192, on a log scale", () => {
    const q = inputSpec("residualStreamWidth");
    expect([q.default, q.min, q.max, q.scale]).toEqual([8192, 64, 65536, "log"]);
  });
});
