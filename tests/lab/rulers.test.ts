import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clonePolicy, createUniformPolicy, type Policy } from "../../src/lab/policy";
import { policyShiftBits } from "../../src/lab/policyShiftBits";
import { reducibleBitsAt } from "../../src/lab/reducibleBits";
import { PRETRAIN_STREAM, RL_STREAM, runLab } from "../../src/lab/run";
import type { LabSettings } from "../../src/lab/settings";
import { Trainer } from "../../src/lab/trainer";
import { createWorld, type World } from "../../src/lab/world";
import { symbolEntropyBits, worldEntropyBits } from "../../src/lab/worldEntropy";
import { createRandom } from "../../src/model/random";
import { allSentences, handWorld } from "./support";

// Brute force, independent of the code under test: every one of the V^T sentences, Math.log2.
function sentenceProbability(policy: Policy, s: Int32Array): number {
  const V = policy.vocabulary;
  let p = 1;
  for (let t = 0; t < policy.length; t++) p *= policy.probabilities[(t * V + s[t]!) * V + s[t + 1]!]!;
  return p;
}

function worldProbability(world: World, s: Int32Array): number {
  const { branching: b, successors, probabilities } = world;
  let p = 1;
  for (let t = 1; t <= world.length; t++) {
    const k = Array.from(successors.subarray(s[t - 1]! * b, s[t - 1]! * b + b)).indexOf(s[t]!);
    if (k < 0) return 0;
    p *= probabilities[s[t - 1]! * b + k]!;
  }
  return p;
}

function bruteKl(p: Policy, q: Policy): number {
  let kl = 0;
  for (const s of allSentences(p.vocabulary, p.length)) {
    const ps = sentenceProbability(p, s);
    if (ps > 0) kl += ps * Math.log2(ps / sentenceProbability(q, s));
  }
  return kl;
}

function bruteEntropy(world: World): number {
  let h = 0;
  for (const s of allSentences(world.vocabulary, world.length)) {
    const p = worldProbability(world, s);
    if (p > 0) h -= p * Math.log2(p);
  }
  return h;
}

/** Sets every row's probabilities to the softmax of its logits (Math.exp: the test's own arithmetic). */
function softmaxRows(policy: Policy): void {
  const V = policy.vocabulary;
  for (let row = 0; row < policy.length * V; row++) {
    const z = Array.from(policy.logits.subarray(row * V, row * V + V));
    const max = Math.max(...z);
    const e = z.map((x) => Math.exp(x - max));
    const sum = e.reduce((a, b) => a + b, 0);
    e.forEach((x, j) => (policy.probabilities[row * V + j] = x / sum));
  }
}

/** A policy with logits drawn from a seeded stream (scale sets how far from uniform). */
function randomPolicy(V: number, T: number, seed: number, scale: number): Policy {
  const policy = createUniformPolicy(V, T);
  const random = createRandom(seed, 7);
  for (let i = 0; i < policy.logits.length; i++) policy.logits[i] = scale * (2 * random() - 1);
  softmaxRows(policy);
  return policy;
}

const tiny = fc.record({
  T: fc.integer({ min: 1, max: 3 }),
  V: fc.integer({ min: 2, max: 4 }),
  b: fc.integer({ min: 1, max: 4 }),
  seed: fc.integer({ min: 1, max: 1000 }),
});

