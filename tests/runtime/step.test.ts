import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputs, inputSpec, type InputSpec } from "../../src/model/registry";
import { clampInput } from "../../src/model/clamp";
import { dragValue, stepValue } from "../../src/runtime/step";

const share = inputSpec("rlComputeShare");
const passes = inputSpec("passesPerReward");

/** The documented log ladder: 10^(k * step), rounded to two significant digits, kept if in range. */
function logLadder(q: InputSpec): number[] {
  const rungs: number[] = [];
  for (let k = Math.ceil(Math.log10(q.min) / q.step) - 1; k <= Math.floor(Math.log10(q.max) / q.step) + 1; k++) {
    const v = Number((10 ** (k * q.step)).toPrecision(2));
    if (v >= q.min && v <= q.max && !rungs.includes(v)) rungs.push(v);
  }
  return rungs;
}

function linearLadder(q: InputSpec): number[] {
  const n = Math.round((q.max - q.min) / q.step);
  return Array.from({ length: n + 1 }, (_, k) => Number((q.min + k * q.step).toPrecision(12)));
}

const logInputs = inputs.filter((q) => q.scale === "log");
const linearInputs = inputs.filter((q) => q.scale === "linear");

describe("stepValue on a linear input", () => {
  it.each([
    [0.5, 1, "step", 0.51],
    [0.5, -1, "step", 0.49],
    [0.5, 1, "page", 0.6],
    [0.5, -1, "page", 0.4],
    [0.5, -1, "bound", 0],
    [0.5, 1, "bound", 1],
    [0.99, 1, "step", 1],
    [1, 1, "step", 1],
    [0.95, 1, "page", 1],
    [0, -1, "step", 0],
    [0.01, -1, "step", 0],
    [0.05, -1, "page", 0],
  ] as const)("stepValue(rlComputeShare, %s, %s, %s) is %s", (value, direction, kind, expected) => {
    expect(stepValue(share, value, direction, kind)).toBe(expected);
  });

  it("stepValue(wakingHoursPerDay, 16, 1, \"step\") is 16.5 and stepValue(years, 20, 1, \"step\") is 21", () => {
    expect(stepValue(inputSpec("wakingHoursPerDay"), 16, 1, "step")).toBe(16.5);
    expect(stepValue(inputSpec("years"), 20, 1, "step")).toBe(21);
  });
});

describe("stepValue on a log input", () => {
  it.each([
    [1000, 1, "step", 1300],
    [1000, -1, "step", 790],
    [1000, 1, "page", 10000],
    [1000, -1, "page", 100],
    [1000, -1, "bound", 1],
    [1000, 1, "bound", 1e8],
    [1, -1, "step", 1],
    [1e8, 1, "step", 1e8],
    [1e8, 1, "page", 1e8],
    [1300, -1, "step", 1000],
    [790, 1, "step", 1000],
  ] as const)("stepValue(passesPerReward, %s, %s, %s) is %s", (value, direction, kind, expected) => {
    // 10^3.1 = 1258.9 -> 1300 and 10^2.9 = 794.3 -> 790 at two significant digits.
    expect(stepValue(passes, value, direction, kind)).toBe(expected);
  });

  it("stepValue(passesPerReward, 1000, ±1, \"step\") matches 10^(3 ± 0.1) to two significant digits", () => {
    expect(stepValue(passes, 1000, 1, "step")).toBe(Number((10 ** 3.1).toPrecision(2)));
    expect(stepValue(passes, 1000, -1, "step")).toBe(Number((10 ** 2.9).toPrecision(2)));
  });
});

