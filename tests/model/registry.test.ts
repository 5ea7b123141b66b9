import { describe, expect, it } from "vitest";
import { bibKeys } from "../../src/build/citing/bibKeys";
import { bibliographyPath } from "../../src/build/citing/bibliographyPath";
import { inputSources } from "../../src/model/inputSources";
import { type EstimateId, intervalBasis } from "../../src/model/intervalBasis";
import { computeOutput, defaultValues, inputs, inputSpec, isInputId, isOutputId, outputs, type InputId } from "../../src/model/index";

const keys = bibKeys(bibliographyPath);

describe("registry", () => {
  it("inputs and outputs have unique ids across both lists", () => {
    const ids = [...inputs, ...outputs].map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(inputs.map((q) => [q.id, q] as const))("input %s", (_, q) => {
    it(`${q.id} has min < max and its default within [min, max]`, () => {
      expect(q.min).toBeLessThan(q.max);
      expect(q.default).toBeGreaterThanOrEqual(q.min);
      expect(q.default).toBeLessThanOrEqual(q.max);
      expect(Number.isFinite(q.min) && Number.isFinite(q.max)).toBe(true);
    });

    it(`${q.id} has a positive step, and a positive min if its scale is log`, () => {
      expect(q.step).toBeGreaterThan(0);
      expect(["linear", "log"]).toContain(q.scale);
      if (q.scale === "log") expect(q.min).toBeGreaterThan(0);
    });

    it(`${q.id} has a source: a bib key with a locator, or a guesstimate saying whose`, () => {
      const s = inputSources[q.id];
      if (s.kind === "bib") {
        expect(s.key.trim()).not.toBe("");
        expect(s.locator.trim()).not.toBe("");
      } else {
        expect(s.kind).toBe("guesstimate");
        expect(s.by.trim()).not.toBe("");
        expect(s.note.trim()).not.toBe("");
      }
    });
  });

  it("lab inputs (lab*) are the experiment's fixed settings; every other input has a 90% interval", () => {
    for (const q of inputs) expect(q.uncertainty.kind, q.id).toBe(q.id.startsWith("lab") ? "setting" : "interval");
  });

  describe.each(inputs.filter((q) => q.uncertainty.kind === "interval").map((q) => [q.id, q] as const))("interval of %s", (_, q) => {
    const u = q.uncertainty as Extract<typeof q.uncertainty, { kind: "interval" }>;
    it(`${q.id}'s interval lies in [min, max] and brackets the default strictly: min <= low < default < high <= max`, () => {
      expect(u.low).toBeGreaterThanOrEqual(q.min);
      expect(u.high).toBeLessThanOrEqual(q.max);
      expect(u.low).toBeLessThan(q.default);
      expect(u.high).toBeGreaterThan(q.default);
    });

    it(`${q.id}'s family suits its scale (log-normal for log-scale inputs, with low > 0)`, () => {
      expect(["lognormal", "normal", "uniform"]).toContain(u.family);
      if (q.scale === "log") expect(u.family).toBe("lognormal");
      if (u.family === "lognormal") expect(u.low).toBeGreaterThan(0);
    });

    it(`${q.id}'s interval has a basis: a source's own range (keys with locators), or a judgement saying whose and why`, () => {
      const b = intervalBasis[q.id as EstimateId];
      expect(b, q.id).toBeDefined();
      if (b.kind === "source") {
        expect(b.refs.length).toBeGreaterThan(0);
        for (const r of b.refs) expect(r.key.trim() && r.locator.trim()).toBeTruthy();
      } else {
        expect(b.by.trim()).not.toBe("");
        expect(b.reason.trim()).not.toBe("");
      }
    });
  });

  it("inputSources has an entry for exactly the inputs", () => {
    expect(Object.keys(inputSources).sort()).toEqual(inputs.map((q) => q.id).sort());
  });

  it("intervalBasis has an entry for exactly the inputs with an interval", () => {
    const estimates = inputs.filter((q) => q.uncertainty.kind === "interval").map((q) => q.id);
    expect(Object.keys(intervalBasis).sort()).toEqual([...estimates].sort());
  });

  it("every bib key the intervals cite exists in content/references.bib", () => {
    const cited = Object.values(intervalBasis).flatMap((b) => (b.kind === "source" ? b.refs.map((r) => r.key) : b.key ? [b.key] : []));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((k) => !keys.has(k))).toEqual([]);
  });

  it("every bib key the inputs cite exists in content/references.bib", () => {
    const cited = inputs.flatMap((q) => (inputSources[q.id].key ? [inputSources[q.id].key!] : []));
    expect(cited.filter((k) => !keys.has(k))).toEqual([]);
  });

  describe.each(outputs.map((o) => [o.id, o] as const))("output %s", (_, o) => {
    it(`${o.id}.deps are all input ids`, () => {
      expect(o.deps.length).toBeGreaterThan(0);
      for (const d of o.deps) expect(isInputId(d)).toBe(true);
    });

    it(`${o.id}.compute reads exactly its declared deps`, () => {
      const read = new Set<string>();
      const values = new Proxy(defaultValues(), {
        get(target, key, receiver) {
          if (typeof key === "string") read.add(key);
          return Reflect.get(target, key, receiver);
        },
      });
      o.compute(values);
      expect([...read].sort()).toEqual([...o.deps].sort());
    });

    it(`${o.id} has bounds lo <= hi and a finite value at the defaults (unless it allows Infinity)`, () => {
      const [lo, hi] = o.bounds;
      expect(lo).toBeLessThanOrEqual(hi);
      const y = o.compute(defaultValues());
      expect(y).not.toBeNaN();
      if (!("allowInfinity" in o && o.allowInfinity)) expect(Number.isFinite(y)).toBe(true);
    });
  });

  it("defaultValues() holds every input's default and nothing else", () => {
    const d = defaultValues();
    expect(Object.keys(d)).toEqual(inputs.map((q) => q.id));
    for (const q of inputs) expect(d[q.id]).toBe(q.default);
  });
});

describe("DESIGN.md contract", () => {
  const requiredInputs: [InputId, number][] = [
    ["passesPerReward", 1000],
    ["rlComputeShare", 0.5],
    ["tokensPerBatch", 16e6],
    ["bitsPerToken", 3],
    ["passRate", 0.5],
    ["pretrainTokens", 15e12],
    ["rlEpisodes", 5e6],
    ["pretrainComputePfDays", 3640],
    ["posttrainComputePfDays", 60],
    ["visionBitsPerSecond", 1e7],
    ["perceptBitsPerSecond", 8e3],
    ["consciousBitsPerSecond", 10],
    ["rewardBitsPerSecond", 3],
    ["taskBitsPerHour", 60],
    ["wakingHoursPerDay", 16],
    ["years", 20],
    ["contextTokens", 1e6],
    ["bitsPerContextToken", 17],
    ["parameters", 7e10],
    ["bitsPerParameter", 2],
  ];
  const requiredOutputs = [
    "parityRlShare",
    "rlEventShare",
    "rewardBitsPerTrajectory",
    "rlBitsPerPass",
    "bitsRatio",
    "pretrainTotalBits",
    "rlTotalBits",
    "posttrainComputeShare",
    "lifetimeSeconds",
    "visionToRewardRatio",
    "weightToContextRatio",
  ];
  const ranges: [InputId, number, number, "linear" | "log"][] = [
    ["passesPerReward", 1, 1e8, "log"],
    ["rlComputeShare", 0, 1, "linear"],
    ["tokensPerBatch", 1e5, 1e9, "log"],
    ["bitsPerToken", 0.01, 17, "log"],
    ["passRate", 0, 1, "linear"],
    ["pretrainTokens", 1e9, 1e15, "log"],
    ["rlEpisodes", 1, 1e10, "log"],
    ["wakingHoursPerDay", 1, 24, "linear"],
    ["years", 1, 100, "linear"],
    ["contextTokens", 1e3, 1e9, "log"],
    ["parameters", 1e6, 1e13, "log"],
  ];

  it("the registry has all 31 required ids", () => {
    expect(requiredInputs.length + requiredOutputs.length).toBe(31);
  });

  it.each(requiredInputs)("input %s exists with default %s", (id, value) => {
    expect(isInputId(id)).toBe(true);
    expect(inputSpec(id).default).toBe(value);
  });

  it.each(requiredOutputs)("output %s exists", (id) => {
    expect(isOutputId(id)).toBe(true);
  });

  // DESIGN.md's formulas evaluated by hand at DESIGN.md's defaults.
  it.each([
    ["parityRlShare", 1000 / 1001],
    ["rlEventShare", 1 / 1001],
    ["rewardBitsPerTrajectory", 1],
    ["rlBitsPerPass", 1 / 1000],
    ["bitsRatio", 3000],
    ["pretrainTotalBits", 4.5e13],
    ["rlTotalBits", 5e6],
    ["posttrainComputeShare", 60 / 3700],
    ["lifetimeSeconds", 420_768_000],
    ["visionToRewardRatio", 1e7 / 3],
    ["weightToContextRatio", 1.4e11 / 1.7e7],
  ] as const)("computeOutput(%s, defaultValues()) is %s", (id, expected) => {
    const y = computeOutput(id, defaultValues());
    expect(Math.abs(y - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
  });

  it.each(ranges)("input %s ranges over [%s, %s] on a %s scale", (id, min, max, scale) => {
    const q = inputSpec(id);
    expect([q.min, q.max, q.scale]).toEqual([min, max, scale]);
  });

  it.each([
    ["rlComputeShare", "percent"],
    ["passRate", "percent"],
    ["parityRlShare", "percent"],
    ["rlEventShare", "percent"],
    ["posttrainComputeShare", "percent"],
  ])("share %s is formatted as a percent", (id, format) => {
    const q = [...inputs, ...outputs].find((x) => x.id === id);
    expect(q?.format).toBe(format);
  });
});

describe("feedback totals at the defaults, worked by hand", () => {
  // 15e12 tokens x 3 bits = 4.5e13 bits; 5e6 episodes x H(0.5) = 5e6 x 1 bit = 5e6 bits.
  const values = defaultValues();
  it("feedbackBitsRatio is 4.5e13 / 5e6 = 9e6", () => {
    expect(computeOutput("feedbackBitsRatio", values)).toBeCloseTo(9e6, 6);
  });
  it("rlFeedbackBitsShare is 5e6 / (4.5e13 + 5e6)", () => {
    expect(computeOutput("rlFeedbackBitsShare", values)).toBeCloseTo(5e6 / (4.5e13 + 5e6), 18);
  });
  it("feedbackBitsRatio is unbounded when every rollout passes (H(1) = 0)", () => {
    expect(computeOutput("feedbackBitsRatio", { ...values, passRate: 1 })).toBe(Infinity);
  });
});
