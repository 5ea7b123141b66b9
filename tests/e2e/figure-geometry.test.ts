import type { Page } from "playwright-core";
import { describe } from "vitest";
import { chapterLike, builtPages } from "../../scripts/support/pages";
import { inputSpec, isInputId } from "../../src/model/registry";
import { type Collision, findCollisions } from "../support/figureGeometry";
import { test as it } from "./fixture";

/**
 * No text in a figure overlaps other text, is crossed by a plotted line, rule, area, dot or a
 * bar's edge, or falls outside the figure: on every page with figures, at both layouts (both
 * drawings are shown side by side for measuring, so one load measures both), at the defaults and
 * with each input a figure reads at either end of its range (set through the link).
 * /essay/ repeats the chapters' figures and is left out.
 */
const pages = builtPages().filter((p) => chapterLike(p) && p !== "/essay/");

/** Shows both sizes of every figure at once, and draws every figure at the link's values (beforeprint does that). */
async function measure(page: Page, query: string): Promise<Collision[]> {
  await page.addStyleTag({ content: ".plot-narrow, .plot-wide { display: block !important; }" });
  if (query) {
    await page.waitForSelector("html[data-figures=loaded]", { timeout: 30_000 });
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  }
  return page.evaluate(findCollisions);
}


const describeCollision = (c: Collision) => `${c.figure} (${c.layout}): ${c.kind} “${c.text}”${c.other ? ` × “${c.other}”` : ""}`;

describe("figure labels never collide", () => {

  it.for(pages)("%s, at the defaults (light and dark) and at the ends of every input its figures read", { timeout: 600_000 }, async (path, { open, expect }) => {
    const found = new Set<string>();
    const { page } = await open(path, { viewport: { width: 1280, height: 800 } });
    const deps = await page.$$eval("[data-figure]", (els) => els.flatMap((el) => (el as HTMLElement).dataset["deps"]?.split(" ") ?? []));
    if ((await page.locator("figure.live-figure").count()) === 0) {
      return;
    }
    for (const c of await measure(page, "")) found.add(`defaults: ${describeCollision(c)}`);
    const dark = await open(path, { viewport: { width: 1280, height: 800 }, colorScheme: "dark" });
    for (const c of await measure(dark.page, "")) found.add(`defaults, dark: ${describeCollision(c)}`);

    const ends = [...new Set(deps)].filter(isInputId).flatMap((id) => {
      const q = inputSpec(id);
      return [`${id}=${q.min}`, `${id}=${q.max}`];
    });
    for (const query of ends) {
      const { page: p } = await open(`${path}?${query}`, { viewport: { width: 1280, height: 800 } });
      for (const hit of await measure(p, query)) found.add(`${query}: ${describeCollision(hit)}`);
    }
    expect([...found], "collisions").toEqual([]);
  });
});
