import { describe, expect, it } from "vitest";
import { lifetimeBits } from "../../src/model/index";

// 20 years x 365.25 days x 16 h x 3600 s = 420,768,000 waking seconds.
describe("lifetimeBits", () => {
  it.each([
    [1e7, 4.20768e15],
    [8e3, 3.366144e12],
    [10, 4_207_680_000],
    [3, 1_262_304_000],
    [0, 0],
  ])("lifetimeBits(%s, 20, 16) is the rate times 420,768,000 s", (rate, expected) => {
    expect(lifetimeBits(rate, 20, 16)).toBeCloseTo(expected, 0);
  });

  it("lifetimeBits(60 / 3600, 20, 16) is 60 bits an hour over 116,880 waking hours = 7,012,800", () => {
    // 20 x 365.25 = 7,305 days; x 16 h = 116,880 h; x 60 bits/h.
    expect(lifetimeBits(60 / 3600, 20, 16)).toBeCloseTo(7_012_800, 6);
  });

  it("lifetimeBits(1, 1, 24) is the seconds in a Julian year, 31,557,600", () => {
    expect(lifetimeBits(1, 1, 24)).toBe(31_557_600);
  });

  it.each([
    [NaN, 20, 16],
    [-1, 20, 16],
    [3, NaN, 16],
    [3, -1, 16],
    [3, 20, 25],
  ])("lifetimeBits(%s, %s, %s) is NaN out of domain", (rate, years, hours) => {
    expect(lifetimeBits(rate, years, hours)).toBeNaN();
  });
});
