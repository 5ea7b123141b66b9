import { describe, expect, it } from "vitest";
import { defaultLabSweep } from "../../src/lab/defaultRun";
import { runLab } from "../../src/lab/run";
import { labSettingsFrom } from "../../src/lab/settings";
import { spreadLabels } from "../../src/figures/lab/types";
import { labFigure, renderLabFigureSvg } from "../../src/build/figureSvg";
import { defaultValues } from "../../src/model/registry";
import type { SweepResult } from "../../src/lab/sweep";

const base = labSettingsFrom(defaultValues());
const runs = [
  ["defaults with a tenth of the budget", runLab({ ...base, budgetPasses: 1e5 })],
  ["T = 1, V = 2", runLab({ ...base, sequenceLength: 1, vocabulary: 2, budgetPasses: 1000 })],
  ["no pretraining", runLab({ ...base, pretrainFraction: 0, budgetPasses: 1000 })],
  ["all pretraining", runLab({ ...base, pretrainFraction: 1, budgetPasses: 1000 })],
  ["smallest budget", runLab({ ...base, sequenceLength: 32, budgetPasses: 1000 })],
] as const;

describe.each(runs)("labSuccessCurves for %s", (_, run) => {
  it.each(["wide", "narrow"] as const)("renders an SVG at the %s layout with three lines and no NaN", (layout) => {
    const svg = renderLabFigureSvg("labSuccessCurves", { run }, layout);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(svg.match(/aria-label="line"/g)?.length).toBe(3);
  });

  it("is described in a plain sentence with the final successes", () => {
    const text = labFigure("labSuccessCurves", { run }).describe();
    expect(text).toMatch(/^[A-Z].*\.$/s);
    expect(text).not.toMatch(/NaN|undefined|Infinity|[<>]/);
  });
});

describe.each(runs)("labRulers for %s", (_, run) => {
  it.each(["wide", "narrow"] as const)("renders an SVG at the %s layout: four groups, no NaN", (layout) => {
    const svg = renderLabFigureSvg("labRulers", { run }, layout);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    for (const group of ["Pretraining only", "Pretrain, then RL: pretraining, to the switch", "Pretrain, then RL: RL, after the switch", "RL from scratch"]) {
      expect(svg).toContain(group);
    }
  });

  it("is described in a plain sentence with the run's numbers", () => {
    const text = labFigure("labRulers", { run }).describe();
    expect(text).toMatch(/^[A-Z].*\.$/s);
    expect(text).not.toMatch(/NaN|undefined|Infinity|[<>]/);
  });
});

describe("labLengthSweep", () => {
  const sweep = defaultLabSweep();
  const never: SweepResult = { ...sweep, rlOnly: sweep.rlOnly.map(() => Infinity), pretrainThenRl: sweep.pretrainThenRl.map(() => Infinity) };

  it.each([
    ["the default sweep", sweep],
    ["a sweep where nothing reaches half", never],
  ] as const)("renders %s at both layouts without NaN", (_, data) => {
    for (const layout of ["wide", "narrow"] as const) {
      const svg = renderLabFigureSvg("labLengthSweep", { sweep: data }, layout);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(labFigure("labLengthSweep", { sweep: data }).describe()).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("the default sweep covers T = 1 .. 12 and RL from scratch reaches half at T = 1 but not at T = 12", () => {
    expect(sweep.lengths).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(sweep.rlOnly[0]).toBeLessThan(Infinity);
    expect(sweep.rlOnly[11]).toBe(Infinity);
    expect(sweep.pretrainThenRl[11]).toBeLessThan(Infinity);
  });
});

describe("spreadLabels", () => {
  it("spreadLabels keeps labels gap apart and inside their band, in their original order", () => {
    expect(spreadLabels([100, 101, 102], 10, 0, 300)).toEqual([100, 110, 120]);
    expect(spreadLabels([295, 299], 10, 0, 300)).toEqual([290, 300]);
    expect(spreadLabels([50, 10], 10, 20, 300)).toEqual([50, 20]);
  });
});
