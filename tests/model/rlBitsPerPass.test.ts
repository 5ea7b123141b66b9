import { describe, expect, it } from "vitest";
import { rlBitsPerPass } from "../../src/model/index";

const H = (p: number) => -p * (Math.log(p) / Math.LN2) - (1 - p) * (Math.log(1 - p) / Math.LN2);

describe("rlBitsPerPass", () => {
  it("rlBitsPerPass(0.5, 1000) is 1 bit over 1000 passes", () => {
    expect(rlBitsPerPass(0.5, 1000)).toBe(0.001);
  });

  it.each([
    [0.11, 1],
    [0.25, 250],
    [0.9, 1e6],
  ])("rlBitsPerPass(%s, %s) is H(p) / L", (p, L) => {
    expect(rlBitsPerPass(p, L)).toBeCloseTo(H(p) / L, 14);
  });

  it("rlBitsPerPass(0, L) and rlBitsPerPass(1, L) are 0: a certain reward carries nothing", () => {
    expect(rlBitsPerPass(0, 1000)).toBe(0);
    expect(rlBitsPerPass(1, 1000)).toBe(0);
  });

  it.each([
    [NaN, 1000],
    [-0.1, 1000],
    [1.1, 1000],
    [0.5, NaN],
    [0.5, 0],
    [0.5, -1],
  ])("rlBitsPerPass(%s, %s) is NaN out of domain", (p, L) => {
    expect(rlBitsPerPass(p, L)).toBeNaN();
  });
});
