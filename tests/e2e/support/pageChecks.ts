import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { defaultValues, inputSpec, isInputId } from "../../../src/model/registry";
import { readFigureTexts } from "../../support/figureLegibility";
import { readerInputs } from "../../support/liveNumbers";

// What every page is held to in the browser, one function per bar, each reading the page in as
// few round trips as it can. tests/e2e/every-page.test.ts runs them on one page per built page.
// Each returns what it found wrong (empty when the page passes), so one page can report them all.

const defaults = defaultValues() as Record<string, number>;

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Rules whose result depends on colours: all that can change between light and dark mode. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * axe-core's violations: every rule it runs by default, or only the colour rules. axe is evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern, so the
 * page keeps its policy (a CSP violation elsewhere still fails the test).
 */
export async function axeViolations(page: Page, only: "all" | "colour"): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async (rules) => {
    type Axe = { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    // Only violations are read: axe then skips the details of passes and inapplicable rules.
    const options = { resultTypes: ["violations"], ...(rules ? { runOnly: { type: "rule", values: rules } } : {}) };
    const result = await axe.run(document, options);
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }, only === "colour" ? COLOUR_RULES : null);
}

/**
 * Keyboard focus: a real Tab lands on the skip link (and puts the page in keyboard mode for
 * :focus-visible); then every tabbable element, focused in turn, shows an outline of at least
 * 2 px or a ring; no element jumps the tab order with a positive tabindex.
 */
export async function focusProblems(page: Page): Promise<string[]> {
  await page.keyboard.press("Tab");
  const first = await page.evaluate(() => document.activeElement?.textContent);
  const skipVisible = await page.locator(".skip").isVisible();
  const report = await page.evaluate(() => {
    const tabbable = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]")].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden" && !el.closest("details:not([open]) > :not(summary)"),
    );
    const invisible: string[] = [];
    for (const el of tabbable) {
      el.focus({ preventScroll: true });
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) >= 2;
      const ring = cs.boxShadow !== "none";
      if (document.activeElement !== el || !el.matches(":focus-visible") || !(outline || ring)) invisible.push(`no visible focus: ${el.outerHTML.slice(0, 120)}`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    const positive = [...document.querySelectorAll<HTMLElement>("[tabindex]")].filter((el) => el.tabIndex > 0).map((el) => `positive tabindex: ${el.outerHTML.slice(0, 80)}`);
    return { count: tabbable.length, problems: [...invisible, ...positive] };
  });
  return [
    ...(first === "Skip to the text" && skipVisible ? [] : [`the first Tab lands on "${first}", not on a visible skip link`]),
    ...(report.count > 3 ? [] : [`only ${report.count} tabbable elements`]),
    ...report.problems,
  ];
}

/** With prefers-reduced-motion, nothing transitions, animates or scrolls smoothly. */
export async function motionProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const moving = await page.evaluate(() => {
    const found: string[] = [];
    const moves = (cs: CSSStyleDeclaration) =>
      cs.transitionDuration.split(",").some((d) => parseFloat(d) > 0) ||
      (cs.animationName !== "none" && cs.animationDuration.split(",").some((d) => parseFloat(d) > 0));
    for (const el of document.querySelectorAll("*")) {
      for (const pseudo of [null, "::before", "::after"]) {
        if (moves(getComputedStyle(el, pseudo))) found.push(`moves under reduced motion: ${el.tagName.toLowerCase()}.${el.className}${pseudo ?? ""}`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") found.push("html scrolls smoothly under reduced motion");
    return found;
  });
  await page.emulateMedia({ reducedMotion: null });
  return moving;
}

/** The page never scrolls sideways: wide equations, tables and figures scroll in their own box. */
export async function overflowProblems(page: Page, screen: string): Promise<string[]> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement!;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !el.closest("[data-scrolls], .katex-display, .katex-mathml, .table-scroll, pre, .plot, .visually-hidden, .skip"))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { by: root.scrollWidth - root.clientWidth, wide };
  });
  return overflow.by === 0 && overflow.wide.length === 0 ? [] : [`on ${screen} the page scrolls sideways by ${overflow.by} px: ${overflow.wide.join(", ")}`];
}

/** Every display equation fits at this width, or scrolls sideways in its own box with a visible cue. Also says how many it read. */
export async function equationProblems(page: Page): Promise<{ count: number; problems: string[] }> {
  const found = await page.$$eval(".katex-display", (els) =>
    els.map((el) => ({ wide: el.scrollWidth > el.clientWidth + 1, overflow: getComputedStyle(el).overflowX, cue: getComputedStyle(el).backgroundImage, tex: el.textContent?.slice(0, 40) ?? "" })),
  );
  const problems = found
    .filter((e) => e.wide && !(/auto|scroll/.test(e.overflow) && e.cue.includes("radial-gradient")))
    .map((e) => `equation “${e.tex}” is wider than its box (overflow-x ${e.overflow}, cue ${e.cue})`);
  return { count: found.length, problems };
}

/** Figure text on show is at least 11 px and 4.5:1 against what lies behind it. Also says how many texts it read. */
export async function figureTextProblems(page: Page, scheme: string): Promise<{ count: number; problems: string[] }> {
  const texts = await page.evaluate(readFigureTexts);
  const problems = texts
    .filter((t) => t.px < 10.95 || t.contrast < 4.5)
    .map((t) => `${scheme} ${t.figure} “${t.text}”: ${t.px.toFixed(1)} px, ${t.contrast.toFixed(2)}:1`);
  return { count: texts.length, problems };
}

/** Steps every live number with the keys, checks Home, then presses Reset by keyboard. */
export async function keyboardProblems(page: Page): Promise<string[]> {
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
export async function redrawProblems(page: Page): Promise<string[]> {
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
