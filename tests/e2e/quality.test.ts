import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { builtPages } from "../../scripts/support/pages";
import { browserAvailable, openPage, useBrowser } from "./setup/browser";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const pages = builtPages();

describe.skipIf(!browserAvailable())("page quality", () => {
  const browser = useBrowser();

  // Two pages at a time (vitest's maxConcurrency); concurrent tests assert with their own expect.
  it.concurrent.for(pages.flatMap((p) => (["light", "dark"] as const).map((scheme) => [p, scheme] as const)))(
    "%s in %s mode has no axe-core violations",
    async ([path, colorScheme], { expect }) => {
      // axe is injected by the test as an inline script, which the page's own CSP rightly refuses.
      const { page, context } = await openPage(browser(), path, { colorScheme, bypassCSP: true });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run();
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      expect(violations).toEqual([]);
      await context.close();
    },
  );

  it.concurrent.for(pages)("%s makes no request off its own origin and logs no console error, before or after interaction", async (path, { expect }) => {
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

  // Figures are redrawn by Plot in the browser and the lab runs in a Web Worker: both under the page's CSP.
  const withFigures = pages.filter((p) => readFileSync(`dist${p}index.html`, "utf8").includes("data-figure="));
  it.concurrent.for(withFigures)("%s redraws a figure after a change with no CSP violation or console error", async (path, { expect }) => {
    const { page, context, log } = await openPage(browser(), path);
    const target = await page.evaluate(() => {
      for (const fig of document.querySelectorAll<HTMLElement>("[data-figure][data-deps]")) {
        const id = (fig.dataset["deps"] ?? "").split(" ").find((d) => d && document.querySelector(`[data-input="${d}"]`));
        if (id) return { figure: fig.id, input: id };
      }
      return undefined;
    });
    expect(target, "a figure with an input on the page").toBeDefined();
    await page.locator(`#${target!.figure}`).scrollIntoViewIfNeeded();
    const before = await page.locator(`#${target!.figure} [data-plot]`).evaluateAll((els) => els.map((el) => el.innerHTML).join(""));
    await page.locator(`[data-input="${target!.input}"]`).first().evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(
      ([id, old]) => [...document.querySelectorAll(`#${id} [data-plot]`)].map((el) => el.innerHTML).join("") !== old,
      [target!.figure, before] as const,
    );
    await page.waitForLoadState("networkidle");
    expect(log.errors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await context.close();
  });

  it("/the-lab/ runs the experiment in its worker with no CSP violation or console error", { timeout: 180_000 }, async () => {
    const { page, context, log } = await openPage(browser(), "/the-lab/");
    await page.locator('[data-input="labSeed"]').first().focus();
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => /Run in your browser/.test(document.querySelector("[data-lab-status]")?.textContent ?? ""), null, { timeout: 150_000 });
    expect(log.requests.some((u) => /worker/.test(u)), "the worker script was fetched").toBe(true);
    expect(log.errors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    await context.close();
  });
});
