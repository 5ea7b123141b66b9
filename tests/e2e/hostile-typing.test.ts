import type { InputId } from "../../src/model/registry";
import { inputSpec, isInputId } from "../../src/model/registry";
import { parseNumber } from "../../src/text/parseNumber";
import { injections } from "../support/hostileQueries";
import { builtPages } from "../../scripts/support/pages";
import { test } from "./fixture";
import { focusFirst } from "./support/read";
import { expectClean, inspect, noticeCount, turn } from "./support/hostilePage";

// Every page with inline numbers gets hostile typing into each kind of number it shows, and must
// never throw, alert, show NaN or "undefined", or let the typing create an element; a value is
// taken only if it is a number in range (and whole, for counts), and otherwise rejected or clamped
// with a notice. Typing waits only where an answer is due: for the notice when a value must be
// rejected, for the number when it must be taken; a notice arriving late is caught by counting
// them all at the end. Links: hostile-links.test.ts.

/** Typed into an inline number: the injections on every page, the rest in turn (each on several pages). */
const typedInjections = injections.slice(0, 3);
const typed = ["NaN", "Infinity", "-1e999", "1e999", "", "0x10", "abc", "9".repeat(300), "٣", "12.5.6", "-5", "5", "1e5", "0.5"];
const TYPED_PER_PAGE = 5;

const pages = builtPages();

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
