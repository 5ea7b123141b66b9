import fc from "fast-check";
import type { Page } from "playwright-core";
import { parseNumber } from "../../src/text/parseNumber";
import { type InputId, inputSpec, isInputId } from "../../src/model/registry";
import { parseQuery } from "../../src/runtime/url";
import { hostileQuery, injections } from "../support/hostileQueries";
import { builtPages } from "../../scripts/support/pages";
import { origin, type PageLog, test } from "./fixture";
import { focusFirst } from "./support/read";

// Every page gets hostile links and hostile typing, and must never throw, alert, show NaN or
// "undefined", or let the link or the typing create an element; it says so when it rejects a value.
// Pages run two at a time, each in one tab reused across all its queries.
// The parser behind the links is property-tested on 3,000 generated queries per property in
// tests/runtime/url.test.ts; here each page gets the pinned injections, a rotating share of the
// other pinned cases (each runs on several pages) and a generated link of its own.
// Typing waits only where an answer is due: for the notice when a value must be rejected, for the
// number when it must be taken; a notice arriving late is caught by counting them all at the end.

/**
 * Injections pinned by hand, every page gets all of them, in one link (each under its own key, so
 * the page must reject each on its own).
 */
const pinnedInjections = [
  [
    "passesPerReward=<script>window.pwned=1</script>",
    "rlComputeShare=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%20data-pwned%3E",
    "__proto__=1&constructor=2&toString=3",
  ].join("&"),
];
/** Other cases pinned by hand: each page gets PINNED_PER_PAGE of them, in turn, so each runs on several pages. */
const pinned = [
  "rlComputeShare=NaN",
  "rlComputeShare=-Infinity",
  "passesPerReward=1e999",
  "passesPerReward=250&passesPerReward=500",
  "passesPerReward=",
  `passesPerReward=${"9".repeat(5000)}`,
  `x=${"a".repeat(9000)}`,
  "%E0%A4%A=1&passesPerReward=%",
  "unknown=1&utm_source=mail",
];
const PINNED_PER_PAGE = 2;
const GENERATED_PER_PAGE = 1;
// Static hosts refuse very long addresses (Node's server at 16 KB of headers, nginx at 8 KB by default).
const MAX_URL = 8000;

/** Typed into an inline number: the injections on every page, the rest in turn (each on several pages). */
const typedInjections = injections.slice(0, 3);
const typed = ["NaN", "Infinity", "-1e999", "1e999", "", "0x10", "abc", "9".repeat(300), "٣", "12.5.6", "-5", "5", "1e5", "0.5"];
const TYPED_PER_PAGE = 5;

/** The n items of a list page `index` gets, so that consecutive pages take consecutive turns. */
const turn = <T>(list: readonly T[], index: number, n: number): T[] => Array.from({ length: n }, (_, k) => list[(index * n + k) % list.length]!);

const pages = builtPages();

/** What a page shows that no hostile input may produce, read in one round trip. */
function inspect(page: Page) {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLElement>("[data-input],[data-output]")].map((el) => el.dataset["value"] ?? "");
    const notices = document.getElementById("notices");
    const text = document.body.innerText;
    // Notices about typed values sit beside the number (one at a time; data-serial counts them).
    const typedNotice = document.getElementById("value-notice");
    return {
      text,
      // What the reader typed may be quoted back in a notice (as text): their words, not a link's.
      textOutsideNotices: text.replace(notices?.innerText ?? "", "").replace(typedNotice?.innerText ?? "", ""),
      nanValues: values.filter((v) => Number.isNaN(Number(v))),
      injected: document.querySelectorAll("[data-pwned], iframe, object, embed, [onerror], [onload]").length,
      scripts: document.scripts.length,
      images: document.images.length,
      pwned: (window as unknown as { pwned?: unknown }).pwned !== undefined,
      notice: Boolean(notices && !notices.hidden && notices.querySelector("li")),
      noticeCount: (notices?.querySelectorAll("li").length ?? 0) + Number(typedNotice?.dataset["serial"] ?? 0),
    };
  });
}

type Seen = Awaited<ReturnType<typeof inspect>>;

/** How many notices the page has given so far (cheap: no layout). */
function noticeCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll("#notices li").length + Number(document.getElementById("value-notice")?.dataset["serial"] ?? 0));
}

function expectClean(expect: typeof import("vitest").expect, seen: Seen, baseline: Seen, log: PageLog, label: string, typed = false): void {
  expect(log.errors, label).toEqual([]);
  expect(log.dialogs, label).toEqual([]);
  expect(typed ? seen.textOutsideNotices : seen.text, label).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b|pwned/);
  expect(seen.nanValues, label).toEqual([]);
  expect(seen.injected, label).toBe(0);
  expect(seen.pwned, label).toBe(false);
  expect([seen.scripts, seen.images], label).toEqual([baseline.scripts, baseline.images]);
}

