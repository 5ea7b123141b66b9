import { describe } from "vitest";
import { test as it } from "./fixture";
import { firstValue, focusFirst, valuesOf } from "./support/read";

// How /human-bit-rates/ behaves: keys step the life and the rungs, the figure follows the reader's
// settings, settings arrive through links. The arithmetic is checked on every page by
// tests/e2e/values.test.ts and worked by hand in tests/model/chapterLinks.test.ts; what the page
// reads like without JavaScript is in tests/dist/reading.test.ts.
const chapter = "/human-bit-rates/";

describe("live numbers on /human-bit-rates/", () => {
  it("keys step the life and the rungs along their ladders; the figure follows", async ({ open, expect }) => {
    const { page } = await open(chapter);
    await focusFirst(page, "years");
    await page.keyboard.press("ArrowUp");
    expect(new Set(await valuesOf(page, "input", "years"))).toEqual(new Set(["21"]));
    await focusFirst(page, "wakingHoursPerDay");
    await page.keyboard.press("ArrowLeft");
    expect(await firstValue(page, "input", "wakingHoursPerDay")).toBe("15.5");
    await focusFirst(page, "taskBitsPerHour");
    await page.keyboard.press("PageUp");
    // 60 sits between rungs 10^1.7 and 10^1.8; ten steps up from 10^1.7 is 10^2.7 = 501 -> 500.
    expect(await firstValue(page, "input", "taskBitsPerHour")).toBe("500");
    await focusFirst(page, "rewardBitsPerSecond");
    await page.keyboard.press("Home");
    expect(await firstValue(page, "input", "rewardBitsPerSecond")).toBe("0.001");
    await focusFirst(page, "years");
    await page.keyboard.press("End");
    expect(await firstValue(page, "input", "years")).toBe("100");
    expect(await page.locator('[data-input="years"]').first().getAttribute("aria-valuetext")).toBe("100 years");
    await page.locator("#fig-bit-rate-ladder").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-bit-rate-ladder [data-plot=wide]")?.innerHTML.includes("bits over 100 years"));
  });

  it("the figure compares the human ratio with the LLM ratio from the reader's settings", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?passRate=0.9&pretrainTokens=10000000000000`);
    // LLM: 1e13 tokens x 3 bits / (5e6 episodes x H(0.9)) = 1.28e7. The figure is redrawn once it is near the viewport.
    await page.locator("#fig-bit-rate-ladder").scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      document.querySelector("#fig-bit-rate-ladder [data-figure-description]")?.textContent?.includes("1.28 × 10⁷ times as many feedback bits as RL"),
    );
    expect(await page.locator("#fig-bit-rate-ladder [data-plot=wide]").innerHTML()).toContain("1.28 × 10⁷ times");
  });

  it("settings made on /reward-events/ carry into this chapter through its links", async ({ open, expect }) => {
    const { page } = await open("/reward-events/?passRate=0.9&pretrainTokens=10000000000000&years=30");
    await page.locator(`nav.contents a[href*="${chapter}"]`).click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(await firstValue(page, "input", "passRate")).toBe("0.9");
    expect(await firstValue(page, "input", "years")).toBe("30");
    expect(await firstValue(page, "input", "pretrainTokens")).toBe("10000000000000");
  });
});
