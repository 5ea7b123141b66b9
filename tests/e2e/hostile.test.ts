import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPages } from "./setup/pages";
import { browserAvailable, launch, openPage } from "./setup/browser";

/** Queries a hostile or careless link might carry, and whether the page should say something. */
const queries: [string, boolean][] = [
  ["passesPerReward=<script>alert(1)</script>", true],
  ["passesPerReward=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", true],
  ["rlComputeShare=NaN", true],
  ["rlComputeShare=Infinity", true],
  ["rlComputeShare=-Infinity", true],
  ["passesPerReward=-5", true],
  ["passesPerReward=0", true],
  ["passesPerReward=1e999", true],
  ["rlComputeShare=2", true],
  ["passesPerReward=250&passesPerReward=500", true],
  ["passesPerReward=", true],
  ["rlComputeShare=0x10", true],
  ["passesPerReward=1,000", true],
  [`passesPerReward=${"9".repeat(5000)}`, true],
  [`x=${"a".repeat(6000)}`, false],
  [`x=${"a".repeat(9000)}`, true],
  ["__proto__=1&constructor=2&toString=3", false],
  ["%E0%A4%A=1&passesPerReward=%", true],
  ["passesPerReward=%22%3E%3Csvg%20onload%3Dalert(1)%3E", true],
  ["unknown=1&utm_source=mail", false],
  ["passesPerReward=javascript:alert(1)", true],
  ["rlComputeShare=0.5e", true],
  ["passesPerReward=250#<script>alert(1)</script>", false],
];

describe.skipIf(!browserAvailable())("hostile and malformed queries", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(builtPages())("%s never throws, alerts, shows NaN or injects markup", async (path) => {
    for (const [query, expectNotice] of queries) {
      const { page, context, log } = await openPage(browser, `${path}?${query}`);
      const label = `${path}?${query.slice(0, 60)}`;
      expect(log.errors, label).toEqual([]);
      expect(log.dialogs, label).toEqual([]);
      const text = await page.locator("body").innerText();
      expect(text, label).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b/);
      expect(await page.locator("main img, main script, #notices *:not(ul):not(li):not(button)").count(), label).toBe(0);
      const values = await page.$$eval("[data-input],[data-output]", (els) => els.map((el) => Number((el as HTMLElement).dataset["value"])));
      for (const v of values) expect(Number.isNaN(v), label).toBe(false);
      expect(await page.locator("#notices").isVisible(), label).toBe(expectNotice);
      await context.close();
    }
    // Twenty-odd page loads per page: on a busy shared machine that can take more than the default minute.
  }, 180_000);
});