describe("stepValue ladders", () => {
  it.each(logInputs.map((q) => [q.id, q] as const))("stepValue(%s, rung, +1) then -1 returns to the rung", (_, q) => {
    const rungs = logLadder(q);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: rungs.length - 2 }), fc.constantFrom("step", "page") as fc.Arbitrary<"step" | "page">, (i, kind) => {
        const v = rungs[i]!;
        const up = stepValue(q, v, 1, kind);
        if (kind === "step") expect(up).toBe(rungs[i + 1]);
        // Only rungs whose neighbour is itself a rung (not a clamped bound) must come back.
        if (rungs.includes(up) && up !== q.max) expect(stepValue(q, up, -1, kind)).toBe(v);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it.each(linearInputs.map((q) => [q.id, q] as const))("stepValue(%s, rung, +1) then -1 returns to the rung", (_, q) => {
    const rungs = linearLadder(q);
    for (let i = 0; i < rungs.length - 1; i++) {
      const up = stepValue(q, rungs[i]!, 1, "step");
      expect(up).toBe(rungs[i + 1]);
      expect(stepValue(q, up, -1, "step")).toBe(rungs[i]);
    }
  });

  it.each(inputs.map((q) => [q.id, q] as const))("stepValue(%s, v, ±1) moves the right way and stays in range", (_, q) => {
    const inRange = fc.double({ min: q.min, max: q.max, noNaN: true });
    fc.assert(
      fc.property(inRange, fc.constantFrom(1, -1) as fc.Arbitrary<1 | -1>, fc.constantFrom("step", "page") as fc.Arbitrary<"step" | "page">, (v, d, kind) => {
        const next = stepValue(q, v, d, kind);
        expect(next).toBeGreaterThanOrEqual(q.min);
        expect(next).toBeLessThanOrEqual(q.max);
        if (d > 0) expect(next).toBeGreaterThanOrEqual(v);
        else expect(next).toBeLessThanOrEqual(v);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

// Like HTML's input.stepUp(): a value between rungs (typed by the reader, or a bound that is
// not on the ladder) moves to the nearest rung in the direction pressed, never past it.
describe("stepValue from a value between rungs", () => {
  it.each([
    ["passesPerReward", 1200, 1, 1300],
    ["passesPerReward", 1200, -1, 1000],
    ["passesPerReward", 1100, 1, 1300],
    ["passesPerReward", 1100, -1, 1000],
    ["bitsPerToken", 17, -1, 16],
    ["rlComputeShare", 0.507, 1, 0.51],
    ["rlComputeShare", 0.507, -1, 0.5],
    ["rlComputeShare", 0.503, 1, 0.51],
    ["rlComputeShare", 0.503, -1, 0.5],
    ["wakingHoursPerDay", 16.3, 1, 16.5],
  ] as const)("stepValue(%s, %s, %s, \"step\") is %s", (id, v, d, expected) => {
    expect(stepValue(inputSpec(id), v, d, "step")).toBe(expected);
  });
});

describe("dragValue", () => {
  it.each([
    [1000, 100, 10000],
    [1000, -100, 100],
    [1000, 200, 1e5],
    [1000, 50, Number((10 ** 3.5).toPrecision(2))],
    [1000, 0, 1000],
    [1e7, 200, 1e8],
    [10, -200, 1],
    [1e8, 1000, 1e8],
  ])("dragValue(passesPerReward, %s, %s px) is %s: 100 px a decade", (start, dx, expected) => {
    expect(dragValue(passes, start, dx)).toBe(expected);
  });

  it.each(linearInputs.map((q) => [q.id, q] as const))("dragValue(%s, min, +300 px) is max, and back", (_, q) => {
    expect(dragValue(q, q.min, 300)).toBe(q.max);
    expect(dragValue(q, q.max, -300)).toBe(q.min);
    expect(dragValue(q, q.min, 1000)).toBe(q.max);
    expect(dragValue(q, q.max, -1000)).toBe(q.min);
  });

  it("dragValue(rlComputeShare, 0.5, +30 px) moves a tenth of the range", () => {
    expect(dragValue(share, 0.5, 30)).toBe(0.6);
    expect(dragValue(share, 0.5, -150)).toBe(0);
  });

  it.each(inputs.map((q) => [q.id, q] as const))("dragValue(%s, start, dx) stays in range and is monotone in dx", (_, q) => {
    fc.assert(
      fc.property(fc.double({ min: q.min, max: q.max, noNaN: true }), fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 0, max: 500 }), (start, dx, more) => {
        const a = dragValue(q, start, dx);
        expect(a).toBeGreaterThanOrEqual(q.min);
        expect(a).toBeLessThanOrEqual(q.max);
        expect(dragValue(q, start, dx + more)).toBeGreaterThanOrEqual(a);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe("clampInput", () => {
  it.each([
    [0, 1],
    [1e9, 1e8],
    [-Infinity, 1],
    [Infinity, 1e8],
    [NaN, 1000],
    [250, 250],
  ])("clampInput(passesPerReward, %s) is %s", (v, expected) => {
    expect(clampInput(passes, v)).toBe(expected);
  });
});

describe("clampInput and stepValue on counts", () => {
  const seed = inputSpec("labSeed");
  const budget = inputSpec("labBudgetPasses");

  it.each([
    [7.4, 7],
    [7.5, 8],
    [-3, 1],
    [1e9, seed.max],
  ])("clampInput(labSeed, %s) is %s: counts are whole numbers", (v, expected) => {
    expect(clampInput(seed, v)).toBe(expected);
  });

  it("dragging or stepping a count lands on whole numbers, on linear and log scales", () => {
    for (let dx = -300; dx <= 300; dx += 7) {
      expect(Number.isInteger(dragValue(seed, 500, dx))).toBe(true);
      expect(Number.isInteger(dragValue(budget, 1e6, dx))).toBe(true);
    }
    expect(stepValue(budget, 1e6, 1, "step")).toBe(1_300_000);
    expect(stepValue(seed, 1, 1, "step")).toBe(2);
  });
});
