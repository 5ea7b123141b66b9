import { describe, expect, it } from "vitest";
import { figureCsv } from "../../src/figures/csv";
import { figures } from "../../src/figures/essay/index";
import { defaultValues, type Values } from "../../src/model/registry";

const withValues = (patch: Partial<Values>): Values => ({ ...defaultValues(), ...patch });
const H = (p: number) => -p * (Math.log(p) / Math.LN2) - (1 - p) * (Math.log(1 - p) / Math.LN2);
// Waking life at the defaults: 20 years x 365.25 days x 16 h x 3600 s.
const life = 20 * 365.25 * 16 * 3600;

describe("every figure offers its data as CSV", () => {
  it.each(Object.keys(figures) as (keyof typeof figures)[])("figureCsv(%s, defaults) has a header and rows with no NaN or undefined", (name) => {
    const lines = figureCsv(name, defaultValues()).trim().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("\n")).not.toMatch(/NaN|undefined/);
  });
});

describe("figure tables, worked by hand", () => {
  it("bitsPerPassVsPassRate: the reader's pass rate among the grid, sorted, with H(p)/L per pass", () => {
    const rows = figures.bitsPerPassVsPassRate.table!(withValues({ passRate: 0.2, passesPerReward: 100, bitsPerToken: 2 }));
    expect(rows).toHaveLength(16);
    const rates = rows.map((r) => r["passRate"] as number);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const yours = rows.filter((r) => r["setting"] === "yours");
    expect(yours).toHaveLength(1);
    expect(yours[0]!["passRate"]).toBe(0.2);
    expect(yours[0]!["rlBitsPerPass"] as number).toBeCloseTo(H(0.2) / 100, 15);
    const half = rows.find((r) => r["passRate"] === 0.5)!;
    expect(half["rlBitsPerPass"]).toBe(0.01);
    expect(half["pretrainBitsPerPass"]).toBe(2);
    // At a pass rate already on the grid, no row is listed twice.
    expect(figures.bitsPerPassVsPassRate.table!(defaultValues())).toHaveLength(15);
  });

  it("bitsPerSampleCake: H(p), the supervised guess, and b x L bits per sample", () => {
    const rows = figures.bitsPerSampleCake.table!(withValues({ passRate: 0.1, supervisedBitsPerSample: 50, bitsPerToken: 2, passesPerReward: 300 }));
    expect(rows.map((r) => r["layer"])).toEqual(["Reinforcement", "Supervised", "Self-supervised"]);
    expect(rows[0]!["bitsPerSample"] as number).toBeCloseTo(H(0.1), 15);
    expect(rows[1]!["bitsPerSample"]).toBe(50);
    expect(rows[2]!["bitsPerSample"]).toBe(600);
    expect([rows[2]!["lecunBandLow"], rows[2]!["lecunBandHigh"]]).toEqual([1e6, 1e7]);
  });

  it("selectVersusSummon: totals, capacity and choice costs, each with log10 of the alternatives it could single out", () => {
    const rows = figures.selectVersusSummon.table!(defaultValues());
    const bits = Object.fromEntries(rows.map((r) => [r["row"], r["bits"] as number]));
    expect(bits["Pretraining feedback"]).toBe(15e12 * 3);
    expect(bits["Held in the weights"]).toBe(7e10 * 2);
    expect(bits["RL feedback, at most"]).toBe(5e6);
    for (const r of rows) expect(r["alternativesLog10"] as number).toBeCloseTo((r["bits"] as number) * Math.log10(2), 3);
  });

  it("computeShares: each published split and the reader's, with the unit each is in", () => {
    const rows = figures.computeShares.table!(withValues({ pretrainComputePfDays: 900, posttrainComputePfDays: 100 }));
    const yours = rows.at(-1)!;
    expect([yours["setting"], yours["pretrainCompute"], yours["posttrainCompute"], yours["posttrainComputeShare"]]).toEqual(["yours", 900, 100, 0.1]);
    const instruct = rows[0]!;
    expect(instruct["posttrainComputeShare"] as number).toBeCloseTo(60 / 3700, 15);
    expect(rows.filter((r) => r["setting"] === "published").every((r) => String(r["unit"]).length > 0)).toBe(true);
  });

  it("bitRateLadder: each rung's rate and lifetime total, and both ratios", () => {
    const rows = figures.bitRateLadder.table!(defaultValues());
    const vision = rows.find((r) => r["row"] === "Raw vision")!;
    expect(vision["bitsPerSecond"]).toBe(1e7);
    expect(vision["lifetimeBits"] as number).toBeCloseTo(1e7 * life, 0);
    const task = rows.find((r) => r["row"] === "Task success")!;
    expect(task["bitsPerSecond"] as number).toBeCloseTo(60 / 3600, 15);
    const ratios = rows.filter((r) => r["kind"] === "ratio").map((r) => r["ratio"] as number);
    expect(ratios[0]).toBeCloseTo(1e7 / 3, 6);
    expect(ratios[1]).toBeCloseTo(9e6, 6);
  });
});
