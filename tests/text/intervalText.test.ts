import { describe, expect, it } from "vitest";
import { intervalText } from "../../src/text/intervalText";

describe("intervalText", () => {
  it('intervalText(0.997, 0.9997, "percent") is " (99.70–99.97%)": both ends to two decimals, read as "90% interval 99.7 percent to 99.97 percent …"', () => {
    const t = intervalText(0.997, 0.9997, "percent", "of training compute")!;
    expect(t.parts).toEqual([" (99.70–99.97%)"]);
    expect(t.spoken).toBe("90% interval 99.7 percent to 99.97 percent of training compute");
  });

  it("intervalText uses “to” between ends written with spaces (powers of ten)", () => {
    const t = intervalText(6.18e11, 1.02e14, "number", "bits")!;
    expect(t.parts).toEqual([" (6.18 × 10¹¹ to 1.02 × 10¹⁴)"]);
    expect(t.spoken).toBe("90% interval 6.18 times 10 to the 11 to 1.02 times 10 to the 14 bits");
  });

  it("intervalText sets power10 exponents apart as superscripts, as Out does (no parentheses)", () => {
    const t = intervalText(67800, 22900000, "power10", "alternatives")!;
    expect(t.parts).toEqual([" (10", { sup: "67,800" }, " to 10", { sup: "22,900,000" }, ")"]);
  });

  it("intervalText is undefined when both ends print the same (no width)", () => {
    expect(intervalText(1, 1, "number", "bits")).toBeUndefined();
    expect(intervalText(0.5, 0.50000001, "percent", "")).toBeUndefined();
  });

  it("intervalText re-prints the coarser end from its value, not by padding: 99.0213% beside 99.9967% is 99.0213", () => {
    // formatPercent gives 99.02% (one significant digit of distance would hide more) and 99.9967%; four decimals for both.
    expect(intervalText(0.990213, 0.999967, "percent", "")!.parts).toEqual([" (99.0213–99.9967%)"]);
    // 2.25 and 12.3 (three significant digits): both to two decimals, 12.34 re-printed from its value.
    expect(intervalText(2.25, 12.34, "number", "")!.parts).toEqual([" (2.25–12.34)"]);
    // Decades apart, each end keeps its own significant digits: equal decimals would print 0.30734%.
    expect(intervalText(0.0000028, 0.0030734, "percent", "")!.parts).toEqual([" (0.00028–0.31%)"]);
  });

  it("intervalText never rounds an end onto a bound it does not reach", () => {
    // 0.99999 to 4 decimals of a percent would be 100.0000%: that end keeps its own text.
    const t = intervalText(0.4, 0.9999999, "percent", "")!;
    expect(t.parts[0]).not.toContain("100.0");
  });

  it("intervalText says what the interval is when the value lies outside it: H(p) = 1 above (0.395, 0.999)", () => {
    const t = intervalText(0.395, 0.999, "number", "bits", 1)!;
    expect(t.parts).toEqual([" (90% of draws: 0.395–0.999)"]);
    expect(t.spoken).toBe("90% of draws lie between 0.395 and 0.999 bits");
    expect(intervalText(0.395, 0.999, "number", "bits", 0.7)!.parts).toEqual([" (0.395–0.999)"]);
  });
});
