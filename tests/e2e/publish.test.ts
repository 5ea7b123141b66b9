import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { DOMParser } from "linkedom";
import { type Browser, chromium } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumFlags, chromiumPath } from "../../scripts/support/chromium";
import { builtPages } from "../../scripts/support/pages";
import { pdfFile } from "../../src/essay/address";
import { chapterSlugs } from "../../src/essay/chapterPlan";
import { editionHistory } from "../../src/essay/editionNotes";
import { authorName, editions, essay } from "../../src/essay/essay";
import { serveStatic } from "../../scripts/support/server";
import { baseBuild, buildUnderBase } from "../support/baseBuild";
import { brokenLinks, decodeEntities, fileFor } from "../support/builtSite";
import { pngSize } from "../support/png";

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
      expect(headers, path).toContain(`\n${path}\n  Content-Security-Policy: ${decodeEntities(meta!)}; frame-ancestors 'self'\n`);
    }
    expect(headers).toMatch(/\n\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n/);
    expect(headers.match(/Content-Security-Policy:/g)?.length).toBe(2 * pages.length + 1);
  });
});

describe.skipIf(!existsSync(chromiumPath))("the base-path build in a browser, served under /sub/path/ as a project site is", () => {
  let browser: Browser;
  let server: Server;
  let origin = "";
  beforeAll(async () => {
    ({ server, origin } = await serveStatic(site.root, { mount: site.base }));
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  /** Opens a page and records console errors and every failed or out-of-base request. */
  async function visit(path: string, expectedStatus = 200) {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      // The page's own status is checked below; Chromium also logs a 404 document as a failed resource.
      if (m.type() === "error" && !(expectedStatus === 404 && m.location().url === `${origin}${path}`)) problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`error: ${String(e)}`));
    page.on("request", (r) => {
      if (!r.url().startsWith("data:") && !r.url().startsWith("blob:") && !r.url().startsWith(`${origin}${site.base}`)) problems.push(`outside the base: ${r.url()}`);
    });
    page.on("response", (r) => (r.status() >= 400 && r.url() !== `${origin}${path}` ? problems.push(`${r.status()}: ${r.url()}`) : undefined));
    const response = await page.goto(`${origin}${path}`, { waitUntil: "load" });
    expect(response?.status()).toBe(expectedStatus);
    return { page, context, problems };
  }

  it("runs the lab in its worker at a linked setting, with every request under the base path", { timeout: 180_000 }, async () => {
    const { page, context, problems } = await visit(`${site.base}the-lab/?labSequenceLength=2&labVocabulary=4`);
    await page.waitForFunction(() => /Run in your browser/.test(document.querySelector("[data-lab-status]")?.textContent ?? ""), null, { timeout: 150_000 });
    const link = await page.locator("#cite-link").inputValue();
    await context.close();
    expect(problems).toEqual([]);
    expect(link).toContain(`${site.base}the-lab/`);
  });

  it("serves the 404 page, styled and linking under the base path, for an address it has no page for", async () => {
    const { page, context, problems } = await visit(`${site.base}no-such-page/`, 404);
    const heading = await page.locator("h1").textContent();
    // The essay's stylesheet applied: the body is set in its serif stack, not the browser's default.
    const font = await page.locator("body").evaluate((el) => getComputedStyle(el).fontFamily);
    const home = await page.locator(".masthead-title").getAttribute("href");
    await context.close();
    expect(problems).toEqual([]);
    expect(heading).toBe("No page here");
    expect(font).toContain("Iowan Old Style");
    expect(home).toBe(site.base);
  });
});

describe("one source for authorship, address and licence (src/essay/essay.ts) in the built site", () => {
  const names = essay.authors.map(authorName);

  it("every page names the licence in its head and footer; each chapter's cite panel says how to reuse it", () => {
    for (const path of [...pages, "/404.html"]) {
      const page = path.endsWith(".html") ? readFileSync(`${site.root}${path}`, "utf8") : html(path);
      expect(page, path).toContain(`<link rel="license" href="${essay.licence.url}">`);
      expect(page, path).toMatch(new RegExp(`<p class="licence">[^]*?<a rel="license" href="${essay.licence.url}">${essay.licence.short}</a>[^]*?remain their authors`));
    }
    for (const slug of chapterSlugs) expect(html(`/${slug}/`), slug).toMatch(/<p class="cite-licence">[^]*?rel="license"[^]*?remain their authors/);
  });

  it("the BibTeX, the Scholar tags and /quantities.json name the configured authors, address and licence", () => {
    const page = html("/reward-events/");
    expect(page).toContain(`author = {${essay.authors.map((a) => (a.kind === "person" ? `${a.family}, ${a.given}` : `{${a.name}}`)).join(" and ")}}`);
    for (const name of names) expect(page).toContain(`<meta name="citation_author" content="${name}">`);
    const data = JSON.parse(readFileSync(`${site.root}/quantities.json`, "utf8")) as { authors: string[]; url: string; licence: { spdx: string } };
    expect(data.authors).toEqual(names);
    expect(data.url).toBe(`${baseBuild.site}${site.base}`);
    expect(data.licence.spdx).toBe(essay.licence.spdx);
  });
});

