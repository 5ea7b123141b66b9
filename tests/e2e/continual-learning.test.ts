import { describe } from "vitest";
import { test as it } from "./fixture";
import { focusFirst, onlyValue } from "./support/read";

// How /continual-learning/ behaves: its figure follows a link, keys step its inputs on their
// ladders, settings arrive through links. The arithmetic is checked on every page by
// tests/e2e/values.test.ts and worked by hand in tests/model/chapterLinks.test.ts.
const chapter = "/continual-learning/";

describe("live numbers on /continual-learning/", () => {
  it("a link's values reach every copy of the inputs, the figure and its description", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?contextTokens=2e5&parameters=4e11`);
    expect(await onlyValue(page, "input", "contextTokens")).toBe("200000");
    expect(await onlyValue(page, "input", "parameters")).toBe("400000000000");
    await page.locator("#fig-context-vs-weights").scrollIntoViewIfNeeded();
    // 4e11 x 2 bits over 2e5 x 17 bits = 235,294: the description rounds it to 235,000.
    await page.waitForFunction(() =>
      document.querySelector("#fig-context-vs-weights [data-figure-description]")?.textContent?.includes("235,000 times as much"),
    );
    expect(await page.locator("#fig-context-vs-weights [data-plot=wide]").innerHTML()).toContain("Your context: 200,000 tokens");
  });

  it("keyboard steps move the inputs along their ladders, every copy follows, and so do the figure and the address", async ({ open, expect }) => {
    const { page } = await open(chapter);
    expect(await page.locator('[data-input="contextTokens"]').count()).toBeGreaterThan(1);

    await focusFirst(page, "contextTokens");
    await page.keyboard.press("ArrowUp");
    // Log ladder in tenths of a decade, two significant digits: 10^6.1 = 1,258,925 -> 1,300,000.
    expect(await onlyValue(page, "input", "contextTokens")).toBe("1300000");
    expect(await page.locator('[data-input="contextTokens"]').first().getAttribute("aria-valuetext")).toBe("1.3 times 10 to the 6 tokens");

    await page.keyboard.press("PageUp");
    expect(await onlyValue(page, "input", "contextTokens")).toBe("13000000");
    await page.keyboard.press("End");
    expect(await onlyValue(page, "input", "contextTokens")).toBe("1000000000");

    await focusFirst(page, "parameters");
    await page.keyboard.press("ArrowDown");
    // 7e10 = 10^10.85 sits between rungs; one step down is 10^10.8 = 6.31e10 -> 6.3e10.
    expect(await onlyValue(page, "input", "parameters")).toBe("63000000000");

    await focusFirst(page, "bitsPerContextToken");
    await page.keyboard.press("ArrowDown");
    expect(await onlyValue(page, "input", "bitsPerContextToken")).toBe("16");

    await page.locator("#fig-context-vs-weights").scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      document.querySelector("#fig-context-vs-weights [data-plot=wide]")?.innerHTML.includes("Your weights: 6.3 × 10¹⁰ parameters"),
    );
    await page.waitForFunction(() => location.search.includes("bitsPerContextToken=16"));
    const query = new URL(page.url()).searchParams;
    expect([query.get("contextTokens"), query.get("parameters")]).toEqual(["1000000000", "63000000000"]);
  });

  it("settings made on /reward-events/ arrive here through a link", async ({ open, expect }) => {
    const { page } = await open("/reward-events/?contextTokens=2e5&parameters=4e11");
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
    expect(await onlyValue(page, "input", "parameters")).toBe("400000000000");
  });
});
