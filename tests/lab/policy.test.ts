import { describe, expect, it } from "vitest";
import { clonePolicy, createUniformPolicy, crossEntropyStep, reinforceStep, rowOffset, sampleNext } from "../../src/lab/policy";
import { createRandom } from "../../src/model/random";

const row = (policy: ReturnType<typeof createUniformPolicy>, t: number, prev: number, table: "logits" | "probabilities" = "probabilities") => {
  const offset = rowOffset(policy, t, prev);
  return [...policy[table].subarray(offset, offset + policy.vocabulary)];
};

describe("createUniformPolicy", () => {
  it("createUniformPolicy(V, T) holds T·V rows of V zero logits and probability 1/V", () => {
    const p = createUniformPolicy(4, 3);
    expect(p.logits.length).toBe(3 * 4 * 4);
    expect(new Set(p.logits)).toEqual(new Set([0]));
    expect(new Set(p.probabilities)).toEqual(new Set([0.25]));
  });
});

describe("crossEntropyStep", () => {
  it("crossEntropyStep returns the surprisal before the step: log2 V bits from uniform", () => {
    const p = createUniformPolicy(4, 2);
    expect(crossEntropyStep(p, 0, 0, 2, 0.5)).toBe(2);
  });

  it("crossEntropyStep moves the logits by rate·(onehot − π), exactly the gradient of log π(next)", () => {
    const p = createUniformPolicy(4, 2);
    crossEntropyStep(p, 1, 3, 2, 0.5);
    // From uniform: z_j = -0.5 · 0.25 = -0.125, and z_2 = -0.125 + 0.5 = 0.375.
    expect(row(p, 1, 3, "logits")).toEqual([-0.125, -0.125, 0.375, -0.125]);
    const e = Math.exp(0.5);
    const probabilities = row(p, 1, 3);
    [1, 1, e, 1].forEach((w, j) => expect(probabilities[j]).toBeCloseTo(w / (3 + e), 15));
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });

  it("crossEntropyStep raises π(next), lowers the surprisal of the next step, and touches only its own row", () => {
    const p = createUniformPolicy(5, 3);
    const before = crossEntropyStep(p, 2, 1, 4, 0.3);
    const after = crossEntropyStep(p, 2, 1, 4, 0.3);
    expect(after).toBeLessThan(before);
    expect(row(p, 2, 0)).toEqual(Array(5).fill(0.2));
    expect(row(p, 1, 1)).toEqual(Array(5).fill(0.2));
  });
});

describe("reinforceStep", () => {
  const sentence = Int32Array.from([0, 2, 1]);
  const probability = (p: ReturnType<typeof createUniformPolicy>) => row(p, 0, 0)[2]! * row(p, 1, 2)[1]!;

  it("reinforceStep with a positive advantage raises the sentence's probability", () => {
    const p = createUniformPolicy(3, 2);
    reinforceStep(p, sentence, 0.8, 1);
    expect(probability(p)).toBeGreaterThan(1 / 9);
  });

  it("reinforceStep with a negative advantage lowers it; with zero it changes nothing", () => {
    const p = createUniformPolicy(3, 2);
    reinforceStep(p, sentence, -0.8, 1);
    expect(probability(p)).toBeLessThan(1 / 9);
    const q = createUniformPolicy(3, 2);
    reinforceStep(q, sentence, 0, 1);
    expect(q).toEqual(createUniformPolicy(3, 2));
  });

  it("reinforceStep moves each row on the path by rate·advantage·(onehot − π)", () => {
    const p = createUniformPolicy(3, 2);
    reinforceStep(p, sentence, 0.6, 0.5);
    const third = 1 / 3;
    const step = 0.5 * 0.6;
    expect(row(p, 0, 0, "logits")).toEqual([-step * third, -step * third, -step * third + step]);
    expect(row(p, 1, 2, "logits")).toEqual([-step * third, -step * third + step, -step * third]);
    expect(row(p, 1, 0, "logits")).toEqual([0, 0, 0]);
  });
});

describe("sampleNext", () => {
  it("sampleNext draws each next symbol about as often as π says", () => {
    const p = createUniformPolicy(3, 1);
    for (let i = 0; i < 4; i++) crossEntropyStep(p, 0, 0, 2, 0.7);
    const want = row(p, 0, 0);
    const counts = [0, 0, 0];
    const random = createRandom(8);
    for (let i = 0; i < 30_000; i++) counts[sampleNext(p, 0, 0, random)]!++;
    counts.forEach((c, j) => expect(c / 30_000).toBeCloseTo(want[j]!, 1.5));
  });

  it("clonePolicy copies the tables, so training the copy leaves the original alone", () => {
    const p = createUniformPolicy(3, 2);
    const q = clonePolicy(p);
    crossEntropyStep(q, 0, 0, 1, 1);
    expect(p).toEqual(createUniformPolicy(3, 2));
  });
});
