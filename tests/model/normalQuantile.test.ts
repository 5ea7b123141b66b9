import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "../../src/model/index";

// Reference values of the standard normal distribution from printed tables (Abramowitz and Stegun, table 26.5).
const table: [p: number, z: number][] = [
  [0.5, 0],
  [0.95, 1.6448536269514722],
  [0.975, 1.959963984540054],
  [0.99, 2.3263478740408408],
  [0.999, 3.090232306167813],
  [1e-6, -4.753424308822899],
];

describe("normalQuantile", () => {
  it.each(table)("normalQuantile(%f) is %f within Acklam's stated relative error, 1.15e-9", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1.15e-9 * Math.abs(z) + 1e-15);
  });

  it("normalQuantile(p) = −normalQuantile(1 − p) in both tails and the middle", () => {
    for (const p of [1e-9, 0.001, 0.02, 0.0243, 0.1, 0.3]) expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 7);
  });

  it("normalQuantile(0) and (1) are infinite; outside [0, 1] it is NaN", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(-0.1)).toBeNaN();
    expect(normalQuantile(NaN)).toBeNaN();
  });
});

describe("normalCdf", () => {
  it.each(table)("normalCdf inverts normalQuantile: normalCdf(z(%f)) to 7 digits", (p, z) => {
    expect(normalCdf(z)).toBeCloseTo(p, 7);
  });

  it("normalCdf(±Infinity) is 1 and 0; normalCdf(NaN) is NaN", () => {
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(NaN)).toBeNaN();
  });
});
