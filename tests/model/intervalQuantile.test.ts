import { describe, expect, it } from "vitest";
import { clearSampleCache, intervalQuantile, inputSamples, percentile, z95 } from "../../src/model/index";

// The 5th and 95th percentiles of n independent draws scatter by about sqrt(0.05 · 0.95 / n) / φ(z95) standard
// deviations (the asymptotic standard error of a sample quantile); φ(1.645) = 0.10314. At n = 2000 that is 0.047 σ.
const n = 2000;
const seQuantileInSigmas = Math.sqrt((0.05 * 0.95) / n) / 0.10314;

describe("intervalQuantile", () => {
  it("intervalQuantile(lognormal 10..1000, u) puts the 5th, 50th and 95th percentiles at 10, 100 and 1000 when truncation is far", () => {
    const interval = { low: 10, high: 1000, family: "lognormal" as const };
    expect(intervalQuantile(interval, 1e-9, 1e15, 0.05)).toBeCloseTo(10, 4);
    expect(intervalQuantile(interval, 1e-9, 1e15, 0.5)).toBeCloseTo(100, 4);
    expect(intervalQuantile(interval, 1e-9, 1e15, 0.95)).toBeCloseTo(1000, 2);
  });

  it("intervalQuantile(normal 2..8, u): mean 5, σ = 3 / z95, so the 84.13th percentile is 5 + σ", () => {
    const interval = { low: 2, high: 8, family: "normal" as const };
    expect(intervalQuantile(interval, -1e9, 1e9, 0.05)).toBeCloseTo(2, 6);
    expect(intervalQuantile(interval, -1e9, 1e9, 0.5)).toBeCloseTo(5, 9);
    expect(intervalQuantile(interval, -1e9, 1e9, 0.841344746)).toBeCloseTo(5 + 3 / z95, 5);
  });

  it("intervalQuantile(uniform 0.1..0.9, u) is linear on a support reaching 1/18 of the width past each end", () => {
    const interval = { low: 0.1, high: 0.9, family: "uniform" as const };
    expect(intervalQuantile(interval, 0, 1, 0.05)).toBeCloseTo(0.1, 12);
    expect(intervalQuantile(interval, 0, 1, 0.95)).toBeCloseTo(0.9, 12);
    expect(intervalQuantile(interval, 0, 1, 0)).toBeCloseTo(0.1 - 0.8 / 18, 12);
    expect(intervalQuantile(interval, 0, 1, 1)).toBeCloseTo(0.9 + 0.8 / 18, 12);
  });

  it("intervalQuantile truncates to [min, max]: a normal 0.8..0.99 on [0, 1] never passes 1, and the median moves down", () => {
    const interval = { low: 0.8, high: 0.99, family: "normal" as const };
    for (let u = 0; u <= 1; u += 0.01) {
      const x = intervalQuantile(interval, 0, 1, u);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    expect(intervalQuantile(interval, 0, 1, 1)).toBe(1);
    // Untruncated median 0.895; cutting the upper tail above 1 (P = 0.6%) shifts it below.
    expect(intervalQuantile(interval, 0, 1, 0.5)).toBeLessThan(0.895);
  });
});

describe("inputSamples (the sampler)", () => {
  it(`inputSamples at n = ${n}: a log-normal 90% interval (Llama 3 parameters, 8e9..4.05e11) comes back within 3 standard errors`, () => {
    const low = 8e9;
    const high = 4.05e11;
    const sigma = Math.log(high / low) / (2 * z95);
    const xs = inputSamples("parameters", { low, high, family: "lognormal" }, { n, seed: 123 });
    expect(xs.length).toBe(n);
    const p5 = percentile(xs.slice(), 0.05);
    const p95 = percentile(xs.slice(), 0.95);
    expect(Math.abs(Math.log(p5 / low))).toBeLessThan(3 * seQuantileInSigmas * sigma);
    expect(Math.abs(Math.log(p95 / high))).toBeLessThan(3 * seQuantileInSigmas * sigma);
  });

  it(`inputSamples at n = ${n}: a normal and a uniform interval come back within 3 standard errors`, () => {
    const normal = inputSamples("wakingHoursPerDay", { low: 14, high: 17.5, family: "normal" }, { n, seed: 5 });
    const sigma = 1.75 / z95;
    expect(Math.abs(percentile(normal.slice(), 0.05) - 14)).toBeLessThan(3 * seQuantileInSigmas * sigma);
    expect(Math.abs(percentile(normal.slice(), 0.95) - 17.5)).toBeLessThan(3 * seQuantileInSigmas * sigma);
    const uniform = inputSamples("years", { low: 15, high: 30, family: "uniform" }, { n, seed: 5 });
    // A uniform's quantile density is flat: the standard error is sqrt(p(1 − p)/n) of the support's width.
    const se = Math.sqrt((0.05 * 0.95) / n) * (15 / 0.9);
    expect(Math.abs(percentile(uniform.slice(), 0.05) - 15)).toBeLessThan(3 * se);
    expect(Math.abs(percentile(uniform.slice(), 0.95) - 30)).toBeLessThan(3 * se);
  });

  it("inputSamples is Latin hypercube: exactly one draw in each n-quantile stratum", () => {
    const interval = { low: 0.1, high: 0.9, family: "uniform" as const };
    const xs = inputSamples("passRate", interval, { n: 500, seed: 9 });
    const from = 0.1 - 0.8 / 18;
    const width = 0.8 + 1.6 / 18;
    const strata = [...xs].map((x) => Math.floor(((x - from) / width) * 500)).sort((a, b) => a - b);
    expect(strata).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it("inputSamples is deterministic: same seed, same draws; another seed, other draws", () => {
    const interval = { low: 100, high: 30000, family: "lognormal" as const };
    const a = [...inputSamples("passesPerReward", interval, { n: 300, seed: 1 })];
    clearSampleCache();
    const b = inputSamples("passesPerReward", { ...interval }, { n: 300, seed: 1 });
    const c = inputSamples("passesPerReward", interval, { n: 300, seed: 2 });
    expect(a).toEqual([...b]);
    expect(a).not.toEqual([...c]);
  });
});
