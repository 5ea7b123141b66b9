import { describe, expect, it } from "vitest";
import { browserAvailable, focusFirst, onlyValue, openPage, outputText, useBrowser } from "./setup/browser";

const chapter = "/continual-learning/";

describe.skipIf(!browserAvailable())("live numbers on /continual-learning/", () => {
  const browser = useBrowser();


  it("a query sets the values, and every copy and dependent output shows them", async () => {
    const { page, log } = await openPage(browser(), `${chapter}?contextTokens=2e5&parameters=4e11`);
    expect(await onlyValue(page, "input", "contextTokens")).toBe("200000");
    expect(await onlyValue(page, "input", "parameters")).toBe("400000000000");
    // Hand-worked: 2e5 tokens x 17 bits = 3.4e6 bits; 4e11 parameters x 2 bits = 8e11 bits;
    // 8e11 / 3.4e6 = 235,294.1; 8e11 / 17 = 4.7e10 tokens to match; 2e5 x 8,192 = 1.6384e9 numbers.
    expect(await onlyValue(page, "output", "contextCapacityBits")).toBe("3400000");
    expect(await onlyValue(page, "output", "weightCapacityBits")).toBe("800000000000");
    expect(Number(await onlyValue(page, "output", "weightToContextRatio"))).toBeCloseTo(235294.1176, 3);
    expect(Number(await onlyValue(page, "output", "contextTokensToMatchWeights"))).toBeCloseTo(47058823529.41, 1);
    expect(await onlyValue(page, "output", "contextResidualNumbers")).toBe("1638400000");
    expect(await outputText(page, "contextCapacityBits")).toBe("3.4 × 10⁶");
    expect(await outputText(page, "weightToContextRatio")).toBe("235,000");
    await expect(page.locator("#notices").isHidden()).resolves.toBe(true);

    await page.locator("#fig-context-vs-weights").scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      document.querySelector("#fig-context-vs-weights [data-figure-description]")?.textContent?.includes("235,000 times as much"),
    );
    expect(await page.locator("#fig-context-vs-weights [data-plot=wide]").innerHTML()).toContain("Your context: 200,000 tokens");
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("keyboard steps on the inputs update every copy, the outputs and the figure", async () => {
    const { page } = await openPage(browser(), chapter);
    expect(await onlyValue(page, "output", "contextCapacityBits")).toBe(String(1e6 * 17));
    expect(await page.locator('[data-input="contextTokens"]').count()).toBeGreaterThan(1);

    await focusFirst(page, "contextTokens");
    await page.keyboard.press("ArrowUp");
    // Log ladder in tenths of a decade, two significant digits: 10^6.1 = 1,258,925 -> 1,300,000.
    expect(await onlyValue(page, "input", "contextTokens")).toBe("1300000");
    expect(await onlyValue(page, "output", "contextCapacityBits")).toBe(String(1300000 * 17));
    expect(Number(await onlyValue(page, "output", "weightToContextRatio"))).toBeCloseTo(1.4e11 / 2.21e7, 6);
    expect(await onlyValue(page, "output", "contextResidualNumbers")).toBe(String(1300000 * 8192));
    expect(await page.locator('[data-input="contextTokens"]').first().getAttribute("aria-valuetext")).toBe("1.3 times 10 to the 6 tokens");

    await page.keyboard.press("PageUp");
    expect(await onlyValue(page, "input", "contextTokens")).toBe("13000000");
    await page.keyboard.press("End");
    expect(await onlyValue(page, "input", "contextTokens")).toBe("1000000000");
    // 1e9 tokens x 17 bits = 1.7e10 bits: the weights' 1.4e11 bits are still 8.2 times as many.
    expect(Number(await onlyValue(page, "output", "weightToContextRatio"))).toBeCloseTo(1.4e11 / 1.7e10, 9);

    await focusFirst(page, "parameters");
    await page.keyboard.press("ArrowDown");
    // 7e10 = 10^10.85 sits between rungs; one step down is 10^10.8 = 6.31e10 -> 6.3e10.
    expect(await onlyValue(page, "input", "parameters")).toBe("63000000000");
    expect(await onlyValue(page, "output", "weightCapacityBits")).toBe(String(6.3e10 * 2));
    expect(Number(await onlyValue(page, "output", "contextTokensToMatchWeights"))).toBeCloseTo(1.26e11 / 17, 3);

    await focusFirst(page, "bitsPerContextToken");
    await page.keyboard.press("ArrowDown");
    expect(await onlyValue(page, "input", "bitsPerContextToken")).toBe("16");
    expect(await onlyValue(page, "output", "contextCapacityBits")).toBe(String(1e9 * 16));

    await page.locator("#fig-context-vs-weights").scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      document.querySelector("#fig-context-vs-weights [data-plot=wide]")?.innerHTML.includes("Your weights: 6.3 × 10¹⁰ parameters"),
    );
    await page.waitForFunction(() => location.search.includes("bitsPerContextToken=16"));
    const query = new URL(page.url()).searchParams;
    expect([query.get("contextTokens"), query.get("parameters")]).toEqual(["1000000000", "63000000000"]);
    await page.context().close();
  });

  it("settings made on /reward-events/ arrive here through a link", async () => {
    const { page } = await openPage(browser(), "/reward-events/?contextTokens=2e5&parameters=4e11");
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => location.search.includes("passesPerReward=1300"));
    const link = page.locator('nav.contents a[href*="/continual-learning/"]');
    await page.waitForFunction(() => document.querySelector('nav.contents a[href*="/continual-learning/"]')?.getAttribute("href")?.includes("passesPerReward=1300"));
    await link.click();
    await page.waitForURL((u) => u.pathname === chapter);
    const query = new URL(page.url()).searchParams;
    expect([query.get("contextTokens"), query.get("parameters"), query.get("passesPerReward")]).toEqual(["200000", "400000000000", "1300"]);
    expect(await onlyValue(page, "input", "contextTokens")).toBe("200000");
    expect(await onlyValue(page, "output", "contextCapacityBits")).toBe("3400000");
    expect(await onlyValue(page, "output", "weightCapacityBits")).toBe("800000000000");
    await page.context().close();
  });
});
