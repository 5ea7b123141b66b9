import { describe, expect, it } from "vitest";
import { rlTotalBits } from "../../src/model/index";

const H = (p: number) => -p * (Math.log(p) / Math.LN2) - (1 - p) * (Math.log(1 - p) / Math.LN2);

describe("rlTotalBits", () => {
  it("rlTotalBits(5e6, 0.5) is 5e6 bits: one bit per episode", () => {
    expect(rlTotalBits(5e6, 0.5)).toBe(5e6);
  });

  it.each([
    [10, 0.11],
    [1, 0.25],
    [1e10, 0.99],
  ])("rlTotalBits(%s, %s) is episodes * H(p)", (n, p) => {
    expect(rlTotalBits(n, p)).toBeCloseTo(n * H(p), 3);
  });

  it.each([0, 1])("rlTotalBits(5e6, %s) is 0", (p) => {
    expect(rlTotalBits(5e6, p)).toBe(0);
  });

  it("rlTotalBits(0, 0.5) is 0", () => {
    expect(rlTotalBits(0, 0.5)).toBe(0);
  });

  it.each([
    [NaN, 0.5],
    [-1, 0.5],
    [5e6, NaN],
    [5e6, -0.1],
    [5e6, 1.5],
  ])("rlTotalBits(%s, %s) is NaN out of domain", (n, p) => {
    expect(rlTotalBits(n, p)).toBeNaN();
  });
});
