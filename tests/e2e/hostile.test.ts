import fc from "fast-check";
import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { parseNumber } from "../../src/text/parseNumber";
import { inputSpec, isInputId } from "../../src/model/registry";
import { parseQuery } from "../../src/runtime/url";
import { clampInput } from "../../src/model/clamp";
import { hostileQuery, injections } from "../support/hostileQueries";
import { builtPages } from "../../scripts/support/pages";
import { browserAvailable, focusFirst, openPage, origin, type PageLog, useBrowser } from "./setup/browser";

// Every page gets hostile links and hostile typing, and must never throw, alert, show NaN or
// "undefined", or let the link or the typing create an element; it says so when it rejects a value.
// Pages run two at a time, each in one tab reused across all its queries.

/** Cases worth pinning by hand; each page also gets its own sample of generated queries. */
const fixed = [
  "passesPerReward=<script>window.pwned=1</script>",
  "passesPerReward=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%20data-pwned%3E",
  "rlComputeShare=NaN",
  "rlComputeShare=-Infinity",
  "passesPerReward=1e999",
  "passesPerReward=250&passesPerReward=500",
  "passesPerReward=",
  `passesPerReward=${"9".repeat(5000)}`,
  `x=${"a".repeat(9000)}`,
  "__proto__=1&constructor=2&toString=3",
  "%E0%A4%A=1&passesPerReward=%",
  "unknown=1&utm_source=mail",
];
const GENERATED_PER_PAGE = 12;
// Static hosts refuse very long addresses (Node's server at 16 KB of headers, nginx at 8 KB by default).
const MAX_URL = 8000;

const typed = [...injections.slice(0, 3), "NaN", "Infinity", "-1e999", "1e999", "", "0x10", "abc", "9".repeat(300), "٣", "12.5.6", "-5", "5", "1e5"];
const TYPED_PER_PAGE = 20;

const pages = builtPages();

/** What a page shows that no hostile input may produce, read in one round trip. */
function inspect(page: Page) {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLElement>("[data-input],[data-output]")].map((el) => el.dataset["value"] ?? "");
    const notices = document.getElementById("notices");
    return {
      text: document.body.innerText,
      // What the reader typed may be quoted back in a notice (as text): their words, not a link's.
      textOutsideNotices: document.body.innerText.replace(notices?.innerText ?? "", ""),
      nanValues: values.filter((v) => Number.isNaN(Number(v))),
      injected: document.querySelectorAll("[data-pwned], iframe, object, embed, [onerror], [onload]").length,
      scripts: document.scripts.length,
      images: document.images.length,
      pwned: (window as unknown as { pwned?: unknown }).pwned !== undefined,
      notice: Boolean(notices && !notices.hidden && notices.querySelector("li")),
      noticeCount: notices?.querySelectorAll("li").length ?? 0,
    };
  });
}

type Seen = Awaited<ReturnType<typeof inspect>>;

function expectClean(expect: typeof import("vitest").expect, seen: Seen, baseline: Seen, log: PageLog, label: string, typed = false): void {
  expect(log.errors, label).toEqual([]);
  expect(log.dialogs, label).toEqual([]);
  expect(typed ? seen.textOutsideNotices : seen.text, label).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b|pwned/);
  expect(seen.nanValues, label).toEqual([]);
  expect(seen.injected, label).toBe(0);
  expect(seen.pwned, label).toBe(false);
  expect([seen.scripts, seen.images], label).toEqual([baseline.scripts, baseline.images]);
}

describe.skipIf(!browserAvailable())("hostile and malformed links", () => {
  const browser = useBrowser();

  it.concurrent.for(pages.map((p, i) => [p, i] as const))(
    "%s never throws, alerts, shows NaN or injects markup, and gives a notice exactly when it rejects part of a link",
    { timeout: 240_000 },
    async ([path, index], { expect }) => {
      const generated = fc
        .sample(hostileQuery, { seed: 1000 + index, numRuns: 4 * GENERATED_PER_PAGE })
        .filter((q) => q.length <= MAX_URL)
        .slice(0, GENERATED_PER_PAGE)
        .map((q) => q.slice(1));
      const queries = [...fixed, ...generated];
      expect(queries.length).toBeGreaterThanOrEqual(20);
      const { page, context, log } = await openPage(browser(), path);
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
      // Late errors (a figure redrawn after the last check) count too.
      await page.waitForLoadState("networkidle");
      expect(log.errors).toEqual([]);
      await context.close();
    },
  );
});

describe.skipIf(!browserAvailable())("hostile typing into inline numbers", () => {
  const browser = useBrowser();
  const withInputs = pages.filter((p) => p !== "/references/" && p !== "/updates/");

  it.concurrent.for(withInputs)(
    "%s: typed text into every kind of inline number never throws or injects, and is rejected or clamped with a notice",
    { timeout: 240_000 },
    async (path, { expect }) => {
      const { page, context, log } = await openPage(browser(), path);
      const ids = [...new Set(await page.$$eval("[data-input]", (els) => els.map((el) => (el as HTMLElement).dataset["input"] ?? "")))].filter(isInputId);
      expect(ids.length, "inputs on the page").toBeGreaterThan(0);
      const baseline = await inspect(page);
      for (let i = 0; i < Math.max(TYPED_PER_PAGE, ids.length); i++) {
        const id = ids[i % ids.length]!;
        const text = typed[i % typed.length]!;
        const q = inputSpec(id);
        const label = `${path} ${id} ← ${JSON.stringify(text.slice(0, 40))}`;
        const before = await inspect(page);
        await page.locator(`[data-input="${id}"]`).first().scrollIntoViewIfNeeded();
        await focusFirst(page, id);
        await page.keyboard.press("Enter");
        const editor = page.locator(`input[data-editor-for="${id}"]`);
        await editor.fill(text);
        await editor.press("Enter");
        const seen = await inspect(page);
        expectClean(expect, seen, baseline, log, label, true);
        const parsed = parseNumber(text, q.format);
        const rejected = Number.isNaN(parsed) || clampInput(q, parsed) !== parsed;
        expect(seen.noticeCount > before.noticeCount, label).toBe(rejected);
        const value = Number((await page.locator(`[data-input="${id}"]`).first().getAttribute("data-value")) ?? "NaN");
        expect(Number.isFinite(value) && value >= q.min && value <= q.max, `${label}: ${value}`).toBe(true);
      }
      await context.close();
    },
  );
});
