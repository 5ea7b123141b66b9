import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  binaryEntropyBits,
  clearSampleCache,
  defaultPercentiles,
  defaultValues,
  type InputId,
  inputs,
  type InputSpec,
  outputPercentiles,
  outputs,
  type OutputId,
  type Ranges,
  samplingInterval,
  type Values,
} from "../../src/model/index";
import { valueIn } from "../support/arbitraries";

const uncertain = (inputs as readonly InputSpec[]).filter((q) => q.uncertainty.kind === "interval");
const shares = outputs.filter((o) => o.format === "percent").map((o) => o.id as OutputId);

/** A reader's own range for an input: two distinct values in its range, low first. */
function rangeIn(q: InputSpec): fc.Arbitrary<{ low: number; high: number }> {
  return fc
    .tuple(valueIn(q), valueIn(q))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
}

const anyRanges: fc.Arbitrary<Ranges> = fc.record(
  Object.fromEntries(uncertain.map((q) => [q.id, rangeIn(q)])) as Record<InputId, fc.Arbitrary<{ low: number; high: number }>>,
  { requiredKeys: [] },
);

describe("outputPercentiles", () => {
  it("outputPercentiles is deterministic: same seed, same percentiles, with or without cached draws", () => {
    const values = defaultValues();
    const first = outputs.map((o) => outputPercentiles(o.id, values, {}, { n: 500, seed: 3 }));
    clearSampleCache();
    const again = outputs.map((o) => outputPercentiles(o.id, values, {}, { n: 500, seed: 3 }));
    expect(again).toEqual(first);
    const other = outputPercentiles("rlEventShare", values, {}, { n: 500, seed: 4 });
    expect(other).not.toEqual(first[outputs.findIndex((o) => o.id === "rlEventShare")]);
  });

  it("defaultPercentiles(id) are the percentiles at the default values with the site's seed and sample size", () => {
    for (const o of outputs) expect(defaultPercentiles(o.id)).toEqual(outputPercentiles(o.id, defaultValues()));
  });

  it("an input the reader set is fixed: rewardBitsPerTrajectory at passRate 0.2 has no width, all at H(0.2)", () => {
    const values: Values = { ...defaultValues(), passRate: 0.2 };
    const p = outputPercentiles("rewardBitsPerTrajectory", values);
    const h = -0.2 * Math.log2(0.2) - 0.8 * Math.log2(0.8);
    expect(p.p5).toBeCloseTo(h, 12);
    expect(p.p50).toBe(p.p5);
    expect(p.p95).toBe(p.p5);
  });

  it("a reader's range replaces the registry's: passRate 0.5..0.5001 narrows H(p) to within 1e-6 of 1 bit", () => {
    const p = outputPercentiles("rewardBitsPerTrajectory", defaultValues(), { passRate: { low: 0.5, high: 0.5001 } });
    expect(p.p5).toBeGreaterThan(1 - 1e-6);
    expect(p.p95).toBeLessThanOrEqual(1);
  });

  it("at the defaults, H(p) over passRate uniform on about [0.056, 0.944]: 95th percentile near 1 bit, 5th near H(0.1) = 0.469", () => {
    const p = defaultPercentiles("rewardBitsPerTrajectory");
    // H is symmetric about 0.5, so P(H < h) = P(|p − 0.5| > d(h)); the 5th percentile of H is H at the 2.5th percentile of p,
    // i.e. p = 0.0556 + 0.025 · 0.8889 = 0.0778.
    expect(p.p5).toBeCloseTo(binaryEntropyBits(0.1 - 0.8 / 18 + 0.025 * (0.8 + 1.6 / 18)), 2);
    expect(p.p95).toBeGreaterThan(0.99);
  });

  it("samplingInterval: lab settings are never sampled; other inputs are, at their default or with a reader's range", () => {
    const values = defaultValues();
    expect(samplingInterval("labSeed", values)).toBeUndefined();
    expect(samplingInterval("passRate", values)).toMatchObject({ low: 0.1, high: 0.9, family: "uniform" });
    expect(samplingInterval("passRate", { ...values, passRate: 0.3 })).toBeUndefined();
    expect(samplingInterval("passRate", { ...values, passRate: 0.3 }, { passRate: { low: 0.2, high: 0.4 } })).toEqual({ low: 0.2, high: 0.4, family: "uniform" });
  });
});

describe("bounded outputs stay bounded under uncertainty (property)", () => {
  it("for any reader ranges and values, every output's p5 <= p50 <= p95 lie within its bounds; H(p) within [0, 1], shares within [0, 1]", () => {
    const anyValuesAtDefaultOrNot = fc.record(
      Object.fromEntries(inputs.map((q) => [q.id, fc.oneof(fc.constant(q.default), valueIn(q))])) as Record<InputId, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(anyValuesAtDefaultOrNot, anyRanges, fc.integer({ min: 1, max: 1e6 }), (values, ranges, seed) => {
        for (const o of outputs) {
          const p = outputPercentiles(o.id, values as Values, ranges, { n: 64, seed });
          const [lo, hi] = o.bounds;
          for (const v of [p.p5, p.p50, p.p95]) {
            if (Number.isNaN(v)) continue;
            expect(v, o.id).toBeGreaterThanOrEqual(lo);
            expect(v, o.id).toBeLessThanOrEqual(hi);
          }
          if (![p.p5, p.p50, p.p95].some(Number.isNaN)) {
            expect(p.p5, o.id).toBeLessThanOrEqual(p.p50);
            expect(p.p50, o.id).toBeLessThanOrEqual(p.p95);
          }
        }
        const h = outputPercentiles("rewardBitsPerTrajectory", values as Values, ranges, { n: 64, seed });
        expect(h.p5).toBeGreaterThanOrEqual(0);
        expect(h.p95).toBeLessThanOrEqual(1);
        for (const id of shares) {
          const p = outputPercentiles(id, values as Values, ranges, { n: 64, seed });
          if (!Number.isNaN(p.p5)) expect(p.p5).toBeGreaterThanOrEqual(0);
          if (!Number.isNaN(p.p95)) expect(p.p95).toBeLessThanOrEqual(1);
        }
      }),
      { seed: 42, numRuns: 120 },
    );
    // 120 runs of every output's Monte Carlo: about 3 s alone, several times that on a machine doing other work.
  }, 60_000);
});
