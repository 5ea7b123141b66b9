import { describe, expect, it } from "vitest";
import { bibKeys } from "../../src/build/citing/bibKeys";
import { bibliographyPath } from "../../src/build/citing/bibliographyPath";
import { defaultValues, inputSpec, isInputId, posttrainComputeShare, presetById, presetMatches, presets, presetsWithNotes, type InputId } from "../../src/model/index";

const keys = bibKeys(bibliographyPath);

describe("presets", () => {
  it("preset ids are unique", () => {
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
  });

  it("every preset has exactly one note, in the same order", () => {
    expect(presetsWithNotes.map((p) => p.id)).toEqual(presets.map((p) => p.id));
  });

  describe.each(presetsWithNotes.map((p) => [p.id, p] as const))("preset %s", (_, p) => {
    it(`${p.id} sets only input ids, each within its range`, () => {
      const entries = Object.entries(p.values);
      expect(entries.length).toBeGreaterThan(0);
      for (const [id, value] of entries) {
        expect(isInputId(id), id).toBe(true);
        const q = inputSpec(id as InputId);
        expect(value).toBeGreaterThanOrEqual(q.min);
        expect(value).toBeLessThanOrEqual(q.max);
      }
    });

    it(`${p.id} states its unit and caveat, and cites sources that exist in references.bib`, () => {
      expect(p.unit.trim()).not.toBe("");
      expect(p.unitShort.trim()).not.toBe("");
      expect(p.caveat.trim()).not.toBe("");
      expect(p.sources.length).toBeGreaterThan(0);
      for (const s of p.sources) {
        expect(keys.has(s.key), s.key).toBe(true);
        expect(s.citation.trim()).not.toBe("");
        expect(s.locator.trim()).not.toBe("");
      }
    });
  });

  // Shares worked by hand: post / (pre + post).
  it.each([
    ["instructgpt", 60 / 3700],
    ["deepseekR1", 147_000 / 2_935_000],
    ["epochFrontier", 6e23 / (1e26 + 6e23)],
    ["grok4", 0.5],
  ])("presetById(%s) gives a post-training share of %s", (id, share) => {
    const p = presetById(id)!;
    expect(posttrainComputeShare(p.values.pretrainComputePfDays!, p.values.posttrainComputePfDays!)).toBeCloseTo(share, 12);
  });

  it("presetById(deepseekR1) holds GPU-hours, and says so", () => {
    const p = presetsWithNotes.find((q) => q.id === "deepseekR1")!;
    expect(p.values).toEqual({ pretrainComputePfDays: 2_788_000, posttrainComputePfDays: 147_000 });
    expect(p.unit).toMatch(/GPU-hours/);
    expect(p.caveat).toMatch(/secondary/);
  });

  it("presetById(grok4) says the parity may be GPU-time, not FLOP", () => {
    expect(presetsWithNotes.find((q) => q.id === "grok4")!.unit).toMatch(/GPU-time/);
  });

  it("presetMatches(instructgpt, defaults) is true: the defaults are InstructGPT's numbers; no other compute preset matches", () => {
    const matching = presets.filter((p) => p.group === "compute" && presetMatches(p, defaultValues())).map((p) => p.id);
    expect(matching).toEqual(["instructgpt"]);
  });

  it("the loss-fit defaults are Besiroglu et al.'s refit; Hoffmann et al.'s fit differs", () => {
    const matching = presets.filter((p) => p.group === "lossFit" && presetMatches(p, defaultValues())).map((p) => p.id);
    expect(matching).toEqual(["lossFitBesiroglu"]);
  });

  // The pivot values by hand from the printed constants: A / (10⁹)^α and B / (10¹¹)^β, to 4 digits.
  it.each([
    ["lossFitBesiroglu", 482.01 / 1e9 ** 0.3478, 2085.43 / 1e11 ** 0.3658],
    ["lossFitHoffmann", 406.4 / 1e9 ** 0.34, 410.7 / 1e11 ** 0.28],
  ])("presetById(%s) holds the printed constants at the pivots", (id, size, data) => {
    const p = presetById(id)!;
    expect(p.values.lossSizeTermNats! / size).toBeCloseTo(1, 3);
    expect(p.values.lossDataTermNats! / data).toBeCloseTo(1, 3);
  });

  it("presetMatches(p, values) is false when one value differs", () => {
    const p = presetById("deepseekR1")!;
    const values = { ...defaultValues(), pretrainComputePfDays: 2_788_000, posttrainComputePfDays: 147_001 };
    expect(presetMatches(p, values)).toBe(false);
    expect(presetMatches(p, { ...values, posttrainComputePfDays: 147_000 })).toBe(true);
  });

  it("presetById(unknown) is undefined", () => {
    expect(presetById("nope")).toBeUndefined();
  });
});
