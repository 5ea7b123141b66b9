import { describe, expect, it } from "vitest";
import { rlEventShare } from "../../src/model/index";

describe("rlEventShare", () => {
  it.each([
    [0.5, 1000, 1 / 1001],
    [0.9, 250, 0.0036 / (0.0036 + 0.1)],
    [0.999, 1000, 999 / 1999],
    [0.25, 1, 0.25],
    [0.75, 1, 0.75],
  ])("rlEventShare(%s, %s) is (f/L) / (f/L + (1 - f))", (f, L, expected) => {
    expect(rlEventShare(f, L)).toBeCloseTo(expected, 12);
  });

  it("rlEventShare(0.5, 1000) is 1/1001", () => {
    expect(rlEventShare(0.5, 1000)).toBeCloseTo((0.5 / 1000) / (0.5 / 1000 + 0.5), 15);
  });

  it("rlEventShare(f, 1) is f: one pass per reward makes events proportional to compute", () => {
    for (const f of [0, 0.1, 0.33, 0.5, 0.9, 1]) expect(rlEventShare(f, 1)).toBeCloseTo(f, 15);
  });

  it("rlEventShare(L / (L + 1), L) is one half", () => {
    expect(rlEventShare(1000 / 1001, 1000)).toBeCloseTo(0.5, 12);
  });

  it("rlEventShare(0, L) is 0 and rlEventShare(1, L) is 1", () => {
    expect(rlEventShare(0, 1000)).toBe(0);
    expect(rlEventShare(1, 1000)).toBe(1);
    expect(rlEventShare(1, 1e8)).toBe(1);
  });

  it("rlEventShare(f, Infinity) is 0 for f < 1", () => {
    expect(rlEventShare(0.999, Infinity)).toBe(0);
  });

  it.each([
    [NaN, 1000],
    [-0.1, 1000],
    [1.1, 1000],
    [0.5, NaN],
    [0.5, 0],
    [0.5, 0.5],
    [0.5, -10],
  ])("rlEventShare(%s, %s) is NaN out of domain", (f, L) => {
    expect(rlEventShare(f, L)).toBeNaN();
  });
});
