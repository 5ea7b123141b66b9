import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  alternativesLog10,
  binaryEntropyBits,
  choiceBits,
  computeOutput,
  defaultValues,
  inputSpec,
  outputSpec,
  type OutputId,
  type Values,
} from "../../src/model/index";
import { anyValues, seeded, valueIn } from "../support/arbitraries";

const H01 = 0.468_995_593_589_281_2; // H(0.1) = 0.1 log2 10 + 0.9 log2(10/9), worked by hand.
const withValues = (patch: Partial<Values>): Values => ({ ...defaultValues(), ...patch });
const relClose = (actual: number, expected: number, tolerance = 1e-12) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));

describe("token-level loss versus sparse reward, worked by hand", () => {
  it("H(0.1) is 0.1 log2 10 + 0.9 log2(10/9) = 0.46899559 bits", () => {
    relClose(0.1 * Math.log2(10) + 0.9 * Math.log2(10 / 9), H01, 1e-15);
    relClose(binaryEntropyBits(0.1), H01);
  });

  // The example link: ?passRate=0.1&passesPerReward=2000&bitsPerToken=1.5, batch 16M tokens.
  const link = withValues({ passRate: 0.1, passesPerReward: 2000, bitsPerToken: 1.5 });
  it.each([
    ["rewardBitsPerTrajectory", H01],
    ["rlBitsPerPass", H01 / 2000],
    ["bitsRatio", (1.5 * 2000) / H01],
    ["pretrainBitsPerBatch", 2.4e7],
    ["rlRewardsPerBatch", 8000],
    ["rlBitsPerBatch", 8000 * H01],
    ["pretrainBitsPerSample", 3000],
  ] as [OutputId, number][])("at the example link, %s is %s", (id, expected) => {
    relClose(computeOutput(id, link), expected);
  });

  it.each([
    ["pretrainBitsPerBatch", 4.8e7],
    ["rlRewardsPerBatch", 16_000],
    ["rlBitsPerBatch", 16_000],
    ["pretrainBitsPerSample", 3000],
  ] as [OutputId, number][])("at the defaults, %s is %s", (id, expected) => {
    relClose(computeOutput(id, defaultValues()), expected);
  });

  it("bitsRatio is unbounded, not NaN, when H(p) = 0, while bits per batch stay finite", () => {
    for (const passRate of [0, 1]) {
      expect(computeOutput("bitsRatio", withValues({ passRate }))).toBe(Infinity);
      expect(computeOutput("rlBitsPerBatch", withValues({ passRate }))).toBe(0);
    }
  });
});

describe("post-training's bits, worked by hand at the defaults", () => {
  // N = 3.4e7 concepts: log2 N = log2 34 + 6 log2 10 = 5.087463 + 19.931569 = 25.019031.
  const log2N = 25.019_031_410_574_51;
  it.each([
    ["conceptChoiceBits", log2N],
    ["behaviourChoiceBits", 1000 * log2N],
    ["behaviourAlternativesLog10", 1000 * 7.531_478_917_042_255],
    ["rlBehaviourChoices", 5e6 / (1000 * log2N)],
    ["weightKnowledgeBits", 1.4e11],
    ["weightBitsPerRlBit", 28_000],
    ["rlAlternativesLog10", 1_505_149.978_319_906],
    ["pretrainAlternativesLog10", 13_546_349_804_879.15],
  ] as [OutputId, number][])("%s is %s", (id, expected) => {
    relClose(computeOutput(id, defaultValues()), expected, 1e-11);
  });

  it("DeepSeek-R1-Zero's 32 questions x 16 samples x 10,400 steps is 5,324,800 rollouts, within the rlEpisodes range", () => {
    const rollouts = 32 * 16 * 10_400;
    expect(rollouts).toBe(5_324_800);
    expect(rollouts).toBeGreaterThanOrEqual(inputSpec("rlEpisodes").min);
    expect(rollouts).toBeLessThanOrEqual(inputSpec("rlEpisodes").max);
  });
});

