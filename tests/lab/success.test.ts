import { describe, expect, it } from "vitest";
import { createUniformPolicy, crossEntropyStep, type Policy, reinforceStep } from "../../src/lab/policy";
import { createRandom } from "../../src/model/random";
import { successProbability, worldSuccessProbability } from "../../src/lab/success";
import { createWorld, reward, type World } from "../../src/lab/world";
import { allSentences, handWorld } from "./support";

// V = 3, b = 2: 0 -> {1, 2}, 1 -> {0, 2}, 2 -> {0, 1}.
const successors = [[1, 2], [0, 2], [0, 1]];

function bruteForce(world: World, policy: Policy): number {
  const V = world.vocabulary;
  let total = 0;
  for (const s of allSentences(V, world.length)) {
    if (!reward(world, s)) continue;
    let p = 1;
    for (let t = 0; t < world.length; t++) p *= policy.probabilities[(t * V + s[t]!) * V + s[t + 1]!]!;
    total += p;
  }
  return total;
}

describe("successProbability, worked by hand", () => {
  it("T = 1, goal 2: the uniform policy picks 2 after 0 with probability 1/3", () => {
    expect(successProbability(handWorld(1, 2, successors), createUniformPolicy(3, 1))).toBeCloseTo(1 / 3, 15);
  });

  it("T = 2, goal 2: only 0 -> 1 -> 2 is valid (2 -> 2 is not allowed), so 1/3 · 1/3 = 1/9", () => {
    expect(successProbability(handWorld(2, 2, successors), createUniformPolicy(3, 2))).toBeCloseTo(1 / 9, 15);
  });

  it("T = 2, goal 0: 0 -> 1 -> 0 and 0 -> 2 -> 0 are valid, so 2/9", () => {
    expect(successProbability(handWorld(2, 0, successors), createUniformPolicy(3, 2))).toBeCloseTo(2 / 9, 15);
  });

  it("T = 3, goal 2, uniform: paths 0-1-0-2, 0-2-0-2, 0-2-1-2 give 3/27 = 1/9", () => {
    expect(successProbability(handWorld(3, 2, successors), createUniformPolicy(3, 3))).toBeCloseTo(3 / 27, 15);
  });

  it("worldSuccessProbability: 0 -> 1 with 0.25, then 1 -> 2 with 0.4, gives 0.1", () => {
    const world = handWorld(2, 2, successors, [[0.25, 0.75], [0.6, 0.4], [0.5, 0.5]]);
    expect(worldSuccessProbability(world)).toBeCloseTo(0.1, 15);
  });

  it("a policy that always follows 0 -> 1 -> 2 succeeds with probability near 1", () => {
    const world = handWorld(2, 2, successors);
    const policy = createUniformPolicy(3, 2);
    for (let i = 0; i < 200; i++) reinforceStep(policy, Int32Array.from([0, 1, 2]), 1, 1);
    expect(successProbability(world, policy)).toBeGreaterThan(0.99);
  });
});

describe("successProbability agrees with brute force over every sentence", () => {
  it.each([
    { seed: 1, vocabulary: 3, branching: 2, length: 3 },
    { seed: 2, vocabulary: 4, branching: 2, length: 4 },
    { seed: 3, vocabulary: 5, branching: 3, length: 3 },
    { seed: 4, vocabulary: 2, branching: 2, length: 6 },
  ])("for random policies in the world %o", (s) => {
    const world = createWorld(s);
    const random = createRandom(s.seed, 9);
    for (let trial = 0; trial < 5; trial++) {
      const policy = createUniformPolicy(s.vocabulary, s.length);
      for (let i = 0; i < 50; i++) {
        const t = Math.floor(random() * s.length);
        crossEntropyStep(policy, t, Math.floor(random() * s.vocabulary), Math.floor(random() * s.vocabulary), random() * 2);
      }
      expect(Math.abs(successProbability(world, policy) - bruteForce(world, policy))).toBeLessThan(1e-14);
    }
  });
});
