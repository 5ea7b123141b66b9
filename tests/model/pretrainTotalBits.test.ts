import { describe, expect, it } from "vitest";
import { pretrainTotalBits } from "../../src/model/index";

describe("pretrainTotalBits", () => {
  it.each([
    [15e12, 3, 4.5e13],
    [1e9, 0.01, 1e7],
    [1e15, 17, 1.7e16],
    [0, 3, 0],
    [15e12, 0, 0],
  ])("pretrainTotalBits(%s, %s) is tokens * bits per token", (tokens, bits, expected) => {
    expect(pretrainTotalBits(tokens, bits)).toBeCloseTo(expected, 0);
  });

  it.each([
    [NaN, 3],
    [15e12, NaN],
    [-1, 3],
    [15e12, -3],
    [-1, -3],
  ])("pretrainTotalBits(%s, %s) is NaN for negative or missing inputs", (tokens, bits) => {
    expect(pretrainTotalBits(tokens, bits)).toBeNaN();
  });
});
