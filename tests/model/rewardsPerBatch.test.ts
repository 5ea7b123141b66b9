import { describe, expect, it } from "vitest";
import { rewardsPerBatch } from "../../src/model/index";

describe("rewardsPerBatch", () => {
  it.each([
    [16e6, 1000, 16_000],
    [3.2e6, 1, 3.2e6],
    [16e6, 2000, 8000],
    [1e5, 1e8, 0.001],
    [0, 1000, 0],
  ])("rewardsPerBatch(%s, %s) is tokens / L = %s", (tokens, L, expected) => {
    expect(rewardsPerBatch(tokens, L)).toBeCloseTo(expected, 9);
  });

  it.each([
    [NaN, 1000],
    [-1, 1000],
    [16e6, NaN],
    [16e6, 0],
    [16e6, 0.5],
  ])("rewardsPerBatch(%s, %s) is NaN out of domain (L < 1 is not a trajectory)", (tokens, L) => {
    expect(rewardsPerBatch(tokens, L)).toBeNaN();
  });
});
