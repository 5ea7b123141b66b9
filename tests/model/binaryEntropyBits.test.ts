import { describe, expect, it } from "vitest";
import { binaryEntropyBits } from "../../src/model/index";

// The formula written out with natural logs, independent of the code's Math.log2.
const H = (p: number) => -p * (Math.log(p) / Math.LN2) - (1 - p) * (Math.log(1 - p) / Math.LN2);

describe("binaryEntropyBits", () => {
  it("binaryEntropyBits(0.5) is exactly 1 bit", () => {
    expect(binaryEntropyBits(0.5)).toBe(1);
  });

  it("binaryEntropyBits(0) and binaryEntropyBits(1) are 0", () => {
    expect(binaryEntropyBits(0)).toBe(0);
    expect(binaryEntropyBits(1)).toBe(0);
  });

  it("binaryEntropyBits(0.11) is about half a bit", () => {
    expect(binaryEntropyBits(0.11)).toBeCloseTo(0.4999, 4);
    expect(binaryEntropyBits(0.11)).toBeCloseTo(H(0.11), 12);
  });

  it.each([0.001, 0.01, 0.1, 0.25, 0.3, 0.7, 0.9, 0.999])("binaryEntropyBits(%s) is -p log2 p - (1-p) log2 (1-p)", (p) => {
    expect(binaryEntropyBits(p)).toBeCloseTo(H(p), 12);
  });

  it("binaryEntropyBits(0.25) is 0.5 + 0.75 log2(4/3)", () => {
    expect(binaryEntropyBits(0.25)).toBeCloseTo(0.5 + 0.75 * (Math.log(4 / 3) / Math.LN2), 12);
  });

  it.each([0.01, 0.2, 0.37, 0.49])("binaryEntropyBits(p) is symmetric: H(%s) = H(1 - p)", (p) => {
    expect(binaryEntropyBits(p)).toBeCloseTo(binaryEntropyBits(1 - p), 12);
  });

  it.each([NaN, -0.1, 1.1, -Infinity, Infinity])("binaryEntropyBits(%s) is NaN outside [0, 1]", (p) => {
    expect(binaryEntropyBits(p)).toBeNaN();
  });
});

describe("binaryEntropyBits between 12% and 88% (a claim in /synthesis/)", () => {
  it("is at least half a bit for every pass rate in [0.12, 0.88], and below half a bit at 0.11", () => {
    for (let i = 0; i <= 760; i++) expect(binaryEntropyBits(0.12 + i / 1000)).toBeGreaterThanOrEqual(0.5);
    // By hand: H(0.11) = 0.11 log2(1/0.11) + 0.89 log2(1/0.89) = 0.3503 + 0.1496 = 0.49992.
    expect(binaryEntropyBits(0.11)).toBeLessThan(0.5);
  });
});
