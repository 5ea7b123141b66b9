import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/text/format";
import { parseNumber } from "../../src/text/parseNumber";

describe("parseNumber(text)", () => {
  it.each([
    ["1,000", 1000],
    ["1e3", 1000],
    ["1E3", 1000],
    ["16M", 16e6],
    ["16m", 16e6],
    ["2k", 2000],
    ["1.5T", 1.5e12],
    ["70B", 7e10],
    ["1.6 × 10⁷", 16e6],
    ["1.6x10^7", 16e6],
    ["1.6X10^7", 16e6],
    ["1.8 × 10⁻⁴", 1.8e-4],
    ["10^7", 1e7],
    ["10⁷", 1e7],
    [" 250 ", 250],
    ["−5", -5],
    ["-5", -5],
    ["+5", 5],
    ["0.5", 0.5],
    [".5", 0.5],
    ["5.", 5],
    ["1 000 000", 1e6],
    ["1_000", 1000],
  ])("parseNumber(%j) is %s", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    "abc",
    "",
    "   ",
    "Infinity",
    "-Infinity",
    "NaN",
    "0x10",
    "0b11",
    "1..2",
    "1e",
    "e3",
    "50%",
    "1,000abc",
    "--5",
    "1e3e3",
    "<script>",
    "1".repeat(65),
  ])("parseNumber(%j) is NaN", (text) => {
    expect(parseNumber(text)).toBeNaN();
  });

  it("parseNumber(text) is NaN for text longer than 64 characters, even if it is a number", () => {
    expect(parseNumber(`${" ".repeat(62)}250`)).toBeNaN();
    expect(parseNumber(`${" ".repeat(61)}250`)).toBe(250);
  });

  it("parseNumber(\"1e999\") is Infinity, for callers to clamp", () => {
    expect(parseNumber("1e999")).toBe(Infinity);
    expect(parseNumber("-1e999")).toBe(-Infinity);
  });

  it("parseNumber(String(x)) is x for any finite number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumber(String(x))).toBe(x === 0 ? 0 : x);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it.each([0.1 + 0.2, Number.MAX_VALUE, 1 / 3, 1000 / 1001])("parseNumber(String(%s)) is exact", (x) => {
    expect(parseNumber(String(x))).toBe(x);
  });

  it("parseNumber(formatNumber(x)) is x to the three digits printed", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e300, max: 1e300, noNaN: true }), (x) => {
        const back = parseNumber(formatNumber(x, "number"));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(0.005 * Math.abs(x) + 1e-300);
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});

describe("parseNumber(text, \"percent\")", () => {
  it.each([
    ["99.9%", 0.999],
    ["99.9", 0.999],
    ["50", 0.5],
    ["50 %", 0.5],
    ["0.1%", 0.001],
    ["100", 1],
    ["0", 0],
    ["1e-3", 0.00001],
  ])("parseNumber(%j, \"percent\") is %s exactly", (text, value) => {
    expect(parseNumber(text, "percent")).toBe(value);
  });

  it.each(["abc", "", "Infinity", "50%%", "16M"])("parseNumber(%j, \"percent\") is NaN", (text) => {
    expect(parseNumber(text, "percent")).toBeNaN();
  });
});
