import { describe, expect, it } from "vitest";
import { lifetimeSeconds } from "../../src/model/index";

describe("lifetimeSeconds", () => {
  it("lifetimeSeconds(20, 16) is 20 * 365.25 * 16 * 3600 = 420,768,000", () => {
    // 20 years = 7,305 days; 16 h a day = 116,880 h; 3,600 s an hour.
    expect(lifetimeSeconds(20, 16)).toBe(420_768_000);
  });

  it.each([
    [1, 24, 31_557_600],
    [100, 1, 131_490_000],
    [0, 16, 0],
    [20, 0, 0],
  ])("lifetimeSeconds(%s, %s) is years * 365.25 * hours * 3600", (years, hours, expected) => {
    expect(lifetimeSeconds(years, hours)).toBe(expected);
  });

  it.each([
    [NaN, 16],
    [20, NaN],
    [-1, 16],
    [20, -1],
    [20, 24.5],
  ])("lifetimeSeconds(%s, %s) is NaN out of domain", (years, hours) => {
    expect(lifetimeSeconds(years, hours)).toBeNaN();
  });
});