describe("worldEntropyBits", () => {
  it("by hand: T = 1 after 0 -> {1, 2} with 0.75 / 0.25 is H(0.25) = 0.811278 bits", () => {
    const world = handWorld(1, 1, [[1, 2], [0, 2], [0, 1]], [[0.75, 0.25], [0.5, 0.5], [0.5, 0.5]]);
    expect(worldEntropyBits(world)).toBeCloseTo(0.8112781244591328, 12);
  });

  it("by hand: T = 2 adds the entropy after whichever symbol came: 0.811278 + 0.75 · 1 + 0.25 · 1", () => {
    const world = handWorld(2, 1, [[1, 2], [0, 2], [0, 1]], [[0.75, 0.25], [0.5, 0.5], [0.5, 0.5]]);
    expect(worldEntropyBits(world)).toBeCloseTo(1.8112781244591328, 12);
  });

  it("equals -Σ P log2 P over every sentence, for seeded worlds with T <= 3, V <= 4", () => {
    fc.assert(
      fc.property(tiny, ({ T, V, b, seed }) => {
        const world = createWorld({ seed, vocabulary: V, branching: Math.min(b, V), length: T });
        expect(worldEntropyBits(world)).toBeCloseTo(bruteEntropy(world), 10);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

describe("policyShiftBits", () => {
  it("is 0 between a policy and itself, and T · log2 V from a certain sentence to the uniform policy", () => {
    const p = randomPolicy(4, 3, 1, 3);
    expect(policyShiftBits(p, p, 0)).toBe(0);
    // A policy that always writes 0 -> 1 -> 1 -> 1: one sentence with probability ~1; uniform gives it 4^-3.
    const certain = createUniformPolicy(4, 3);
    for (let row = 0; row < 12; row++) certain.logits[row * 4 + 1] = 60;
    softmaxRows(certain);
    expect(policyShiftBits(certain, createUniformPolicy(4, 3), 0)).toBeCloseTo(3 * 2, 9);
  });

  it("equals Σ P log2 (P / Q) over every sentence, for random policies with T <= 3, V <= 4", () => {
    fc.assert(
      fc.property(tiny, fc.double({ min: 0, max: 6, noNaN: true }), ({ T, V, seed }, scale) => {
        const p = randomPolicy(V, T, seed, scale);
        const q = randomPolicy(V, T, seed + 1, scale / 2);
        expect(policyShiftBits(p, q, 0)).toBeCloseTo(bruteKl(p, q), 10);
        expect(policyShiftBits(q, p, 0)).toBeCloseTo(bruteKl(q, p), 10);
      }),
      { seed: 15, numRuns: 200 },
    );
  });

  it("is Infinity when p gives a sentence a chance q rules out", () => {
    const q = createUniformPolicy(2, 1);
    q.probabilities[1] = 0;
    q.probabilities[0] = 1;
    expect(policyShiftBits(createUniformPolicy(2, 1), q, 0)).toBe(Infinity);
  });
});

describe("reducibleBitsAt", () => {
  it("by hand: world 0 -> {1, 2} at 0.75 / 0.25, uniform model over 4 symbols: 0.75 log2 3 = 1.188722 bits", () => {
    const world = handWorld(1, 1, [[1, 2], [0, 2], [0, 3], [0, 1]], [[0.75, 0.25], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]);
    const h = symbolEntropyBits(world);
    expect(reducibleBitsAt(world, createUniformPolicy(4, 1), 0, 0, h)).toBeCloseTo(0.75 * Math.log2(3), 12);
  });

  it("is 0 once the model's row is the world's", () => {
    const world = handWorld(1, 1, [[1, 2], [0, 2], [0, 1]], [[0.75, 0.25], [0.5, 0.5], [0.5, 0.5]]);
    const policy = createUniformPolicy(3, 1);
    policy.probabilities.set([0, 0.75, 0.25], 0);
    expect(reducibleBitsAt(world, policy, 0, 0, symbolEntropyBits(world))).toBeCloseTo(0, 14);
  });

  it("with a learning rate of 0 every prediction adds KL(world(· | 0) ‖ uniform) = log2 V - h(0), for T = 1", () => {
    const world = createWorld({ seed: 3, vocabulary: 4, branching: 2, length: 1 });
    const trainer = new Trainer(world);
    trainer.pretrain(50, 0, createRandom(3, PRETRAIN_STREAM));
    expect(trainer.reducibleBits).toBeCloseTo(50 * (2 - symbolEntropyBits(world)[0]!), 10);
  });
});

// Replays runLab's three regimes with Trainer, keeping the policies, so each shift can be checked by brute force.
function replay(s: LabSettings) {
  const world = createWorld({ seed: s.seed, vocabulary: s.vocabulary, branching: s.branching, length: s.sequenceLength });
  const T = world.length;
  const budget = Math.floor(s.budgetPasses / T) * T;
  const switchPasses = Math.min(budget, Math.floor((s.pretrainFraction * s.budgetPasses) / T) * T);
  const uniform = createUniformPolicy(s.vocabulary, T);
  const pretrainRandom = createRandom(s.seed, PRETRAIN_STREAM);
  const pretrained = new Trainer(world);
  pretrained.pretrain(switchPasses, s.pretrainLearningRate, pretrainRandom);
  const atSwitch = clonePolicy(pretrained.policy);
  const switched = pretrained.clone();
  pretrained.pretrain(budget, s.pretrainLearningRate, pretrainRandom);
  const scratch = new Trainer(world);
  scratch.reinforce(budget, s.rlLearningRate, createRandom(s.seed, RL_STREAM));
  switched.reinforce(budget, s.rlLearningRate, createRandom(s.seed, RL_STREAM));
  return { world, uniform, atSwitch, pretrainedEnd: pretrained.policy, switchedEnd: switched.policy, scratchEnd: scratch.policy };
}

describe("runLab's rulers against brute force, T <= 3, V <= 4", () => {
  const settings = fc.record({
    seed: fc.integer({ min: 1, max: 1000 }),
    sequenceLength: fc.integer({ min: 1, max: 3 }),
    vocabulary: fc.integer({ min: 2, max: 4 }),
    branching: fc.integer({ min: 1, max: 4 }),
    budgetPasses: fc.integer({ min: 1, max: 3000 }),
    pretrainFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    pretrainLearningRate: fc.double({ min: 0.001, max: 3, noNaN: true }),
    rlLearningRate: fc.double({ min: 0.001, max: 10, noNaN: true }),
  });

  it("every shift is the brute-force KL between the policies it names; the entropy is the world's", () => {
    fc.assert(
      fc.property(settings, (s) => {
        const r = runLab(s);
        const p = replay(s);
        expect(r.worldEntropyBits).toBeCloseTo(bruteEntropy(p.world), 10);
        expect(r.shiftBits.pretrainOnly).toBeCloseTo(bruteKl(p.pretrainedEnd, p.uniform), 8);
        expect(r.shiftBits.pretrain).toBeCloseTo(bruteKl(p.atSwitch, p.uniform), 8);
        expect(r.shiftBits.rl).toBeCloseTo(bruteKl(p.switchedEnd, p.atSwitch), 8);
        expect(r.shiftBits.rlOnly).toBeCloseTo(bruteKl(p.scratchEnd, p.uniform), 8);
      }),
      { seed: 16, numRuns: 60 },
    );
  }, 30_000);

  it("pretraining's reducible bits are never negative, and with no pretraining they are 0 and the RL shifts agree", () => {
    fc.assert(
      fc.property(settings, (s) => {
        const r = runLab(s);
        expect(r.pretrainOnly.reducibleBits).toBeGreaterThanOrEqual(0);
        expect(r.pretrainThenRl.reducibleBits).toBeLessThanOrEqual(r.pretrainOnly.reducibleBits);
        const none = runLab({ ...s, pretrainFraction: 0 });
        expect(none.pretrainThenRl.reducibleBits).toBe(0);
        expect(none.shiftBits.pretrain).toBe(0);
        expect(none.shiftBits.rl).toBe(none.shiftBits.rlOnly);
      }),
      { seed: 17, numRuns: 40 },
    );
  }, 30_000);
});

describe("the rulers at the lab's defaults", () => {
  it("surprisal ≈ the world's entropy over the sentences seen + the reducible bits (the gap is sampling noise, under 1%)", () => {
    const s: LabSettings = { seed: 1, sequenceLength: 8, vocabulary: 16, branching: 2, budgetPasses: 200_000, pretrainFraction: 0.1, pretrainLearningRate: 0.1, rlLearningRate: 1 };
    const r = runLab(s);
    const sentences = r.pretrainOnly.pretrainPasses / s.sequenceLength;
    const predicted = sentences * r.worldEntropyBits + r.pretrainOnly.reducibleBits;
    expect(Math.abs(predicted / r.pretrainOnly.surprisalBits - 1)).toBeLessThan(0.01);
    // Most of the surprisal is the world's own entropy.
    expect(r.pretrainOnly.reducibleBits / r.pretrainOnly.surprisalBits).toBeLessThan(0.2);
  });
});
