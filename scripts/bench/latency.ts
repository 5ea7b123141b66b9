import type { Page } from "playwright-core";

export interface InputLatency {
  input: string;
  presses: number;
  /** Key press (the keydown event's timestamp) to the first change of a dependent data-output, ms. */
  outputP50: number;
  outputP95: number;
  /** Presses that redrew at least one figure, and key press to the end of the first redraw (figures are redrawn one per frame), ms. */
  figurePresses: number;
  figureP50: number | null;
  figureP95: number | null;
  /** Of that, the redraw's own work: from the start of the frame it runs in to its end, ms. */
  drawP50: number | null;
  drawP95: number | null;
  /** The longest gap between frames in the five frames after each press, ms (16.7 when no frame is missed at 60 Hz). */
  frameP95: number;
}

export interface PageLatency {
  inputs: InputLatency[];
  /** Layout shift while loading (the CLS a reader sees), and any shift at all once the reader starts pressing keys. */
  clsLoad: number;
  shiftAfterInput: number;
  /** The largest change in any figure's height across all redraws, px (0: redraws move nothing). */
  figureResizePx: number;
}

interface Bench {
  t0: number;
  frame: number;
  output: number;
  figure: number;
  gap: number;
  shiftLoad: number;
  shiftInput: number;
  pressed: boolean;
}
type BenchWindow = Window & { __bench: Bench };

/** Installed before the page's own scripts: layout shifts from the first paint on. */
export async function installShiftObserver(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const bench: Bench = { t0: 0, frame: 0, output: 0, figure: 0, gap: 0, shiftLoad: 0, shiftInput: 0, pressed: false };
    (window as unknown as BenchWindow).__bench = bench;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (bench.pressed) bench.shiftInput += entry.value;
        else if (!entry.hadRecentInput) bench.shiftLoad += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Times key presses on one input: keydown to dependent output, and to the end of any figure redraw it causes. */
function instrument(page: Page): Promise<void> {
  return page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    window.addEventListener("keydown", (e) => {
      bench.pressed = true;
      bench.t0 = e.timeStamp;
      bench.output = 0;
      bench.figure = 0;
      bench.frame = 0;
      bench.gap = 0;
      // Registered before the page's own handlers run, so this callback opens the frame a redraw lands in;
      // then the gaps between the next frames show whether any of them ran long.
      const frames = (n: number, last: number) =>
        requestAnimationFrame((t) => {
          if (last) bench.gap = Math.max(bench.gap, t - last);
          else bench.frame = performance.now() - bench.t0;
          if (n > 0) frames(n - 1, t);
        });
      frames(5, 0);
    }, { capture: true });
    new MutationObserver((records) => {
      const now = performance.now();
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        if (!el) continue;
        if (el.closest("[data-plot]")) bench.figure ||= now - bench.t0;
        else if (!bench.output && el.closest("[data-output]")) bench.output = now - bench.t0;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["data-value"] });
  });
}

/** Resolves once the press has been answered and two frames have passed (so a redraw scheduled for the next frame is in). */
type Settled = { output: number; figure: number; frame: number; gap: number };
function settle(page: Page): Promise<Settled> {
  return page.evaluate(
    () =>
      new Promise<Settled>((done) => {
        const bench = (window as unknown as BenchWindow).__bench;
        const start = performance.now();
        const frames = (n: number, then: () => void) => (n === 0 ? then() : requestAnimationFrame(() => frames(n - 1, then)));
        const poll = () => {
          if (bench.output || performance.now() - start > 500) frames(7, () => done({ output: bench.output, figure: bench.figure, frame: bench.frame, gap: bench.gap }));
          else setTimeout(poll, 1);
        };
        poll();
      }),
  );
}

const figureHeights = (page: Page) => page.$$eval("[data-figure]", (els) => els.map((el) => el.getBoundingClientRect().height));

const snapshot = (page: Page) => page.$$eval("[data-output]", (els) => els.map((el) => (el as HTMLElement).dataset["value"]).join("|"));

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

/**
 * For each distinct input on the page that has dependents (up to maxInputs), presses arrow keys
 * (alternately up and down, so the value always changes) and times the reaction in the page.
 */
export async function measureLatency(page: Page, presses: number, maxInputs: number): Promise<PageLatency> {
  await instrument(page);
  // The lab's settings start an experiment in a worker (its reaction is a progress bar; npm run bench:lab times it).
  const ids = [...new Set(await page.$$eval("[data-input]", (els) => els.map((el) => (el as HTMLElement).dataset["input"] ?? "")))].filter(
    (id) => id && !id.startsWith("lab"),
  );
  const inputs: InputLatency[] = [];
  const heights0 = await figureHeights(page);
  let figureResizePx = 0;
  for (const id of ids) {
    if (inputs.length >= maxInputs) break;
    const el = page.locator(`[data-input="${id}"]:visible`).first();
    if ((await el.count()) === 0) continue;
    await el.scrollIntoViewIfNeeded();
    await el.focus();
    // Probe: does a key change any output? At the upper bound only ArrowDown does.
    let keys = ["ArrowUp", "ArrowDown"];
    const before = await snapshot(page);
    await page.keyboard.press(keys[0]!);
    await settle(page);
    if ((await snapshot(page)) === before) {
      keys = ["ArrowDown", "ArrowUp"];
      await page.keyboard.press(keys[0]!);
      await settle(page);
      if ((await snapshot(page)) === before) continue;
    }
    // Warm-up (the first presses load Plot and the figure builders); then the timed presses.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press(keys[(i + 1) % 2]!);
      await settle(page);
    }
    const outputs: number[] = [];
    const figures: number[] = [];
    const draws: number[] = [];
    const gaps: number[] = [];
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(keys[i % 2]!);
      const { output, figure, frame, gap } = await settle(page);
      gaps.push(gap);
      if (output > 0) outputs.push(output);
      if (figure > 0) {
        figures.push(figure);
        if (frame > 0 && figure >= frame) draws.push(figure - frame);
      }
      if (i < 2) {
        const heights = await figureHeights(page);
        for (const [k, h] of heights.entries()) figureResizePx = Math.max(figureResizePx, Math.abs(h - (heights0[k] ?? h)));
      }
    }
    if (outputs.length === 0) continue;
    inputs.push({
      input: id,
      presses: outputs.length,
      outputP50: percentile(outputs, 50),
      outputP95: percentile(outputs, 95),
      figurePresses: figures.length,
      figureP50: figures.length ? percentile(figures, 50) : null,
      figureP95: figures.length ? percentile(figures, 95) : null,
      drawP50: draws.length ? percentile(draws, 50) : null,
      drawP95: draws.length ? percentile(draws, 95) : null,
      frameP95: percentile(gaps, 95),
    });
  }
  const { shiftLoad, shiftInput } = await page.evaluate(() => (window as unknown as BenchWindow).__bench);
  return { inputs, clsLoad: shiftLoad, shiftAfterInput: shiftInput, figureResizePx };
}
