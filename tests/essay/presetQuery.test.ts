import { describe, expect, it } from "vitest";
import { presetQuery } from "../../src/essay/presetQuery";
import { defaultValues, presetById } from "../../src/model/index";

describe("presetQuery", () => {
  it("presetQuery(deepseekR1, defaults) writes just the preset's values", () => {
    expect(presetQuery(presetById("deepseekR1")!, defaultValues())).toBe("?pretrainComputePfDays=2788000&posttrainComputePfDays=147000");
  });

  it("presetQuery(instructgpt, defaults) writes the values even though they are the defaults", () => {
    expect(presetQuery(presetById("instructgpt")!, defaultValues())).toBe("?pretrainComputePfDays=3640&posttrainComputePfDays=60");
  });

  it("presetQuery(p, values) keeps the reader's other settings, in registry order, and overrides the preset's inputs", () => {
    const values = { ...defaultValues(), passesPerReward: 250, years: 30, pretrainComputePfDays: 10 };
    expect(presetQuery(presetById("grok4")!, values)).toBe(
      `?passesPerReward=250&pretrainComputePfDays=${1e26 / 8.64e19}&posttrainComputePfDays=${1e26 / 8.64e19}&years=30`,
    );
  });
});
