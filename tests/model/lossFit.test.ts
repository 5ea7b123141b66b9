import { describe, expect, it } from "vitest";
import { bitsFromNats, finalLossBitsPerToken, keptBitsBound, lossFitPivotParameters, lossFitPivotTokens, lossFitTermNats } from "../../src/model/index";

describe("bitsFromNats", () => {
  it.each([
    [Math.LN2, 1],
    [1, 1.4426950408889634],
    [0, 0],
    [1.69, 2.438154619102348],
  ])("bitsFromNats(%s) is %s (nats / ln 2)", (nats, bits) => {
    expect(bitsFromNats(nats)).toBeCloseTo(bits, 12);
  });
  it.each([[-1], [NaN]])("bitsFromNats(%s) is NaN", (x) => expect(bitsFromNats(x)).toBeNaN());
});

describe("lossFitTermNats", () => {
  it("the pivots sit inside the range the fits were made on (70M-16B parameters, 5B-500B tokens)", () => {
    expect(lossFitPivotParameters).toBeGreaterThan(7e7);
    expect(lossFitPivotParameters).toBeLessThan(1.6e10);
    expect(lossFitPivotTokens).toBeGreaterThan(5e9);
    expect(lossFitPivotTokens).toBeLessThan(5e11);
  });

  it.each([
    // At the pivot the term is its value there, whatever the exponent.
    [0.3, 1e9, 0.34, 1e9, 0.3],
    // Ten times the pivot with exponent 0.5: 0.3 / sqrt(10).
    [0.3, 1e9, 0.5, 1e10, 0.3 / Math.sqrt(10)],
    // A hundred times with exponent 1: a hundredth.
    [0.2, 1e11, 1, 1e13, 0.002],
    // Exponent 0: flat.
    [0.2, 1e11, 0, 1e15, 0.2],
  ])("lossFitTermNats(%s, %s, %s, %s) is %s", (value, pivot, k, x, expected) => {
    expect(lossFitTermNats(value, pivot, k, x)).toBeCloseTo(expected, 12);
  });

  it("rewrites a published A/N^α exactly: Hoffmann et al.'s A = 406.4, α = 0.34 at N = 7e10", () => {
    const A = 406.4;
    const alpha = 0.34;
    const atPivot = A / 1e9 ** alpha;
    expect(lossFitTermNats(atPivot, 1e9, alpha, 7e10)).toBeCloseTo(A / 7e10 ** alpha, 14);
  });

  it.each([
    [-0.1, 1e9, 0.3, 1e9],
    [0.1, 0, 0.3, 1e9],
    [0.1, 1e9, -0.3, 1e9],
    [0.1, 1e9, 0.3, 0],
    [NaN, 1e9, 0.3, 1e9],
  ])("lossFitTermNats(%s, %s, %s, %s) is NaN", (a, b, c, d) => {
    expect(lossFitTermNats(a, b, c, d)).toBeNaN();
  });
});

describe("keptBitsBound", () => {
  it.each([
    [2.84e12, 1.4e11, 1.4e11],
    [1e10, 1.4e11, 1e10],
    [0, 5, 0],
  ])("keptBitsBound(%s, %s) is the smaller, %s", (a, b, expected) => {
    expect(keptBitsBound(a, b)).toBe(expected);
  });
  it.each([[-1, 1], [1, NaN]])("keptBitsBound(%s, %s) is NaN", (a, b) => expect(keptBitsBound(a, b)).toBeNaN());
});

describe("finalLossBitsPerToken", () => {
  it("at both pivots the loss is E plus the two pivot values: (1.8 + 0.35 + 0.2) / ln 2", () => {
    expect(finalLossBitsPerToken(1.8, 1e11, 1e9, 0.35, 0.3, 0.2, 0.4)).toBeCloseTo(2.35 / Math.LN2, 12);
  });
  it("is Besiroglu et al.'s L(7e10, 1.5e13) = 1.8172 + 482.01/N^0.3478 + 2085.43/D^0.3658, in bits", () => {
    const nats = 1.8172 + 482.01 / 7e10 ** 0.3478 + 2085.43 / 1.5e13 ** 0.3658;
    const y = finalLossBitsPerToken(1.8172, 1.5e13, 7e10, 482.01 / 1e9 ** 0.3478, 0.3478, 2085.43 / 1e11 ** 0.3658, 0.3658);
    expect(y).toBeCloseTo(nats / Math.LN2, 12);
  });
  it("is NaN for a negative floor", () => expect(finalLossBitsPerToken(-1, 1e11, 1e9, 0.3, 0.3, 0.2, 0.3)).toBeNaN());
});
