import { describe, expect, it } from "vitest";
import { figures } from "../../src/figures/essay/index";
import { renderFigureSvg } from "../../src/build/figureSvg";
import { defaultValues, type Values } from "../../src/model/registry";

const withValues = (patch: Partial<Values>): Values => ({ ...defaultValues(), ...patch });

describe("figures.computeShares", () => {
  it("describe(defaults) lists every preset with its unit and share, and the reader's 60 / 3,700", () => {
    const text = figures.computeShares.describe(defaultValues());
    // 60/3700 = 1.6%; 147,000/2,935,000 = 5.0%; 6e23/(1e26 + 6e23) = 0.6%; 1:1 = 50%.
    for (const phrase of ["InstructGPT · PF/s-days: 1.6%", "DeepSeek-R1 · GPU-hours: 5%", "FLOP, estimated: 0.6%", "Grok 4 (claim) · a claimed ratio: 50%", "gives 1.6%"]) {
      expect(text).toContain(phrase);
    }
  });

  it("renderFigureSvg(computeShares) names the matching preset in the reader's row", () => {
    expect(renderFigureSvg("computeShares", defaultValues())).toContain("Your setting (= InstructGPT)");
    const svg = renderFigureSvg("computeShares", withValues({ pretrainComputePfDays: 1000, posttrainComputePfDays: 250 }));
    expect(svg).toContain(">Your setting<");
    expect(svg).toContain("post-training 20%");
  });
});

describe("figures.bitRateLadder", () => {
  it("describe(defaults) gives each rung's rate and lifetime total and both ratios", () => {
    const text = figures.bitRateLadder.describe(defaultValues());
    // 1e7 x 420,768,000 s = 4.21e15 bits; 1e7 / 3 = 3.33e6; 4.5e13 / 5e6 = 9e6.
    for (const phrase of ["20 years of 16 waking hours", "raw vision 10⁷ bits/s (4.21 × 10¹⁵ bits)", "task success 0.0167 bits/s (7.01 × 10⁶ bits)", "3.33 × 10⁶ times", "9 × 10⁶ times"]) {
      expect(text).toContain(phrase);
    }
  });

  it("describe(values) calls the LLM ratio unbounded when every rollout passes", () => {
    expect(figures.bitRateLadder.describe(withValues({ passRate: 1 }))).toContain("so that ratio is unbounded");
    expect(renderFigureSvg("bitRateLadder", withValues({ passRate: 1 }))).toContain(">unbounded<");
  });

  it("renderFigureSvg(bitRateLadder) labels the lifetime axis with the reader's years", () => {
    expect(renderFigureSvg("bitRateLadder", withValues({ years: 35 }))).toContain("bits over 35 years of waking life");
  });
});
