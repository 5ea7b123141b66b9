import { describe, expect, it } from "vitest";
import { posttrainComputeShare } from "../../src/model/index";

describe("posttrainComputeShare", () => {
  it("posttrainComputeShare(3640, 60) is 60 / 3700", () => {
    expect(posttrainComputeShare(3640, 60)).toBeCloseTo(60 / 3700, 15);
    expect(posttrainComputeShare(3640, 60)).toBeCloseTo(0.0162, 4);
  });

  it.each([
    [1, 1, 0.5],
    [0, 60, 1],
    [3640, 0, 0],
    [3, 1, 0.25],
  ])("posttrainComputeShare(%s, %s) is post / (pre + post)", (pre, post, expected) => {
    expect(posttrainComputeShare(pre, post)).toBe(expected);
  });

  it.each([
    [0, 0],
    [NaN, 60],
    [3640, NaN],
    [-1, 60],
    [3640, -60],
    [Infinity, 60],
    [3640, Infinity],
  ])("posttrainComputeShare(%s, %s) is NaN for invalid or degenerate totals", (pre, post) => {
    expect(posttrainComputeShare(pre, post)).toBeNaN();
  });
});
