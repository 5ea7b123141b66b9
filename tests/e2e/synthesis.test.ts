import { describe, expect, it } from "vitest";
import { browserAvailable, focusFirst, onlyValue, openPage, outputText, useBrowser, valuesOf } from "./setup/browser";

const chapter = "/synthesis/";
const H = (p: number) => -p * (Math.log(p) / Math.LN2) - (1 - p) * (Math.log(1 - p) / Math.LN2);

describe.skipIf(!browserAvailable())("live numbers on /synthesis/", () => {
  const browser = useBrowser();

  it("gathers at least six live inputs and four live outputs from several chapters", async () => {
    const { page, context } = await openPage(browser(), chapter, { javaScriptEnabled: false });
    const inputs = new Set(await page.$$eval("[data-input]", (els) => els.map((el) => (el as HTMLElement).dataset["input"]!)));
    const outputs = new Set(await page.$$eval("[data-output]", (els) => els.map((el) => (el as HTMLElement).dataset["output"]!)));
    // From chapters 1, 2, 4 and 6 and this chapter's own break-even outputs.
    for (const id of ["passesPerReward", "rlComputeShare", "bitsPerToken", "passRate", "pretrainTokens", "rlEpisodes", "pretrainComputePfDays", "posttrainComputePfDays", "visionBitsPerSecond", "rewardBitsPerSecond"]) {
      expect(inputs.has(id), id).toBe(true);
    }
    for (const id of ["rlEventShare", "rlFeedbackBitsShare", "rlComputeBitsShare", "posttrainComputeShare", "feedbackBitsRatio", "visionToRewardRatio", "parityRlShare", "bitParityRlShare", "breakEvenRlEpisodes", "breakEvenPassesPerReward", "pretrainLearnableBits", "pretrainKeptBitsBound", "learnableBitsRatio", "keptBitsRatio"]) {
      expect(outputs.has(id), id).toBe(true);
    }
    // Without JavaScript: the defaults, worked by hand. RL bits per pass 1/1000; 0.0005 / (0.0005 + 1.5).
    expect(Number(await onlyValue(page, "output", "rlComputeBitsShare"))).toBeCloseTo(0.0005 / 1.5005, 15);
    expect(await outputText(page, "rlComputeBitsShare")).toBe("0.033%");
    expect(await outputText(page, "bitParityRlShare")).toBe("99.967%");
    expect(await outputText(page, "breakEvenRlEpisodes")).toBe("4.5 × 10¹³");
    expect(await outputText(page, "breakEvenPassesPerReward")).toBe("0.333");
    expect(await outputText(page, "posttrainComputeShare")).toBe("1.6%");
    // The headline's smallest ruler: kept <= min(learnable, 7e10 x 2 bits) = 1.4e11 at the defaults, over RL's 5e6 x 1 bit.
    expect(Number(await onlyValue(page, "output", "pretrainKeptBitsBound"))).toBe(1.4e11);
    expect(Number(await onlyValue(page, "output", "keptBitsRatio"))).toBeCloseTo(28000, 6);
    const figure = page.locator("#fig-shaping-cake");
    expect(await figure.locator(".plot-wide svg").count()).toBe(1);
    expect(await figure.innerHTML()).toContain("RL 0.033% (1 in 3,000)");
    expect(await page.locator("#what-moves-it-most").count()).toBe(1);
    await context.close();
  });

  it("a query sets the values, and the break-even outputs and the cake follow, worked by hand", async () => {
    const { page, log, context } = await openPage(browser(), `${chapter}?passRate=0.2&bitsPerToken=0.5&passesPerReward=100&rlComputeShare=0.9&rlEpisodes=1e9`);
    const h = H(0.2); // 0.721928 bits
    expect(Number(await onlyValue(page, "output", "rewardBitsPerTrajectory"))).toBeCloseTo(h, 12);
    // Bits per pass: RL h/100 against 0.5; at f = 0.9: 0.9 h/100 / (0.9 h/100 + 0.1 x 0.5).
    const rl = (0.9 * h) / 100;
    expect(Number(await onlyValue(page, "output", "rlComputeBitsShare"))).toBeCloseTo(rl / (rl + 0.05), 12);
    // Parity in bits: 0.5 / (0.5 + h/100).
    expect(Number(await onlyValue(page, "output", "bitParityRlShare"))).toBeCloseTo(0.5 / (0.5 + h / 100), 12);
    // 15e12 tokens x 0.5 bits = 7.5e12 bits; / h episodes.
    expect(Number(await onlyValue(page, "output", "breakEvenRlEpisodes")) / (7.5e12 / h)).toBeCloseTo(1, 12);
    // h / 0.5 passes per reward.
    expect(Number(await onlyValue(page, "output", "breakEvenPassesPerReward"))).toBeCloseTo(h / 0.5, 12);
    // Whole runs: 1e9 h against 7.5e12.
    expect(Number(await onlyValue(page, "output", "rlFeedbackBitsShare"))).toBeCloseTo((1e9 * h) / (1e9 * h + 7.5e12), 12);
    await expect(page.locator("#notices").isHidden()).resolves.toBe(true);

    await page.locator("#fig-shaping-cake").scrollIntoViewIfNeeded();
    // 1e9 x 0.7219 / (7.2e8 + 7.5e12) = 0.0096% -> "1 in 10,000" (1 / 9.6e-5 = 10,390 -> two digits).
    await page.waitForFunction(() => document.querySelector("#fig-shaping-cake [data-plot=wide]")?.innerHTML.includes("RL 0.0096% (1 in 10,000)"));
    const description = await page.locator("#fig-shaping-cake [data-figure-description]").textContent();
    expect(description).toContain("RL receives 90% of training compute");
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("keyboard steps on an input update every copy, the outputs and the figure", async () => {
    const { page, context } = await openPage(browser(), chapter);
    expect(await page.locator('[data-input="bitsPerToken"]').count()).toBeGreaterThan(1);
    await focusFirst(page, "bitsPerToken");
    await page.keyboard.press("End");
    expect(await onlyValue(page, "input", "bitsPerToken")).toBe("17");
    // 17 / (17 + 0.001) and 1 / 17 of a pass.
    expect(Number(await onlyValue(page, "output", "bitParityRlShare"))).toBeCloseTo(17 / 17.001, 14);
    expect(Number(await onlyValue(page, "output", "breakEvenPassesPerReward"))).toBeCloseTo(1 / 17, 14);
    expect(Number(await onlyValue(page, "output", "breakEvenRlEpisodes"))).toBeCloseTo(15e12 * 17, -3);

    await focusFirst(page, "rlComputeShare");
    await page.keyboard.press("End");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("1");
    expect(await onlyValue(page, "output", "rlComputeBitsShare")).toBe("1");
    expect(await onlyValue(page, "output", "rlEventShare")).toBe("1");
    await page.locator("#fig-shaping-cake").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-shaping-cake [data-plot=wide]")?.innerHTML.includes("RL 100%"));
    await page.waitForFunction(() => location.search.includes("rlComputeShare=1"));
    expect(new URL(page.url()).searchParams.get("bitsPerToken")).toBe("17");
    await context.close();
  });

  it("settings made in an earlier chapter arrive here through the contents link", async () => {
    const { page, context } = await openPage(browser(), "/human-bit-rates/?rewardBitsPerSecond=30");
    await page.waitForFunction(() => document.querySelector('nav.contents a[href*="/synthesis/"]')?.getAttribute("href")?.includes("rewardBitsPerSecond=30"));
    await page.locator('nav.contents a[href*="/synthesis/"]').click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(await onlyValue(page, "input", "rewardBitsPerSecond")).toBe("30");
    // 1e7 / 30 = 333,333.3. (The chapter no longer shows llmToHumanRatio: a ratio of ratios of ceilings bounds nothing.)
    expect(Number(await onlyValue(page, "output", "visionToRewardRatio"))).toBeCloseTo(1e7 / 30, 6);
    expect(await page.locator('[data-output="llmToHumanRatio"]').count()).toBe(0);
    await context.close();
  });
});

describe.skipIf(!browserAvailable())("the continual-learning example from its issue", () => {
  const browser = useBrowser();
  it("?parameters=8e9&contextTokens=128000&bitsPerContextToken=10&bitsPerParameter=2 gives a weight-to-context ratio of 12,500", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, context } = await openPage(browser(), "/continual-learning/?parameters=8e9&contextTokens=128000&bitsPerContextToken=10&bitsPerParameter=2", { javaScriptEnabled });
      if (javaScriptEnabled) {
        // 8e9 x 2 = 1.6e10 bits; 128,000 x 10 = 1.28e6 bits; 1.6e10 / 1.28e6 = 12,500.
        expect(new Set(await valuesOf(page, "output", "weightToContextRatio"))).toEqual(new Set(["12500"]));
        expect(await page.locator('[data-output="weightToContextRatio"]').first().textContent()).toBe("12,500");
      } else {
        // Without JavaScript a query cannot be read; the page shows the defaults: 1.4e11 / 1.7e7.
        expect(Number((await valuesOf(page, "output", "weightToContextRatio"))[0])).toBeCloseTo(1.4e11 / 1.7e7, 6);
      }
      await context.close();
    }
  });
});
