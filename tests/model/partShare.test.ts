import { describe, expect, it } from "vitest";
import { partShare } from "../../src/model/index";

describe("partShare", () => {
  it.each([
    [1, 1, 0.5],
    [1, 3, 0.25],
    [0, 5, 0],
    [5, 0, 1],
    [5e6, 4.5e13 - 5e6, 5e6 / 4.5e13],
  ])("partShare(%s, %s) is part / (part + rest)", (part, rest, expected) => {
    expect(partShare(part, rest)).toBeCloseTo(expected, 15);
  });

  it.each([
    [0, 0],
    [NaN, 1],
    [1, NaN],
    [-1, 2],
    [2, -1],
    [Infinity, 1],
  ])("partShare(%s, %s) is NaN for invalid or degenerate wholes", (part, rest) => {
    expect(partShare(part, rest)).toBeNaN();
  });
});
