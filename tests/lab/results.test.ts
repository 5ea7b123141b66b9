import { describe, expect, it } from "vitest";
import { formatLabResult, isLabResultId, labResults, labResultSpec, labResultValues } from "../../src/lab/results";
import { runLab } from "../../src/lab/run";
import { labInputIds, labSettingsFrom, settingsKey } from "../../src/lab/settings";
import { inputSources } from "../../src/model/inputSources";
import { defaultValues, inputs, inputSpec, isInputId, outputs } from "../../src/model/registry";

describe("lab results registry", () => {
  it("ids are unique across inputs, outputs and lab results", () => {
    const ids = [...inputs, ...outputs, ...labResults].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("the issue's required ids exist: five results and six settings", () => {
    for (const id of ["labFinalSuccessPretrainOnly", "labFinalSuccessRlOnly", "labFinalSuccessPretrainThenRl", "labPassesToHalfRlOnly", "labPassesToHalfPretrainThenRl"]) {
      expect(isLabResultId(id), id).toBe(true);
    }
    for (const id of ["labSeed", "labSequenceLength", "labVocabulary", "labBranching", "labBudgetPasses", "labPretrainFraction"]) {
      expect(isInputId(id), id).toBe(true);
    }
    expect(isLabResultId("passesPerReward")).toBe(false);
  });

  it("passes-to-half results allow Infinity and read it as “never”", () => {
    for (const id of ["labPassesToHalfRlOnly", "labPassesToHalfPretrainThenRl"]) {
      const spec = labResults.find((q) => q.id === id)!;
      expect("allowInfinity" in spec && spec.allowInfinity).toBe(true);
      expect("infinityText" in spec && spec.infinityText).toBe("never");
    }
  });

  it("formatLabResult reads Infinity as “never” and shows counts of passes in full", () => {
    expect(formatLabResult(labResultSpec("labPassesToHalfRlOnly"), Infinity)).toBe("never");
    expect(formatLabResult(labResultSpec("labPassesToHalfPretrainThenRl"), 100_080)).toBe("100,080");
    expect(formatLabResult(labResultSpec("labRewardsRlOnly"), 499_972)).toBe("499,972");
    expect(formatLabResult(labResultSpec("labFinalSuccessRlOnly"), 3.725290298461914e-9)).toBe("0.00000037%");
    expect(formatLabResult(labResultSpec("labSuccessRatio"), Infinity)).toBe("unbounded");
  });

  describe.each([
    ["a run at the defaults with a tenth of the budget", () => runLab({ ...labSettingsFrom(defaultValues()), budgetPasses: 1e5 })],
    ["a short run where everything reaches half", () => runLab({ ...labSettingsFrom(defaultValues()), sequenceLength: 1, vocabulary: 2, budgetPasses: 1000 })],
    ["a run with no pretraining", () => runLab({ ...labSettingsFrom(defaultValues()), pretrainFraction: 0, budgetPasses: 1000 })],
  ])("values for %s", (_, run) => {
    const r = run();
    const values = labResultValues(r);
    it.each(labResults.map((q) => [q.id, q] as const))("%s is a number within its bounds", (id, q) => {
      const v = values[id];
      expect(Number.isNaN(v)).toBe(false);
      expect(v).toBeGreaterThanOrEqual(q.bounds[0]);
      expect(v).toBeLessThanOrEqual(q.bounds[1]);
      if (!("allowInfinity" in q && q.allowInfinity)) expect(Number.isFinite(v)).toBe(true);
    });
  });
});

describe("lab settings", () => {
  it.each(labInputIds.map((id) => [id]))("%s is a registry input labelled a setting of the experiment", (id) => {
    expect(inputSpec(id).uncertainty.kind).toBe("setting");
    expect(inputSources[id]).toMatchObject({ kind: "guesstimate", by: "the essay's authors", note: "a setting of the experiment" });
  });

  it("counts are integers on a linear scale with step 1 (the budget on a log scale), bounded so no link can ask for a run of more than about a minute", () => {
    for (const id of ["labSeed", "labSequenceLength", "labVocabulary", "labBranching"] as const) {
      expect([inputSpec(id).scale, inputSpec(id).step, inputSpec(id).integer]).toEqual(["linear", 1, true]);
    }
    expect(inputSpec("labBudgetPasses").scale).toBe("log");
    // The bench (npm run bench:lab -- --worst) times the most expensive corner; these are its bounds.
    expect(inputSpec("labBudgetPasses").max).toBeLessThanOrEqual(1e7);
    expect(inputSpec("labVocabulary").max).toBeLessThanOrEqual(32);
    expect(inputSpec("labBranching").max).toBeLessThanOrEqual(8);
  });

  it("labSettingsFrom clamps and rounds values that did not come through the registry", () => {
    const s = labSettingsFrom({ ...defaultValues(), labSeed: 7.6, labSequenceLength: 1e9, labVocabulary: -3, labBudgetPasses: 12345.5 });
    expect(s).toMatchObject({ seed: 8, sequenceLength: inputSpec("labSequenceLength").max, vocabulary: 2, budgetPasses: 12346 });
  });

  it("settingsKey is equal exactly when the settings are", () => {
    const s = labSettingsFrom(defaultValues());
    expect(settingsKey(s)).toBe(settingsKey({ ...s }));
    expect(settingsKey(s)).not.toBe(settingsKey({ ...s, seed: 2 }));
  });
});
