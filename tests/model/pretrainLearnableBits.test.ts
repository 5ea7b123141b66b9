import { describe, expect, it } from "vitest";
import { pretrainLearnableBits } from "../../src/model/index";

/** The published constants, as the papers give them (nats per token). */
const fits = {
  // Hoffmann et al. 2022, eq. 10.
  hoffmann: { A: 406.4, alpha: 0.34, B: 410.7, beta: 0.28 },
  // Besiroglu et al. 2024, table of estimates.
  besiroglu: { A: 482.01, alpha: 0.3478, B: 2085.43, beta: 0.3658 },
};

/** The area under A/N^α + B/t^β from 0 to D by the closed form, in bits. */
function closedFormBits(f: (typeof fits)["hoffmann"], N: number, D: number): number {
  return (D * f.A * N ** -f.alpha + (f.B * D ** (1 - f.beta)) / (1 - f.beta)) / Math.LN2;
}

/** The same area by numerical integration (midpoint rule in log t, from t = 1), as an independent check of the closed form. */
function integratedBits(f: (typeof fits)["hoffmann"], N: number, D: number): number {
  const steps = 200_000;
  const lo = 0;
  const hi = Math.log(D);
  const h = (hi - lo) / steps;
  let nats = f.A * N ** -f.alpha + (f.B * 1 ** (1 - f.beta)) / (1 - f.beta); // [0, 1]: ∫₀¹ (a + B t^-β) dt
  for (let i = 0; i < steps; i++) {
    const t = Math.exp(lo + (i + 0.5) * h);
    nats += (f.A * N ** -f.alpha + f.B * t ** -f.beta) * t * h; // dt = t d(ln t)
  }
  return nats / Math.LN2;
}

const atPivots = (f: (typeof fits)["hoffmann"]) => [f.A / 1e9 ** f.alpha, f.alpha, f.B / 1e11 ** f.beta, f.beta] as const;

describe("pretrainLearnableBits", () => {
  it("at both pivots with β = 1/2 it is D (a + 2b) / ln 2: 1e11 × (0.3 + 0.4) / ln 2", () => {
    expect(pretrainLearnableBits(1e11, 1e9, 0.3, 0.34, 0.2, 0.5, 17)).toBeCloseTo((1e11 * 0.7) / Math.LN2, 0);
  });

  it("with a size term only, it is D × a / ln 2 (the finished model's excess, paid on every token)", () => {
    expect(pretrainLearnableBits(2e12, 1e9, 0.25, 0.3, 0, 0.3, 17)).toBeCloseTo((2e12 * 0.25) / Math.LN2, 0);
  });

  it.each(Object.entries(fits))("matches the closed-form integral of %s's fit at 70B parameters and 15T tokens", (_, f) => {
    const y = pretrainLearnableBits(1.5e13, 7e10, ...atPivots(f), 17);
    expect(Math.abs(y / closedFormBits(f, 7e10, 1.5e13) - 1)).toBeLessThan(1e-12);
  });

  it.each(Object.entries(fits))("the closed form agrees with numerical integration of %s's loss curve (to 1e-6)", (_, f) => {
    for (const [N, D] of [[7e10, 1.5e13], [1e9, 1e10]] as const) {
      expect(Math.abs(integratedBits(f, N, D) / closedFormBits(f, N, D) - 1)).toBeLessThan(1e-6);
    }
  });

  it("gives about 2.84e12 bits (0.189 a token) with Besiroglu et al.'s fit and 4.33e12 (0.289) with Hoffmann et al.'s", () => {
    const e = pretrainLearnableBits(1.5e13, 7e10, ...atPivots(fits.besiroglu), 17);
    const h = pretrainLearnableBits(1.5e13, 7e10, ...atPivots(fits.hoffmann), 17);
    expect(e / 2.8411e12).toBeCloseTo(1, 3);
    expect(h / 4.3311e12).toBeCloseTo(1, 3);
    expect(e / 1.5e13).toBeLessThan(1);
  });

  it("is capped at the surprisal, tokens × bits per token: 15T tokens at 0.1 bit give 1.5e12 bits", () => {
    expect(pretrainLearnableBits(1.5e13, 7e10, ...atPivots(fits.hoffmann), 0.1)).toBe(1.5e12);
  });

  it("grows with tokens but less than in proportion (the data term's area scales as D^(1-β))", () => {
    const f = atPivots(fits.besiroglu);
    const small = pretrainLearnableBits(1e12, 7e10, ...f, 17);
    const big = pretrainLearnableBits(1e13, 7e10, ...f, 17);
    expect(big).toBeGreaterThan(small);
    expect(big).toBeLessThan(10 * small);
  });

  it("shrinks as the model grows: a larger model ends nearer the floor", () => {
    const f = atPivots(fits.besiroglu);
    expect(pretrainLearnableBits(1.5e13, 4e11, ...f, 17)).toBeLessThan(pretrainLearnableBits(1.5e13, 8e9, ...f, 17));
  });

  it.each([
    [1.5e13, 7e10, 0.3, 0.3, 0.2, 1, 3],
    [1.5e13, 7e10, 0.3, 0.3, 0.2, 1.2, 3],
    [-1, 7e10, 0.3, 0.3, 0.2, 0.3, 3],
    [1.5e13, 7e10, -0.3, 0.3, 0.2, 0.3, 3],
    [1.5e13, 7e10, 0.3, 0.3, 0.2, 0.3, -3],
    [1.5e13, 7e10, 0.3, 0.3, NaN, 0.3, 3],
  ])("pretrainLearnableBits(%s, %s, %s, %s, %s, %s, %s) is NaN (β ≥ 1 has no finite area)", (...args) => {
    expect(pretrainLearnableBits(...(args as [number, number, number, number, number, number, number]))).toBeNaN();
  });
});