describe("properties over the declared ranges", () => {
  const p = valueIn(inputSpec("passRate"));

  it("H(p) stays within [0, 1] bits and peaks at p = 0.5", () => {
    fc.assert(
      fc.property(p, (x) => {
        const h = binaryEntropyBits(x);
        expect(h).toBeGreaterThanOrEqual(0);
        expect(h).toBeLessThanOrEqual(1);
        expect(h).toBeLessThanOrEqual(binaryEntropyBits(0.5));
      }),
      seeded,
    );
  });

  it.each(["bitsRatio", "feedbackBitsRatio", "weightBitsPerRlBit"] as OutputId[])(
    "%s is positive (Infinity when RL carries no information), never NaN",
    (id) => {
      fc.assert(
        fc.property(anyValues, (values) => {
          const y = computeOutput(id, values);
          expect(y).toBeGreaterThan(0);
          // Unbounded when H(p) = 0, or when H(p) is so small (p below 1e-300) that the quotient overflows.
          if (y === Infinity) expect(binaryEntropyBits(values.passRate)).toBeLessThan(1e-290);
        }),
        seeded,
      );
    },
  );

  it("rlBehaviourChoices is finite and non-negative, 0 exactly when RL carries no information", () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const y = computeOutput("rlBehaviourChoices", values);
        expect(Number.isFinite(y)).toBe(true);
        expect(y).toBeGreaterThanOrEqual(0);
        if (binaryEntropyBits(values.passRate) === 0) expect(y).toBe(0);
        if (binaryEntropyBits(values.passRate) > 1e-280) expect(y).toBeGreaterThan(0);
      }),
      seeded,
    );
  });

  it("pretraining bits per batch over RL bits per batch is bitsRatio, where both are finite", () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const rl = computeOutput("rlBitsPerBatch", values);
        // Far below this, H(p) is a subnormal double and quotients lose their precision.
        fc.pre(rl > 1e-280);
        const ratio = computeOutput("pretrainBitsPerBatch", values) / rl;
        relClose(ratio, computeOutput("bitsRatio", values), 1e-9);
      }),
      seeded,
    );
  });

  it("rewards per batch times H(p) is RL bits per batch", () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const expected = computeOutput("rlRewardsPerBatch", values) * binaryEntropyBits(values.passRate);
        expect(computeOutput("rlBitsPerBatch", values)).toBeCloseTo(expected, 9);
        if (expected > 1e-280) relClose(computeOutput("rlBitsPerBatch", values), expected, 1e-9);
      }),
      seeded,
    );
  });

  it.each(["pretrainAlternativesLog10", "rlAlternativesLog10", "behaviourAlternativesLog10"] as OutputId[])(
    "%s is finite for every input in range, though the count it stands for is not",
    (id) => {
      fc.assert(
        fc.property(anyValues, (values) => {
          expect(Number.isFinite(computeOutput(id, values))).toBe(true);
        }),
        seeded,
      );
    },
  );

  it("log-space results agree with direct computation where both are finite: log10(2^B) and log10(N^k)", () => {
    const N = valueIn(inputSpec("conceptCount"));
    const k = valueIn(inputSpec("conceptsPerBehaviour"));
    fc.assert(
      fc.property(anyValues, N, k, (values, n, picks) => {
        const bits = computeOutput("rlTotalBits", values);
        const direct = 2 ** bits;
        if (Number.isFinite(direct)) expect(alternativesLog10(bits)).toBeCloseTo(Math.log10(direct), 6);
        const power = n ** picks;
        const logSpace = computeOutput("behaviourAlternativesLog10", { ...values, conceptCount: n, conceptsPerBehaviour: picks });
        if (Number.isFinite(power) && power > 0) {
          expect(Math.abs(logSpace - Math.log10(power))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(logSpace)));
        } else {
          expect(Number.isFinite(logSpace)).toBe(true);
        }
      }),
      seeded,
    );
  });

  it("choiceBits(N, k) grows with both N and k", () => {
    const N = valueIn(inputSpec("conceptCount"));
    const k = valueIn(inputSpec("conceptsPerBehaviour"));
    fc.assert(
      fc.property(N, N, k, k, (a, b, j, l) => {
        const [n1, n2] = a <= b ? [a, b] : [b, a];
        const [k1, k2] = j <= l ? [j, l] : [l, j];
        expect(choiceBits(n2, k2)).toBeGreaterThanOrEqual(choiceBits(n1, k1));
      }),
      seeded,
    );
  });

  it.each(["conceptChoiceBits", "behaviourChoiceBits", "rlAlternativesLog10", "pretrainAlternativesLog10", "behaviourAlternativesLog10"] as OutputId[])(
    "%s declares the format that its value needs",
    (id) => {
      expect(outputSpec(id).format).toBe(id.endsWith("Log10") ? "power10" : "number");
    },
  );
});
