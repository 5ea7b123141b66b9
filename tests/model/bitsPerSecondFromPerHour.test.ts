import { describe, expect, it } from "vitest";
import { bitsPerSecondFromPerHour } from "../../src/model/index";

describe("bitsPerSecondFromPerHour", () => {
  it.each([
    [3600, 1],
    [60, 1 / 60],
    [1, 1 / 3600],
    [0, 0],
  ])("bitsPerSecondFromPerHour(%s) is %s", (perHour, expected) => {
    expect(bitsPerSecondFromPerHour(perHour)).toBeCloseTo(expected, 15);
  });

  it("bitsPerSecondFromPerHour(60) is about 0.0167 bits/s: a bit a minute", () => {
    expect(bitsPerSecondFromPerHour(60)).toBeCloseTo(0.016667, 6);
  });

  it.each([NaN, -1, -Infinity])("bitsPerSecondFromPerHour(%s) is NaN", (x) => {
    expect(bitsPerSecondFromPerHour(x)).toBeNaN();
  });
});
