import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { inputs } from "../../src/model/registry";
import { builtPages, chapterLike } from "../../scripts/support/pages";

// What a reader without JavaScript gets, read from the built HTML: whole chapters, every figure
// drawn at both sizes, rendered math, and each chapter's own promises. That the numbers in them
// equal the model is tests/dist/values.test.ts; that no script-only control shows without
// JavaScript is checked in the browser by tests/e2e/values.test.ts.

const pages = builtPages();
const chapters = pages.filter((p) => chapterLike(p) && p !== "/" && p !== "/essay/" && p !== "/updates/");
const cache = new Map<string, Document>();
function page(path: string): Document {
  let document = cache.get(path);
  if (!document) {
    document = parseHTML(readFileSync(`dist${path}index.html`, "utf8")).document as unknown as Document;
    cache.set(path, document);
  }
  return document;
}
const count = (path: string, selector: string) => page(path).querySelectorAll(selector).length;

/** The words of the prose as read: no scripts, no MathML twin of the rendered math. */
function words(path: string): number {
  const prose = page(path).querySelector(".prose")!.cloneNode(true) as HTMLElement;
  for (const el of prose.querySelectorAll("script, style, .katex-mathml")) el.remove();
  return (prose.textContent ?? "").split(/\s+/).filter(Boolean).length;
}

describe("every chapter reads completely without JavaScript", () => {
  it.each(chapters)("%s has at least 1,000 words of prose", (path) => {
    expect(words(path)).toBeGreaterThan(1000);
  });

  it.each(pages)("%s draws every figure as SVG at both sizes, each with more than three marks", (path) => {
    const figures = [...page(path).querySelectorAll("figure[data-figure]")];
    for (const figure of figures) {
      for (const size of ["wide", "narrow"]) {
        const svgs = figure.querySelectorAll(`.plot-${size} svg`);
        expect(svgs.length, `${figure.id} ${size}`).toBe(1);
        expect(svgs[0]!.querySelectorAll("path, rect, circle, line").length, `${figure.id} ${size}`).toBeGreaterThan(3);
      }
    }
  });
});

describe("each chapter's own promises without JavaScript", () => {
  it("/reward-events/: at least two figures, rendered math and five sections", () => {
    expect(count("/reward-events/", "figure[data-figure]")).toBeGreaterThanOrEqual(2);
    expect(count("/reward-events/", ".katex")).toBeGreaterThan(3);
    expect(count("/reward-events/", "h2")).toBeGreaterThanOrEqual(5);
  });

  it("/token-loss-vs-sparse-reward/: at least two figures and rendered math", () => {
    expect(count("/token-loss-vs-sparse-reward/", "figure[data-figure]")).toBeGreaterThanOrEqual(2);
    expect(count("/token-loss-vs-sparse-reward/", ".katex")).toBeGreaterThan(5);
  });

  it("/post-training-still-matters/: its figure's bars and rendered math", () => {
    expect(count("/post-training-still-matters/", "figure[data-figure] .plot-wide svg rect")).toBeGreaterThan(4);
    expect(count("/post-training-still-matters/", ".katex")).toBeGreaterThan(3);
  });

  it("/the-pretraining-analogy/: the compute figure, math, six sections, a link to the lab, and presets that cite their sources", () => {
    const path = "/the-pretraining-analogy/";
    expect(count(path, "#fig-compute-shares .plot-wide svg rect")).toBeGreaterThan(8);
    expect(count(path, ".katex")).toBeGreaterThan(2);
    expect(count(path, "h2[id]")).toBeGreaterThanOrEqual(6);
    expect(count(path, '.prose a[href^="/the-lab/"]')).toBeGreaterThan(0);
    // Each source link resolves to its entry on /references/: tests/dist/integrity.test.ts checks every internal #anchor.
    expect(count(path, ".presets a[href*='/references/#ref-']")).toBeGreaterThan(3);
  });

  it("/human-bit-rates/: the ladder's rungs, five sections, and its guesses labelled as such", () => {
    expect(count("/human-bit-rates/", "#fig-bit-rate-ladder .plot-wide svg circle")).toBeGreaterThanOrEqual(5);
    expect(count("/human-bit-rates/", "h2[id]")).toBeGreaterThanOrEqual(5);
    const text = page("/human-bit-rates/").querySelector(".prose")!.textContent ?? "";
    expect(text).toContain("guesstimate");
    expect(text).toContain("no published figure");
  });

  it("/synthesis/ gathers live numbers from several chapters, and its cake shows the default share", () => {
    const ids = (kind: string) => new Set([...page("/synthesis/").querySelectorAll(`[data-${kind}]`)].map((el) => el.getAttribute(`data-${kind}`)));
    const shownInputs = ids("input");
    const shownOutputs = ids("output");
    // From chapters 1, 2, 4 and 6 and this chapter's own break-even outputs.
    for (const id of ["passesPerReward", "rlComputeShare", "bitsPerToken", "passRate", "pretrainTokens", "rlEpisodes", "pretrainComputePfDays", "posttrainComputePfDays", "visionBitsPerSecond", "rewardBitsPerSecond"]) {
      expect(shownInputs.has(id), id).toBe(true);
    }
    for (const id of ["rlEventShare", "rlFeedbackBitsShare", "rlComputeBitsShare", "posttrainComputeShare", "feedbackBitsRatio", "visionToRewardRatio", "parityRlShare", "bitParityRlShare", "breakEvenRlEpisodes", "breakEvenPassesPerReward", "pretrainLearnableBits", "pretrainKeptBitsBound", "learnableBitsRatio", "keptBitsRatio"]) {
      expect(shownOutputs.has(id), id).toBe(true);
    }
    // A ratio of two ratios of ceilings bounds nothing, so the synthesis no longer shows it.
    expect(shownOutputs.has("llmToHumanRatio")).toBe(false);
    // RL's bits per pass: 0.5 x 1/1000 against 0.5 x 3 = 0.033%, one in 3,000.
    expect(page("/synthesis/").querySelector("#fig-shaping-cake")!.innerHTML).toContain("RL 0.033% (1 in 3,000)");
    expect(count("/synthesis/", "#what-moves-it-most")).toBe(1);
  });

  it("/the-lab/ says its results were computed when the page was built", () => {
    expect(page("/the-lab/").querySelector("[data-lab-status]")!.textContent).toContain("computed when this page was built");
    expect(count("/the-lab/", "#fig-lab-success, #fig-lab-length-sweep")).toBe(2);
  });
});

