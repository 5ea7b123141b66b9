import { describe, expect, it } from "vitest";
import { decades } from "../../src/figures/ticks";

describe("decades", () => {
  it("lists every power of ten inside the range when there is room", () => {
    // 10⁻² … 10⁶ is nine powers; nine ticks allowed.
    expect(decades(0.01, 1e6, 9)).toEqual([-2, -1, 0, 1, 2, 3, 4, 5, 6]);
  });

  it("thins to every n-th power, from the first, to stay within the allowed count", () => {
    // Nine powers, at most five ticks: every second one.
    expect(decades(0.01, 1e6, 5)).toEqual([-2, 0, 2, 4, 6]);
    // Nine powers, at most four: every third.
    expect(decades(0.01, 1e6, 4)).toEqual([-2, 1, 4]);
  });

  it("keeps only powers inside the range when its ends are not powers of ten", () => {
    // log10 3 ≈ 0.48 and log10 5000 ≈ 3.7: 10¹, 10², 10³.
    expect(decades(3, 5000, 10)).toEqual([1, 2, 3]);
    expect(decades(2, 9, 10)).toEqual([]);
  });
});
