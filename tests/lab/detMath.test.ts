import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binaryEntropyDet, expDet, expShiftedInto, log2Det } from "../../src/lab/detMath";

describe("expDet", () => {
  it("expDet(x) agrees with Math.exp to within 1e-15 relative error across the range", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(Math.abs(expDet(x) - Math.exp(x))).toBeLessThanOrEqual(1e-15 * Math.exp(x));
      }),
    );
  });

  it("expDet(0) is 1, expDet(1) is Math.E, and the extremes are 0 and Infinity", () => {
    expect(expDet(0)).toBe(1);
    expect(Math.abs(expDet(1) - Math.E)).toBeLessThanOrEqual(Number.EPSILON * Math.E);
    expect(expDet(-800)).toBe(0);
    expect(expDet(800)).toBe(Infinity);
    expect(expDet(NaN)).toBeNaN();
    expect(expDet(-744)).toBeGreaterThan(0);
  });

  it("expShiftedInto(src, dst, ...) writes expDet(src[i] - shift) and returns their sum", () => {
    const src = Float64Array.from([0, -1, -2.5, -40, -746]);
    const dst = new Float64Array(5);
    const total = expShiftedInto(src, dst, 0, 5, 0);
    src.forEach((x, i) => expect(dst[i]).toBe(expDet(x)));
    expect(total).toBe(dst.reduce((a, b) => a + b, 0));
  });
});

describe("log2Det", () => {
  it("log2Det(x) agrees with Math.log2 to within 2e-16 absolute or relative error", () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }), (x) => {
        const want = Math.log2(x);
        expect(Math.abs(log2Det(x) - want)).toBeLessThanOrEqual(2e-16 * Math.max(1, Math.abs(want)));
      }),
    );
  });

  it("log2Det is exact at powers of two and handles 0, negatives and subnormals", () => {
    for (let k = -1074; k <= 1023; k += 7) expect(log2Det(2 ** k)).toBe(k);
    expect(log2Det(0)).toBe(-Infinity);
    expect(log2Det(-1)).toBeNaN();
    expect(log2Det(Infinity)).toBe(Infinity);
  });
});

describe("binaryEntropyDet", () => {
  it("binaryEntropyDet(p) is 1 bit at one half, 0 at the ends, and symmetric", () => {
    expect(binaryEntropyDet(0.5)).toBe(1);
    expect(binaryEntropyDet(0)).toBe(0);
    expect(binaryEntropyDet(1)).toBe(0);
    expect(binaryEntropyDet(0.1)).toBeCloseTo(0.4689955935892812, 15);
    expect(binaryEntropyDet(0.9)).toBeCloseTo(binaryEntropyDet(0.1), 15);
  });

  it("binaryEntropyDet(p) agrees with the formula in Math.log2; H(1e-5) is about 1.8e-4 bits", () => {
    for (const p of [1e-9, 1e-5, 0.01, 0.3, 0.77, 0.999999]) {
      const want = -p * Math.log2(p) - (1 - p) * Math.log2(1 - p);
      expect(Math.abs(binaryEntropyDet(p) - want)).toBeLessThanOrEqual(1e-14 * want);
    }
    expect(binaryEntropyDet(1e-5)).toBeCloseTo(1.8e-4, 5);
  });
});
