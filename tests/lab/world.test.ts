import { describe, expect, it } from "vitest";
import { createRandom } from "../../src/model/random";
import { createWorld, reward, sampleSentence } from "../../src/lab/world";
import { handWorld } from "./support";

const settings = [
  { seed: 1, vocabulary: 16, branching: 2, length: 8 },
  { seed: 7, vocabulary: 4, branching: 2, length: 2 },
  { seed: 3, vocabulary: 2, branching: 1, length: 5 },
  { seed: 9, vocabulary: 32, branching: 8, length: 32 },
  { seed: 11, vocabulary: 5, branching: 16, length: 3 },
];

describe.each(settings)("createWorld(%o)", (s) => {
  const world = createWorld(s);
  const b = Math.min(s.branching, s.vocabulary);

  it("each symbol has b distinct allowed successors (b at most V), with positive probabilities summing to 1", () => {
    expect(world.branching).toBe(b);
    for (let sym = 0; sym < s.vocabulary; sym++) {
      const next = [...world.successors.subarray(sym * b, sym * b + b)];
      expect(new Set(next).size).toBe(b);
      for (const n of next) expect(world.allowed[sym * s.vocabulary + n]).toBe(1);
      const probabilities = [...world.probabilities.subarray(sym * b, sym * b + b)];
      for (const p of probabilities) expect(p).toBeGreaterThan(0);
      expect(Math.abs(probabilities.reduce((x, y) => x + y, 0) - 1)).toBeLessThan(1e-12);
    }
    expect(world.allowed.reduce((x, y) => x + y, 0)).toBe(s.vocabulary * b);
  });

  it("the goal can be reached by a valid sentence of exactly T symbols", () => {
    let here = new Set([world.start]);
    for (let t = 0; t < s.length; t++) {
      const next = new Set<number>();
      for (const sym of here) for (let k = 0; k < b; k++) next.add(world.successors[sym * b + k]!);
      here = next;
    }
    expect(here.has(world.goal)).toBe(true);
  });

  it("is the same world for the same settings", () => {
    expect(createWorld(s)).toEqual(world);
  });

  it("sampleSentence(world) writes only allowed transitions from the start symbol", () => {
    const random = createRandom(s.seed, 5);
    const sentence = new Int32Array(s.length + 1);
    for (let i = 0; i < 200; i++) {
      sampleSentence(world, random, sentence);
      expect(sentence[0]).toBe(world.start);
      for (let t = 1; t <= s.length; t++) expect(world.allowed[sentence[t - 1]! * s.vocabulary + sentence[t]!]).toBe(1);
      expect(reward(world, sentence)).toBe(sentence[s.length] === world.goal ? 1 : 0);
    }
  });
});

describe("createWorld", () => {
  it("createWorld gives different worlds for different seeds", () => {
    const a = createWorld({ seed: 1, vocabulary: 16, branching: 2, length: 8 });
    const b = createWorld({ seed: 2, vocabulary: 16, branching: 2, length: 8 });
    expect([...a.successors]).not.toEqual([...b.successors]);
  });

  it("sampleSentence follows the world's probabilities", () => {
    // 0 -> 1 with 0.25, 0 -> 2 with 0.75.
    const world = handWorld(1, 2, [[1, 2], [0, 2], [0, 1]], [[0.25, 0.75], [0.5, 0.5], [0.5, 0.5]]);
    const random = createRandom(4);
    const sentence = new Int32Array(2);
    let twos = 0;
    for (let i = 0; i < 20_000; i++) {
      sampleSentence(world, random, sentence);
      if (sentence[1] === 2) twos++;
    }
    expect(twos / 20_000).toBeCloseTo(0.75, 1.5);
  });
});

describe("reward (the verifier)", () => {
  // V = 3, b = 2: 0 -> {1, 2}, 1 -> {0, 2}, 2 -> {0, 1}; T = 2, goal 2.
  const world = handWorld(2, 2, [[1, 2], [0, 2], [0, 1]]);
  it.each([
    [[0, 1, 2], 1, "valid and ends on the goal"],
    [[0, 2, 0], 0, "valid but ends elsewhere"],
    [[0, 2, 2], 0, "2 -> 2 is not allowed"],
    [[0, 0, 2], 0, "0 -> 0 is not allowed"],
    [[1, 0, 2], 0, "does not start on the start symbol"],
    [[0, 1], 0, "too short"],
  ])("reward(world, %j) is %i: %s", (sentence, expected) => {
    expect(reward(world, sentence)).toBe(expected);
  });
});