test.concurrent.for(pages.map((p, i) => [p, i] as const))(
  "%s never throws, alerts, shows NaN or injects markup, and gives a notice exactly when it rejects part of a link",
  async ([path, index], { open, expect }) => {
    const generated = fc
      .sample(hostileQuery, { seed: 1000 + index, numRuns: 4 * GENERATED_PER_PAGE })
      .filter((q) => q.length <= MAX_URL)
      .slice(0, GENERATED_PER_PAGE)
      .map((q) => q.slice(1));
    const queries = [...pinnedInjections, ...turn(pinned, index, PINNED_PER_PAGE), ...generated];
    expect(queries.length).toBe(pinnedInjections.length + PINNED_PER_PAGE + GENERATED_PER_PAGE);
    const { page, log } = await open(path);
    const baseline = await inspect(page);
    for (const query of queries) {
      // Module scripts run before DOMContentLoaded (and after the stylesheet): the page has read the link by then.
      await page.goto(`${origin()}${path}?${query}`, { waitUntil: "domcontentloaded" });
      const label = `${path}?${query.slice(0, 80)}`;
      const seen = await inspect(page);
      expectClean(expect, seen, baseline, log, label);
      // The oracle is the parser itself (tested on its own in tests/runtime/url.test.ts), fed what the browser kept of the link.
      expect(seen.notice, label).toBe(parseQuery(new URL(page.url()).search).notices.length > 0);
    }
    // Late errors (a figure redrawn after the last check) count too: the fixture reads the log at the end.
    await page.waitForLoadState("networkidle");
  },
);

/** One input of each kind a page shows (percent, log scale, linear, whole numbers), so every kind gets typed into. */
function oneOfEachKind(ids: readonly InputId[]): InputId[] {
  const kinds = new Map<string, InputId>();
  for (const id of ids) {
    const q = inputSpec(id);
    kinds.set(`${q.format} ${q.scale} ${q.integer ?? false}`, kinds.get(`${q.format} ${q.scale} ${q.integer ?? false}`) ?? id);
  }
  return [...kinds.values()];
}

const withInputs = pages.filter((p) => p !== "/references/" && p !== "/updates/");

test.concurrent.for(withInputs.map((p, i) => [p, i] as const))(
  "%s: typed text into every kind of inline number never throws or injects, and is rejected or clamped with a notice",
  async ([path, index], { open, expect }) => {
    const { page, log } = await open(path);
    const ids = [...new Set(await page.$$eval("[data-input]", (els) => els.map((el) => (el as HTMLElement).dataset["input"] ?? "")))].filter(isInputId);
    expect(ids.length, "inputs on the page").toBeGreaterThan(0);
    const kinds = oneOfEachKind(ids);
    const texts = [...typedInjections, ...turn(typed, index, TYPED_PER_PAGE)];
    const baseline = await inspect(page);
    let rejections = 0;
    for (let i = 0; i < Math.max(texts.length, kinds.length); i++) {
      const id = kinds[i % kinds.length]!;
      const text = texts[i % texts.length]!;
      const q = inputSpec(id);
      const label = `${path} ${id} ← ${JSON.stringify(text.slice(0, 40))}`;
      // Written out here, not taken from the runtime: a value is used as typed only if it is a number in range (and whole, for counts).
      const parsed = parseNumber(text, q.format);
      const rejected = Number.isNaN(parsed) || parsed < q.min || parsed > q.max || (q.integer === true && !Number.isInteger(parsed));
      const before = await noticeCount(page);
      await page.locator(`[data-input="${id}"]`).first().scrollIntoViewIfNeeded();
      await focusFirst(page, id);
      await page.keyboard.press("Enter");
      const editor = page.locator(`input[data-editor-for="${id}"]`);
      await editor.fill(text);
      await editor.press("Enter");
      if (rejected) {
        rejections++;
        // The notice's module may still be loading the first time: wait for it.
        await page.waitForFunction(
          (n) => Number(document.getElementById("value-notice")?.dataset["serial"] ?? 0) + document.querySelectorAll("#notices li").length > n,
          before,
          { timeout: 10_000 },
        );
      } else {
        await page.waitForFunction(([i, v]) => Number(document.querySelector<HTMLElement>(`[data-input="${i}"]`)?.dataset["value"]) === v, [id, parsed] as const, { timeout: 10_000 });
      }
      const seen = await inspect(page);
      expectClean(expect, seen, baseline, log, label, true);
      expect(seen.noticeCount > before, label).toBe(rejected);
      const value = Number((await page.locator(`[data-input="${id}"]`).first().getAttribute("data-value")) ?? "NaN");
      expect(Number.isFinite(value) && value >= q.min && value <= q.max, `${label}: ${value}`).toBe(true);
    }
    // No notice came late, for a value that was taken: one notice per rejection, no more.
    await page.waitForLoadState("networkidle");
    expect((await inspect(page)).noticeCount - baseline.noticeCount, `${path}: notices`).toBe(rejections);
  },
);
