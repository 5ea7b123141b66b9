import type { Page } from "playwright-core";
import { describe } from "vitest";
import { test as it } from "./fixture";
import { firstValue, focusFirst, valuesOf } from "./support/read";

// How /the-pretraining-analogy/ behaves: presets (with and without JavaScript), keys, the figure,
// settings carried through links. The arithmetic is checked on every page by
// tests/e2e/values.test.ts and worked by hand in tests/model/chapterLinks.test.ts; what the page
// reads like without JavaScript, and where its presets' sources link, is in tests/dist/.

const chapter = "/the-pretraining-analogy/";
const deepseek = "?pretrainComputePfDays=2788000&posttrainComputePfDays=147000";

describe("live numbers and presets on /the-pretraining-analogy/", () => {
  const presetLink = (page: Page, id: string) => page.locator(`a[data-preset="${id}"]`);

  it("a link's compute split reaches every copy of the inputs, and the figure and its description follow", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?pretrainComputePfDays=1000&posttrainComputePfDays=250`);
    expect(new Set(await valuesOf(page, "input", "pretrainComputePfDays"))).toEqual(new Set(["1000"]));
    expect(new Set(await valuesOf(page, "input", "posttrainComputePfDays"))).toEqual(new Set(["250"]));
    // 250 / (1000 + 250) = 20%.
    await page.locator("#fig-compute-shares").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-compute-shares [data-plot=wide]")?.innerHTML.includes("post-training 20%"));
    await expect(page.locator("#fig-compute-shares [data-figure-description]").textContent()).resolves.toContain("gives 20%");
  });

  it("the defaults are InstructGPT's: 60 of 3,700 petaflop/s-days, and its preset is marked current", async ({ open, expect }) => {
    const { page } = await open(chapter);
    expect(await firstValue(page, "input", "pretrainComputePfDays")).toBe("3640");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("60");
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBe("true");
    await expect(presetLink(page, "deepseekR1").getAttribute("aria-current")).resolves.toBeNull();
  });

  it("arrow keys, PageUp and Home/End step post-training compute on its log ladder", async ({ open, expect }) => {
    const { page } = await open(chapter);
    await focusFirst(page, "posttrainComputePfDays");
    // Tenths of a decade, two significant digits: 10^1.8 = 63.1 -> 63; then ten steps, 10^2.8 = 631 -> 630.
    await page.keyboard.press("ArrowUp");
    expect(new Set(await valuesOf(page, "input", "posttrainComputePfDays"))).toEqual(new Set(["63"]));
    await page.keyboard.press("PageUp");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("630");
    await page.keyboard.press("ArrowDown");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("500");
    await page.keyboard.press("Home");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("0.01");
    await page.keyboard.press("End");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("100000000");
    expect(await page.locator('[data-input="posttrainComputePfDays"]').first().getAttribute("aria-valuetext")).toBe(
      "10 to the 8 petaflop per second days",
    );
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBeNull();
  });

  it("clicking a preset sets its values, the URL and the current marker", async ({ open, expect }) => {
    const { page } = await open(chapter);
    await page.getByRole("link", { name: "DeepSeek-V3 → R1 (2025)" }).click();
    expect(new Set(await valuesOf(page, "input", "pretrainComputePfDays"))).toEqual(new Set(["2788000"]));
    expect(new Set(await valuesOf(page, "input", "posttrainComputePfDays"))).toEqual(new Set(["147000"]));
    await page.waitForFunction(() => new URLSearchParams(location.search).get("pretrainComputePfDays") === "2788000");
    expect(new URL(page.url()).pathname).toBe(chapter);
    expect(new URL(page.url()).searchParams.get("posttrainComputePfDays")).toBe("147000");
    await expect(presetLink(page, "deepseekR1").getAttribute("aria-current")).resolves.toBe("true");
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBeNull();

    // Grok 4: both inputs at 1e26 FLOP in petaflop/s-days (1e26 / 8.64e19), so an even split.
    await presetLink(page, "grok4").click();
    expect(await firstValue(page, "input", "pretrainComputePfDays")).toBe(String(1e26 / 8.64e19));
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe(String(1e26 / 8.64e19));
    await page.locator("#fig-compute-shares").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-compute-shares [data-plot=wide]")?.innerHTML.includes("Your setting (= Grok 4 (claim))"));

    // Back to the defaults: the query empties.
    await presetLink(page, "instructgpt").click();
    expect(await firstValue(page, "input", "pretrainComputePfDays")).toBe("3640");
    await page.waitForFunction(() => location.search === "");
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBe("true");
  });

  it("a preset link keeps the reader's other settings in its href", async ({ open, expect }) => {
    const { page } = await open(`${chapter}?passesPerReward=250&years=30`);
    const href = new URL((await presetLink(page, "deepseekR1").getAttribute("href"))!, page.url());
    expect(Object.fromEntries(href.searchParams)).toEqual({
      passesPerReward: "250",
      pretrainComputePfDays: "2788000",
      posttrainComputePfDays: "147000",
      years: "30",
    });
  });

  it("without JavaScript a preset is a plain link to its query, and that link reproduces the preset", async ({ open, expect }) => {
    const { page } = await open(chapter, { javaScriptEnabled: false });
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBe("true");
    await expect(presetLink(page, "deepseekR1").getAttribute("href")).resolves.toBe(deepseek);
    await presetLink(page, "deepseekR1").click();
    await page.waitForURL((u) => u.search === deepseek);
    expect(new URL(page.url()).pathname).toBe(chapter);
    // The static page still shows the defaults; with JavaScript the same link shows the preset.
    expect(await firstValue(page, "input", "pretrainComputePfDays")).toBe("3640");
    const withJs = await open(`${chapter}${deepseek}`);
    expect(await firstValue(withJs.page, "input", "pretrainComputePfDays")).toBe("2788000");
    await expect(presetLink(withJs.page, "deepseekR1").getAttribute("aria-current")).resolves.toBe("true");
  });

  it("settings made on /reward-events/ carry into this chapter through its links", async ({ open, expect }) => {
    const { page } = await open("/reward-events/?passesPerReward=250&pretrainComputePfDays=1000&posttrainComputePfDays=250");
    await page.locator(`nav.contents a[href*="${chapter}"]`).click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(await firstValue(page, "input", "passesPerReward")).toBe("250");
    expect(await firstValue(page, "input", "pretrainComputePfDays")).toBe("1000");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("250");
  });
});
