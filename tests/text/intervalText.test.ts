import { describe, expect, it } from "vitest";
import { intervalText } from "../../src/text/intervalText";

describe("intervalText", () => {
  it('intervalText(0.997, 0.9997, "percent") is " (99.7–99.97%)", read as "90% interval 99.7 percent to 99.97 percent …"', () => {
    const t = intervalText(0.997, 0.9997, "percent", "of training compute")!;
    expect(t.parts).toEqual([" (99.7–99.97%)"]);
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
});
