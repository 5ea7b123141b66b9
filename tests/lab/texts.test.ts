import { describe, expect, it } from "vitest";
import { decodeLabJson, encodeLabJson } from "../../src/lab/json";
import type { LabResult } from "../../src/lab/run";
import { runLab } from "../../src/lab/run";
import { labSettingsFrom } from "../../src/lab/settings";
import type { SweepResult } from "../../src/lab/sweep";
import { settingsText, sweepText, verdictText } from "../../src/lab/texts";
import { defaultValues } from "../../src/model/registry";

const settings = labSettingsFrom(defaultValues());
function result(rlOnly: number, pretrainThenRl: number): LabResult {
  const regime = { passesToHalf: 0, finalSuccess: 0.25 };
  return {
    settings,
    rlOnly: { ...regime, passesToHalf: rlOnly },
    pretrainThenRl: { ...regime, passesToHalf: pretrainThenRl },
  } as unknown as LabResult;
}

describe("verdictText", () => {
  it.each([
    [Infinity, 1000, "the claim holds", "never reached 50%"],
    [500, Infinity, "the claim fails", "pretrain-then-RL never did"],
    [500, 100_000, "the claim fails", "first, after 500"],
    [100_000, 1000, "the claim holds", "by a factor of 100"],
    [Infinity, Infinity, "not tested", "Neither"],
    [500, 500, "neither holds nor fails", "exactly 500"],
  ])("verdictText with passes to half %s (RL from scratch) and %s (pretrain-then-RL) says %j", (rl, pt, phrase, detail) => {
    const text = verdictText(result(rl, pt));
    expect(text).toContain(phrase);
    expect(text).toContain(detail);
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  });

  it("with no pretraining the third regime is RL from scratch, and the verdict says the run cannot test the claim", () => {
    const r = { ...result(500, 500), switchPasses: 0 } as LabResult;
    expect(verdictText(r)).toContain("cannot test the claim");
  });
});

describe("sweepText and settingsText", () => {
  const sweep = (rlOnly: number[], pretrainThenRl: number[]): SweepResult => ({
    settings,
    lengths: [1, 2, 3],
    rlOnly,
    pretrainThenRl,
    switchPasses: [8, 8, 8],
  });

  it("sweepText names the longest sentence RL from scratch mastered and where it was faster", () => {
    const text = sweepText(sweep([10, 200, Infinity], [1000, 1000, 1000]));
    expect(text).toContain("up to 2 symbols");
    expect(text).toContain("lengths 1, 2");
    expect(text).toContain("at 3 of the 3 lengths");
  });

  it("sweepText does not compare a regime with itself: with no pretraining both curves are RL from scratch", () => {
    const none = { ...sweep([10, 200, Infinity], [10, 200, Infinity]), switchPasses: [0, 0, 0] };
    expect(sweepText(none)).toBe("with no pretraining, both curves are RL from scratch, which reached 50% success for sentences of up to 2 symbols.");
  });

  it("sweepText says when RL from scratch never got there", () => {
    expect(sweepText(sweep([Infinity, Infinity, Infinity], [1000, Infinity, Infinity]))).toContain("never reached 50% success at any length from 1 to 3");
  });

  it("settingsText lists every setting, with or without T", () => {
    expect(settingsText(settings)).toBe("seed 1, T = 8, V = 16, b = 2, 10⁶ passes per regime, 10% pretraining, learning rates 0.1 and 1");
    expect(settingsText(settings, false)).not.toContain("T =");
  });
});

describe("encodeLabJson / decodeLabJson", () => {
  it("round-trips a run exactly, Infinity included", () => {
    const r = runLab({ ...settings, budgetPasses: 2000 });
    expect(r.rlOnly.passesToHalf).toBe(Infinity);
    expect(decodeLabJson(encodeLabJson(r))).toEqual(r);
  });

  it("cannot close the script element it is embedded in", () => {
    const text = encodeLabJson({ note: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(decodeLabJson<{ note: string }>(text).note).toBe("</script><script>alert(1)</script>");
  });
});
