import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { builtPages } from "./setup/pages";
import { browserAvailable, openPage, useBrowser } from "./setup/browser";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const pages = builtPages();

describe.skipIf(!browserAvailable())("page quality", () => {
  const browser = useBrowser();

  it.each(pages.flatMap((p) => (["light", "dark"] as const).map((scheme) => [p, scheme] as const)))(
    "%s in %s mode has no axe-core violations",
    async (path, colorScheme) => {
      const { page, context } = await openPage(browser(), path, { colorScheme });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run();
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      expect(violations).toEqual([]);
      await context.close();
    },
  );

  it.each(pages)("%s makes no request off its own origin and logs no console error, before or after interaction", async (path) => {
    const { page, context, log } = await openPage(browser(), path);
    if ((await page.locator("[data-input]").count()) > 0) {
      await page.locator("[data-input]").first().focus();
      await page.keyboard.press("ArrowUp");
    }
    await page.waitForLoadState("networkidle");
    expect(log.foreignRequests).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });

  it("Plot is not loaded until the reader changes something", async () => {
    const { page, context, log } = await openPage(browser(), "/reward-events/");
    await page.waitForLoadState("networkidle");
    const scripts = await page.$$eval("script[src]", (els) => els.map((el) => (el as HTMLScriptElement).src));
    const loadedJs = log.requests.filter((u) => u.endsWith(".js"));
    expect(loadedJs.length).toBeGreaterThan(0);
    const sizes = await Promise.all(loadedJs.map((u) => page.evaluate(async (url) => (await (await fetch(url)).text()).length, u)));
    // Plot's bundle is far larger than the page runtime; nothing that large arrives before interaction.
    expect(Math.max(...sizes)).toBeLessThan(60_000);
    expect(scripts.length).toBeLessThanOrEqual(1);
    await context.close();
  });

  it("at 360 px wide nothing overflows the page horizontally", async () => {
    const { page, context } = await openPage(browser(), "/reward-events/", { viewport: { width: 360, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator("#fig-event-share-curves .plot-narrow").isVisible()).toBe(true);
    await context.close();
  });
});
