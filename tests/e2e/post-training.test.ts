import { describe } from "vitest";
import { test as it } from "./fixture";
import { focusFirst, onlyValue } from "./support/read";

// How /post-training-still-matters/ behaves: keys, a carried-over pass rate, the figure, and a
// power of ten too large for a double set with a superscript. The arithmetic is checked on every
// page by tests/e2e/values.test.ts and worked by hand in tests/model/chapterLinks.test.ts; what the
// page reads like without JavaScript is in tests/dist/reading.test.ts.
const chapter = "/post-training-still-matters/";

describe("live numbers on /post-training-still-matters/", () => {
  it("keys step the episode count and concept count along their ladders; every copy follows", async ({ open, expect }) => {
    const { page } = await open(chapter);
    expect(await page.locator('[data-output="rlTotalBits"]').count()).toBeGreaterThanOrEqual(2);
    await focusFirst(page, "rlEpisodes");
    await page.keyboard.press("ArrowUp");
    // 5e6 sits on the rung 10^6.7; the next is 10^6.8 = 6.31e6, rounded to 6.3e6.
    expect(await onlyValue(page, "input", "rlEpisodes")).toBe("6300000");
    expect(await onlyValue(page, "output", "rlTotalBits")).toBe("6300000");
    await focusFirst(page, "conceptCount");
    await page.keyboard.press("End");
    expect(await onlyValue(page, "input", "conceptCount")).toBe("1000000000000000");
    await focusFirst(page, "conceptsPerBehaviour");
    await page.keyboard.press("Home");
    expect(await onlyValue(page, "input", "conceptsPerBehaviour")).toBe("1");
    expect(await page.locator('[data-input="conceptsPerBehaviour"]').first().getAttribute("aria-valuetext")).toBe("1 concepts per behaviour");
  });

  it("the pass rate set in the previous chapter carries over through the chapter navigation", async ({ open, expect }) => {
    const { page } = await open("/token-loss-vs-sparse-reward/?passRate=0.1");
    await page.locator("nav.chapter-nav a.next").click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(new URL(page.url()).searchParams.get("passRate")).toBe("0.1");
    expect(await onlyValue(page, "input", "passRate")).toBe("0.1");
  });

  it("R1-Zero's link: the figure is redrawn with the reader's numbers, and 10^752,000 is set with a superscript", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?rlEpisodes=5324800&passRate=0.1&conceptCount=1e6&conceptsPerBehaviour=10`);
    // 5,324,800 rollouts x H(0.1) = 2.5e6 bits, 10^(2.5e6 x log10 2) = 10^752,000 alternatives.
    expect(await page.locator('[data-output="rlAlternativesLog10"] sup').first().textContent()).toBe("752,000");
    expect(await page.locator('[data-output="rlAlternativesLog10"] .visually-hidden').first().textContent()).toBe(" to the power ");
    await page.locator("#fig-select-versus-summon").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-select-versus-summon [data-plot=wide]")?.innerHTML.includes("2.5 × 10⁶ bits"));
    // log2(10^6) = 19.9 bits per concept.
    expect(await page.locator("#fig-select-versus-summon [data-figure-description]").textContent()).toContain("takes 19.9 bits");
  });
});
