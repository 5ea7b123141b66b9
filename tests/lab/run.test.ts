import { describe, expect, it } from "vitest";
import { binaryEntropyDet } from "../../src/lab/detMath";
import { runLab } from "../../src/lab/run";
import type { LabSettings } from "../../src/lab/settings";
import { checkpointPasses } from "../../src/lab/trainer";

const small: LabSettings = {
  seed: 1,
  sequenceLength: 4,
  vocabulary: 6,
  branching: 2,
  budgetPasses: 20_000,
  pretrainFraction: 0.2,
  pretrainLearningRate: 0.1,
  rlLearningRate: 1,
};

describe("runLab", () => {
  it("runLab(settings) is deterministic: the same settings give identical results, bit for bit", () => {
    expect(runLab(small)).toEqual(runLab(small));
  });

  it("runLab gives different results for different seeds", () => {
    expect(runLab({ ...small, seed: 2 }).pretrainOnly.surprisalBits).not.toBe(runLab(small).pretrainOnly.surprisalBits);
  });

  it("every regime spends whole sentences within the same budget, and says how it split them", () => {
    const r = runLab({ ...small, budgetPasses: 10_001 });
    const budget = Math.floor(10_001 / 4) * 4;
    for (const regime of [r.pretrainOnly, r.rlOnly, r.pretrainThenRl]) {
      expect(regime.passes).toBe(budget);
      expect(regime.pretrainPasses + regime.rlPasses).toBe(regime.passes);
      expect(regime.rlPasses).toBe(regime.episodes * 4);
    }
    expect(r.pretrainOnly.rlPasses).toBe(0);
    expect(r.rlOnly.pretrainPasses).toBe(0);
    expect(r.pretrainThenRl.pretrainPasses).toBe(r.switchPasses);
    expect(r.switchPasses).toBe(Math.floor((0.2 * 10_001) / 4) * 4);
  });

  it("the third regime equals the first up to the switch, and shares its curve there", () => {
    const r = runLab(small);
    const before = (curve: { passes: readonly number[]; success: readonly number[] }) =>
      curve.passes.flatMap((p, i) => (p < r.switchPasses ? [[p, curve.success[i]]] : []));
    expect(before(r.pretrainThenRl.curve)).toEqual(before(r.pretrainOnly.curve));
    const atSwitch = r.pretrainThenRl.curve.passes.indexOf(r.switchPasses);
    expect(r.pretrainThenRl.curve.success[atSwitch]).toBe(r.successAtSwitch);
  });

  it("with a pretraining fraction of 0, pretrain-then-RL is RL from scratch; with 1, it is pretraining only", () => {
    const none = runLab({ ...small, pretrainFraction: 0 });
    expect(none.pretrainThenRl).toEqual(none.rlOnly);
    const all = runLab({ ...small, pretrainFraction: 1 });
    expect(all.pretrainThenRl.finalSuccess).toBe(all.pretrainOnly.finalSuccess);
    expect(all.pretrainThenRl.surprisalBits).toBe(all.pretrainOnly.surprisalBits);
    expect(all.pretrainThenRl.episodes).toBe(0);
  });

  it("curves start at 0 passes with the uniform policy's success and end at the final success", () => {
    const r = runLab(small);
    for (const regime of [r.pretrainOnly, r.rlOnly, r.pretrainThenRl]) {
      expect(regime.curve.passes[0]).toBe(0);
      expect(regime.curve.success[0]).toBe(r.chanceSuccess);
      expect(regime.curve.passes.at(-1)).toBe(regime.passes);
      expect(regime.curve.success.at(-1)).toBe(regime.finalSuccess);
      for (let i = 1; i < regime.curve.passes.length; i++) expect(regime.curve.passes[i]!).toBeGreaterThan(regime.curve.passes[i - 1]!);
      for (const s of regime.curve.success) expect(s >= 0 && s <= 1).toBe(true);
    }
  });

  it("passes to half is the first point where success reached 1/2, or Infinity", () => {
    const r = runLab({ ...small, sequenceLength: 2, vocabulary: 4 });
    for (const regime of [r.pretrainOnly, r.rlOnly, r.pretrainThenRl]) {
      const { passes, success } = regime.curve;
      const firstSeen = passes.find((_, i) => success[i]! >= 0.5);
      if (regime.passesToHalf === Infinity) expect(firstSeen).toBeUndefined();
      else expect(regime.passesToHalf).toBeLessThanOrEqual(firstSeen!);
    }
    expect(r.rlOnly.passesToHalf).toBeLessThan(Infinity);
  });

  it("RL feedback is the sum of H(p): with no reward ever, every episode adds H(chance)", () => {
    const r = runLab({ ...small, sequenceLength: 10, vocabulary: 12 });
    expect(r.rlOnly.rewards).toBe(0);
    expect(r.rlOnly.finalSuccess).toBe(r.chanceSuccess);
    expect(r.rlOnly.rewardBits).toBeCloseTo(r.rlOnly.episodes * binaryEntropyDet(r.chanceSuccess), 12);
  });

  it("pretraining feedback starts at log2 V bits per token and falls as the model learns", () => {
    const r = runLab({ ...small, budgetPasses: 4 });
    expect(r.pretrainOnly.surprisalBits).toBeCloseTo(4 * Math.log2(6), 12);
    const long = runLab(small);
    expect(long.pretrainOnly.surprisalBits / long.pretrainOnly.passes).toBeLessThan(Math.log2(6));
  });

  it("reports progress up to the total number of passes", () => {
    const seen: [number, number][] = [];
    runLab({ ...small, budgetPasses: 100_000 }, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)![0]).toBe(seen.at(-1)![1]);
  });
});

describe("checkpointPasses", () => {
  it("checkpointPasses(i) climbs through 20 points per decade: 1, ..., 10, ..., 100", () => {
    expect(checkpointPasses(0)).toBe(1);
    expect(checkpointPasses(20)).toBe(10);
    expect(checkpointPasses(40)).toBe(100);
    expect(checkpointPasses(120)).toBe(1_000_000);
    for (let i = 1; i < 160; i++) expect(checkpointPasses(i)).toBeGreaterThanOrEqual(checkpointPasses(i - 1));
  });
});
