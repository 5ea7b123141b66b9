import { describe, it } from "vitest";
import { defaultValues } from "../../src/model/registry";
import { builtPages } from "../../scripts/support/pages";
import { browserAvailable, openPage, useBrowser } from "./setup/browser";

// Accessibility beyond axe (quality.test.ts): keyboard alone, visible focus, reduced motion, and
// reading at 360 px and at 200% zoom, on every built page. Pages run two at a time.
const pages = builtPages();
const defaults = defaultValues() as Record<string, number>;

describe.skipIf(!browserAvailable())("keyboard and focus", () => {
  const browser = useBrowser();

  it.concurrent.for(pages)("%s: every element in the tab order shows a visible focus indicator, and none jumps the order", { timeout: 120_000 }, async (path, { expect }) => {
    const { page, context } = await openPage(browser(), path);
    // A real Tab first: it lands on the skip link, and puts the page in keyboard mode for :focus-visible.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the text");
    expect(await page.locator(".skip").isVisible()).toBe(true);
    const report = await page.evaluate(() => {
      const tabbable = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]")].filter(
        (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" && !el.closest("details:not([open]) > :not(summary)"),
      );
      const invisible: string[] = [];
      for (const el of tabbable) {
        el.focus();
        const cs = getComputedStyle(el);
        const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
        const ring = cs.boxShadow !== "none";
        if (document.activeElement !== el || !el.matches(":focus-visible") || !(outline || ring)) invisible.push(el.outerHTML.slice(0, 120));
      }
      const positive = [...document.querySelectorAll<HTMLElement>("[tabindex]")].filter((el) => el.tabIndex > 0).map((el) => el.outerHTML.slice(0, 80));
      return { count: tabbable.length, invisible, positive };
    });
    expect(report.count).toBeGreaterThan(3);
    expect(report.invisible).toEqual([]);
    expect(report.positive).toEqual([]);
    await context.close();
  });

  it.concurrent.for(pages)("%s: every live number steps with the arrow keys, Home goes to its minimum, and Reset restores the defaults, all by keyboard", { timeout: 120_000 }, async (path, { expect }) => {
    const { page, context, log } = await openPage(browser(), path);
    const ids = [...new Set(await page.$$eval("[data-input]", (els) => els.map((el) => (el as HTMLElement).dataset["input"] ?? "")))];
    for (const id of ids) {
      const el = page.locator(`[data-input="${id}"]`).first();
      expect(await el.getAttribute("role"), id).toBe("slider");
      expect(await el.getAttribute("tabindex"), id).toBe("0");
      await el.focus();
      const before = await el.getAttribute("data-value");
      await page.keyboard.press("ArrowUp");
      if ((await el.getAttribute("data-value")) === before) await page.keyboard.press("ArrowDown");
      expect(await el.getAttribute("data-value"), `${id} moves with the arrow keys`).not.toBe(before);
      await page.keyboard.press("Home");
      expect(Number(await el.getAttribute("data-value")), `${id}: Home`).toBe(Number(await el.getAttribute("aria-valuemin")));
    }
    const reset = page.locator("[data-state-tools]:not([hidden]) [data-action=reset]").first();
    if (ids.length > 0) {
      await reset.focus();
      await page.keyboard.press("Enter");
      const values = await page.$$eval("[data-input]", (els) => els.map((el) => [(el as HTMLElement).dataset["input"]!, (el as HTMLElement).dataset["value"]!] as const));
      for (const [id, value] of values) expect(Number(value), `${id} after Reset`).toBe(defaults[id]);
    }
    expect(log.errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!browserAvailable())("motion, zoom and small screens", () => {
  const browser = useBrowser();

  it.concurrent.for(pages)("%s: with prefers-reduced-motion nothing transitions, animates or scrolls smoothly", { timeout: 120_000 }, async (path, { expect }) => {
    const { page, context } = await openPage(browser(), path, { reducedMotion: "reduce" });
    const moving = await page.evaluate(() => {
      const found: string[] = [];
      const moves = (cs: CSSStyleDeclaration) =>
        cs.transitionDuration.split(",").some((d) => parseFloat(d) > 0) ||
        (cs.animationName !== "none" && cs.animationDuration.split(",").some((d) => parseFloat(d) > 0));
      for (const el of document.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
          if (moves(getComputedStyle(el, pseudo))) found.push(`${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ""}`);
        }
      }
      if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") found.push("html: smooth scrolling");
      return found;
    });
    expect(moving).toEqual([]);
    await context.close();
  });

  const screens = [
    { name: "a 360 px wide phone", viewport: { width: 360, height: 800 }, deviceScaleFactor: 1 },
    // 200% zoom of a 1280 px window: 640 CSS pixels wide at twice the device pixels.
    { name: "200% zoom", viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
  ];
  it.concurrent.for(pages.flatMap((p) => screens.map((s) => [p, s] as const)))(
    "%s: on %o the page never scrolls sideways (wide equations, tables and figures scroll in their own box)",
    { timeout: 120_000 },
    async ([path, screen], { expect }) => {
      const { page, context } = await openPage(browser(), path, { viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });
      const overflow = await page.evaluate(() => {
        const root = document.scrollingElement!;
        const wide = [...document.querySelectorAll<HTMLElement>("body *")]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest("[data-scrolls], .katex-display, .katex-mathml, .table-scroll, pre, .plot, .visually-hidden, .skip"))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { by: root.scrollWidth - root.clientWidth, wide };
      });
      expect(overflow).toEqual({ by: 0, wide: [] });
      await context.close();
    },
  );
});
