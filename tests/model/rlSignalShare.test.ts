import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parityRlShare, rlEventShare, rlSignalShare, signalParityRlShare } from "../../src/model/index";

describe("rlSignalShare", () => {
  it.each([
    // Bits: f = 0.5, RL 1 bit per 1000 passes, pretraining 3 bits per pass: 0.0005 / (0.0005 + 1.5).
    [0.5, 0.001, 3, 0.0005 / 1.5005],
    // f = 0.9, RL 0.5 bit per pass, pretraining 1 bit: 0.45 / (0.45 + 0.1).
    [0.9, 0.5, 1, 0.45 / 0.55],
    [0, 0.7, 3, 0],
    [0.25, 2, 2, 0.25],
  ])("rlSignalShare(%s, %s, %s) is f r / (f r + (1 - f) s)", (f, r, s, expected) => {
    expect(rlSignalShare(f, r, s)).toBeCloseTo(expected, 14);
  });

  it("rlSignalShare(1, r, s) is 1, also when RL carries nothing (all feedback there is comes from RL)", () => {
    expect(rlSignalShare(1, 0.001, 3)).toBe(1);
    expect(rlSignalShare(1, 0, 3)).toBe(1);
  });

  it("rlSignalShare(f, 1/L, 1) agrees with rlEventShare(f, L)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1, max: 1e8, noNaN: true }), (f, L) => {
        expect(rlSignalShare(f, 1 / L, 1)).toBeCloseTo(rlEventShare(f, L), 12);
      }),
    );
  });

  it("rlSignalShare rejects shares outside [0, 1] and negative or infinite signals with NaN", () => {
    expect(rlSignalShare(-0.1, 1, 1)).toBeNaN();
    expect(rlSignalShare(1.1, 1, 1)).toBeNaN();
    expect(rlSignalShare(0.5, -1, 1)).toBeNaN();
    expect(rlSignalShare(0.5, 1, Infinity)).toBeNaN();
    expect(rlSignalShare(0.5, 0, 0)).toBeNaN();
  });
});

describe("signalParityRlShare", () => {
  it.each([
    // Bits at the defaults: 3 / (3 + 1/1000) = 3000 / 3001.
    [0.001, 3, 3000 / 3001],
    [1, 1, 0.5],
    [0, 3, 1],
    [2, 0, 0],
  ])("signalParityRlShare(%s, %s) is s / (s + r)", (r, s, expected) => {
    expect(signalParityRlShare(r, s)).toBeCloseTo(expected, 14);
  });

  it("signalParityRlShare(1/L, 1) agrees with parityRlShare(L), and at that split RL supplies exactly half", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e8, noNaN: true }), (L) => {
        expect(signalParityRlShare(1 / L, 1)).toBeCloseTo(parityRlShare(L), 12);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 10, noNaN: true }), fc.double({ min: 1e-3, max: 20, noNaN: true }), (r, s) => {
        // The split f = s/(s+r) is a double: 1 - f carries a rounding error of about ε/(1 - f)
        // relative to itself, and the share inherits it (1 - f is as small as 5e-8 here, so the
        // error reaches 1e-9). Allow a few times that, no more.
        const f = signalParityRlShare(r, s);
        const tolerance = 4 * Number.EPSILON * (1 + 1 / (1 - f));
        expect(Math.abs(rlSignalShare(f, r, s) - 0.5)).toBeLessThanOrEqual(tolerance);
      }),
    );
  });

  it("signalParityRlShare rejects negative, infinite or all-zero signals with NaN", () => {
    expect(signalParityRlShare(-1, 1)).toBeNaN();
    expect(signalParityRlShare(1, Infinity)).toBeNaN();
    expect(signalParityRlShare(0, 0)).toBeNaN();
  });
});
