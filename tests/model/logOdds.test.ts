import { describe, expect, it } from "vitest";
import { fromLog10Odds, log10Odds } from "../../src/model/index";

describe("log10Odds", () => {
  it.each([
    [0.5, 0],
    [10 / 11, 1],
    [1 / 11, -1],
    [1000 / 1001, 3],
  ])("log10Odds(%s) is %s", (p, expected) => {
    expect(log10Odds(p)).toBeCloseTo(expected, 12);
  });
  it.each([-6, -2.5, 0, 0.3, 4])("fromLog10Odds(log10Odds(p)) is p, and log10Odds(fromLog10Odds(%s)) returns it", (x) => {
    expect(log10Odds(fromLog10Odds(x))).toBeCloseTo(x, 9);
  });
});
