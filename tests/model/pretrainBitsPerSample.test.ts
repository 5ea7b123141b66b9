import { describe, expect, it } from "vitest";
import { pretrainBitsPerSample } from "../../src/model/index";

describe("pretrainBitsPerSample", () => {
  it.each([
    [3, 1000, 3000],
    [1.5, 2000, 3000],
    [17, 1e8, 1.7e9],
    [0.01, 1, 0.01],
    [0, 1000, 0],
  ])("pretrainBitsPerSample(%s, %s) is bits per token * tokens = %s", (bits, tokens, expected) => {
    expect(pretrainBitsPerSample(bits, tokens)).toBeCloseTo(expected, 9);
  });

  it.each([
    [NaN, 1000],
    [-3, 1000],
    [3, NaN],
    [3, -1],
  ])("pretrainBitsPerSample(%s, %s) is NaN for negative or missing inputs", (bits, tokens) => {
    expect(pretrainBitsPerSample(bits, tokens)).toBeNaN();
  });
});
