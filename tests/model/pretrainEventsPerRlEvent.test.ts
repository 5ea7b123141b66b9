import { describe, expect, it } from "vitest";
import { pretrainEventsPerRlEvent, rlEventShare } from "../../src/model/index";

describe("pretrainEventsPerRlEvent", () => {
  it.each([
    [0.5, 1000, 1000],
    [0.9, 250, (250 * 0.1) / 0.9],
    [0.999, 1000, (1000 * 0.001) / 0.999],
    [0.5, 1, 1],
  ])("pretrainEventsPerRlEvent(%s, %s) is L (1 - f) / f", (f, L, expected) => {
    expect(pretrainEventsPerRlEvent(f, L)).toBeCloseTo(expected, 10);
  });

  it("pretrainEventsPerRlEvent(0, L) is Infinity: no RL events at all", () => {
    expect(pretrainEventsPerRlEvent(0, 1000)).toBe(Infinity);
  });

  it("pretrainEventsPerRlEvent(1, L) is 0: no pretraining at all", () => {
    expect(pretrainEventsPerRlEvent(1, 1000)).toBe(0);
  });

  it.each([
    [0.1, 10],
    [0.5, 1000],
    [0.99, 1e6],
  ])("pretrainEventsPerRlEvent(%s, %s) agrees with rlEventShare = 1 / (1 + ratio)", (f, L) => {
    expect(1 / (1 + pretrainEventsPerRlEvent(f, L))).toBeCloseTo(rlEventShare(f, L), 12);
  });

  it.each([
    [NaN, 1000],
    [-0.1, 1000],
    [1.1, 1000],
    [0.5, NaN],
    [0.5, 0],
    [0.5, 0.9],
  ])("pretrainEventsPerRlEvent(%s, %s) is NaN out of domain", (f, L) => {
    expect(pretrainEventsPerRlEvent(f, L)).toBeNaN();
  });
});
