import { log2Det } from "./detMath";
import { createRandom, randomInt, type Random } from "../model/random";

/** The seeded synthetic language the lab's models learn. */
export interface World {
  /** V: symbols are 0 .. V - 1. */
  readonly vocabulary: number;
  /** b: how many symbols may follow each symbol (at most V). */
  readonly branching: number;
  /** T: symbols predicted per sentence, one forward pass each. */
  readonly length: number;
  /** Every sentence starts from this symbol; it is given, not predicted. */
  readonly start: number;
  /** A sentence earns the reward only if its last symbol is this one. */
  readonly goal: number;
  /** successors[s * b + k]: the k-th symbol allowed after s. */
  readonly successors: Int32Array;
  /** probabilities[s * b + k]: how often the world follows s with successors[s * b + k]. */
  readonly probabilities: Float64Array;
  /** allowed[s * V + s2] is 1 if s2 may follow s. */
  readonly allowed: Uint8Array;
}

export interface WorldSettings {
  readonly seed: number;
  readonly vocabulary: number;
  readonly branching: number;
  readonly length: number;
}

export const WORLD_STREAM = 0;

/**
 * Draws a world: for every symbol, b distinct allowed successors (a partial Fisher-Yates
 * shuffle) with probabilities from a flat Dirichlet; the start symbol is 0, and the goal is
 * drawn among the symbols a valid sentence of length T can end on, so the task is solvable.
 */
export function createWorld({ seed, vocabulary: V, branching, length: T }: WorldSettings): World {
  const b = Math.min(branching, V);
  const random = createRandom(seed, WORLD_STREAM);
  const successors = new Int32Array(V * b);
  const probabilities = new Float64Array(V * b);
  const allowed = new Uint8Array(V * V);
  const deck = new Int32Array(V);
  for (let s = 0; s < V; s++) {
    for (let i = 0; i < V; i++) deck[i] = i;
    let total = 0;
    for (let k = 0; k < b; k++) {
      const j = k + randomInt(random, V - k);
      const pick = deck[j]!;
      deck[j] = deck[k]!;
      deck[k] = pick;
      successors[s * b + k] = pick;
      allowed[s * V + pick] = 1;
      // Exponential draws, normalised, make a flat Dirichlet; the offset keeps every weight positive.
      const weight = -log2Det(1 - (random() + 2 ** -33));
      probabilities[s * b + k] = weight;
      total += weight;
    }
    for (let k = 0; k < b; k++) {
      probabilities[s * b + k] = probabilities[s * b + k]! / total;
    }
  }
  const start = 0;
  const goal = drawGoal(successors, V, b, T, start, random);
  return { vocabulary: V, branching: b, length: T, start, goal, successors, probabilities, allowed };
}

function drawGoal(successors: Int32Array, V: number, b: number, T: number, start: number, random: Random): number {
  let reachable = new Uint8Array(V);
  reachable[start] = 1;
  for (let t = 0; t < T; t++) {
    const next = new Uint8Array(V);
    for (let s = 0; s < V; s++) {
      if (!reachable[s]) continue;
      for (let k = 0; k < b; k++) next[successors[s * b + k]!] = 1;
    }
    reachable = next;
  }
  const ends: number[] = [];
  for (let s = 0; s < V; s++) if (reachable[s]) ends.push(s);
  return ends[randomInt(random, ends.length)]!;
}

/** Samples one sentence from the world into `out` (out[0] = start, out[1..T] predicted). */
export function sampleSentence(world: World, random: Random, out: Int32Array): void {
  const { branching: b, successors, probabilities, length: T } = world;
  let s = world.start;
  out[0] = s;
  for (let t = 1; t <= T; t++) {
    const u = random();
    let k = 0;
    let acc = probabilities[s * b]!;
    while (u >= acc && k < b - 1) {
      k++;
      acc += probabilities[s * b + k]!;
    }
    s = successors[s * b + k]!;
    out[t] = s;
  }
}

/** The verifier: 1 if every transition is allowed and the sentence ends on the goal, else 0. */
export function reward(world: World, sentence: ArrayLike<number>): 0 | 1 {
  const V = world.vocabulary;
  if (sentence.length !== world.length + 1 || sentence[0] !== world.start) return 0;
  for (let t = 1; t < sentence.length; t++) {
    if (!world.allowed[sentence[t - 1]! * V + sentence[t]!]) return 0;
  }
  return sentence[world.length] === world.goal ? 1 : 0;
}
