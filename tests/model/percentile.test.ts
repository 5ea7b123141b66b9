import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { percentile } from "../../src/model/index";

describe("percentile", () => {
  it("percentile([1..5], p) interpolates like R's type 7: 0.5 → 3, 0.05 → 1.2, 0.95 → 4.8", () => {
    expect(percentile(Float64Array.of(5, 1, 4, 2, 3), 0.5)).toBe(3);
    expect(percentile(Float64Array.of(5, 1, 4, 2, 3), 0.05)).toBeCloseTo(1.2, 12);
    expect(percentile(Float64Array.of(5, 1, 4, 2, 3), 0.95)).toBeCloseTo(4.8, 12);
  });

  it("percentile(xs, p) equals the interpolated order statistic of sorted xs, for any numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const h = (sorted.length - 1) * p;
        const i = Math.floor(h);
        const expected = i + 1 < sorted.length ? sorted[i]! + (h - i) * (sorted[i + 1]! - sorted[i]!) : sorted[i]!;
        expect(percentile(Float64Array.from(xs), p)).toBeCloseTo(expected, 6);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("percentile of repeated Infinity is Infinity, and of nothing NaN", () => {
    expect(percentile(Float64Array.of(1, Infinity, Infinity, Infinity), 0.9)).toBe(Infinity);
    expect(percentile(new Float64Array(0), 0.5)).toBeNaN();
  });
});
