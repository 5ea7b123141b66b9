import { describe, expect, it } from "vitest";
import { weightToContextRatio } from "../../src/model/index";

describe("weightToContextRatio", () => {
  it("weightToContextRatio(7e10, 2, 1e6, 17) is 1.4e11 / 1.7e7", () => {
    expect(weightToContextRatio(7e10, 2, 1e6, 17)).toBeCloseTo(1.4e11 / 1.7e7, 8);
    expect(weightToContextRatio(7e10, 2, 1e6, 17)).toBeCloseTo(8235.294, 3);
  });

  it.each([
    [1e6, 1, 1e6, 1, 1],
    [1e13, 32, 1e3, 1, 3.2e11],
    [0, 2, 1e6, 17, 0],
  ])("weightToContextRatio(%s, %s, %s, %s) is (params * bits) / (tokens * bits)", (p, bp, t, bt, expected) => {
    expect(weightToContextRatio(p, bp, t, bt)).toBeCloseTo(expected, 6);
  });

  it("weightToContextRatio(p, b, 0, 17) is Infinity", () => {
    expect(weightToContextRatio(7e10, 2, 0, 17)).toBe(Infinity);
  });

  it.each([
    [NaN, 2, 1e6, 17],
    [7e10, NaN, 1e6, 17],
    [7e10, 2, NaN, 17],
    [7e10, 2, 1e6, NaN],
    [-7e10, 2, 1e6, 17],
    [7e10, 2, -1e6, 17],
    // Two negatives must not cancel into a plausible-looking positive ratio.
    [-7e10, -2, 1e6, 17],
    [7e10, 2, -1e6, -17],
    [0, 2, 0, 17],
  ])("weightToContextRatio(%s, %s, %s, %s) is NaN when any input is invalid", (p, bp, t, bt) => {
    expect(weightToContextRatio(p, bp, t, bt)).toBeNaN();
  });
});
