import { describe, expect, it } from "vitest";
import { residualStreamNumbers } from "../../src/model/index";

describe("residualStreamNumbers", () => {
  it.each([
    // 1e6 tokens x 8,192 dimensions = 8.192e9 numbers in one layer's residual stream.
    [1e6, 8192, 8.192e9],
    [2e5, 8192, 1.6384e9],
    [128_000, 16_384, 2_097_152_000],
    [1e3, 64, 64_000],
    [0, 8192, 0],
  ])("residualStreamNumbers(%s, %s) is tokens * width = %s", (tokens, width, expected) => {
    expect(residualStreamNumbers(tokens, width)).toBeCloseTo(expected, 3);
  });

  it.each([
    [NaN, 8192],
    [1e6, NaN],
    [-1e6, 8192],
    [1e6, -8192],
    [-1e6, -8192],
  ])("residualStreamNumbers(%s, %s) is NaN for negative or missing inputs", (tokens, width) => {
    expect(residualStreamNumbers(tokens, width)).toBeNaN();
  });
});
