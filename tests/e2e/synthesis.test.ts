import { describe } from "vitest";
import { test as it } from "./fixture";
import { focusFirst, onlyValue } from "./support/read";

// How /synthesis/ behaves: the cake follows a link and the keys, settings from earlier chapters
// arrive through the contents. The arithmetic is checked on every page by tests/e2e/values.test.ts
// and worked by hand in tests/model/chapterLinks.test.ts; which numbers the chapter gathers, and
// what it reads like without JavaScript, is in tests/dist/reading.test.ts.
const chapter = "/synthesis/";

describe("live numbers on /synthesis/", () => {
  it("a link's values reach every copy of the inputs, and the cake and its description follow", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?passRate=0.2&bitsPerToken=0.5&passesPerReward=100&rlComputeShare=0.9&rlEpisodes=1e9`);
    expect(await onlyValue(page, "input", "passRate")).toBe("0.2");
    expect(await onlyValue(page, "input", "rlEpisodes")).toBe("1000000000");
    await expect(page.locator("#notices").isHidden()).resolves.toBe(true);
    await page.locator("#fig-shaping-cake").scrollIntoViewIfNeeded();
    // 1e9 x H(0.2) = 7.2e8 bits against 15e12 x 0.5 = 7.5e12: 0.0096%, "1 in 10,000" (1 / 9.6e-5 = 10,390, two digits).
    await page.waitForFunction(() => document.querySelector("#fig-shaping-cake [data-plot=wide]")?.innerHTML.includes("RL 0.0096% (1 in 10,000)"));
    expect(await page.locator("#fig-shaping-cake [data-figure-description]").textContent()).toContain("RL receives 90% of training compute");
  });

  it("keyboard steps on an input update every copy, the figure and the address", async ({ open, expect }) => {
    const { page } = await open(chapter);
    expect(await page.locator('[data-input="bitsPerToken"]').count()).toBeGreaterThan(1);
    await focusFirst(page, "bitsPerToken");
    await page.keyboard.press("End");
    expect(await onlyValue(page, "input", "bitsPerToken")).toBe("17");
    await focusFirst(page, "rlComputeShare");
    await page.keyboard.press("End");
    expect(await onlyValue(page, "input", "rlComputeShare")).toBe("1");
    // All compute on RL: every output copy agrees that RL's share of compute bits is 1.
    expect(await onlyValue(page, "output", "rlComputeBitsShare")).toBe("1");
    await page.locator("#fig-shaping-cake").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-shaping-cake [data-plot=wide]")?.innerHTML.includes("RL 100%"));
    await page.waitForFunction(() => location.search.includes("rlComputeShare=1"));
    expect(new URL(page.url()).searchParams.get("bitsPerToken")).toBe("17");
  });

  it("settings made in an earlier chapter arrive here through the contents link", async ({ open, expect }) => {
    const { page } = await open("/human-bit-rates/?rewardBitsPerSecond=30");
    await page.waitForFunction(() => document.querySelector('nav.contents a[href*="/synthesis/"]')?.getAttribute("href")?.includes("rewardBitsPerSecond=30"));
    await page.locator('nav.contents a[href*="/synthesis/"]').click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(await onlyValue(page, "input", "rewardBitsPerSecond")).toBe("30");
  });
});
