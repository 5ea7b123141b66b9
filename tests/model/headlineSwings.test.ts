import { describe, expect, it } from "vitest";
import { defaultValues, headlineOutputs, headlineSwings } from "../../src/model/index";

describe("headlineSwings", () => {
  it("headlineSwings(defaults) for post-training's compute share, worked by hand: post-training (0.59 decades) before pretraining (0.082)", () => {
    // share = post / (pre + post) at pre = 3640, post = 60.
    // post over [30, 120]: 30/3670 = 0.0081744 → 120/3760 = 0.0319149, log10 ratio 0.5915.
    // pre over [3300, 4000]: 60/3360 = 0.0178571 → 60/4060 = 0.0147783, log10 ratio 0.0822.
    const row = headlineSwings(defaultValues()).find((r) => r.output === "posttrainComputeShare")!;
    expect(row.swings.map((s) => s.id)).toEqual(["posttrainComputePfDays", "pretrainComputePfDays"]);
    const [post, pre] = row.swings;
    expect(post!.atLow).toBeCloseTo(30 / 3670, 10);
    expect(post!.atHigh).toBeCloseTo(120 / 3760, 10);
    expect(post!.swing).toBeCloseTo(Math.log10(120 / 3760 / (30 / 3670)), 10);
    expect(pre!.atLow).toBeCloseTo(60 / 3360, 10);
    expect(pre!.atHigh).toBeCloseTo(60 / 4060, 10);
    expect(pre!.swing).toBeCloseTo(Math.log10(60 / 3360 / (60 / 4060)), 10);
  });

  it("headlineSwings(defaults) for RL's event share: L (100..30,000, 2.5 decades) outranks f (0.02..0.7)", () => {
    // share = (f/L) / (f/L + 1 − f). At f = 0.5, L from 100 to 30,000 moves it from 0.005/0.505 to (1/60000)/(0.5 + 1/60000): about 2.48 decades.
    // At L = 1000, f from 0.02 to 0.7: 0.00002/0.98002 to 0.0007/0.3007: about 2.06 decades.
    const row = headlineSwings(defaultValues()).find((r) => r.output === "rlEventShare")!;
    const share = (f: number, L: number) => f / L / (f / L + 1 - f);
    expect(row.swings.map((s) => s.id)).toEqual(["passesPerReward", "rlComputeShare"]);
    expect(row.swings[0]!.swing).toBeCloseTo(Math.log10(share(0.5, 100) / share(0.5, 30000)), 10);
    expect(row.swings[1]!.swing).toBeCloseTo(Math.log10(share(0.7, 1000) / share(0.02, 1000)), 10);
  });

  it("headlineSwings covers every headline output and leaves out nothing it reads that has an interval", () => {
    const rows = headlineSwings(defaultValues());
    expect(rows.map((r) => r.output)).toEqual([...headlineOutputs]);
    for (const r of rows) for (const s of r.swings) expect(s.swing).toBeGreaterThanOrEqual(0);
  });
});

describe("the synthesis chapter's claim about the tornado (content/chapters/synthesis.mdx, #what-moves-it-most)", () => {
  it("at the defaults, trajectory length moves the per-split bit share furthest, the runs' sizes the whole-run share, and the pass rate both least", () => {
    const rows = headlineSwings(defaultValues());
    const order = (output: string) => rows.find((r) => r.output === output)!.swings.map((s) => s.id);
    expect(order("rlComputeBitsShare")[0]).toBe("passesPerReward");
    expect(order("rlComputeBitsShare").at(-1)).toBe("passRate");
    expect(order("rlFeedbackBitsShare").slice(0, 2)).toEqual(["rlEpisodes", "pretrainTokens"]);
    expect(order("rlFeedbackBitsShare").at(-1)).toBe("passRate");
  });
});
