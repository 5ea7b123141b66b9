import { describe } from "vitest";
import { test as it } from "./fixture";
import { focusFirst, onlyValue, outputText, valuesOf } from "./support/read";

// How /token-loss-vs-sparse-reward/ behaves: an unbounded ratio, keys, a carried-over setting, the
// figures. The arithmetic is checked on every page by tests/e2e/values.test.ts and worked by hand
// in tests/model/chapterLinks.test.ts; what the page reads like without JavaScript is in
// tests/dist/reading.test.ts.
const chapter = "/token-loss-vs-sparse-reward/";

describe("live numbers on /token-loss-vs-sparse-reward/", () => {
  it("a certain outcome (p = 0) shows an unbounded ratio in words: never NaN or Infinity on the page", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?passRate=0`);
    expect(new Set(await valuesOf(page, "output", "bitsRatio"))).toEqual(new Set(["Infinity"]));
    expect(await outputText(page, "bitsRatio")).toBe("unbounded");
    expect(await page.locator("main").innerText()).not.toMatch(/\bNaN\b|\bInfinity\b/);
  });

  it("arrow keys, End, Home and PageUp step the pass rate and bits per token along their ladders; every copy follows", async ({ open, expect }) => {
    const { page } = await open(chapter);
    await focusFirst(page, "passRate");
    await page.keyboard.press("ArrowDown");
    expect(await onlyValue(page, "input", "passRate")).toBe("0.49");
    await page.keyboard.press("End");
    expect(await onlyValue(page, "input", "passRate")).toBe("1");
    expect(await page.locator('[data-input="passRate"]').first().getAttribute("aria-valuetext")).toBe("100 percent pass rate");
    await page.keyboard.press("Home");
    expect(await onlyValue(page, "input", "passRate")).toBe("0");
    await page.keyboard.press("PageUp");
    expect(await onlyValue(page, "input", "passRate")).toBe("0.1");

    // Log scale in tenths of a decade: 3 lies between rungs 10^0.4 and 10^0.5, so ArrowUp goes to 10^0.5 = 3.16 -> 3.2.
    await focusFirst(page, "bitsPerToken");
    await page.keyboard.press("ArrowUp");
    expect(await onlyValue(page, "input", "bitsPerToken")).toBe("3.2");
  });

  it("settings made on /reward-events/ carry over through its link to this chapter", async ({ open, expect }) => {
    const { page } = await open("/reward-events/");
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("ArrowUp");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1300");
    await page.waitForFunction(() => location.search.includes("passesPerReward=1300"));
    await page.locator(`.prose a[href*="${chapter}"]`).first().click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(new URL(page.url()).searchParams.get("passesPerReward")).toBe("1300");
    expect(await onlyValue(page, "input", "passesPerReward")).toBe("1300");
  });

  it("the figures are redrawn with the reader's pass rate", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?passRate=0.1&passesPerReward=2000&bitsPerToken=1.5`);
    await page.locator("#fig-bits-per-pass").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-bits-per-pass [data-plot=wide]")?.innerHTML.includes("you: p = 10%"));
    // 1.5 bits x 2000 passes / H(0.1) = 6,397: "6,400 times fewer".
    expect(await page.locator("#fig-bits-per-pass [data-figure-description]").textContent()).toContain("6,400 times fewer");
    await page.locator("#fig-bits-per-sample-cake").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-bits-per-sample-cake [data-plot=wide]")?.innerHTML.includes("0.469 bits"));
  });
});
