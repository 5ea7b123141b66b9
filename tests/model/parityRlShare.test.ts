import { describe, expect, it } from "vitest";
import { parityRlShare } from "../../src/model/index";

describe("parityRlShare", () => {
  it.each([
    [1, 1 / 2],
    [250, 250 / 251],
    [1000, 1000 / 1001],
    [20480, 20480 / 20481],
    [1e8, 1e8 / (1e8 + 1)],
  ])("parityRlShare(%s) is L / (L + 1)", (L, expected) => {
    expect(parityRlShare(L)).toBe(expected);
  });

  it("parityRlShare(1000) is 99.9% to three digits", () => {
    expect(parityRlShare(1000)).toBeCloseTo(0.999, 3);
  });

  it("parityRlShare(Infinity) is 1", () => {
    expect(parityRlShare(Infinity)).toBe(1);
  });

  it.each([NaN, 0, 0.5, -1, -Infinity])("parityRlShare(%s) is NaN below one pass per reward", (L) => {
    expect(parityRlShare(L)).toBeNaN();
  });
});
