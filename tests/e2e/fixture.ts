import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page, type Response } from "playwright-core";
import { inject, test as base } from "vitest";
import { chromiumFlags, chromiumPath } from "../../scripts/support/chromium";

// The one owner of every browser context a test opens. A test asks for `open` and calls it with a
// path and options (viewport, colour scheme, JavaScript on or off, ...); the fixture logs what the
// pages do and closes every context it opened when the test ends, pass or fail, so a failed
// assertion cannot leak a page. No test closes a context by hand.
// After the test it fails it if a page logged an error (a CSP violation counts), opened a dialog or
// sent a request off the origin, unless the test opened it with `expectProblems`.

/** The loopback address dist/ is served on (tests/e2e/setup/global.ts). */
export const origin = (): string => inject("origin");

/** What the pages of one context did that a test may want to forbid. */
export interface PageLog {
  errors: string[];
  dialogs: string[];
  foreignRequests: string[];
  requests: string[];
}

export interface OpenOptions extends BrowserContextOptions {
  /** Leave the page blank (for a test that navigates itself, e.g. to watch the first load's responses). */
  readonly navigate?: boolean;
  /** This test provokes errors, dialogs or foreign requests on purpose and checks the log itself. */
  readonly expectProblems?: boolean;
  /** Another site's address to open the path on (the base-path build's server); dist/'s by default. */
  readonly origin?: string;
  /** Requests must stay under this address (a base path), or they count as off the origin. The origin by default. */
  readonly within?: string;
}

export interface Opened {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly log: PageLog;
  /** The response to the first navigation, when the fixture navigated. */
  readonly response: Response | null;
}

export type Open = (path: string, options?: OpenOptions) => Promise<Opened>;

const DESKTOP = { width: 1100, height: 900 };

function watch(page: Page, log: PageLog, within: string): void {
  page.on("console", (m) => (m.type() === "error" ? log.errors.push(m.text()) : undefined));
  page.on("pageerror", (e) => log.errors.push(String(e)));
  page.on("dialog", (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("request", (r) => {
    log.requests.push(r.url());
    if (!r.url().startsWith(within) && !r.url().startsWith("data:") && !r.url().startsWith(`blob:${new URL(within).origin}`)) log.foreignRequests.push(r.url());
  });
}

export const test = base
  // One browser per test file, launched when a test first needs it; none when Chromium is missing.
  .extend("browser", { scope: "file" }, async ({}, { onCleanup }): Promise<Browser | undefined> => {
    if (!inject("browserAvailable")) return undefined;
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
    onCleanup(() => browser.close());
    return browser;
  })
  .extend("open", async ({ browser, skip }, { onCleanup }): Promise<Open> => {
    if (!browser) skip(`Chromium is not at ${chromiumPath} (tests/e2e/setup/global.ts says how to install it)`);
    const opened: { context: BrowserContext; log: PageLog; label: string; strict: boolean }[] = [];
    onCleanup(async () => {
      await Promise.all(opened.map(({ context }) => context.close().catch(() => undefined)));
      const problems = opened
        .filter((o) => o.strict)
        .flatMap(({ log, label }) => [
          ...log.errors.map((e) => `${label}: console error: ${e}`),
          ...log.dialogs.map((d) => `${label}: dialog: ${d}`),
          ...log.foreignRequests.map((r) => `${label}: request off the origin: ${r}`),
        ]);
      if (problems.length > 0) throw new Error(`The pages of this test misbehaved:\n${problems.join("\n")}`);
    });
    return async (path, { navigate = true, expectProblems = false, origin: at = origin(), within = at, ...options } = {}) => {
      const context = await browser!.newContext({ viewport: DESKTOP, ...options });
      // Waits get a minute, not Playwright's 30 s: the machines are shared, and a loaded one is slow, not broken.
      context.setDefaultTimeout(60_000);
      const log: PageLog = { errors: [], dialogs: [], foreignRequests: [], requests: [] };
      opened.push({ context, log, label: path, strict: !expectProblems });
      // A CSP violation is an error like any other (Chromium also logs most of them to the console).
      await context.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`)),
      );
      // Every page of the context is watched, including those a test opens later (a link's receiver).
      const watched = new WeakSet<Page>();
      const attach = (p: Page) => {
        if (!watched.has(p)) watch(p, log, within);
        watched.add(p);
      };
      context.on("page", attach);
      const page = await context.newPage();
      attach(page);
      const response = navigate ? await page.goto(`${at}${path}`, { waitUntil: "load" }) : null;
      return { page, context, log, response };
    };
  });

export { expect } from "vitest";
