import { readFileSync } from "node:fs";
import { builtPages } from "../../scripts/support/pages";
import { test } from "./fixture";
import { equationProblems, figureTextProblems, overflowProblems } from "./support/pageChecks";

// Every built page read on small screens. The fixture fails a test if the page logged an error
// (CSP violations included), opened a dialog or sent a request off the origin.

const pages = builtPages();

/** How many times the built page holds this class (what the browser should find). */
const countInBuilt = (path: string, cls: string) => readFileSync(`dist${path}index.html`, "utf8").split(`class="${cls}"`).length - 1;

test.concurrent.for(pages)(
  "%s on a 360 px phone: never scrolls sideways (nor at 200% zoom, 640 CSS px); every display equation fits or scrolls in its own box with a cue; figure text is at least 11 px and 4.5:1, light and dark",
  async (path, { open, expect }) => {
    // Both screens at two device pixels per CSS pixel, as phones and a zoomed desktop have.
    const { page } = await open(path, { viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 });
    expect.soft(await overflowProblems(page, "a 360 px phone")).toEqual([]);
    const equations = await equationProblems(page);
    expect(equations.count, "display equations read").toBe(countInBuilt(path, "katex-display"));
    expect.soft(equations.problems).toEqual([]);
    const figures = await page.locator("figure.live-figure").count();
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const texts = await figureTextProblems(page, scheme);
      if (figures > 0) expect(texts.count, `figure texts read (${scheme})`).toBeGreaterThan(0);
      expect.soft(texts.problems).toEqual([]);
    }
    await page.setViewportSize({ width: 640, height: 400 });
    expect.soft(await overflowProblems(page, "200% zoom")).toEqual([]);
  },
);
