import { describe, expect, it } from "vitest";
import { figures, type FigureName } from "../../src/figures/essay/index";
import { renderFigureSvg } from "../../src/build/figureSvg";
import { defaultValues, type Values } from "../../src/model/registry";

const withValues = (patch: Partial<Values>): Values => ({ ...defaultValues(), ...patch });

describe("figures of the bits chapters", () => {
  it.each([
    // H(0.5)/1000 = 0.001 bits per pass, 3 / 0.001 = 3000 times fewer.
    ["bitsPerPassVsPassRate", {}, ["3 bits on every pass", "L = 1,000", "50%", "0.001 bits per pass", "3,000 times fewer"]],
    // H(0.1)/2000 = 2.34e-4; 1.5 x 2000 / 0.469 = 6396.6.
    ["bitsPerPassVsPassRate", { passRate: 0.1, passesPerReward: 2000, bitsPerToken: 1.5 }, ["1.5 bits", "L = 2,000", "10%", "2.34 × 10⁻⁴", "6,400 times fewer"]],
    ["bitsPerPassVsPassRate", { passRate: 0 }, ["0%", "0 bits per pass", "no information at all"]],
    ["bitsPerSampleCake", {}, ["at most 1 bit per trajectory", "100 bits", "1000 tokens at 3 bits each", "3,000 bits"]],
    ["bitsPerSampleCake", { passRate: 0.1, passesPerReward: 2000, bitsPerToken: 1.5 }, ["0.469 bits", "3,000 bits"]],
    // 15e12 x 3 = 4.5e13; 7e10 x 2 = 1.4e11; log2(3.4e7) = 25.0; 1000 x 25.02 = 25,000.
    ["selectVersusSummon", {}, ["4.5 × 10¹³ bits", "1.4 × 10¹¹ bits", "5 × 10⁶ bits", "3.4 × 10⁷", "25 bits", "25,000 bits"]],
    ["selectVersusSummon", { conceptCount: 1024, conceptsPerBehaviour: 3 }, ["takes 10 bits", "3 such choices takes 30 bits"]],
  ] as [FigureName, Partial<Values>, string[]][])("figures.%s.describe(%j) mentions %j", (name, patch, phrases) => {
    const text = figures[name].describe(withValues(patch));
    for (const phrase of phrases) expect(text).toContain(phrase);
  });

  it("the pass-rate figure labels the reader's point and the gap to pretraining", () => {
    const svg = renderFigureSvg("bitsPerPassVsPassRate", withValues({ passRate: 0.1, passesPerReward: 2000, bitsPerToken: 1.5 }));
        expect(svg).toContain("you: p = 10% → 2.34 × 10⁻⁴ bits per pass, 6,400× fewer");
    expect(svg).toContain("pretraining: 1.5 bits on every pass");
  });

  it("the pass-rate figure still draws, with its point on the floor, when the reward never varies", () => {
    for (const passRate of [0, 1]) {
      const svg = renderFigureSvg("bitsPerPassVsPassRate", withValues({ passRate }), "narrow");
      expect(svg).toContain(`you: p = ${passRate * 100}% → 0 bits, an unbounded gap`);
      expect(svg).toContain("an unbounded gap");
      expect(svg).not.toMatch(/NaN|Infinity/);
    }
  });

  it("the pass-rate axis widens to show a pass rate as rare as one in a billion", () => {
    const svg = renderFigureSvg("bitsPerPassVsPassRate", withValues({ passRate: 1e-9 }));
    expect(svg).toContain("you: p = 0.0000001%");
  });

  it("the cake labels a zero-information reward instead of drawing an empty bar", () => {
    expect(renderFigureSvg("bitsPerSampleCake", withValues({ passRate: 1 }))).toContain("0 bits: the outcome is certain");
  });

  it("the selection figure puts long bars' labels inside them and short bars' labels outside", () => {
    const svg = renderFigureSvg("selectVersusSummon", defaultValues());
    // Labels inside a bar are black (ink.onBar), for contrast on every bar colour in both modes.
    const inside = svg.slice(svg.lastIndexOf('fill="#000"'));
    expect(inside).toContain(">4.5 × 10¹³ bits, 1 of 10<");
    expect(svg.slice(0, svg.lastIndexOf('fill="#000"'))).toContain(">25 bits: 1 of 3.4 × 10⁷<");
  });

  it("the selection figure sets the count of alternatives as a power of ten with a raised exponent", () => {
    // 5e6 bits single out one of 2^5e6 = 10^1,505,150 alternatives, shown to three digits.
    const svg = renderFigureSvg("selectVersusSummon", defaultValues());
    expect(svg).toMatch(/>5 × 10⁶ bits, 1 of 10<tspan (?=[^>]*baseline-shift="super")[^>]*>1,510,000<\/tspan><tspan> alternatives<\/tspan>/);
    expect(svg).not.toContain("^");
    expect(renderFigureSvg("selectVersusSummon", defaultValues(), "narrow")).not.toContain("alternatives");
  });
});
