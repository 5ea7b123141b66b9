import { describe, expect, it } from "vitest";
import { contextCapacityBits } from "../../src/model/index";

describe("contextCapacityBits", () => {
  it.each([
    // 1e6 tokens x 17 bits = 1.7e7 bits; Llama 3's 128K window x 17 bits = 2,176,000 bits.
    [1e6, 17, 1.7e7],
    [128_000, 17, 2_176_000],
    [2e5, 17, 3.4e6],
    [1e3, 1, 1e3],
    [1e9, 32, 3.2e10],
    [0, 17, 0],
    [1e6, 0, 0],
  ])("contextCapacityBits(%s, %s) is tokens * bits per token = %s", (tokens, bits, expected) => {
    expect(contextCapacityBits(tokens, bits)).toBeCloseTo(expected, 6);
  });

  it.each([
    [NaN, 17],
    [1e6, NaN],
    [-1e6, 17],
    [1e6, -17],
    // Two negatives must not multiply into a plausible positive capacity.
    [-1e6, -17],
  ])("contextCapacityBits(%s, %s) is NaN for negative or missing inputs", (tokens, bits) => {
    expect(contextCapacityBits(tokens, bits)).toBeNaN();
  });
});
