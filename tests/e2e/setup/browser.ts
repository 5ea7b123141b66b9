import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { chromiumFlags, chromiumPath } from "../../../scripts/support/chromium";

export { chromiumFlags, chromiumPath };

export const origin = () => inject("origin");
export const browserAvailable = () => inject("browserAvailable");

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/** What a page did that a test may want to forbid: errors, dialogs, requests off the origin. */
export interface PageLog {
  errors: string[];
  dialogs: string[];
  foreignRequests: string[];
  requests: string[];
}

export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; context: BrowserContext; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const page = await context.newPage();
  const log: PageLog = { errors: [], dialogs: [], foreignRequests: [], requests: [] };
  page.on("console", (m) => (m.type() === "error" ? log.errors.push(m.text()) : undefined));
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("dialog", (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  // A CSP violation is an error like any other (Chromium also logs most of them to the console).
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`)),
  );
  page.on("request", (r) => {
    log.requests.push(r.url());
    if (!r.url().startsWith(origin()) && !r.url().startsWith("data:")) log.foreignRequests.push(r.url());
  });
  await page.goto(`${origin()}${path}`, { waitUntil: "load" });
  return { page, context, log };
}

/** Every data-value of the live elements with this input or output id. */
export function valuesOf(page: Page, kind: "input" | "output", id: string): Promise<string[]> {
  return page.$$eval(`[data-${kind}="${id}"]`, (els) => els.map((el) => (el as HTMLElement).dataset["value"] ?? ""));
}

/**
 * One browser for a test file: launched before its tests, closed after. Call it at the top of a
 * describe block; the returned function gives the browser inside tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("useBrowser(): the browser is used before beforeAll launched it");
    return browser;
  };
}

/** Focuses the first live input with this id (the one a reader meets first). */
export function focusFirst(page: Page, id: string): Promise<void> {
  return page.locator(`[data-input="${id}"]`).first().focus();
}

/** The data-value of the first element with this input or output id. */
export async function firstValue(page: Page, kind: "input" | "output", id: string): Promise<string | undefined> {
  return (await valuesOf(page, kind, id))[0];
}

/** The one value every copy of an input or output shows (asserting there is at least one and all agree). */
export async function onlyValue(page: Page, kind: "input" | "output", id: string): Promise<string> {
  const values = await valuesOf(page, kind, id);
  expect(values.length, `${id} is on the page`).toBeGreaterThan(0);
  expect(new Set(values).size, `every copy of ${id} shows the same value`).toBe(1);
  return values[0]!;
}

/** The text the first copy of an output shows. */
export function outputText(page: Page, id: string): Promise<string | null> {
  return page.locator(`[data-output="${id}"]`).first().textContent();
}
