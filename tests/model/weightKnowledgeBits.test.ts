import { describe, expect, it } from "vitest";
import { weightKnowledgeBits } from "../../src/model/index";

describe("weightKnowledgeBits", () => {
  it.each([
    [7e10, 2, 1.4e11],
    [1e6, 0.1, 1e5],
    [1e13, 32, 3.2e14],
    [0, 2, 0],
  ])("weightKnowledgeBits(%s, %s) is parameters * bits per parameter = %s", (n, b, expected) => {
    expect(weightKnowledgeBits(n, b)).toBeCloseTo(expected, 0);
  });

  it.each([
    [NaN, 2],
    [7e10, NaN],
    [-7e10, 2],
    [7e10, -2],
    [-7e10, -2],
  ])("weightKnowledgeBits(%s, %s) is NaN for negative or missing inputs", (n, b) => {
    expect(weightKnowledgeBits(n, b)).toBeNaN();
  });
});
