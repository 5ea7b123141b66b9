import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserAvailable, firstValue, focusFirst, openPage, outputText, useBrowser, valuesOf } from "./setup/browser";

const chapter = "/the-pretraining-analogy/";
const deepseek = "?pretrainComputePfDays=2788000&posttrainComputePfDays=147000";

describe.skipIf(!browserAvailable())("live numbers and presets on /the-pretraining-analogy/", () => {
  const browser = useBrowser();

  const presetLink = (page: Page, id: string) => page.locator(`a[data-preset="${id}"]`);

  it("a query sets the compute split, and the share and ratio follow", async () => {
    const { page, log } = await openPage(browser(), `${chapter}?pretrainComputePfDays=1000&posttrainComputePfDays=250`);
    expect(new Set(await valuesOf(page, "input", "pretrainComputePfDays"))).toEqual(new Set(["1000"]));
    expect(new Set(await valuesOf(page, "input", "posttrainComputePfDays"))).toEqual(new Set(["250"]));
    // Hand-worked: 250 / (1000 + 250) = 0.2; 1000 / 250 = 4.
    expect(await firstValue(page, "output", "posttrainComputeShare")).toBe("0.2");
    expect(await firstValue(page, "output", "pretrainToPosttrainComputeRatio")).toBe("4");
    expect(await outputText(page, "posttrainComputeShare")).toBe("20%");
    await page.locator("#fig-compute-shares").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-compute-shares [data-plot=wide]")?.innerHTML.includes("post-training 20%"));
    await expect(page.locator("#fig-compute-shares [data-figure-description]").textContent()).resolves.toContain("gives 20%");
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("the defaults are InstructGPT's: 60 of 3,700 petaflop/s-days, and its preset is marked current", async () => {
    const { page } = await openPage(browser(), chapter);
    expect(Number(await firstValue(page, "output", "posttrainComputeShare"))).toBeCloseTo(60 / 3700, 15);
    expect(Number(await firstValue(page, "output", "pretrainToPosttrainComputeRatio"))).toBeCloseTo(3640 / 60, 12);
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBe("true");
    await expect(presetLink(page, "deepseekR1").getAttribute("aria-current")).resolves.toBeNull();
    await page.context().close();
  });

  it("arrow keys, PageUp and Home/End step post-training compute on its log ladder", async () => {
    const { page } = await openPage(browser(), chapter);
    await focusFirst(page, "posttrainComputePfDays");
    // Tenths of a decade, two significant digits: 10^1.8 = 63.1 -> 63; then ten steps, 10^2.8 = 631 -> 630.
    await page.keyboard.press("ArrowUp");
    expect(new Set(await valuesOf(page, "input", "posttrainComputePfDays"))).toEqual(new Set(["63"]));
    expect(Number(await firstValue(page, "output", "posttrainComputeShare"))).toBeCloseTo(63 / 3703, 15);
    await page.keyboard.press("PageUp");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("630");
    await page.keyboard.press("ArrowDown");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("500");
    expect(Number(await firstValue(page, "output", "posttrainComputeShare"))).toBeCloseTo(500 / 4140, 15);
    await page.keyboard.press("Home");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("0.01");
    await page.keyboard.press("End");
    expect(await firstValue(page, "input", "posttrainComputePfDays")).toBe("100000000");
    expect(await page.locator('[data-input="posttrainComputePfDays"]').first().getAttribute("aria-valuetext")).toBe(
      "10 to the 8 petaflop per second days",
    );
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBeNull();
    await page.context().close();
  });

  it("clicking a preset sets its values, the outputs, the URL and the current marker", async () => {
    const { page, log } = await openPage(browser(), chapter);
    await page.getByRole("link", { name: "DeepSeek-V3 → R1 (2025)" }).click();
    expect(new Set(await valuesOf(page, "input", "pretrainComputePfDays"))).toEqual(new Set(["2788000"]));
    expect(new Set(await valuesOf(page, "input", "posttrainComputePfDays"))).toEqual(new Set(["147000"]));
    // 147,000 / (2,788,000 + 147,000) GPU-hours.
    expect(Number(await firstValue(page, "output", "posttrainComputeShare"))).toBeCloseTo(147_000 / 2_935_000, 15);
    await page.waitForFunction(() => new URLSearchParams(location.search).get("pretrainComputePfDays") === "2788000");
    expect(new URL(page.url()).pathname).toBe(chapter);
    expect(new URL(page.url()).searchParams.get("posttrainComputePfDays")).toBe("147000");
    await expect(presetLink(page, "deepseekR1").getAttribute("aria-current")).resolves.toBe("true");
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBeNull();

    // Grok 4: both inputs at 1e26 FLOP in petaflop/s-days (1e26 / 8.64e19), so an even split.
    await presetLink(page, "grok4").click();
    expect(await firstValue(page, "input", "pretrainComputePfDays")).toBe(String(1e26 / 8.64e19));
    expect(await firstValue(page, "output", "posttrainComputeShare")).toBe("0.5");
    await page.locator("#fig-compute-shares").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-compute-shares [data-plot=wide]")?.innerHTML.includes("Your setting (= Grok 4 (claim))"));

    // Back to the defaults: the query empties.
    await presetLink(page, "instructgpt").click();
    expect(await firstValue(page, "input", "pretrainComputePfDays")).toBe("3640");
    await page.waitForFunction(() => location.search === "");
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBe("true");
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it("a preset link keeps the reader's other settings in its href", async () => {
    const { page } = await openPage(browser(), `${chapter}?passesPerReward=250&years=30`);
    const href = new URL((await presetLink(page, "deepseekR1").getAttribute("href"))!, page.url());
    expect(Object.fromEntries(href.searchParams)).toEqual({
      passesPerReward: "250",
      pretrainComputePfDays: "2788000",
      posttrainComputePfDays: "147000",
      years: "30",
    });
    await page.context().close();
  });

  it("without JavaScript a preset is a plain link to its query, and that link reproduces the preset", async () => {
    const { page, context } = await openPage(browser(), chapter, { javaScriptEnabled: false });
    await expect(presetLink(page, "instructgpt").getAttribute("aria-current")).resolves.toBe("true");
    await expect(presetLink(page, "deepseekR1").getAttribute("href")).resolves.toBe(deepseek);
    await presetLink(page, "deepseekR1").click();
    await page.waitForURL((u) => u.search === deepseek);
    expect(new URL(page.url()).pathname).toBe(chapter);
    // The static page still shows the defaults; with JavaScript the same link shows the preset.
    expect(await firstValue(page, "input", "pretrainComputePfDays")).toBe("3640");
    const withJs = await openPage(browser(), `${chapter}${deepseek}`);
    expect(await firstValue(withJs.page, "input", "pretrainComputePfDays")).toBe("2788000");
    await expect(presetLink(withJs.page, "deepseekR1").getAttribute("aria-current")).resolves.toBe("true");
    await withJs.context.close();
    await context.close();
  });

  it("every source a preset names links to its entry on /references/", async () => {
    const { page, context } = await openPage(browser(), chapter, { javaScriptEnabled: false });
    const targets = await page.$$eval(".presets a[href*='/references/#ref-']", (els) => els.map((el) => (el as HTMLAnchorElement).href));
    expect(targets.length).toBeGreaterThan(3);
    const references = await context.newPage();
    for (const href of targets) {
      await references.goto(href);
      expect(await references.locator(`[id="${new URL(href).hash.slice(1)}"]`).count(), href).toBe(1);
    }
    await context.close();
  });

  it("settings made on /reward-events/ carry into this chapter through its links", async () => {
    const { page, context } = await openPage(browser(), "/reward-events/?passesPerReward=250&pretrainComputePfDays=1000&posttrainComputePfDays=250");
    await page.locator(`nav.contents a[href*="${chapter}"]`).click();
    await page.waitForURL((u) => u.pathname === chapter);
    expect(await firstValue(page, "input", "passesPerReward")).toBe("250");
    expect(await firstValue(page, "output", "posttrainComputeShare")).toBe("0.2");
    // RL's event share at f = 0.5, L = 250: (0.5/250) / (0.5/250 + 0.5).
    expect(Number(await firstValue(page, "output", "rlEventShare"))).toBeCloseTo(0.002 / 0.502, 15);
    await context.close();
  });

  it("reads completely without JavaScript: figure as SVG, math rendered, every section", async () => {
    const { page, context } = await openPage(browser(), chapter, { javaScriptEnabled: false });
    expect(await page.locator("#fig-compute-shares .plot-wide svg rect").count()).toBeGreaterThan(8);
    expect(await page.locator(".katex").count()).toBeGreaterThan(2);
    expect(await page.locator("h2[id]").count()).toBeGreaterThanOrEqual(6);
    expect((await page.locator(".prose").innerText()).split(/\s+/).length).toBeGreaterThan(1000);
    await expect(page.locator('.prose a[href^="/the-lab/"]').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});
