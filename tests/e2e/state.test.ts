import type { Page } from "playwright-core";
import { describe } from "vitest";
import { test as it } from "./fixture";
import { focusFirst, valuesOf } from "./support/read";

// How the live numbers on /reward-events/ behave: keys, typing, dragging, figures, the address bar.
// That every number equals the model, at a link's values and after a key press, is checked on
// every page by tests/e2e/values.test.ts; the hand-worked values are in tests/model/chapterLinks.test.ts.
const chapter = "/reward-events/";

describe("live numbers on /reward-events/", () => {
  const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

  it("arrow keys, PageUp, Home and End step the value; every copy follows", async ({ open, expect }) => {
    const { page } = await open(chapter);
    const slider = page.locator('[data-input="passesPerReward"]').first();
    await expect(slider.getAttribute("role")).resolves.toBe("slider");
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("ArrowUp");
    // Log ladder in tenths of a decade, two significant digits: 10^3.1 = 1258.9 -> 1300.
    expect(new Set(await valuesOf(page, "input", "passesPerReward"))).toEqual(new Set(["1300"]));
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowDown");
    expect((await valuesOf(page, "input", "passesPerReward"))[0]).toBe("790");
    await page.keyboard.press("PageUp");
    expect((await valuesOf(page, "input", "passesPerReward"))[0]).toBe("7900");
    await page.keyboard.press("End");
    expect((await valuesOf(page, "input", "passesPerReward"))[0]).toBe("100000000");
    await page.keyboard.press("Home");
    expect((await valuesOf(page, "input", "passesPerReward"))[0]).toBe("1");
    expect(await slider.getAttribute("aria-valuetext")).toBe("1 forward passes per reward");

    await focusFirst(page, "rlComputeShare");
    await page.keyboard.press("ArrowUp");
    expect((await valuesOf(page, "input", "rlComputeShare"))[0]).toBe("0.51");
    await page.keyboard.press("PageDown");
    expect((await valuesOf(page, "input", "rlComputeShare"))[0]).toBe("0.41");
    expect(await page.locator('[data-input="rlComputeShare"]').first().getAttribute("aria-valuetext")).toBe("41 percent of training compute");
  });

  it("typing an exact value sets it; nonsense and out-of-range values get a polite notice", async ({ open, expect }) => {
    const { page } = await open(chapter);
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("250");
    await page.keyboard.press("Enter");
    expect(new Set(await valuesOf(page, "input", "passesPerReward"))).toEqual(new Set(["250"]));
    await expect(page.locator('[data-input="passesPerReward"]').first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("abc");
    await page.keyboard.press("Enter");
    expect((await valuesOf(page, "input", "passesPerReward"))[0]).toBe("250");
    // The notice's module loads on first use: wait for the notice rather than read it at once.
    await page.locator("#value-notice", { hasText: "“abc” is not a number" }).waitFor({ timeout: 10_000 });

    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1e12");
    await page.keyboard.press("Enter");
    expect((await valuesOf(page, "input", "passesPerReward"))[0]).toBe("100000000");
    await page.locator("#value-notice", { hasText: /ranges from 1 to/ }).waitFor({ timeout: 10_000 });

    // Shares are typed in percent: 99.9 means 0.999.
    await page.keyboard.press("Home");
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1000");
    await page.keyboard.press("Enter");
    await focusFirst(page, "rlComputeShare");
    await page.keyboard.type("99.9");
    await page.keyboard.press("Enter");
    expect(new Set(await valuesOf(page, "input", "rlComputeShare"))).toEqual(new Set(["0.999"]));
  });

  it("dragging sideways changes a log-scale number by a decade per 100 px", async ({ open, expect }) => {
    const { page } = await open(chapter);
    const slider = page.locator('[data-input="passesPerReward"]').first();
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 50, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(new Set(await valuesOf(page, "input", "passesPerReward"))).toEqual(new Set(["10000"]));
  });

  it("figures are redrawn with the reader's values, and Plot loads only after the first change", async ({ open, expect }) => {
    const { page, log } = await open(chapter);
    await page.waitForLoadState("networkidle");
    const before = await page.locator("#fig-parity-vs-passes [data-plot=wide]").innerHTML();
    expect(before).toContain("you: L = 1,000");
    const chunkCountBefore = log.requests.filter((u) => u.endsWith(".js")).length;
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("250");
    await page.keyboard.press("Enter");
    // Figures far from the viewport are redrawn when they scroll near.
    await page.locator("#fig-parity-vs-passes").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-parity-vs-passes [data-plot=wide]")?.innerHTML.includes("L = 250"));
    expect(log.requests.filter((u) => u.endsWith(".js")).length).toBeGreaterThan(chunkCountBefore);
    const description = await page.locator("#fig-parity-vs-passes [data-figure-description]").textContent();
    expect(description).toContain("99.6%");
    await page.locator("#fig-event-split").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("#fig-event-split [data-plot=wide]")?.innerHTML.includes("RL 0.4%"));
  });

  it("the address bar, internal links and the copy-link button carry the reader's settings", async ({ open, expect }) => {
    const { page, context } = await open(chapter, { permissions: ["clipboard-read", "clipboard-write"] });
    await focusFirst(page, "passesPerReward");
    await page.keyboard.press("ArrowUp");
    await focusFirst(page, "rlComputeShare");
    await page.keyboard.press("End");
    await page.waitForFunction(() => location.search.includes("rlComputeShare=1"));
    expect(urlParam(page, "passesPerReward")).toBe("1300");
    await page.getByRole("button", { name: "Copy link to these numbers" }).click();
    await expect(page.locator(".masthead [data-copy-status]").textContent()).resolves.toBe("Link copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get("passesPerReward")).toBe("1300");

    const receiver = await context.newPage();
    await receiver.goto(copied);
    expect(new Set(await valuesOf(receiver, "input", "passesPerReward"))).toEqual(new Set(["1300"]));
    expect(new Set(await valuesOf(receiver, "input", "rlComputeShare"))).toEqual(new Set(["1"]));

    await page.locator("nav.chapter-nav a").first().click();
    await page.waitForURL((u) => u.pathname === "/");
    expect(urlParam(page, "passesPerReward")).toBe("1300");
    expect(new Set(await valuesOf(page, "input", "passesPerReward"))).toEqual(new Set(["1300"]));

    await page.getByRole("button", { name: "Reset numbers" }).click();
    expect((await valuesOf(page, "input", "passesPerReward"))[0]).toBe("1000");
    await page.waitForFunction(() => location.search === "");
  });
});
