import { describe, expect, it } from "vitest";
import { clamp, clampInput } from "../../src/model/index";

describe("clamp", () => {
  it.each([
    [5, 0, 10, 5],
    [-1, 0, 10, 0],
    [11, 0, 10, 10],
    [-Infinity, 1, 2, 1],
    [Infinity, 1, 2, 2],
  ])("clamp(%s, %s, %s) is %s", (x, min, max, expected) => {
    expect(clamp(x, min, max)).toBe(expected);
  });
});

describe("clampInput", () => {
  const count = { min: 1, max: 10, default: 4, integer: true };
  it.each([
    [NaN, 4],
    [2.5, 3],
    [0, 1],
    [99, 10],
  ])("clampInput(a count in [1, 10] with default 4, %s) is %s", (value, expected) => {
    expect(clampInput(count, value)).toBe(expected);
  });
  it("clampInput keeps fractions of an input that is not a count", () => {
    expect(clampInput({ min: 0, max: 1, default: 0.5 }, 0.25)).toBe(0.25);
  });
});
