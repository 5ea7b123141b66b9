import { describe, expect, it } from "vitest";
import { figures } from "../../src/figures/essay/index";
import { renderFigureSvg } from "../../src/build/figureSvg";
import { defaultValues, type Values } from "../../src/model/registry";

const fig = figures.sensitivityTornado;
const withValues = (patch: Partial<Values>): Values => ({ ...defaultValues(), ...patch });

describe("figures.sensitivityTornado", () => {
  it("sensitivityTornado.table(defaults) gives post-training's compute share at its interval ends, worked by hand", () => {
    const rows = fig.table!(defaultValues()).filter((r) => r["conclusion"] === "posttrainComputeShare");
    expect(rows.map((r) => r["assumption"])).toEqual(["posttrainComputePfDays", "pretrainComputePfDays"]);
    // post / (pre + post): post 30 → 30/3670, post 120 → 120/3760 with pre = 3640.
    expect(rows[0]!["share_at_low"]).toBeCloseTo(30 / 3670, 12);
    expect(rows[0]!["share_at_high"]).toBeCloseTo(120 / 3760, 12);
    expect(rows[0]!["share_at_your_values"]).toBeCloseTo(60 / 3700, 12);
  });

  it("sensitivityTornado.describe names each conclusion's assumptions, longest bar first, with the reader's values", () => {
    const text = fig.describe(defaultValues());
    expect(text).toContain("Post-training's share of compute, now 1.6%, moves most with Post-training compute (×3.9), then Pretraining compute (×1.2)");
    // Fixing L at 1 (every pass graded) leaves the event share at f: 50%.
    expect(fig.describe(withValues({ passesPerReward: 1 }))).toContain("Share of reward events that come from RL, now 50%");
  });

  it("sensitivityTornado draws at the extremes without NaN (all shares 0 or 1 are clamped onto the log axis)", () => {
    for (const patch of [{ passRate: 0 }, { rlComputeShare: 0 }, { rlComputeShare: 1, passesPerReward: 1 }, { rlEpisodes: 1, pretrainTokens: 1e15 }]) {
      for (const layout of ["wide", "narrow"] as const) expect(renderFigureSvg("sensitivityTornado", withValues(patch), layout)).not.toMatch(/NaN|Infinity/);
    }
  });
});
