import type { Page } from "playwright-core";
import { describe } from "vitest";
import { test as it } from "./fixture";
import { focusFirst } from "./support/read";

const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };

type Box = { x: number; y: number; width: number; height: number };
const inViewport = (b: Box | null, v: { width: number; height: number }) =>
  b !== null && b.x >= 0 && b.y >= 0 && b.x + b.width <= v.width + 0.5 && b.y + b.height <= v.height + 0.5;

/** Scrolls so that the element sits near the bottom of the viewport, where a panel below it would not fit. */
async function nearBottom(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    window.scrollBy(0, r.bottom - innerHeight + 40);
  });
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await focusFirst(page, id);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

// Figure text legibility and display equations at 360 px are checked on every page in every-page-phone.test.ts.
describe("notices, popovers, print and ranges where the reader is", () => {

  it("a notice about a typed value appears beside the number, politely, one at a time, and clears", async ({ open, expect }) => {
    const { page } = await open("/reward-events/", { viewport: phone });
    await page.locator('[data-input="passesPerReward"]').first().scrollIntoViewIfNeeded();
    await typeInto(page, "passesPerReward", "1e12");
    const notice = page.locator("#value-notice");
    await notice.waitFor({ state: "visible" });
    expect(await notice.getAttribute("role")).toBe("status");
    expect(await notice.getAttribute("aria-live")).toBe("polite");
    expect(await notice.textContent()).toMatch(/ranges from 1 to/);
    const num = await page.locator('[data-input="passesPerReward"]').first().boundingBox();
    const box = await notice.boundingBox();
    expect(inViewport(box, phone), JSON.stringify(box)).toBe(true);
    // Right below the number (or right above it), not in a banner thousands of pixels away.
    const gap = Math.min(Math.abs(box!.y - (num!.y + num!.height)), Math.abs(num!.y - (box!.y + box!.height)));
    expect(gap).toBeLessThan(12);
    expect(await page.locator("#notices").isHidden()).toBe(true);
    await typeInto(page, "passesPerReward", "abc");
    // The old notice clears on the edit and the new one follows: wait for it rather than read in between.
    await page.waitForFunction(() => document.getElementById("value-notice")?.textContent?.includes("“abc” is not a number"));
    expect(await notice.textContent()).toContain("“abc” is not a number");
    expect(await page.locator(".value-notice").count()).toBe(1);
    await page.keyboard.press("ArrowUp");
    expect(await notice.isHidden()).toBe(true);
  });

  it.for([phone, desktop])("citation previews, the distribution and the cite dialog stay inside a %j viewport", async (viewport, { open, expect }) => {
    const { page } = await open("/token-loss-vs-sparse-reward/", { viewport });
    await nearBottom(page, "a.cite[data-cite]");
    await page.locator("a.cite[data-cite]").first().focus();
    await page.locator("#cite-preview").waitFor({ state: "visible" });
    expect(inViewport(await page.locator("#cite-preview").boundingBox(), viewport)).toBe(true);

    await page.keyboard.press("Escape");
    await nearBottom(page, '[data-interval-for="bitsRatio"]');
    await page.locator('[data-interval-for="bitsRatio"]').first().click();
    const pop = page.locator(".dist-pop");
    await pop.locator("svg").waitFor({ state: "visible" });
    expect(inViewport(await pop.boundingBox(), viewport), JSON.stringify(await pop.boundingBox())).toBe(true);
    await page.keyboard.press("Escape");

    await page.locator("figure .cite-btn").first().click();
    const dialog = page.locator("#cite-dialog");
    await dialog.waitFor({ state: "visible" });
    expect(inViewport(await dialog.boundingBox(), viewport), JSON.stringify(await dialog.boundingBox())).toBe(true);
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth + 1)).toBe(true);
  });

  it("a share spanning decades is drawn on a log axis: its ticks name several decades, not one spike at 0", async ({ open, expect }) => {
    const { page } = await open("/reward-events/", { viewport: desktop });
    await page.locator('[data-interval-for="rlEventShare"]').first().click();
    await page.locator(".dist-pop svg").waitFor({ state: "visible" });
    const ticks = await page.locator('.dist-pop svg [aria-label="x-axis tick label"] text').allTextContents();
    expect(new Set(ticks).size, ticks.join(" ")).toBeGreaterThanOrEqual(3);
    // 0.001%, 0.01%, 0.1%: a tenfold step between neighbours.
    const values = ticks.map((t) => Number(t.replace("%", "")));
    expect(values[1]! / values[0]!).toBeCloseTo(10, 5);
  });

  it("superscript digits in the prose come from one font (10⁸ beside 10¹⁵)", async ({ open, expect }) => {
    const { page, context } = await open("/reward-events/", { viewport: desktop });
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.id = "sup-probe";
      p.className = "prose";
      p.textContent = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻";
      document.querySelector(".prose")!.append(p);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument");
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "#sup-probe" });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    expect(fonts.map((f) => f.familyName)).toHaveLength(1);
  });

  it("printing a link draws every figure with its values; no masthead, no addresses in the text", async ({ open, expect }) => {
    const query = "?passesPerReward=250&passRate=0.1&bitsPerToken=1.5";
    const { page } = await open(`/token-loss-vs-sparse-reward/${query}`, { viewport: desktop });
    await page.waitForSelector("html[data-figures=loaded]");
    await page.emulateMedia({ media: "print" });
    // What the browser fires before it prints (page.pdf() prints without it in headless Chromium).
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    const figures = await page.$$eval("[data-figure]", (els) => els.map((el) => ({ deps: (el as HTMLElement).dataset["deps"]!, drawn: (el as HTMLElement).dataset["drawnWith"]! })));
    expect(figures.length).toBeGreaterThan(0);
    const values: Record<string, string> = Object.fromEntries(new URLSearchParams(query));
    for (const f of figures) {
      const defaults = await page.evaluate((deps) => deps.split(" ").map((id) => document.querySelector<HTMLElement>(`[data-input="${id}"]`)?.dataset["value"] ?? ""), f.deps);
      const expected = f.deps.split(" ").map((id, i) => values[id] ?? defaults[i]);
      // Inputs that are not on this page keep their defaults; the ones the link sets must be drawn with it.
      f.deps.split(" ").forEach((id, i) => (values[id] ? expect(f.drawn.split(" ")[i], `${f.deps}`).toBe(expected[i]) : undefined));
    }
    expect(await page.locator(".masthead").isHidden()).toBe(true);
    const after = await page.$$eval('.prose a[href^="http"]', (links) => links.map((a) => getComputedStyle(a, "::after").content));
    for (const content of after) expect(content === "none" || content === "normal").toBe(true);
  });

  it("on /essay/ the sidenotes show, unclipped, on a wide screen", async ({ open, expect }) => {
    const { page } = await open("/essay/", { viewport: { width: 1440, height: 900 } });
    const count = await page.locator(".sidenote").count();
    expect(count).toBeGreaterThan(0);
    for (let k = 0; k < count; k += Math.max(1, Math.floor(count / 4))) {
      const note = page.locator(".sidenote").nth(k);
      await note.scrollIntoViewIfNeeded();
      // A chapter on /essay/ is laid out lazily (content-visibility), which clips what overflows its box.
      const hit = await note.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const box = el.closest(".essay-chapter")!.getBoundingClientRect();
        return { visible: r.width > 0 && r.right <= innerWidth, insideItsChapter: r.left >= box.left && r.right <= box.right };
      });
      expect(hit, `sidenote ${k}`).toEqual({ visible: true, insideItsChapter: true });
    }
  });

  it("headline outputs show their range by default (also without JavaScript); the control shows the rest", async ({ open, expect }) => {
    for (const javaScriptEnabled of [false, true]) {
      const { page } = await open("/reward-events/", { viewport: desktop, javaScriptEnabled });
      expect(await page.locator('[data-interval-for="rlEventShare"]').first().isVisible()).toBe(true);
      const extra = page.locator('[data-interval-for="pretrainEventsPerRlEvent"]').first();
      expect(await extra.isVisible()).toBe(false);
      await page.locator("#show-ranges").check();
      expect(await extra.isVisible()).toBe(true);
    }
  });
});
