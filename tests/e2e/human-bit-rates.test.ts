import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, firstValue, focusFirst, openPage, outputText, useBrowser, valuesOf } from "./setup/browser";

const chapter = "/human-bit-rates/";
const H = (p: number) => -p * Math.log2(p) - (1 - p) * Math.log2(1 - p);

describe.skipIf(!browserAvailable())("live numbers on /human-bit-rates/", () => {
  const browser = useBrowser();

  const near = async (page: Page, id: string, expected: number) =>
    expect(Math.abs(Number(await firstValue(page, "output", id)) - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));

  it("a query sets the rungs and the life, and every total and ratio follows", async () => {
    const { page, log } = await openPage(browser(), `${chapter}?visionBitsPerSecond=2000000&rewardBitsPerSecond=0.5&years=30&wakingHoursPerDay=15`);
    expect(new Set(await valuesOf(page, "input", "years"))).toEqual(new Set(["30"]));
    // 30 years x 365.25 days = 10,957.5 days; x 15 h = 164,362.5 h; x 3600 s = 591,705,000 s.
    expect(await firstValue(page, "output", "lifetimeSeconds")).toBe("591705000");
    expect(await firstValue(page, "output", "visionToRewardRatio")).toBe("4000000");
    await near(page, "lifetimeVisionBits", 2e6 * 591_705_000);
    await near(page, "lifetimeRewardBits", 295_852_500);
    // Percepts stay at 8,000 bits/s: 8,000 / 0.5 = 16,000; task 60 bits/h over 164,362.5 h = 9,861,750 bits.
    expect(await firstValue(page, "output", "perceptToRewardRatio")).toBe("16000");
    await near(page, "lifetimeTaskBits", 9_861_750);
    expect(await outputText(page, "lifetimeSeconds")).toBe("5.92 × 10⁸");
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("keys step the life and the rungs; totals follow", async () => {
    const { page } = await openPage(browser(), chapter);
    await focusFirst(page, "years");
    await page.keyboard.press("ArrowUp");
    expect(new Set(await valuesOf(page, "input", "years"))).toEqual(new Set(["21"]));
    // 21 x 365.25 x 16 x 3600.
    expect(await firstValue(page, "output", "lifetimeSeconds")).toBe("441806400");
    await focusFirst(page, "wakingHoursPerDay");
    await page.keyboard.press("ArrowLeft");
    expect(await firstValue(page, "input", "wakingHoursPerDay")).toBe("15.5");
    // 21 x 365.25 = 7,670.25 days; x 15.5 = 118,888.875 h; x 3600 = 427,999,950 s.
    expect(await firstValue(page, "output", "lifetimeSeconds")).toBe("427999950");
    await focusFirst(page, "taskBitsPerHour");
    await page.keyboard.press("PageUp");
    // 60 sits between rungs 10^1.7 and 10^1.8; ten steps up from 10^1.7 is 10^2.7 = 501 -> 500.
    expect(await firstValue(page, "input", "taskBitsPerHour")).toBe("500");
    await near(page, "taskBitsPerSecond", 500 / 3600);
    await near(page, "rewardToTaskRatio", 3 / (500 / 3600));
    await focusFirst(page, "rewardBitsPerSecond");
    await page.keyboard.press("Home");
    expect(await firstValue(page, "input", "rewardBitsPerSecond")).toBe("0.001");
    await near(page, "visionToRewardRatio", 1e10);
    await focusFirst(page, "years");
    await page.keyboard.press("End");
    expect(await firstValue(page, "input", "years")).toBe("100");
    expect(await page.locator('[data-input="years"]').first().getAttribute("aria-valuetext")).toBe("100 years");
    await page.locator("#fig-bit-rate-ladder").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-bit-rate-ladder [data-plot=wide]")?.innerHTML.includes("bits over 100 years"));
    await page.context().close();
  });

  it("compares the human ratio with the LLM ratio from the reader's settings", async () => {
    const { page } = await openPage(browser(), `${chapter}?passRate=0.9&pretrainTokens=10000000000000`);
    // LLM: 1e13 tokens x 3 bits = 3e13; 5e6 episodes x H(0.9). Human: 1e7 / 3.
    const llm = 3e13 / (5e6 * H(0.9));
    await near(page, "feedbackBitsRatio", llm);
    await near(page, "llmToHumanRatio", llm / (1e7 / 3));
    // The figure and its description are redrawn once it is near the viewport.
    await page.locator("#fig-bit-rate-ladder").scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      document.querySelector("#fig-bit-rate-ladder [data-figure-description]")?.textContent?.includes("1.28 × 10⁷ times as many feedback bits as RL"),
    );
    expect(await page.locator("#fig-bit-rate-ladder [data-plot=wide]").innerHTML()).toContain("1.28 × 10⁷ times");
    await page.context().close();
  });

  it("settings made on /reward-events/ carry into this chapter through its links", async () => {
    const { page, context } = await openPage(browser(), "/reward-events/?passRate=0.9&pretrainTokens=10000000000000&years=30");
    await page.locator(`nav.contents a[href*="${chapter}"]`).click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(await firstValue(page, "input", "passRate")).toBe("0.9");
    expect(await firstValue(page, "input", "years")).toBe("30");
    // 30 x 365.25 x 16 x 3600 = 631,152,000 s.
    expect(await firstValue(page, "output", "lifetimeSeconds")).toBe("631152000");
    await near(page, "feedbackBitsRatio", 3e13 / (5e6 * H(0.9)));
    await context.close();
  });

  it("reads completely without JavaScript, with the defaults worked out by hand", async () => {
    const { page, context } = await openPage(browser(), chapter, { javaScriptEnabled: false });
    // 20 x 365.25 x 16 x 3600 = 420,768,000 s; vision 1e7 / reward 3; LLM 4.5e13 / 5e6 = 9e6.
    expect(await firstValue(page, "output", "lifetimeSeconds")).toBe("420768000");
    expect(Number(await firstValue(page, "output", "visionToRewardRatio"))).toBeCloseTo(1e7 / 3, 6);
    expect(await firstValue(page, "output", "feedbackBitsRatio")).toBe("9000000");
    expect(Number(await firstValue(page, "output", "llmToHumanRatio"))).toBeCloseTo(2.7, 12);
    expect(Number(await firstValue(page, "output", "lifetimeVisionBits"))).toBeCloseTo(4.20768e15, 0);
    expect(await firstValue(page, "output", "lifetimeTaskBits")).toBe("7012800");
    // The three rulers at the defaults, from the loss fit's formula (Besiroglu et al.'s constants at their pivots):
    // per-token excess for size 0.3572 (7e10 / 1e9)^-0.3478 and for data 0.1974 (1.5e13 / 1e11)^-0.3658, integrated over
    // 1.5e13 tokens (the data term's integral gains 1 / (1 - 0.3658)), in nats, over ln 2 for bits.
    const D = 15e12;
    const learnableNats = D * 0.3572 * (7e10 / 1e9) ** -0.3478 + (D * 0.1974 * (D / 1e11) ** -0.3658) / (1 - 0.3658);
    const learnable = learnableNats / Math.LN2;
    expect(Number(await firstValue(page, "output", "pretrainLearnableBits")) / learnable).toBeCloseTo(1, 9);
    // Kept: min(learnable, 7e10 parameters x 2 bits) = 1.4e11; over RL's 5e6 x H(0.5) = 5e6 bits, 28,000.
    expect(learnable).toBeGreaterThan(1.4e11);
    expect(Number(await firstValue(page, "output", "pretrainKeptBitsBound"))).toBe(1.4e11);
    expect(Number(await firstValue(page, "output", "keptBitsRatio"))).toBeCloseTo(28000, 6);
    expect(Number(await firstValue(page, "output", "learnableBitsRatio")) / (learnable / 5e6)).toBeCloseTo(1, 9);
    expect(await page.locator("#fig-bit-rate-ladder .plot-wide svg circle").count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator("h2[id]").count()).toBeGreaterThanOrEqual(5);
    expect((await page.locator(".prose").innerText()).split(/\s+/).length).toBeGreaterThan(1000);
    const text = await page.locator(".prose").innerText();
    expect(text).toContain("guesstimate");
    expect(text).toContain("no published figure");
    await context.close();
  });
});
