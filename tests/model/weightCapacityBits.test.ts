import { describe, expect, it } from "vitest";
import { weightCapacityBits } from "../../src/model/index";

describe("weightCapacityBits", () => {
  it.each([
    // 7e10 parameters x 2 bits = 1.4e11 bits; Allen-Zhu and Li's own example: 7e9 x 2 = 1.4e10.
    [7e10, 2, 1.4e11],
    [7e9, 2, 1.4e10],
    [4e11, 2, 8e11],
    [1e6, 0.1, 1e5],
    [1e13, 32, 3.2e14],
    [0, 2, 0],
    [7e10, 0, 0],
  ])("weightCapacityBits(%s, %s) is parameters * bits per parameter = %s", (parameters, bits, expected) => {
    expect(weightCapacityBits(parameters, bits)).toBeCloseTo(expected, 0);
  });

  it.each([
    [NaN, 2],
    [7e10, NaN],
    [-7e10, 2],
    [7e10, -2],
    [-7e10, -2],
  ])("weightCapacityBits(%s, %s) is NaN for negative or missing inputs", (parameters, bits) => {
    expect(weightCapacityBits(parameters, bits)).toBeNaN();
  });
});
