import { describe, expect, it } from "vitest";
import { choiceBits } from "../../src/model/index";

describe("choiceBits", () => {
  it.each([
    [2, 1],
    [1024, 10],
    [33_554_432, 25],
    [1, 0],
  ])("choiceBits(%s) is log2 of the count: %s bits", (n, bits) => {
    expect(choiceBits(n)).toBe(bits);
  });

  it("choiceBits(3.4e7) is log2(34) + 6 log2(10) = 5.08746 + 19.93157 = 25.01903 bits", () => {
    expect(choiceBits(3.4e7)).toBeCloseTo(25.019_031_41, 7);
  });

  it("choiceBits(3.4e7, 1000) is a thousand times that: 25,019.03 bits", () => {
    expect(choiceBits(3.4e7, 1000)).toBeCloseTo(25_019.031_41, 4);
  });

  it.each([
    [1024, 3, 30],
    [2, 1e9, 1e9],
    [1e15, 0, 0],
  ])("choiceBits(%s, %s) is picks * log2(count) = %s", (n, k, bits) => {
    expect(choiceBits(n, k)).toBeCloseTo(bits, 9);
  });

  it("choiceBits(N, k) bounds log2 C(N, k), the bits to choose an unordered set, from above", () => {
    // C(10, 3) = 120: log2 120 = 6.907 <= 3 log2 10 = 9.966.
    expect(choiceBits(10, 3)).toBeGreaterThanOrEqual(Math.log2(120));
  });

  it.each([
    [NaN, 1],
    [0.5, 1],
    [0, 1],
    [-4, 1],
    [1024, -1],
    [1024, NaN],
  ])("choiceBits(%s, %s) is NaN out of domain", (n, k) => {
    expect(choiceBits(n, k)).toBeNaN();
  });
});
