import { describe, expect, it } from "vitest";
import { rlBitsPerBatch } from "../../src/model/index";

describe("rlBitsPerBatch", () => {
  it("rlBitsPerBatch(16e6, 0.5, 1000) is 16,000 bits: 16,000 rewards of one bit each", () => {
    expect(rlBitsPerBatch(16e6, 0.5, 1000)).toBe(16_000);
  });

  it("rlBitsPerBatch(16e6, 0.1, 2000) is 8000 * H(0.1) = 8000 * 0.4689955936 = 3751.96 bits", () => {
    expect(rlBitsPerBatch(16e6, 0.1, 2000)).toBeCloseTo(3751.964_749, 5);
  });

  it.each([0, 1])("rlBitsPerBatch(16e6, %s, 1000) is 0: a certain outcome carries nothing", (p) => {
    expect(rlBitsPerBatch(16e6, p, 1000)).toBe(0);
  });

  it.each([
    [NaN, 0.5, 1000],
    [-1, 0.5, 1000],
    [16e6, 1.5, 1000],
    [16e6, 0.5, 0],
  ])("rlBitsPerBatch(%s, %s, %s) is NaN out of domain", (tokens, p, L) => {
    expect(rlBitsPerBatch(tokens, p, L)).toBeNaN();
  });
});
