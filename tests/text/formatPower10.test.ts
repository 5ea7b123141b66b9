import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPower10, formatSpoken, powerParts } from "../../src/text/format";

describe("formatNumber(exponent, \"power10\")", () => {
  it.each([
    [0, "10^0"],
    [1, "10^1"],
    [7.5315, "10^7.53"],
    [25.0193 * Math.log10(2), "10^7.53"],
    [7531.5, "10^7,530"],
    [123456, "10^123,000"],
    // 5e6 bits: 5e6 * log10(2) = 1,505,149.98...
    [5e6 * Math.log10(2), "10^1,510,000"],
    [999_999_999_999, "10^1,000,000,000,000"],
    [4.5e13 * Math.log10(2), "10^(1.35 × 10¹³)"],
    [-2, "10^−2"],
    [Infinity, "unbounded"],
    [NaN, "–"],
  ])("formatNumber(%s, \"power10\") is %s", (x, text) => {
    expect(formatNumber(x, "power10")).toBe(text);
  });

  it("formatPower10(x, digits) keeps the asked significant digits", () => {
    expect(formatPower10(1_505_149.98, 6)).toBe("10^1,505,150");
    expect(formatPower10(7.531_5, 2)).toBe("10^7.5");
  });

  it("formatNumber(x, \"power10\") never contains NaN, e+ notation or a plain 'Infinity'", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e300, noNaN: true }), (x) => {
        const text = formatNumber(x, "power10");
        expect(text).toMatch(/^10\^/);
        expect(text).not.toMatch(/NaN|e\+|Infinity/);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("formatSpoken(exponent, \"power10\", unit)", () => {
  it.each([
    [7.5315, "behaviours", "10 to the power 7.53 behaviours"],
    [5e6 * Math.log10(2), "alternatives", "10 to the power 1510000 alternatives"],
    [4.5e13 * Math.log10(2), "", "10 to the power 1.35 times 10 to the 13"],
    [Infinity, "alternatives", "unbounded alternatives"],
  ] as const)("formatSpoken(%s, \"power10\", %j) is %j", (x, unit, text) => {
    expect(formatSpoken(x, "power10", unit)).toBe(text);
  });
});

describe("powerParts(text)", () => {
  it.each([
    ["10^7.53", ["10", "7.53"]],
    ["10^1,510,000", ["10", "1,510,000"]],
    ["10^(1.35 × 10¹³)", ["10", "1.35 × 10¹³"]],
  ])("powerParts(%j) is %j", (text, parts) => {
    expect(powerParts(text)).toEqual(parts);
  });

  it.each(["1,000", "1.6 × 10⁷", "99.9%", "unbounded", "–", "10⁷"])("powerParts(%j) is undefined", (text) => {
    expect(powerParts(text)).toBeUndefined();
  });
});
