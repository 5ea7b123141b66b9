import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { defaultValues, inputSpec, isInputId } from "../../src/model/registry";
import { builtPages } from "../../scripts/support/pages";
import { readerInputs } from "../support/liveNumbers";
import { test } from "./fixture";
import { equationProblems, figureTextProblems, overflowProblems } from "./support/pageChecks";

// Every built page used by keyboard alone, and read on small screens. The fixture fails a test if
// the page logged an error (CSP violations included), opened a dialog or sent a request off the
// origin, after all that interaction too.

const pages = builtPages();
const defaults = defaultValues() as Record<string, number>;

/** Steps every live number with the keys, checks Home, then presses Reset by keyboard. */
async function keyboardProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const firsts = await page.$$eval("[data-input]", (els) => {
    const seen = new Map<string, { role: string | null; tabindex: string | null }>();
    for (const el of els) {
      const id = (el as HTMLElement).dataset["input"] ?? "";
      if (!seen.has(id)) seen.set(id, { role: el.getAttribute("role"), tabindex: el.getAttribute("tabindex") });
    }
    return [...seen];
  });
  const ids = firsts.map(([id]) => id).filter(isInputId);
  for (const [id, a] of firsts) if (a.role !== "slider" || a.tabindex !== "0") problems.push(`${id}: role ${a.role}, tabindex ${a.tabindex}`);
  const firstValues = () =>
    page.$$eval("[data-input]", (els) => {
      const out: Record<string, { value: string; min: string | null }> = {};
      for (const el of els) out[(el as HTMLElement).dataset["input"]!] ??= { value: (el as HTMLElement).dataset["value"]!, min: el.getAttribute("aria-valuemin") };
      return out;
    });
  const before = await firstValues();
  for (const id of ids) {
    await page.locator(`[data-input="${id}"]`).first().focus();
    await page.keyboard.press(defaults[id]! < inputSpec(id).max ? "ArrowUp" : "ArrowDown");
  }
  const stepped = await firstValues();
  for (const id of ids) if (stepped[id]!.value === before[id]!.value) problems.push(`${id} does not move with the arrow keys`);
  for (const id of ids) {
    await page.locator(`[data-input="${id}"]`).first().focus();
    await page.keyboard.press("Home");
  }
  const home = await firstValues();
  for (const id of ids) if (Number(home[id]!.value) !== Number(home[id]!.min)) problems.push(`${id}: Home gives ${home[id]!.value}, not ${home[id]!.min}`);
  if (ids.length > 0) {
    await page.locator("[data-state-tools]:not([hidden]) [data-action=reset]").first().focus();
    await page.keyboard.press("Enter");
    const values = await page.$$eval("[data-input]", (els) => els.map((el) => [(el as HTMLElement).dataset["input"]!, (el as HTMLElement).dataset["value"]!] as const));
    for (const [id, value] of values) if (Number(value) !== defaults[id]) problems.push(`${id} after Reset: ${value}, not ${defaults[id]}`);
  }
  return problems;
}

/**
 * A figure that depends on a reader input on the page is redrawn after a change (by Plot, under
 * the page's CSP). Lab figures wait for a rerun in the worker: tests/e2e/lab.test.ts covers them.
 */
async function redrawProblems(page: Page): Promise<string[]> {
  const target = await page.evaluate((readerIds) => {
    for (const fig of document.querySelectorAll<HTMLElement>("[data-figure][data-deps]")) {
      const id = (fig.dataset["deps"] ?? "").split(" ").find((d) => readerIds.includes(d) && document.querySelector(`[data-input="${d}"]`));
      if (id) return { figure: fig.id, input: id };
    }
    return undefined;
  }, readerInputs.map((q): string => q.id));
  if (!target) return [];
  await page.locator(`#${target.figure}`).scrollIntoViewIfNeeded();
  const drawn = () => page.locator(`#${target.figure} [data-plot]`).evaluateAll((els) => els.map((el) => el.innerHTML).join(""));
  const before = await drawn();
  await page.locator(`[data-input="${target.input}"]`).first().evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction(
    ([id, old]) => [...document.querySelectorAll(`#${id} [data-plot]`)].map((el) => el.innerHTML).join("") !== old,
    [target.figure, before] as const,
  );
  return (await drawn()) === before ? [`#${target.figure} was not redrawn after ${target.input} changed`] : [];
}

test.concurrent.for(pages)(
  "%s by keyboard alone: every live number steps with the arrows and goes to its minimum with Home, Reset restores the defaults; a figure is redrawn after a change",
  async (path, { open, expect }) => {
    const { page } = await open(path);
    expect.soft(await redrawProblems(page), "figure redraw").toEqual([]);
    expect.soft(await keyboardProblems(page), "keyboard").toEqual([]);
    // Late errors and requests (a figure redrawn, a chunk loaded after the last key) count too.
    await page.waitForLoadState("networkidle");
  },
);

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
