import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runLab, type LabResult } from "../../src/lab/run";
import type { LabSettings } from "../../src/lab/settings";
import { showResult } from "../../src/lab/showResult";
import { runSweep } from "../../src/lab/sweep";
import { labTexts, sweepText } from "../../src/lab/texts";
import { formatNumber, formatPercent } from "../../src/text/format";

// Every sentence the lab generates, over random small settings: it must take the branch the
// run’s numbers call for, show those numbers as the page prints them, and never break.
const small: fc.Arbitrary<LabSettings> = fc.record({
  seed: fc.integer({ min: 1, max: 1000 }),
  sequenceLength: fc.integer({ min: 1, max: 4 }),
  vocabulary: fc.integer({ min: 2, max: 6 }),
  branching: fc.integer({ min: 1, max: 3 }),
  budgetPasses: fc.integer({ min: 50, max: 4000 }),
  pretrainFraction: fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
  pretrainLearningRate: fc.double({ min: 0.01, max: 3, noNaN: true }),
  rlLearningRate: fc.double({ min: 0.01, max: 10, noNaN: true }),
});
const runs = small.map((s) => runLab(s));
const options = { seed: 21, numRuns: 150 } as const;

const broken = /NaN|undefined|Infinity|null|–|\$\{/;

function check(r: LabResult): void {
  const t = Object.fromEntries(
    Object.entries(labTexts)
      .filter(([, e]) => e.source === "run")
      .map(([name, e]) => [name, (e.text as (r: LabResult) => string)(r)]),
  ) as Record<string, string>;
  for (const [name, text] of Object.entries(t)) {
    expect(text, name).not.toMatch(broken);
    expect(text, name).toMatch(/^[A-Z].*[.:]$/s);
  }

  // REINFORCE learns nothing from failure only when failure is all it saw.
  if (r.rlOnly.rewards === 0) expect(t["rlFromScratch"]).toContain("learns nothing from failure");
  else {
    expect(t["rlFromScratch"]).not.toContain("learns nothing");
    expect(t["rlFromScratch"]).toContain("learned from both");
    if (r.rlOnly.passesToHalf !== Infinity) expect(t["rlFromScratch"]).toContain(showResult("labPassesToHalfRlOnly", r));
  }

  const imitation = r.pretrainOnly.finalSuccess / r.worldSuccess;
  expect(t["imitation"]).toContain(imitation >= 0.5 ? (imitation <= 2 ? "within a factor of two" : "above the world’s own rate") : "short of the world’s own rate");

  // Never "1 times", never a regime against itself.
  expect(t["afterSwitch"]).not.toMatch(/(^|[^\d.,])1 times/);
  expect(t["verdict"]).not.toMatch(/by a factor of 1\.$/);
  if (r.switchPasses === 0) {
    expect(t["afterSwitch"]).toContain("cannot differ");
    expect(t["verdict"]).toContain("cannot test the claim");
    expect(t["afterSwitch"]).not.toContain("times");
  } else {
    const ratio = r.pretrainThenRl.finalSuccess / r.rlOnly.finalSuccess;
    if (ratio >= 1.1) expect(t["afterSwitch"]).toContain(`${showResult("labSuccessRatio", r)} times the ${showResult("labFinalSuccessRlOnly", r)}`);
    else if (ratio >= 0.9) expect(t["afterSwitch"]).toContain("about where RL from scratch ended");
    else expect(t["afterSwitch"]).toContain("below RL from scratch");
    const p = r.pretrainThenRl.passesToHalf;
    if (p === Infinity) expect(t["afterSwitch"]).toContain("never got there");
    else if (p <= r.switchPasses) expect(t["afterSwitch"]).toContain("while still imitating");
    else expect(t["afterSwitch"]).toContain(`Only ${showResult("labRlPassesToHalfAfterPretraining", r)} of those passes were RL`);
    const [a, b] = [r.rlOnly.passesToHalf, p];
    if (a !== Infinity && b !== Infinity && a !== b) expect(t["verdict"]).toContain(b < a ? "the claim holds" : "the claim fails");
  }

  if (r.rlOnly.episodes > 0) {
    const perEpisode = r.rlOnly.rewardBits / r.rlOnly.episodes;
    expect(t["rlFeedback"]).toContain(formatNumber(perEpisode, "number"));
    expect(t["rlFeedback"]).toContain(perEpisode < 0.01 ? "almost no information" : "real information");
  }

  if (r.pretrainThenRl.episodes > 0 && r.switchPasses > 0) {
    const [before, after] = [r.successAtSwitch, r.pretrainThenRl.finalSuccess];
    const text = t["rewardsMoved"]!;
    expect(text).toContain(showResult("labSuccessAtSwitch", r));
    expect(text).toContain(showResult("labFinalSuccessPretrainThenRl", r));
    if (text.includes("took it from")) expect(after).toBeGreaterThan(before);
    if (text.includes("fell")) expect(after).toBeLessThan(before);
  }

  // The rulers: numbers as LabOut shows them, and each comparison the way the numbers go.
  const pr = t["pretrainRulers"]!;
  for (const id of ["labSurprisalBitsPretrainOnly", "labWorldEntropyBits"] as const) expect(pr).toContain(showResult(id, r));
  const sentences = r.pretrainOnly.pretrainPasses / r.settings.sequenceLength;
  expect(pr).toContain(`about ${formatPercent(Math.min(1, (sentences * r.worldEntropyBits) / r.pretrainOnly.surprisalBits))}`);
  if (r.shiftBits.pretrainOnly > 0) {
    expect(pr).toContain(showResult("labShiftBitsPretrainOnly", r));
    expect(pr).toContain(r.pretrainOnly.reducibleBits > r.shiftBits.pretrainOnly ? "far more than that" : "less than that shift");
  }
  const rl = t["rlRulers"]!;
  if (r.pretrainThenRl.episodes > 0) {
    expect(rl).toContain(`${showResult("labShiftBitsRl", r)} bits per sentence: the shift is the ${r.shiftBits.rl > r.pretrainThenRl.rewardBits ? "larger" : "smaller"}`);
    expect(rl).toContain(showResult("labRewardBitsPretrainThenRl", r));
  } else expect(rl).toContain("no RL to measure");
  if (r.rlOnly.rewards > 0) {
    expect(rl).toContain(`${showResult("labShiftBitsRlOnly", r)} bits per sentence: the shift is the ${r.shiftBits.rlOnly > r.rlOnly.rewardBits ? "larger" : "smaller"}`);
  } else {
    expect(r.shiftBits.rlOnly).toBe(0);
    expect(rl).toContain("never moved");
  }
  const anyLarger = (r.pretrainThenRl.episodes > 0 && r.shiftBits.rl > r.pretrainThenRl.rewardBits) || (r.rlOnly.rewards > 0 && r.shiftBits.rlOnly > r.rlOnly.rewardBits);
  expect(rl.includes("no contradiction")).toBe(anyLarger);
}

describe("the lab’s generated sentences agree with the run they describe", () => {
  it("for random small settings", () => {
    fc.assert(fc.property(runs, (r) => check(r)), options);
  }, 30_000);

  it("including the edge settings: no pretraining, all pretraining, one-symbol sentences, and a shift larger than the rewards", () => {
    const base: LabSettings = { seed: 1, sequenceLength: 3, vocabulary: 4, branching: 2, budgetPasses: 1000, pretrainFraction: 0.1, pretrainLearningRate: 0.1, rlLearningRate: 10 };
    const larger = runLab(base);
    expect(larger.shiftBits.rlOnly).toBeGreaterThan(larger.rlOnly.rewardBits);
    for (const s of [base, { ...base, pretrainFraction: 0 }, { ...base, pretrainFraction: 1 }, { ...base, sequenceLength: 1 }, { ...base, sequenceLength: 8, vocabulary: 16, budgetPasses: 20_000, rlLearningRate: 1 }]) {
      check(runLab(s));
    }
  });
});

describe("the sweep’s sentences never compare a regime with itself", () => {
  const sweeps = fc
    .record({ seed: fc.integer({ min: 1, max: 100 }), vocabulary: fc.integer({ min: 2, max: 5 }), fraction: fc.constantFrom(0, 0.001, 0.05, 0.3) })
    .map(({ seed, vocabulary, fraction }) =>
      runSweep({ seed, sequenceLength: 1, vocabulary, branching: 2, budgetPasses: 1000, pretrainFraction: fraction, pretrainLearningRate: 0.1, rlLearningRate: 1 }),
    );

  it("the lengths named as faster are exactly those with pretraining where RL from scratch got there first", () => {
    fc.assert(
      fc.property(sweeps, (sweep) => {
        const summary = sweepText(sweep);
        const short = labTexts.shortSentences.text(sweep);
        for (const text of [summary, short]) expect(text).not.toMatch(broken);
        const faster = sweep.lengths.filter((_, i) => sweep.switchPasses[i]! > 0 && sweep.rlOnly[i]! < sweep.pretrainThenRl[i]!);
        if (sweep.switchPasses.every((p) => p === 0)) {
          expect(summary).toContain("both curves are RL from scratch");
          expect(short).toContain("compares nothing");
        } else if (faster.length) {
          expect(short).toContain(`${faster.length === 1 ? "length" : "lengths"} ${faster.join(", ")})`);
          expect(summary).toContain(`at ${faster.length === 1 ? "length" : "lengths"} ${faster.join(", ")}.`);
        } else {
          expect(short).toContain("never the better use");
          expect(summary).toContain("never faster");
        }
      }),
      { seed: 22, numRuns: 12 },
    );
  }, 30_000);
});
