import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, focusFirst, onlyValue, openPage, outputText, useBrowser, valuesOf } from "./setup/browser";

const chapter = "/post-training-still-matters/";
const H01 = 0.468_995_593_589_281_2; // H(0.1), worked by hand
const log2of10 = 3.321_928_094_887_362;

describe.skipIf(!browserAvailable())("live numbers on /post-training-still-matters/", () => {
  const browser = useBrowser();

  const only = async (page: Page, kind: "input" | "output", id: string) => Number(await onlyValue(page, kind, id));

  it("a query with R1-Zero's exact rollout count and a smaller concept space shows the numbers worked out by hand", async () => {
    const { page, log } = await openPage(browser(), `${chapter}?rlEpisodes=5324800&passRate=0.1&conceptCount=1e6&conceptsPerBehaviour=10`);
    // 32 x 16 x 10,400 = 5,324,800 rollouts at H(0.1) bits each.
    const rl = 5_324_800 * H01;
    expect(await only(page, "output", "rlTotalBits")).toBeCloseTo(rl, 6);
    // 2^rl alternatives is 10^(rl log10 2) = 10^751,764.5.
    expect(await only(page, "output", "rlAlternativesLog10")).toBeCloseTo(rl * 0.301_029_995_663_981_2, 5);
    expect(await outputText(page, "rlAlternativesLog10")).toBe("10 to the power 752,000");
    expect(await page.locator('[data-output="rlAlternativesLog10"] sup').first().textContent()).toBe("752,000");
    // log2(10^6) = 6 log2 10 = 19.93 bits per concept; ten picks = 199.3 bits, one of 10^60 behaviours.
    expect(await only(page, "output", "conceptChoiceBits")).toBeCloseTo(6 * log2of10, 12);
    expect(await only(page, "output", "behaviourChoiceBits")).toBeCloseTo(60 * log2of10, 11);
    expect(await only(page, "output", "behaviourAlternativesLog10")).toBeCloseTo(60, 10);
    expect(await only(page, "output", "rlBehaviourChoices")).toBeCloseTo(rl / (60 * log2of10), 6);
    // Defaults elsewhere: 15e12 tokens x 3 bits = 4.5e13 bits; 7e10 parameters x 2 bits = 1.4e11 bits.
    expect(await only(page, "output", "feedbackBitsRatio")).toBeCloseTo(4.5e13 / rl, 4);
    expect(await only(page, "output", "weightBitsPerRlBit")).toBeCloseTo(1.4e11 / rl, 6);
    expect(await outputText(page, "rlTotalBits")).toBe("2.5 × 10⁶");
    await expect(page.locator("#notices").isHidden()).resolves.toBe(true);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("keys step the episode count and concept count; every copy and output follows", async () => {
    const { page } = await openPage(browser(), chapter);
    expect((await valuesOf(page, "output", "rlTotalBits")).length).toBeGreaterThanOrEqual(2);
    await focusFirst(page, "rlEpisodes");
    await page.keyboard.press("ArrowUp");
    // 5e6 sits on the rung 10^6.7; the next is 10^6.8 = 6.31e6, rounded to 6.3e6. At p = 0.5 that is 6.3e6 bits.
    expect(await only(page, "input", "rlEpisodes")).toBe(6.3e6);
    expect(await only(page, "output", "rlTotalBits")).toBe(6.3e6);
    expect(await only(page, "output", "weightBitsPerRlBit")).toBeCloseTo(1.4e11 / 6.3e6, 6);
    await focusFirst(page, "conceptCount");
    await page.keyboard.press("End");
    expect(await only(page, "input", "conceptCount")).toBe(1e15);
    expect(await only(page, "output", "conceptChoiceBits")).toBeCloseTo(15 * log2of10, 11);
    await focusFirst(page, "conceptsPerBehaviour");
    await page.keyboard.press("Home");
    expect(await only(page, "input", "conceptsPerBehaviour")).toBe(1);
    expect(await only(page, "output", "behaviourChoiceBits")).toBeCloseTo(15 * log2of10, 11);
    expect(await page.locator('[data-input="conceptsPerBehaviour"]').first().getAttribute("aria-valuetext")).toBe("1 concepts per behaviour");
    await page.context().close();
  });

  it("the pass rate set in the previous chapter carries over through the chapter navigation", async () => {
    const { page } = await openPage(browser(), "/token-loss-vs-sparse-reward/?passRate=0.1");
    await page.locator("nav.chapter-nav a.next").click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(new URL(page.url()).searchParams.get("passRate")).toBe("0.1");
    expect(await only(page, "input", "passRate")).toBe(0.1);
    // 5e6 episodes x H(0.1) = 2,344,977.97 bits.
    expect(await only(page, "output", "rlTotalBits")).toBeCloseTo(5e6 * H01, 6);
    await page.context().close();
  });

  it("the figure is redrawn with the reader's numbers", async () => {
    const { page } = await openPage(browser(), `${chapter}?rlEpisodes=5324800&passRate=0.1&conceptCount=1e6&conceptsPerBehaviour=10`);
    await page.locator("#fig-select-versus-summon").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-select-versus-summon [data-plot=wide]")?.innerHTML.includes("2.5 × 10⁶ bits"));
    expect(await page.locator("#fig-select-versus-summon [data-figure-description]").textContent()).toContain("takes 19.9 bits");
    await page.context().close();
  });

  it("with JavaScript off the chapter reads completely, with default values and its figure", async () => {
    const { page, context } = await openPage(browser(), chapter, { javaScriptEnabled: false });
    expect(await only(page, "output", "pretrainTotalBits")).toBe(4.5e13);
    expect(await only(page, "output", "rlTotalBits")).toBe(5e6);
    expect(await only(page, "output", "feedbackBitsRatio")).toBe(9e6);
    expect(await only(page, "output", "weightBitsPerRlBit")).toBe(28_000);
    expect(await only(page, "output", "conceptChoiceBits")).toBeCloseTo(Math.log10(3.4e7) * log2of10, 12);
    expect(await outputText(page, "rlAlternativesLog10")).toBe("10 to the power 1,510,000");
    expect(await page.locator("figure[data-figure] .plot-wide svg rect").count()).toBeGreaterThan(4);
    expect(await page.locator(".katex").count()).toBeGreaterThan(3);
    const words = (await page.locator(".prose").innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(1000);
    await context.close();
  });
});
