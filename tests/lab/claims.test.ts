import { describe, expect, it } from "vitest";
import { defaultLabRun, defaultLabSettings } from "../../src/lab/defaultRun";
import { runLab } from "../../src/lab/run";
import { verdictText } from "../../src/lab/texts";

// The claims the-lab chapter makes in prose, checked against the experiment across seeds.
// Runs other than the default one use smaller budgets, where the claim allows, to keep this quick.
const seeds = [1, 2, 3, 4, 5];
const defaults = defaultLabSettings();

describe("at the default settings (the run the page shows)", () => {
  const r = defaultLabRun();

  it("the defaults are those the chapter describes: T = 8, V = 16, b = 2, 10^6 passes per regime", () => {
    expect(defaults).toMatchObject({ seed: 1, sequenceLength: 8, vocabulary: 16, branching: 2, budgetPasses: 1e6 });
  });

  it("pretrain-then-RL reaches at least 10x the success of RL from scratch, and at least 90%", () => {
    expect(r.pretrainThenRl.finalSuccess).toBeGreaterThanOrEqual(10 * r.rlOnly.finalSuccess);
    expect(r.pretrainThenRl.finalSuccess).toBeGreaterThan(0.9);
  });

  it("RL from scratch earns no reward and never reaches 50%; pretrain-then-RL does", () => {
    expect(r.rlOnly.rewards).toBe(0);
    expect(r.rlOnly.passesToHalf).toBe(Infinity);
    expect(r.pretrainThenRl.passesToHalf).toBeLessThan(Infinity);
  });

  it("the verdict sentence says the claim holds", () => {
    expect(verdictText(r)).toContain("the claim holds");
  });
});

describe.each(seeds)("seed %i, T = 8, V = 16, b = 2, 2·10^5 passes", (seed) => {
  const r = runLab({ ...defaults, seed, budgetPasses: 2e5 });

  it("pretrain-then-RL reaches at least 10x the success of RL from scratch, and 50% success", () => {
    expect(r.pretrainThenRl.finalSuccess).toBeGreaterThanOrEqual(10 * r.rlOnly.finalSuccess);
    expect(r.pretrainThenRl.passesToHalf).toBeLessThan(Infinity);
  });

  it("RL from scratch sees no reward, so it stays exactly at chance (a baseline learns nothing from failures alone)", () => {
    expect(r.rlOnly.rewards).toBe(0);
    expect(r.rlOnly.finalSuccess).toBe(r.chanceSuccess);
  });

  it("its feedback from rewards stays below one bit in all, while pretraining's runs to many thousands", () => {
    expect(r.rlOnly.rewardBits).toBeLessThan(1);
    expect(r.pretrainOnly.surprisalBits).toBeGreaterThan(1e4);
  });

  it("pretraining alone ends within a factor of 4 of the world’s own success: it imitates, it does not pursue the goal", () => {
    expect(r.pretrainOnly.finalSuccess).toBeGreaterThan(r.worldSuccess / 4);
    expect(r.pretrainOnly.finalSuccess).toBeLessThan(r.worldSuccess * 4);
    expect(r.pretrainOnly.finalSuccess).toBeLessThan(0.5);
  });

  it("rewards supply a small share of pretrain-then-RL's feedback bits, yet raise its success from the switch", () => {
    const share = r.pretrainThenRl.rewardBits / (r.pretrainThenRl.rewardBits + r.pretrainThenRl.surprisalBits);
    expect(share).toBeLessThan(0.1);
    expect(r.pretrainThenRl.finalSuccess).toBeGreaterThan(r.successAtSwitch);
  });
});

describe.each(seeds)("seed %i, the reverse case: T = 2, V = 4", (seed) => {
  const r = runLab({ ...defaults, seed, sequenceLength: 2, vocabulary: 4, budgetPasses: 2e4 });

  it("RL from scratch reaches at least 50% success", () => {
    expect(r.rlOnly.finalSuccess).toBeGreaterThanOrEqual(0.5);
    expect(r.rlOnly.passesToHalf).toBeLessThan(Infinity);
  });
});

describe.each(seeds)("seed %i, one-symbol sentences", (seed) => {
  it("RL from scratch reaches 50% success before pretrain-then-RL does, and the verdict says the claim fails", () => {
    const r = runLab({ ...defaults, seed, sequenceLength: 1 }, { untilHalf: true });
    expect(r.rlOnly.passesToHalf).toBeLessThan(r.pretrainThenRl.passesToHalf);
    expect(verdictText(r)).toContain("the claim fails");
  });
});

// The section "Three rulers, measured": what its fixed prose and its link promise.
describe("the rulers section", () => {
  it("at the defaults, well over 90% of pretraining's surprisal is the world's entropy, and its shift is far below its reducible bits", () => {
    const r = defaultLabRun();
    expect(r.pretrainOnly.reducibleBits / r.pretrainOnly.surprisalBits).toBeLessThan(0.1);
    expect(r.shiftBits.pretrainOnly).toBeLessThan(r.pretrainOnly.reducibleBits / 100);
  });

  it("the link's settings (T = 3, V = 4, 1,000 passes, RL learning rate 10, seed 1) show RL from scratch moving further than its reward bits", () => {
    const r = runLab({ ...defaults, sequenceLength: 3, vocabulary: 4, budgetPasses: 1000, rlLearningRate: 10 });
    expect(r.rlOnly.rewards).toBeGreaterThan(0);
    expect(r.shiftBits.rlOnly).toBeGreaterThan(r.rlOnly.rewardBits);
  });

  it.each(seeds)("seed %i: RL from scratch never moves without a reward, while RL after pretraining moves by a few bits per sentence", (seed) => {
    const r = runLab({ ...defaults, seed, budgetPasses: 2e5 });
    expect(r.shiftBits.rlOnly).toBe(0);
    expect(r.shiftBits.rl).toBeGreaterThan(0);
  });
});
