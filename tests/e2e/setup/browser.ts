import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { inject } from "vitest";

import { chromiumFlags, chromiumPath } from "./chromium";

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
