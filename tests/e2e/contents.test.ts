import type { Page } from "playwright-core";
import { describe } from "vitest";
import { test as it } from "./fixture";

// Contents that follow the reader (issue 18, item 2); reading times and the cover are read from dist/ in tests/dist/readingTime.test.ts.
const chapter = "/reward-events/";

/** The hash of every contents link marked as the section being read, in the given container. */
const marked = (page: Page, container: string) =>
  page.$$eval(`${container} a[aria-current="location"]`, (links) => links.map((a) => (a as HTMLAnchorElement).hash));

const scrollToHeading = (page: Page, id: string) =>
  page.evaluate((h) => {
    const el = document.getElementById(h)!;
    scrollTo(0, el.getBoundingClientRect().top + scrollY - 100);
  }, id);

describe("contents that follow the reader", () => {

  it("on a wide screen the contents stay beside the text, and the marked section follows scrolling", async ({ open, expect }) => {
    const { page, log } = await open(chapter, { viewport: { width: 1280, height: 800 } });
    const nav = page.locator("nav[data-toc]");
    await expect(nav.isVisible()).resolves.toBe(true);
    await expect(page.locator("[data-toc-menu]").isVisible()).resolves.toBe(false);
    const ids = await nav.locator("a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(ids.length).toBeGreaterThan(2);
    for (const id of [ids[1]!, ids[ids.length - 2]!, ids[0]!]) {
      await scrollToHeading(page, id);
      await page.waitForFunction((h) => document.querySelector(`nav[data-toc] a[href="#${h}"]`)?.getAttribute("aria-current") === "location", id, { timeout: 5000 });
      expect(await marked(page, "nav[data-toc]")).toEqual([`#${id}`]);
      // Still beside the text, in view, clear of the reading column.
      const box = (await nav.boundingBox())!;
      const column = (await page.locator(".prose").boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThan(column.x);
    }
    // Back above the first section, nothing is marked.
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForFunction(() => !document.querySelector('nav[data-toc] a[aria-current="location"]'), undefined, { timeout: 5000 });
    expect(log.errors).toEqual([]);
  });

  it("on a phone a compact menu stays at the top, names the section being read, and closes once a section is chosen", async ({ open, expect }) => {
    const { page, log } = await open(chapter, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await expect(page.locator("nav[data-toc]").isVisible()).resolves.toBe(false);
    const menu = page.locator("[data-toc-menu]");
    const ids = await menu.locator("a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    const titles = await menu.locator("a").allTextContents();
    await scrollToHeading(page, ids[2]!);
    await page.waitForFunction((t) => document.querySelector("[data-toc-current]")?.textContent === t, titles[2], { timeout: 5000 });
    expect((await menu.boundingBox())!.y).toBeCloseTo(0, 0);
    await menu.locator("summary").tap();
    await expect(menu.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await menu.locator(`a[href="#${ids[1]}"]`).tap();
    await page.waitForFunction((h) => location.hash === `#${h}`, ids[1]);
    await expect(menu.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    // The chosen heading is not hidden under the menu.
    const heading = (await page.locator(`#${ids[1]}`).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual((await menu.boundingBox())!.height - 1);
    await page.waitForFunction((t) => document.querySelector("[data-toc-current]")?.textContent === t, titles[1], { timeout: 5000 });
    expect(log.errors).toEqual([]);
  });

  it("a link to a section opens with that section marked", async ({ open }) => {
    const { page } = await open(`${chapter}#one-reward`, { viewport: { width: 1280, height: 800 } });
    await page.waitForFunction(() => document.querySelector('nav[data-toc] a[href="#one-reward"]')?.getAttribute("aria-current") === "location", undefined, { timeout: 5000 });
  });
});
