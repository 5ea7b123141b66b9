import { describe, expect, it } from "vitest";
import { contextTokensToMatchWeights } from "../../src/model/index";

describe("contextTokensToMatchWeights", () => {
  it.each([
    // 7e10 x 2 = 1.4e11 bits; / 17 bits per token = 8,235,294,117.6 tokens.
    [7e10, 2, 17, 1.4e11 / 17],
    // 4e11 x 2 = 8e11 bits; / 17 = 47,058,823,529.4 tokens.
    [4e11, 2, 17, 8e11 / 17],
    [7e10, 2, 1, 1.4e11],
    [1e6, 0.1, 32, 3125],
    [0, 2, 17, 0],
  ])("contextTokensToMatchWeights(%s, %s, %s) is (parameters * bits) / bits per token = %s", (p, bp, bt, expected) => {
    expect(contextTokensToMatchWeights(p, bp, bt)).toBeCloseTo(expected, 3);
  });

  it("contextTokensToMatchWeights(7e10, 2, 17) is about 8.24 billion tokens", () => {
    expect(contextTokensToMatchWeights(7e10, 2, 17)).toBeCloseTo(8_235_294_117.647, 2);
  });

  it("contextTokensToMatchWeights(p, b, 0) is Infinity: tokens that hold nothing never catch up", () => {
    expect(contextTokensToMatchWeights(7e10, 2, 0)).toBe(Infinity);
  });

  it.each([
    [NaN, 2, 17],
    [7e10, NaN, 17],
    [7e10, 2, NaN],
    [-7e10, 2, 17],
    [7e10, -2, 17],
    [-7e10, -2, 17],
    [7e10, 2, -17],
    [0, 2, 0],
  ])("contextTokensToMatchWeights(%s, %s, %s) is NaN when an input is invalid", (p, bp, bt) => {
    expect(contextTokensToMatchWeights(p, bp, bt)).toBeNaN();
  });
});
