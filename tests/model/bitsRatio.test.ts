import { describe, expect, it } from "vitest";
import { bitsRatio } from "../../src/model/index";

const H = (p: number) => -p * (Math.log(p) / Math.LN2) - (1 - p) * (Math.log(1 - p) / Math.LN2);

describe("bitsRatio", () => {
  it("bitsRatio(3, 0.5, 1000) is 3 * 1000 / 1 = 3000", () => {
    expect(bitsRatio(3, 0.5, 1000)).toBe(3000);
  });

  it.each([
    [17, 0.25, 1],
    [3, 0.11, 250],
    [0.01, 0.9, 1e8],
  ])("bitsRatio(%s, %s, %s) is bitsPerToken * L / H(p)", (b, p, L) => {
    expect(bitsRatio(b, p, L)).toBeCloseTo((b * L) / H(p), 6);
  });

  it.each([0, 1])("bitsRatio(3, %s, 1000) is Infinity: a certain reward carries no bits", (p) => {
    expect(bitsRatio(3, p, 1000)).toBe(Infinity);
  });

  it("bitsRatio(0, 0.5, L) is 0", () => {
    expect(bitsRatio(0, 0.5, 1000)).toBe(0);
  });

  it("bitsRatio(0, 0, L) is NaN: zero over zero", () => {
    expect(bitsRatio(0, 0, 1000)).toBeNaN();
  });

  it.each([
    [NaN, 0.5, 1000],
    [-1, 0.5, 1000],
    [3, NaN, 1000],
    [3, -0.1, 1000],
    [3, 1.1, 1000],
    [3, 0.5, NaN],
    [3, 0.5, 0],
    [3, 0, 0],
  ])("bitsRatio(%s, %s, %s) is NaN out of domain", (b, p, L) => {
    expect(bitsRatio(b, p, L)).toBeNaN();
  });
});
