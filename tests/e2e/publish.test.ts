import { readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPages } from "../../scripts/support/pages";
import { serveStatic } from "../../scripts/support/server";
import { baseBuild, buildUnderBase } from "../support/baseBuild";
import { brokenLinks, decodeEntities, fileFor } from "../support/builtSite";
import { test } from "./fixture";
import type { PublishContext } from "./publish/context";
import { discoverySuites } from "./publish/discovery";
import { metadataSuites } from "./publish/metadata";
import { pdfSuites } from "./publish/pdf";

// The site as published under a sub-path with its address known (tests/support/baseBuild.ts), built once here.
const site = { root: baseBuild.root, base: baseBuild.base };
const html = (path: string) => readFileSync(`${site.root}${path}index.html`, "utf8");
// The root build's pages name the tests; the first test holds the base-path build to the same list.
const rootPages = builtPages("dist");
let pages: string[] = [];

beforeAll(() => {
  buildUnderBase();
  pages = builtPages(site.root);
}, 600_000);

describe("a build under a base path (BASE=/sub/path/)", () => {
  it("has every page the root build has", () => {
    expect(pages).toEqual(rootPages);
  });

  it("resolves every internal link, asset and #anchor of every page (and the 404 page) under the base path", () => {
    const failures: string[] = [];
    let total = 0;
    for (const path of [...pages, "/404.html"]) {
      const file = path.endsWith(".html") ? `${site.root}${path}` : `${site.root}${path}index.html`;
      const { refs, broken } = brokenLinks(site, file, `${site.base}${path.slice(1)}`);
      total += refs;
      failures.push(...broken.map((b) => `${path}: ${b}`));
    }
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThan(500);
  });

  it("rewrites the chapters' root-relative links and leaves no link, asset or worker outside the base path", () => {
    const outside: string[] = [];
    for (const path of [...pages, "/404.html"]) {
      const page = path.endsWith(".html") ? readFileSync(`${site.root}${path}`, "utf8") : html(path);
      for (const m of page.matchAll(/\s(?:href|src|action|poster|data)="(\/[^"/][^"]*)"/g)) if (!m[1]!.startsWith(site.base)) outside.push(`${path}: ${m[1]}`);
    }
    expect(outside).toEqual([]);
    // Every root-relative link a chapter writes in its MDX ("](/slug/#id)" or href="/slug/?q") is on its page under the base.
    let written = 0;
    for (const file of readdirSync("content/chapters").filter((f) => f.endsWith(".mdx"))) {
      const source = readFileSync(`content/chapters/${file}`, "utf8");
      const hrefs = new Set([...html(`/${file.replace(/\.mdx$/, "")}/`).matchAll(/\shref="([^"]*)"/g)].map((h) => decodeEntities(h[1]!)));
      for (const m of source.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)) {
        const link = m[1] ?? m[2]!;
        written++;
        expect(hrefs.has(`${site.base}${link.slice(1)}`), `${file}: ${link}`).toBe(true);
      }
    }
    expect(written).toBeGreaterThan(20);
    // The lab's worker is bundled under the base too.
    const scripts = [...html("/the-lab/").matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(fileFor(site, src), src).toBeDefined();
  });

  it("gives every page its canonical URL under the base path", () => {
    for (const path of pages) {
      expect(html(path), path).toContain(`<link rel="canonical" href="${baseBuild.site}${site.base}${path.slice(1)}">`);
    }
  });

  it("writes absolute links into the Markdown twins and CSV links and the cite panel under the base path", () => {
    const twin = readFileSync(`${site.root}/reward-events.md`, "utf8");
    expect(twin).toContain(`From ${baseBuild.site}${site.base}reward-events/ `);
    expect(twin).not.toMatch(/\]\(\/(?!sub\/path\/)/);
    expect(html("/reward-events/")).toContain(`href="${site.base}data/`);
    expect(html("/reward-events/")).toContain(`value="${baseBuild.site}${site.base}reward-events/?ed=`);
  });
});

describe("files for static hosts", () => {
  it("_headers sends each page's own Content-Security-Policy, with frame-ancestors, at its exact path", () => {
    const headers = readFileSync(`${site.root}/_headers`, "utf8");
    for (const path of pages) {
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html(path))?.[1];
      expect(meta, path).toBeTruthy();
      // Standalone figure pages exist to be embedded anywhere; every other page only in the essay's own frames.
      const ancestors = path.startsWith("/figure/") ? "*" : "'self'";
      expect(headers, path).toContain(`\n${path}\n  Content-Security-Policy: ${decodeEntities(meta!)}; frame-ancestors ${ancestors}\n`);
    }
    expect(headers).toMatch(/\n\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/);
    expect(headers.match(/Content-Security-Policy:/g)?.length).toBe(2 * pages.length + 1);
  });
});

describe("the base-path build in a browser, served under /sub/path/ as a project site is", () => {
  let server: Server;
  let at = "";
  beforeAll(async () => {
    ({ server, origin: at } = await serveStatic(site.root, { mount: site.base }));
  }, 60_000);
  afterAll(async () => {
    await new Promise((done) => server?.close(done));
  });

  test("runs the lab in its worker at a linked setting, with every request under the base path", { timeout: 180_000 }, async ({ open, expect }) => {
    // The fixture fails the test on a console error or a request outside `within`: here, outside the base path.
    const { page, response } = await open(`${site.base}the-lab/?labSequenceLength=2&labVocabulary=4`, { origin: at, within: `${at}${site.base}` });
    expect(response?.status()).toBe(200);
    await page.waitForFunction(() => /Run in your browser/.test(document.querySelector("[data-lab-status]")?.textContent ?? ""), null, { timeout: 150_000 });
    expect(await page.locator("#cite-link").inputValue()).toContain(`${site.base}the-lab/`);
  });

  test("serves the 404 page, styled and linking under the base path, for an address it has no page for", async ({ open, expect }) => {
    const path = `${site.base}no-such-page/`;
    // Chromium logs the 404 document itself as a failed resource: the log is checked here, without that line.
    const { page, response, log } = await open(path, { origin: at, within: `${at}${site.base}`, expectProblems: true });
    expect(response?.status()).toBe(404);
    expect(log.errors.filter((e) => !/404/.test(e))).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    expect(log.dialogs).toEqual([]);
    expect(await page.locator("h1").textContent()).toBe("No page here");
    // The essay's stylesheet applied: the body is set in its serif stack, not the browser's default.
    expect(await page.locator("body").evaluate((el) => getComputedStyle(el).fontFamily)).toContain("Iowan Old Style");
    expect(await page.locator(".masthead-title").getAttribute("href")).toBe(site.base);
  });
});

// The suites below read the same build; they live in tests/e2e/publish/ to keep each file short.
const context: PublishContext = { site, html, pages: () => pages, rootPages };
metadataSuites(context);
discoverySuites(context);
pdfSuites(context);
