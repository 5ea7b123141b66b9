import { existsSync, readFileSync } from "node:fs";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { editionHistory } from "../../../src/essay/editionNotes";
import { editions, essay } from "../../../src/essay/essay";
import { baseBuild } from "../../support/baseBuild";
import type { PublishContext } from "./context";

/** The sitemap, robots.txt and the feed of editions. */
export function discoverySuites({ site, html, pages }: PublishContext): void {
  describe("discovery: a sitemap, robots.txt and a feed of editions when the address is known", () => {
    const xml = (file: string) => new DOMParser().parseFromString(readFileSync(`${site.root}/${file}`, "utf8"), "text/xml") as unknown as Document;
    const texts = (doc: Document, tag: string) => [...doc.getElementsByTagName(tag)].map((el) => el.textContent?.trim() ?? "");

    it("the sitemap index points to a sitemap that lists every page but the 404, at its public URL", () => {
      const [child] = texts(xml("sitemap-index.xml"), "loc");
      expect(child).toBe(`${baseBuild.site}${site.base}sitemap-0.xml`);
      expect(texts(xml("sitemap-0.xml"), "loc").sort()).toEqual(pages().map((p) => `${baseBuild.site}${site.base}${p.slice(1)}`).sort());
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
}
