import { describe, expect, it } from "vitest";
import { figures } from "../../src/figures/essay/index";
import { cakeRows, shareLabel } from "../../src/figures/essay/shapingCake";
import { figureCsv } from "../../src/figures/csv";
import { renderFigureSvg } from "../../src/build/figureSvg";
import { defaultValues, type Values } from "../../src/model/registry";

const withValues = (patch: Partial<Values>): Values => ({ ...defaultValues(), ...patch });
const fig = figures.shapingCake;

describe("figures.shapingCake", () => {
  it("cakeRows(defaults) gives RL's share by each accounting, worked by hand", () => {
    const shares = Object.fromEntries(cakeRows(defaultValues()).map((r) => [r.key, r.share]));
    expect(shares["compute"]).toBe(0.5);
    // Events: 0.5/1000 against 0.5 -> 1/1001. Bits: 0.5 x 0.001 against 0.5 x 3.
    expect(shares["events"]).toBeCloseTo(1 / 1001, 15);
    expect(shares["bits"]).toBeCloseTo(0.0005 / 1.5005, 15);
    // Whole runs: 5e6 x 1 bit against 15e12 x 3 bits.
    expect(shares["runs"]).toBeCloseTo(5e6 / (5e6 + 4.5e13), 20);
    // Bits learnable: 5e6 against Besiroglu et al.'s fit at 70B and 15T tokens, 2.8411e12 bits (tests/model/rulers.test.ts).
    expect(shares["learnable"]! / (5e6 / (5e6 + 2.8411e12))).toBeCloseTo(1, 3);
    // Bits kept: 5e6 against min(2.84e12, 7e10 x 2 = 1.4e11).
    expect(shares["kept"]).toBeCloseTo(5e6 / (5e6 + 1.4e11), 20);
    // A person: 3 bits/s of reward against 1e7 of raw vision.
    expect(shares["person"]).toBeCloseTo(3 / (3 + 1e7), 20);
  });

  it("the rulers' rows order RL's share as the rulers shrink pretraining's side: bits in < learnable < kept", () => {
    const shares = Object.fromEntries(cakeRows(defaultValues()).map((r) => [r.key, r.share]));
    expect(shares["runs"]!).toBeLessThan(shares["learnable"]!);
    expect(shares["learnable"]!).toBeLessThan(shares["kept"]!);
  });

  it("on the kept row the weights cap RL's side too: 1e10 episodes of 1 bit against 1e6 parameters x 0.1 bits", () => {
    const row = cakeRows(withValues({ rlEpisodes: 1e10, parameters: 1e6, bitsPerParameter: 0.1 })).find((r) => r.key === "kept")!;
    expect(row.rl).toBe(1e5);
    expect(row.rest).toBe(1e5);
    expect(row.share).toBe(0.5);
  });

  it("draws a legend for both colours and for the paler person row", () => {
    for (const layout of ["wide", "narrow"] as const) {
      const svg = renderFigureSvg("shapingCake", defaultValues(), layout);
      for (const text of ["pretraining outweighs RL", "RL outweighs pretraining", "paler: a person, not a model"]) expect(svg).toContain(text);
    }
  });

  it("shareLabel adds '1 in N' below 1% only", () => {
    expect(shareLabel(0.5)).toBe("50%");
    expect(shareLabel(1 / 1001)).toBe("0.1% (1 in 1,000)");
    expect(shareLabel(0.0005 / 1.5005)).toBe("0.033% (1 in 3,000)");
    expect(shareLabel(0)).toBe("0%");
  });

  it("describe(defaults) states each share with the numbers behind it", () => {
    const text = fig.describe(defaultValues());
    for (const phrase of ["RL receives 50% of training compute", "0.1% (1 in 1,000) of reward events", "0.033% (1 in 3,000) of bits in", "1 bit per reward", "3 bits of surprisal per pretraining token", "5 × 10⁶ RL episodes against 1.5 × 10¹³ pretraining tokens", "0.000011% (1 in 9 × 10⁶) of bits in", "(1 in 570,000) of bits learnable", "0.0036% (1 in 28,000) of the most bits the weights can have kept", "0.00003% (1 in 3.3 × 10⁶)"]) {
      expect(text).toContain(phrase);
    }
  });

  it("table(values) holds each row's two parts in their own units and RL's share", () => {
    const rows = fig.table!(withValues({ rlComputeShare: 0.9, passesPerReward: 100 }));
    expect(rows.map((r) => r["measure"])).toEqual(["compute", "events", "bits", "runs", "learnable", "kept", "person"]);
    const events = rows[1]!;
    expect(events["rl"]).toBeCloseTo(0.009, 15);
    expect(events["rest"]).toBeCloseTo(0.1, 15);
    expect(events["rlShare"]).toBeCloseTo(0.009 / 0.109, 15);
    const bits = rows[2]!;
    // 0.9 x 1 bit / 100 passes against 0.1 x 3 bits.
    expect(bits["rl"]).toBeCloseTo(0.009, 15);
    expect(bits["rest"]).toBeCloseTo(0.3, 15);
    const csv = figureCsv("shapingCake", defaultValues()).trim().split("\n");
    expect(csv[0]).toBe("measure,description,rl,rest,unit,rlShare");
    expect(csv).toHaveLength(8);
  });

  it("shares of 0 and 1 are drawn at the axis edges with their labels, not as NaN", () => {
    const none = renderFigureSvg("shapingCake", withValues({ rlComputeShare: 0 }), "wide");
    expect(none).toContain("RL 0%");
    const all = renderFigureSvg("shapingCake", withValues({ rlComputeShare: 1 }), "wide");
    expect(all).toContain("RL 100%");
    for (const svg of [none, all]) expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });
});
