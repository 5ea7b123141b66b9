import type { Page } from "playwright-core";
import { describe } from "vitest";
import { chapterLike, builtPages } from "../../scripts/support/pages";
import { inputSpec, isInputId } from "../../src/model/registry";
import { type Collision, findCollisions } from "../support/figureGeometry";
import { origin, test as it } from "./fixture";

/**
 * No text in a figure overlaps other text, is crossed by a plotted line, rule, area, dot or a
 * bar's edge, or falls outside the figure: on every page with figures, at both layouts (both
 * drawings are shown side by side for measuring, so one load measures both), at the defaults and
 * with each input a figure reads at either end of its range. An input the page shows is taken to
 * its ends by keyboard (Home, End) and back with its reset button, in the one page; an input the
 * page does not show is set through the link. Either way every figure is then drawn whole, at both
 * sizes, by the print handler (beforeprint), before it is measured.
 * /essay/ repeats the chapters' figures and is left out.
 */
const pages = builtPages().filter((p) => chapterLike(p) && p !== "/essay/");

const BOTH_SIZES = ".plot-narrow, .plot-wide { display: block !important; }";

/** Draws every figure at the page's current values, whole and at both sizes, and measures them. */
async function measure(page: Page): Promise<Collision[]> {
  await page.waitForSelector("html[data-figures=loaded]", { timeout: 30_000 });
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  return page.evaluate(findCollisions);
}

/** Loads a page with both sizes of every figure shown, the figure module loaded (as a first key press loads it). */
async function load(page: Page, url: string): Promise<void> {
  if (url) await page.goto(url, { waitUntil: "load" });
  await page.addStyleTag({ content: BOTH_SIZES });
  await page.evaluate(() => document.querySelector<HTMLElement>("[data-input]")?.focus({ preventScroll: true }));
}

/** The values of `id` the figures that read it say they were drawn with (data-drawn-with, in deps order). */
function drawnAt(page: Page, id: string): Promise<string[]> {
  return page.$$eval("[data-figure][data-deps]", (els, i) => {
    const seen = els.flatMap((el) => {
      const deps = ((el as HTMLElement).dataset["deps"] ?? "").split(" ");
      const k = deps.indexOf(i);
      return k < 0 ? [] : [((el as HTMLElement).dataset["drawnWith"] ?? "").split(" ")[k] ?? ""];
    });
    return [...new Set(seen)];
  }, id);
}

const describeCollision = (c: Collision) => `${c.figure} (${c.layout}): ${c.kind} “${c.text}”${c.other ? ` × “${c.other}”` : ""}`;

describe("figure labels never collide", () => {
  it.for(pages)("%s, at the defaults (light and dark) and at the ends of every input its figures read", { timeout: 600_000 }, async (path, { open, expect }) => {
    const found = new Set<string>();
    const { page } = await open(path, { viewport: { width: 1280, height: 800 } });
    if ((await page.locator("figure.live-figure").count()) === 0) return;
    const deps = [...new Set(await page.$$eval("[data-figure]", (els) => els.flatMap((el) => (el as HTMLElement).dataset["deps"]?.split(" ") ?? [])))].filter(isInputId);
    const onPage = new Set(await page.$$eval("[data-input]", (els) => els.map((el) => (el as HTMLElement).dataset["input"] ?? "")));
    await load(page, "");
    for (const c of await measure(page)) found.add(`defaults: ${describeCollision(c)}`);
    await page.emulateMedia({ colorScheme: "dark" });
    for (const c of await measure(page)) found.add(`defaults, dark: ${describeCollision(c)}`);
    await page.emulateMedia({ colorScheme: "light" });
    for (const id of deps.filter((d) => onPage.has(d))) {
      const q = inputSpec(id);
      const number = page.locator(`[data-input="${id}"]`).first();
      for (const [key, end] of [["Home", q.min], ["End", q.max]] as const) {
        await number.focus();
        await page.keyboard.press(key);
        expect(Number(await number.getAttribute("data-value")), `${id} after ${key}`).toBe(end);
        for (const hit of await measure(page)) found.add(`${id}=${end}: ${describeCollision(hit)}`);
        expect(await drawnAt(page, id), `every figure reading ${id} is drawn at ${end}`).toEqual([String(end)]);
      }
      await page.evaluate((i) => document.querySelector<HTMLButtonElement>(`button[data-reset-for="${i}"]`)?.click(), id);
    }
    for (const id of deps.filter((d) => !onPage.has(d))) {
      const q = inputSpec(id);
      for (const query of [`${id}=${q.min}`, `${id}=${q.max}`]) {
        await load(page, `${origin()}${path}?${query}`);
        for (const hit of await measure(page)) found.add(`${query}: ${describeCollision(hit)}`);
      }
    }
    expect([...found], "collisions").toEqual([]);
  });
});
