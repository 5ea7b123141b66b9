import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfFile } from "../../../src/essay/address";
import { chapterSlugs } from "../../../src/essay/chapterPlan";
import { authorName, essay } from "../../../src/essay/essay";
import { baseBuild, printing } from "../../support/baseBuild";
import { decodeEntities, fileFor } from "../../support/builtSite";
import { pngSize } from "../../support/png";
import type { PublishContext } from "./context";

/** Authorship, address and licence from src/essay/essay.ts; citation metadata on every citable page; preview images. */
export function metadataSuites({ site, html, pages, rootPages }: PublishContext): void {
  describe("one source for authorship, address and licence (src/essay/essay.ts) in the built site", () => {
    const names = essay.authors.map(authorName);

    it("every page names the licence in its head and footer; each chapter's cite panel says how to reuse it", () => {
      for (const path of [...pages(), "/404.html"]) {
        const page = path.endsWith(".html") ? readFileSync(`${site.root}${path}`, "utf8") : html(path);
        expect(page, path).toContain(`<link rel="license" href="${essay.licence.url}">`);
        expect(page, path).toMatch(new RegExp(`<p class="licence">[^]*?<a rel="license" href="${essay.licence.url}"[^>]*>${essay.licence.short}</a>[^]*?remain their authors`));
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
    // BibTeX writes dashes and quotes as ligatures: "---" is an em dash, "--" an en dash, ``x'' is “x”.
    const bibTitles = new Map(
      [...readFileSync("content/references.bib", "utf8").matchAll(/@\w+\{([^,\s]+),[^@]*?\btitle\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) => [
        m[1]!,
        m[2]!.replace(/[{}]/g, "").replaceAll("---", "—").replaceAll("--", "–").replaceAll("``", "“").replaceAll("''", "”").replaceAll("\\&", "&"),
      ]),
    );
    const metas = (page: string, name: string) => [...page.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)">`, "g"))].map((m) => decodeEntities(m[1]!));
    const jsonLd = (page: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!) as Record<string, unknown>;
    const work = `${baseBuild.site}${site.base}`;

    it.each(["/", "/essay/"])("%s describes the whole work: Scholar tags, a citation_reference per cited work, the PDF, and JSON-LD with its chapters", (path) => {
      const page = html(path);
      expect(metas(page, "citation_title")).toEqual([essay.title]);
      expect(metas(page, "citation_author")).toEqual(essay.authors.map(authorName));
      expect(metas(page, "citation_fulltext_html_url")).toEqual([`${work}${path.slice(1)}`]);
      expect(metas(page, "citation_pdf_url")).toEqual(printing ? [`${work}${pdfFile}`] : []);
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
}
