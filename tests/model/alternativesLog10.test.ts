import { describe, expect, it } from "vitest";
import { alternativesLog10 } from "../../src/model/index";

describe("alternativesLog10", () => {
  it.each([
    [0, 0],
    [1, 0.301_029_995_663_981_2],
    [10, 3.010_299_956_639_812],
    // 2^25 = 33,554,432, and log10(33,554,432) = 7.525749891599529.
    [25, 7.525_749_891_599_529],
    // 5e6 bits single out one of 2^5e6 = 10^1,505,149.978... alternatives; 2^5e6 overflows a double.
    [5e6, 1_505_149.978_319_906],
    // 4.5e13 bits: 10^13,546,349,804,879.15...
    [4.5e13, 13_546_349_804_879.15],
  ])("alternativesLog10(%s) is %s", (bits, expected) => {
    expect(alternativesLog10(bits)).toBeCloseTo(expected, 2);
    expect(Math.abs(alternativesLog10(bits) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
  });

  it("alternativesLog10(b) agrees with log10(2 ** b) where 2 ** b is a finite double", () => {
    for (const b of [0.5, 3, 52, 300, 1023]) expect(alternativesLog10(b)).toBeCloseTo(Math.log10(2 ** b), 9);
    expect(Number.isFinite(2 ** 5e6)).toBe(false);
    expect(Number.isFinite(alternativesLog10(5e6))).toBe(true);
  });

  it("alternativesLog10(Infinity) is Infinity", () => {
    expect(alternativesLog10(Infinity)).toBe(Infinity);
  });

  it.each([NaN, -1, -Infinity])("alternativesLog10(%s) is NaN", (bits) => {
    expect(alternativesLog10(bits)).toBeNaN();
  });
});
