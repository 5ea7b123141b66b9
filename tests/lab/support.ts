import type { World } from "../../src/lab/world";

/** A world written out by hand: successors[s] lists what may follow s, with probabilities. */
export function handWorld(length: number, goal: number, successors: number[][], probabilities?: number[][]): World {
  const V = successors.length;
  const b = successors[0]!.length;
  const allowed = new Uint8Array(V * V);
  successors.forEach((next, s) => next.forEach((n) => (allowed[s * V + n] = 1)));
  return {
    vocabulary: V,
    branching: b,
    length,
    start: 0,
    goal,
    successors: Int32Array.from(successors.flat()),
    probabilities: Float64Array.from((probabilities ?? successors.map((n) => n.map(() => 1 / b))).flat()),
    allowed,
  };
}

/** Every sentence of length T over V symbols, starting from symbol 0: for brute-force checks. */
export function* allSentences(V: number, T: number): Generator<Int32Array> {
  const s = new Int32Array(T + 1);
  const total = V ** T;
  for (let i = 0; i < total; i++) {
    let k = i;
    for (let t = T; t >= 1; t--) {
      s[t] = k % V;
      k = Math.floor(k / V);
    }
    yield s;
  }
}
