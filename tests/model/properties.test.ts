import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputSpec, outputs, parityRlShare, rlEventShare } from "../../src/model/index";
import { anyValues, seeded, valueIn } from "../support/arbitraries";

const L = valueIn(inputSpec("passesPerReward"));
const f = valueIn(inputSpec("rlComputeShare"));
// Non-monotone steps smaller than this are floating-point rounding, not a bug.
const ulps = (x: number) => 4 * Number.EPSILON * Math.abs(x);

describe.each(outputs.map((o) => [o.id, o] as const))("output %s", (_, spec) => {
  it(`${spec.id}(values) is never NaN and stays within its bounds for any inputs in range`, () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const y = spec.compute(values);
        expect(y).not.toBeNaN();
        if (!Number.isFinite(y)) {
          expect("allowInfinity" in spec && spec.allowInfinity).toBe(true);
          expect(y).toBe(Infinity);
        }
        expect(y).toBeGreaterThanOrEqual(spec.bounds[0]);
        expect(y).toBeLessThanOrEqual(spec.bounds[1]);
      }),
      seeded,
    );
  });
});

describe("model properties", () => {
  it("rlEventShare(f, L) is non-decreasing in f", () => {
    fc.assert(
      fc.property(f, f, L, (a, b, l) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sLo = rlEventShare(lo, l);
        expect(rlEventShare(hi, l)).toBeGreaterThanOrEqual(sLo - ulps(sLo));
      }),
      seeded,
    );
  });

  it("rlEventShare(f, L) is non-increasing in L", () => {
    fc.assert(
      fc.property(f, L, L, (share, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sLo = rlEventShare(share, lo);
        expect(rlEventShare(share, hi)).toBeLessThanOrEqual(sLo + ulps(sLo));
      }),
      seeded,
    );
  });

  it("parityRlShare(L) increases with L", () => {
    fc.assert(
      fc.property(L, L, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(parityRlShare(hi)).toBeGreaterThanOrEqual(parityRlShare(lo));
        // A 1% larger L is always distinguishable, even at L = 1e8.
        if (hi > lo * 1.01) expect(parityRlShare(hi)).toBeGreaterThan(parityRlShare(lo));
      }),
      seeded,
    );
  });

  it("rlEventShare(parityRlShare(L), L) is one half", () => {
    fc.assert(
      fc.property(L, (l) => {
        expect(rlEventShare(parityRlShare(l), l)).toBeCloseTo(0.5, 6);
      }),
      seeded,
    );
  });

  it("rlEventShare(f, L) never exceeds f: RL events cost L passes each", () => {
    fc.assert(
      fc.property(f, L, (share, l) => {
        expect(rlEventShare(share, l)).toBeLessThanOrEqual(share + ulps(share));
      }),
      seeded,
    );
  });
});