describe("citation metadata on every citable page: the cover and /essay/ as the whole work, chapters as its parts", () => {
  /** Keys a chapter cites, read from its MDX source ("[@a, sec. 2; @b]"). */
  const citedIn = (slug: string) =>
    new Set(
      [...readFileSync(`content/chapters/${slug}.mdx`, "utf8").matchAll(/\[([^[\]]*@[^[\]]+)\]/g)].flatMap((g) =>
        g[1]!.split(";").map((p) => /(?:^|[\s-])@([\w:.-]*\w)/.exec(p.trim())?.[1]).filter((k): k is string => Boolean(k)),
      ),
    );
  /** Each BibTeX entry's title, braces removed, read straight from references.bib. */
  const bibTitles = new Map(
    [...readFileSync("content/references.bib", "utf8").matchAll(/@\w+\{([^,\s]+),[^@]*?\btitle\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) => [m[1]!, m[2]!.replace(/[{}]/g, "")]),
  );
  const metas = (page: string, name: string) => [...page.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)">`, "g"))].map((m) => decodeEntities(m[1]!));
  const jsonLd = (page: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!) as Record<string, unknown>;
  const work = `${baseBuild.site}${site.base}`;

  it.each(["/", "/essay/"])("%s describes the whole work: Scholar tags, a citation_reference per cited work, the PDF, and JSON-LD with its chapters", (path) => {
    const page = html(path);
    expect(metas(page, "citation_title")).toEqual([essay.title]);
    expect(metas(page, "citation_author")).toEqual(essay.authors.map(authorName));
    expect(metas(page, "citation_fulltext_html_url")).toEqual([`${work}${path.slice(1)}`]);
    expect(metas(page, "citation_pdf_url")).toEqual([`${work}${pdfFile}`]);
    const all = new Set(chapterSlugs.flatMap((slug) => [...citedIn(slug)]));
    const refs = metas(page, "citation_reference");
    expect(refs.length).toBe(all.size);
    for (const key of all) expect(refs.some((r) => r.startsWith(`citation_title=${bibTitles.get(key)!.replace(/;/g, ",")};`)), key).toBe(true);
    const ld = jsonLd(page);
    expect(ld["@type"]).toBe("Book");
    expect(ld["license"]).toBe(essay.licence.url);
    expect((ld["hasPart"] as { url: string }[]).map((p) => p.url)).toEqual(chapterSlugs.map((slug) => `${work}${slug}/`));
  });

  it.each(chapterSlugs)("/%s/ describes a part: Scholar tags, one citation_reference per work it cites, JSON-LD within the whole", (slug) => {
    const page = html(`/${slug}/`);
    const cited = citedIn(slug);
    expect(metas(page, "citation_inbook_title")).toEqual([essay.title]);
    expect(metas(page, "citation_fulltext_html_url")).toEqual([`${work}${slug}/`]);
    const refs = metas(page, "citation_reference");
    expect(refs.length).toBe(cited.size);
    for (const key of cited) expect(refs.some((r) => r.startsWith(`citation_title=${bibTitles.get(key)!.replace(/;/g, ",")};`)), key).toBe(true);
    const ld = jsonLd(page);
    expect(ld["@type"]).toBe("ScholarlyArticle");
    expect(ld["license"]).toBe(essay.licence.url);
    expect(ld["isPartOf"]).toEqual({ "@type": "Book", name: essay.title, url: work });
  });
});

describe("discovery: a sitemap, robots.txt and a feed of editions when the address is known", () => {
  const xml = (file: string) => new DOMParser().parseFromString(readFileSync(`${site.root}/${file}`, "utf8"), "text/xml") as unknown as Document;
  const texts = (doc: Document, tag: string) => [...doc.getElementsByTagName(tag)].map((el) => el.textContent?.trim() ?? "");

  it("the sitemap index points to a sitemap that lists every page but the 404, at its public URL", () => {
    const [child] = texts(xml("sitemap-index.xml"), "loc");
    expect(child).toBe(`${baseBuild.site}${site.base}sitemap-0.xml`);
    expect(texts(xml("sitemap-0.xml"), "loc").sort()).toEqual(pages.map((p) => `${baseBuild.site}${site.base}${p.slice(1)}`).sort());
  });

  it("robots.txt names the sitemap by its public URL", () => {
    expect(readFileSync(`${site.root}/robots.txt`, "utf8")).toContain(`\nSitemap: ${baseBuild.site}${site.base}sitemap-index.xml\n`);
  });

  it("the feed is RSS with one item per edition, as /updates/ lists them, each linking to its entry there", () => {
    const feed = xml("feed.xml");
    expect(feed.documentElement.tagName).toBe("rss");
    expect(texts(feed, "title")[0]).toBe(essay.title);
    const items = [...feed.getElementsByTagName("item")];
    expect(items).toHaveLength(editions.length);
    const updates = html("/updates/");
    for (const [item, edition] of items.map((item, i) => [item, editionHistory()[i]!] as const)) {
      const field = (tag: string) => item.getElementsByTagName(tag)[0]?.textContent?.trim() ?? "";
      expect(field("link")).toBe(`${baseBuild.site}${site.base}updates/#edition-${edition.number}`);
      expect(updates).toContain(`id="edition-${edition.number}"`);
      expect(new Date(field("pubDate")).toISOString().slice(0, 10)).toBe(edition.date);
      for (const change of edition.changes) expect(field("description")).toContain(change);
      for (const slug of edition.newChapters) expect(field("description")).toContain(`${baseBuild.site}${site.base}${slug}/`);
    }
    expect(html("/")).toContain(`<link rel="alternate" type="application/rss+xml" title="${essay.title}: editions" href="${baseBuild.site}${site.base}feed.xml">`);
  });

  it.skipIf(essay.url !== undefined)("a build without an address (npm test's dist/) writes no sitemap, robots.txt or feed", () => {
    for (const file of ["sitemap-index.xml", "robots.txt", "feed.xml"]) expect(existsSync(`dist/${file}`), file).toBe(false);
  });
});

describe("preview images: a 1200x630 PNG for the cover and each chapter, named by every page's og:image", () => {
  const meta = (page: string, attr: "name" | "property", key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`).exec(page)?.[1];

  it.each([...rootPages, "/404.html"])("%s names an existing 1200x630 PNG as og:image and twitter:image, with a large card", (path) => {
    const page = path.endsWith(".html") ? readFileSync(`${site.root}${path}`, "utf8") : html(path);
    const image = meta(page, "property", "og:image")!;
    expect(image.startsWith(`${baseBuild.site}${site.base}og/`), image).toBe(true);
    expect(meta(page, "name", "twitter:image")).toBe(image);
    expect(meta(page, "name", "twitter:card")).toBe("summary_large_image");
    expect(meta(page, "property", "og:image:width")).toBe("1200");
    expect(meta(page, "property", "og:image:height")).toBe("630");
    expect(meta(page, "property", "og:image:alt")?.length).toBeGreaterThan(10);
    const file = fileFor(site, new URL(image).pathname);
    expect(file, image).toBeDefined();
    expect(pngSize(readFileSync(file!))).toEqual({ width: 1200, height: 630 });
  });

  it("each chapter has its own preview; the cover and /essay/ share the cover's", () => {
    const images = chapterSlugs.map((slug) => /<meta property="og:image" content="([^"]*)">/.exec(html(`/${slug}/`))![1]);
    expect(images).toEqual(chapterSlugs.map((slug) => `${baseBuild.site}${site.base}og/${slug}.png`));
    expect(/<meta property="og:image" content="([^"]*)">/.exec(html("/essay/"))![1]).toBe(`${baseBuild.site}${site.base}og/cover.png`);
  });
});

describe("the printed essay (npm run pdf, run once above on /essay/ at L = 250)", () => {
  let pagesText: string[] = [];
  beforeAll(async () => {
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(`${site.root}/${pdfFile}`)));
    pagesText = (await extractText(pdf, { mergePages: false })).text.map((t) => t.replace(/\s+/g, " "));
  }, 60_000);
  const titles = chapterSlugs.map((slug) => {
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(readFileSync(`content/chapters/${slug}.mdx`, "utf8"))![1]!;
    return title.replace(/\\"/g, '"');
  });

  it("is where the cover links to it", () => {
    expect(html("/")).toContain(`href="${site.base}${pdfFile}"`);
  });

  it("has a page per chapter at least, each numbered 'n / total'", () => {
    const total = pagesText.length;
    expect(total).toBeGreaterThan(chapterSlugs.length);
    expect(total).toBeLessThan(150);
    pagesText.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`${i + 1} / ${total}`));
  });

  it("has the title, and every chapter's heading, in order, each starting a page", () => {
    expect(pagesText[0]).toContain(essay.title);
    let last = 0;
    titles.forEach((title, i) => {
      const page = pagesText.findIndex((text, p) => p > 0 && text.includes(`CHAPTER ${i + 1} ${title}`));
      expect(page, title).toBeGreaterThan(last);
      last = page;
    });
  });

  it("shows the figures with their numbers and the link's settings, and the references", () => {
    const all = pagesText.join(" ");
    expect(all).toContain("Figure 1.");
    // At L = 250 parity needs 250/251 = 99.60% of compute: the print shows the link's value, not the default 99.9%.
    expect(all).toContain("99.6%");
    expect(all).toContain("Language Models are Few-Shot Learners");
    expect(pagesText.findIndex((t) => /\bReferences\b/.test(t))).toBeGreaterThan(0);
  });
});
