import { describe, expect, it } from "vitest";
import { sensitivitySwings } from "../../src/model/index";

// Worked by hand: f = 2a + b² + 0·c at a = 0.5, b = 1, c = 7.
// a over [0, 1]: f goes from 0 + 1 = 1 to 2 + 1 = 3, a swing of 2.
// b over [−1, 3]: b² runs 1 → 0 (at b = 0, on the 9-point grid) → 9, so f spans [1, 10], a swing of 9, though f(b=−1) = 2 and f(b=3) = 10.
// c over [0, 100]: no effect: f stays at 2·0.5 + 1² = 2, swing 0.
const f = (v: { a: number; b: number; c: number }) => 2 * v.a + v.b * v.b + 0 * v.c;
const values = { a: 0.5, b: 1, c: 7 };
const intervals = [
  { id: "c" as const, low: 0, high: 100 },
  { id: "a" as const, low: 0, high: 1 },
  { id: "b" as const, low: -1, high: 3 },
];

describe("sensitivitySwings", () => {
  it("sensitivitySwings(f, values, intervals) orders b (9), a (2), c (0), with the hand-computed ends and ranges", () => {
    const swings = sensitivitySwings(f, values, intervals);
    expect(swings.map((s) => s.id)).toEqual(["b", "a", "c"]);
    const [b, a, c] = swings;
    expect(b).toEqual({ id: "b", atLow: 2, atHigh: 10, min: 1, max: 10, swing: 9 });
    expect(a).toEqual({ id: "a", atLow: 1, atHigh: 3, min: 1, max: 3, swing: 2 });
    expect(c).toEqual({ id: "c", atLow: 2, atHigh: 2, min: 2, max: 2, swing: 0 });
  });

  it("sensitivitySwings measures swing after a transform: in decades, a ×100 input outranks a +50% one", () => {
    // g = x·y at x = 1, y = 1; x over [0.1, 10] (two decades), y over [1, 1.5] (log10 1.5 ≈ 0.176 decades).
    const g = (v: { x: number; y: number }) => v.x * v.y;
    const swings = sensitivitySwings(g, { x: 1, y: 1 }, [
      { id: "y", low: 1, high: 1.5 },
      { id: "x", low: 0.1, high: 10, log: true },
    ], Math.log10);
    expect(swings.map((s) => s.id)).toEqual(["x", "y"]);
    expect(swings[0]!.swing).toBeCloseTo(2, 12);
    expect(swings[1]!.swing).toBeCloseTo(Math.log10(1.5), 12);
  });

  it("sensitivitySwings keeps the given order for equal swings", () => {
    const swings = sensitivitySwings((v: { p: number; q: number }) => v.p + v.q, { p: 0, q: 0 }, [
      { id: "q", low: 0, high: 1 },
      { id: "p", low: 0, high: 1 },
    ]);
    expect(swings.map((s) => s.id)).toEqual(["q", "p"]);
  });
});
