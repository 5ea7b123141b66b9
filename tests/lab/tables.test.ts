import { describe, expect, it } from "vitest";
import { labFigureCsv } from "../../src/figures/csv";
import { bindLabFigure } from "../../src/figures/lab/index";
import { runLab } from "../../src/lab/run";
import { labSettingsFrom } from "../../src/lab/settings";
import type { SweepResult } from "../../src/lab/sweep";
import { defaultValues } from "../../src/model/registry";

describe("lab figure tables", () => {
  const run = runLab(labSettingsFrom({ ...defaultValues(), labBudgetPasses: 20_000 }));

  it("labSuccessCurves: one row per checkpoint of each regime, exactly the run's curve", () => {
    const rows = bindLabFigure("labSuccessCurves", { run })!.table();
    const regimes = ["pretrainOnly", "rlOnly", "pretrainThenRl"] as const;
    expect(rows).toHaveLength(regimes.reduce((n, k) => n + run[k].curve.passes.length, 0));
    const rl = rows.filter((r) => r["regime"] === "RL from scratch");
    expect(rl.map((r) => r["forwardPasses"])).toEqual([...run.rlOnly.curve.passes]);
    expect(rl.map((r) => r["taskSuccess"])).toEqual([...run.rlOnly.curve.success]);
    // Every curve starts at 0 passes, where all three regimes share the untrained model.
    expect(rows.filter((r) => r["forwardPasses"] === 0).map((r) => r["taskSuccess"])).toEqual([run.chanceSuccess, run.chanceSuccess, run.chanceSuccess]);
  });

  it("labRulers: one row per ruler of each regime and phase, exactly the run's numbers", () => {
    const rows = bindLabFigure("labRulers", { run })!.table();
    expect(rows.map((r) => [r["ruler"], r["value"]])).toEqual([
      ["in", run.pretrainOnly.surprisalBits],
      ["learnable", run.pretrainOnly.reducibleBits],
      ["shift", run.shiftBits.pretrainOnly],
      ["in", run.pretrainThenRl.surprisalBits],
      ["learnable", run.pretrainThenRl.reducibleBits],
      ["shift", run.shiftBits.pretrain],
      ["in", run.pretrainThenRl.rewardBits],
      ["shift", run.shiftBits.rl],
      ["in", run.rlOnly.rewardBits],
      ["shift", run.shiftBits.rlOnly],
    ]);
    expect(new Set(rows.filter((r) => r["ruler"] === "shift").map((r) => r["unit"]))).toEqual(new Set(["bits per sentence"]));
    expect(labFigureCsv("labRulers", { run }).split("\n")[0]).toBe("regime,ruler,measures,unit,value");
  });

  it("labLengthSweep: two rows per length; a regime that never reached half has an empty count and says so", () => {
    const sweep: SweepResult = {
      settings: run.settings,
      lengths: [1, 2],
      rlOnly: [40, Infinity],
      pretrainThenRl: [30, 500],
      switchPasses: [10, 200],
    };
    const csv = labFigureCsv("labLengthSweep", { sweep }).trim().split("\n");
    expect(csv[0]).toBe("sequenceLength,regime,reachedHalf,passesToHalf,switchPasses,budgetPasses");
    const b = run.settings.budgetPasses;
    expect(csv.slice(1)).toEqual([
      `1,RL from scratch,yes,40,,${b}`,
      `1,"pretrain, then RL",yes,30,10,${b}`,
      `2,RL from scratch,no,,,${b}`,
      `2,"pretrain, then RL",yes,500,200,${b}`,
    ]);
  });
});
