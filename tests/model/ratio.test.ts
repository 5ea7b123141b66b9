import { describe, expect, it } from "vitest";
import { ratio } from "../../src/model/index";

describe("ratio", () => {
  it.each([
    [1e7, 3, 1e7 / 3],
    [8e3, 10, 800],
    [0, 3, 0],
    [1, 1, 1],
  ])("ratio(%s, %s) is numerator / denominator", (a, b, expected) => {
    expect(ratio(a, b)).toBe(expected);
  });

  it("ratio(1e7, 3) is about 3.33 million", () => {
    expect(ratio(1e7, 3)).toBeCloseTo(3_333_333.333, 2);
  });

  it("ratio(x, 0) is Infinity for x > 0", () => {
    expect(ratio(5, 0)).toBe(Infinity);
  });

  it.each([
    [0, 0],
    [NaN, 3],
    [3, NaN],
    [-1, 3],
    [1, -3],
    [-1, -3],
  ])("ratio(%s, %s) is NaN for zero over zero, negative or missing rates", (a, b) => {
    expect(ratio(a, b)).toBeNaN();
  });
});