describe("intervals and assumptions without JavaScript", () => {
  it("/token-loss-vs-sparse-reward/: H(p)'s interval lies within [0, 1] bit and says what it is, since the value lies outside it", () => {
    const path = "/token-loss-vs-sparse-reward/";
    const out = page(path).querySelector('[data-output="rewardBitsPerTrajectory"]')!;
    expect(Number(out.getAttribute("data-p5"))).toBeGreaterThanOrEqual(0);
    expect(Number(out.getAttribute("data-p95"))).toBeLessThanOrEqual(1);
    const interval = page(path).querySelector('[data-interval-for="rewardBitsPerTrajectory"]')!;
    expect(interval.hasAttribute("hidden")).toBe(false);
    // H(½) = 1 lies above every draw's 95th percentile, so the text says what the interval is.
    expect(interval.querySelector('[aria-hidden="true"]')!.textContent).toMatch(/^ \(90% of draws: 0\.\d+–0\.99\d?\)$/);
    expect(interval.querySelector(".visually-hidden")!.textContent).toMatch(/^ \(90% of draws lie between 0\.\d+ and 0\.99\d? bits per trajectory\)$/);
  });

  it("every output with an interval has ordered percentiles", () => {
    for (const el of page("/essay/").querySelectorAll("[data-output][data-p5]")) {
      const [p5, p50, p95] = ["data-p5", "data-p50", "data-p95"].map((a) => Number(el.getAttribute(a)));
      expect(p5!, el.getAttribute("data-output")!).toBeLessThanOrEqual(p50!);
      expect(p50!, el.getAttribute("data-output")!).toBeLessThanOrEqual(p95!);
    }
    expect(count("/essay/", "[data-output][data-p5]")).toBeGreaterThan(5);
  });

  it("/assumptions/ lists every registry input, with its id, default and source", () => {
    const html = readFileSync("dist/assumptions/index.html", "utf8");
    for (const q of inputs) {
      expect(html, q.id).toContain(`id="input-${q.id}"`);
      expect(html, q.id).toContain(`data-input="${q.id}"`);
      expect(html, q.id).toContain(`<code>${q.id}</code>`);
    }
    expect(html.match(/<tr id="input-/g)).toHaveLength(inputs.length);
  });

  it("/assumptions/: each estimate shows its interval and family; lab settings say they are fixed", () => {
    const row = page("/assumptions/").querySelector("#input-tokensPerBatch")!;
    expect(row.querySelector("[data-input-interval]")!.textContent).toBe("3.2 × 10⁶ to 6.3 × 10⁷");
    expect(row.querySelector(".family")!.textContent).toBe("log-normal");
    expect(page("/assumptions/").querySelector("#input-labSeed .setting-note")!.textContent).toContain("fixed setting");
  });
});
