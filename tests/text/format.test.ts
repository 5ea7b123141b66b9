import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBits, formatNumber, formatPercent, formatSpoken } from "../../src/text/format";

describe("formatNumber(share, \"percent\")", () => {
  it.each([
    [1000 / 1001, "99.9%"],
    [250 / 251, "99.6%"],
    [0.5, "50%"],
    [0.9999, "99.99%"],
    [0.999, "99.9%"],
    [0.99999, "99.999%"],
    [1 / 3, "33.3%"],
    [0.9, "90%"],
    [1 / 1001, "0.1%"],
    [0.0036 / 0.1036, "3.5%"],
    [0.0001, "0.01%"],
    [0, "0%"],
    [1, "100%"],
  ])("formatNumber(%s, \"percent\") is %s", (share, text) => {
    expect(formatNumber(share, "percent")).toBe(text);
    expect(formatPercent(share)).toBe(text);
  });

  it.each([1 - 1e-13, 1 - 1e-15, 1 - Number.EPSILON / 2, 0.99999999999999])(
    "formatNumber(%s, \"percent\") never prints 100% for a share below 1",
    (share) => {
      const text = formatNumber(share, "percent");
      expect(text).not.toBe("100%");
      expect(Number(text.slice(0, -1))).toBeLessThan(100);
    },
  );

  it.each([1e-13, 1e-15, Number.MIN_VALUE, 1e-300])("formatNumber(%s, \"percent\") never prints 0% for a positive share", (share) => {
    const text = formatNumber(share, "percent");
    expect(text).not.toBe("0%");
    expect(Number(text.slice(0, -1))).toBeGreaterThan(0);
  });

  it("formatNumber(share, \"percent\") reads back within its rounding and keeps two significant digits of the distance to 0% or 100%", () => {
    const open = fc.double({ min: 0, max: 1, minExcluded: true, maxExcluded: true, noNaN: true });
    const share = fc.oneof(open, open.map((x) => 1 - x).filter((x) => x > 0 && x < 1), fc.constantFrom(1e-9, 1 - 1e-9, 0.999, 0.995, 0.0996));
    fc.assert(
      fc.property(share, (s) => {
        const text = formatPercent(s);
        expect(text).toMatch(/^\d+(\.\d+)?%$/);
        const shown = Number(text.slice(0, -1));
        expect(shown).toBeGreaterThan(0);
        expect(shown).toBeLessThan(100);
        // Within one unit of the last printed digit (half a unit from rounding, one from the never-0/100 nudge).
        const decimals = text.includes(".") ? text.slice(0, -1).split(".")[1]!.length : 0;
        expect(Math.abs(shown - s * 100)).toBeLessThanOrEqual(10 ** -decimals + 1e-13);
        // Below 1% from a bound (and above the 12-decimal cap) the distance keeps two significant digits:
        // at most 5% off, a little more when rounding carries it into the next decade (0.0996 -> 0.10).
        const distance = Math.min(s, 1 - s) * 100;
        if (distance < 1 && distance >= 1e-10) {
          const shownDistance = s < 0.5 ? shown : 100 - shown;
          expect(Math.abs(shownDistance - distance)).toBeLessThanOrEqual(0.055 * distance);
        }
      }),
      { seed: 42, numRuns: 2000 },
    );
  });
});

describe("formatNumber(value, \"number\")", () => {
  it.each([
    [1000, "1,000"],
    [16e6, "1.6 × 10⁷"],
    [1e7, "10⁷"],
    [1.8e-4, "1.8 × 10⁻⁴"],
    [15e12, "1.5 × 10¹³"],
    [420_768_000, "4.21 × 10⁸"],
    [1.4e11 / 1.7e7, "8,240"],
    [123456, "123,000"],
    [999_999, "10⁶"],
    [3640, "3,640"],
    [60, "60"],
    [0.5, "0.5"],
    [1 / 3, "0.333"],
    [0.001, "0.001"],
    [0.000999, "9.99 × 10⁻⁴"],
    [0, "0"],
    [-1234, "−1,230"],
    [-16e6, "−1.6 × 10⁷"],
    [Infinity, "unbounded"],
    [-Infinity, "−unbounded"],
    [NaN, "–"],
  ])("formatNumber(%s, \"number\") is %s", (value, text) => {
    expect(formatNumber(value, "number")).toBe(text);
  });

  it("formatNumber(Infinity, format, { infinityText }) reads as the quantity asks, e.g. the lab's “never”", () => {
    expect(formatNumber(Infinity, "number", { infinityText: "never" })).toBe("never");
    expect(formatNumber(Infinity, "percent", { infinityText: "never" })).toBe("never");
    expect(formatNumber(-Infinity, "number", { infinityText: "never" })).toBe("−unbounded");
    expect(formatNumber(12, "number", { infinityText: "never" })).toBe("12");
  });

  it("formatNumber(NaN, \"percent\") is – and formatNumber(Infinity, \"percent\") is unbounded", () => {
    expect(formatNumber(NaN, "percent")).toBe("–");
    expect(formatNumber(Infinity, "percent")).toBe("unbounded");
  });

  it.each([
    [1234, 6, "1,234"],
    [1234.5678, 6, "1,234.57"],
    [16e6, 6, "1.6 × 10⁷"],
    [16_384_000, 6, "1.6384 × 10⁷"],
    [1258.9, 2, "1,300"],
    [0.123456789, 4, "0.1235"],
  ])("formatNumber(%s, \"number\", { digits: %s }) is %s", (value, digits, text) => {
    expect(formatNumber(value, "number", { digits })).toBe(text);
  });
});

describe("formatSpoken", () => {
  it.each([
    [0.999, "percent", "of training compute", "99.9 percent of training compute"],
    [0.5, "percent", "", "50 percent"],
    [16e6, "number", "tokens", "1.6 times 10 to the 7 tokens"],
    [1e7, "number", "bits per second", "10 to the 7 bits per second"],
    [1.8e-4, "number", "bits", "1.8 times 10 to the minus 4 bits"],
    [1e-7, "number", "bits", "10 to the minus 7 bits"],
    [1.5e15, "number", "tokens", "1.5 times 10 to the 15 tokens"],
    [1000, "number", "forward passes per reward", "1000 forward passes per reward"],
    [-1234, "number", "bits", "minus 1230 bits"],
    [-16e6, "number", "bits", "minus 1.6 times 10 to the 7 bits"],
    [Infinity, "number", "times", "unbounded times"],
  ] as const)("formatSpoken(%s, %s, %j) is %j", (value, format, unit, text) => {
    expect(formatSpoken(value, format, unit)).toBe(text);
  });

  it("formatSpoken(value, format, unit) never contains superscripts, the × sign or grouping commas", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom("number", "percent") as fc.Arbitrary<"number" | "percent">, (v, format) => {
        expect(formatSpoken(v, format, "bits")).not.toMatch(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹×,]/);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("formatBits", () => {
  it.each([
    [1, "1 bit"],
    [0.5, "0.5 bits"],
    [3000, "3,000 bits"],
    [0, "0 bits"],
    // Rounds to "1" at three significant digits, so it reads as one bit.
    [1.0004, "1 bit"],
    [1.6e7, "1.6 × 10⁷ bits"],
  ])("formatBits(%s) is %j", (bits, text) => {
    expect(formatBits(bits)).toBe(text);
  });
});
