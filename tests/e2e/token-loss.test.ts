import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, focusFirst, onlyValue, openPage, outputText, useBrowser, valuesOf } from "./setup/browser";

const chapter = "/token-loss-vs-sparse-reward/";
// H(0.1) = 0.1 log2 10 + 0.9 log2(10/9), worked by hand: 0.33219281 + 0.13680278.
const H01 = 0.468_995_593_589_281_2;

describe.skipIf(!browserAvailable())("live numbers on /token-loss-vs-sparse-reward/", () => {
  const browser = useBrowser();

  /** Every copy of an output on the page shows one value; returns it as a number. */
  const only = async (page: Page, kind: "input" | "output", id: string) => Number(await onlyValue(page, kind, id));

  it("?passRate=0.1&passesPerReward=2000&bitsPerToken=1.5 shows the numbers worked out by hand", async () => {
    const { page, log } = await openPage(browser(), `${chapter}?passRate=0.1&passesPerReward=2000&bitsPerToken=1.5`);
    expect(await only(page, "input", "passRate")).toBe(0.1);
    expect(await only(page, "input", "passesPerReward")).toBe(2000);
    expect(await only(page, "input", "bitsPerToken")).toBe(1.5);
    expect(await only(page, "output", "rewardBitsPerTrajectory")).toBeCloseTo(H01, 12);
    expect(await only(page, "output", "rlBitsPerPass")).toBeCloseTo(H01 / 2000, 15);
    // 1.5 bits x 2000 passes / 0.469 bits = 6396.65.
    expect(await only(page, "output", "bitsRatio")).toBeCloseTo(6396.648_584_78, 6);
    // A batch of 16M tokens: 2.4e7 pretraining bits; 16e6 / 2000 = 8000 rewards carrying 8000 x 0.469 = 3751.96 bits.
    expect(await only(page, "output", "pretrainBitsPerBatch")).toBe(2.4e7);
    expect(await only(page, "output", "rlRewardsPerBatch")).toBe(8000);
    expect(await only(page, "output", "rlBitsPerBatch")).toBeCloseTo(3751.964_749, 5);
    expect(await only(page, "output", "pretrainBitsPerSample")).toBe(3000);
    expect(await outputText(page, "rewardBitsPerTrajectory")).toBe("0.469");
    expect(await outputText(page, "bitsRatio")).toBe("6,400");
    expect(await outputText(page, "rlBitsPerPass")).toBe("2.34 × 10⁻⁴");
    await expect(page.locator("#notices").isHidden()).resolves.toBe(true);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("a certain outcome (p = 0) shows an unbounded ratio, never NaN, and zero RL bits", async () => {
    const { page } = await openPage(browser(), `${chapter}?passRate=0`);
    expect(await only(page, "output", "rewardBitsPerTrajectory")).toBe(0);
    expect(new Set(await valuesOf(page, "output", "bitsRatio"))).toEqual(new Set(["Infinity"]));
    expect(await outputText(page, "bitsRatio")).toBe("unbounded");
    expect(await only(page, "output", "rlBitsPerBatch")).toBe(0);
    expect(await page.locator("main").innerText()).not.toMatch(/\bNaN\b|\bInfinity\b/);
    await page.context().close();
  });

  it("arrow keys, End and Home step the pass rate and bits per token; every copy and output follows", async () => {
    const { page } = await openPage(browser(), chapter);
    await focusFirst(page, "passRate");
    await page.keyboard.press("ArrowDown");
    expect(await only(page, "input", "passRate")).toBe(0.49);
    // H(0.49) = 0.99971144 bits; with L = 1000, 16,000 rewards per batch carry 15,995.4 bits.
    expect(await only(page, "output", "rewardBitsPerTrajectory")).toBeCloseTo(0.999_711_441_75, 10);
    expect(await only(page, "output", "rlBitsPerBatch")).toBeCloseTo(15_995.383, 2);
    await page.keyboard.press("End");
    expect(await only(page, "input", "passRate")).toBe(1);
    expect(new Set(await valuesOf(page, "output", "bitsRatio"))).toEqual(new Set(["Infinity"]));
    expect(await page.locator('[data-input="passRate"]').first().getAttribute("aria-valuetext")).toBe("100 percent pass rate");
    await page.keyboard.press("Home");
    expect(await only(page, "output", "rewardBitsPerTrajectory")).toBe(0);
    await page.keyboard.press("PageUp");
    expect(await only(page, "input", "passRate")).toBe(0.1);
    expect(await only(page, "output", "rewardBitsPerTrajectory")).toBeCloseTo(H01, 12);

    // Log scale in tenths of a decade: 3 lies between rungs 10^0.4 and 10^0.5, so ArrowUp goes to 10^0.5 = 3.16 -> 3.2.
    await focusFirst(page, "bitsPerToken");
    await page.keyboard.press("ArrowUp");
    expect(await only(page, "input", "bitsPerToken")).toBe(3.2);
    expect(await only(page, "output", "pretrainBitsPerBatch")).toBeCloseTo(5.12e7, 4);
    expect(await only(page, "output", "pretrainBitsPerSample")).toBeCloseTo(3200, 9);
    await page.context().close();
  });

  it("settings made on /reward-events/ carry over through its link to this chapter", async () => {
    const { page } = await openPage(browser(), "/reward-events/");
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("ArrowUp");
    expect(await only(page, "input", "passesPerReward")).toBe(1300);
    await page.waitForFunction(() => location.search.includes("passesPerReward=1300"));
    await page.locator(`.prose a[href*="${chapter}"]`).first().click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(new URL(page.url()).searchParams.get("passesPerReward")).toBe("1300");
    expect(await only(page, "input", "passesPerReward")).toBe(1300);
    // bitsRatio = 3 bits x 1300 passes / H(0.5) = 3900; rlBitsPerPass = 1/1300.
    expect(await only(page, "output", "bitsRatio")).toBe(3900);
    expect(await only(page, "output", "rlBitsPerPass")).toBeCloseTo(1 / 1300, 15);
    await page.context().close();
  });

  it("the figures are redrawn with the reader's pass rate", async () => {
    const { page } = await openPage(browser(), `${chapter}?passRate=0.1&passesPerReward=2000&bitsPerToken=1.5`);
    await page.locator("#fig-bits-per-pass").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-bits-per-pass [data-plot=wide]")?.innerHTML.includes("you: p = 10%"));
    expect(await page.locator("#fig-bits-per-pass [data-figure-description]").textContent()).toContain("6,400 times fewer");
    await page.locator("#fig-bits-per-sample-cake").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-bits-per-sample-cake [data-plot=wide]")?.innerHTML.includes("0.469 bits"));
    await page.context().close();
  });

  it("with JavaScript off the chapter reads completely, with default values, figures and math", async () => {
    const { page, context } = await openPage(browser(), chapter, { javaScriptEnabled: false });
    expect(await only(page, "output", "rewardBitsPerTrajectory")).toBe(1);
    expect(await only(page, "output", "bitsRatio")).toBe(3000);
    expect(await only(page, "output", "pretrainBitsPerBatch")).toBe(4.8e7);
    expect(await only(page, "output", "rlBitsPerBatch")).toBe(16_000);
    const figures = await page.$$eval("figure[data-figure]", (els) => els.map((el) => el.querySelectorAll(".plot-wide svg path, .plot-wide svg rect").length));
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const marks of figures) expect(marks).toBeGreaterThan(3);
    expect(await page.locator(".katex").count()).toBeGreaterThan(5);
    const words = (await page.locator(".prose").innerText()).split(/\s+/).length;
    expect(words).toBeGreaterThan(1000);
    await context.close();
  });
});
