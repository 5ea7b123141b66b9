import { describe, expect, it } from "vitest";
import { nines, shareFromNines } from "../../src/model/index";

describe("nines", () => {
  it.each([
    [0.9, 1],
    [0.99, 2],
    [0.999, 3],
    [0.5, Math.log(2) / Math.LN10],
    [0, 0],
  ])("nines(%s) is -log10(1 - share)", (share, expected) => {
    expect(nines(share)).toBeCloseTo(expected, 10);
  });

  it("nines(1) is Infinity", () => {
    expect(nines(1)).toBe(Infinity);
  });

  it.each([NaN, -0.1, 1.1, Infinity])("nines(%s) is NaN outside [0, 1]", (share) => {
    expect(nines(share)).toBeNaN();
  });
});

describe("shareFromNines", () => {
  it.each([
    [0, 0],
    [1, 0.9],
    [3, 0.999],
    [0.30103, 0.5],
  ])("shareFromNines(%s) is 1 - 10^-n", (n, expected) => {
    expect(shareFromNines(n)).toBeCloseTo(expected, 5);
  });

  it("shareFromNines(Infinity) is 1", () => {
    expect(shareFromNines(Infinity)).toBe(1);
  });

  it.each([0.5, 1, 2.5, 6, 11])("shareFromNines(n) inverts nines: nines(shareFromNines(%s)) = n", (n) => {
    expect(nines(shareFromNines(n))).toBeCloseTo(n, 4);
  });

  it.each([NaN, -1, -Infinity])("shareFromNines(%s) is NaN for negative or missing n", (n) => {
    expect(shareFromNines(n)).toBeNaN();
  });
});
