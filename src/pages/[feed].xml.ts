import rss from "@astrojs/rss";
import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { bestUrl, siteUrl } from "../build/pages/siteUrls";
import { editionHistory } from "../essay/editionNotes";
import { byline, essay } from "../essay/essay";

/** A feed needs absolute links, so /feed.xml exists only when the site's address is known (SITE_URL or essay.ts's url). */
export const getStaticPaths: GetStaticPaths = () => (import.meta.env.SITE ? [{ params: { feed: "feed" } }] : []);

/** The editions as an RSS feed, from the same notes as /updates/: each edition, what changed and its new chapters. */
export const GET: APIRoute = async ({ site }) => {
  const titles = new Map((await getCollection("chapters")).map((c) => [c.data.slug, c.data.title]));
  const home = siteUrl("", site)!;
  return rss({
    title: essay.title,
    description: `${essay.subtitle}. Editions and corrections.`,
    site: home,
    trailingSlash: true,
    customData: `<language>${essay.language}</language><copyright>${essay.licence.short} (${essay.licence.url})</copyright>`,
    items: editionHistory().map((e) => {
      const chapters = e.newChapters.map((slug) => `${titles.get(slug) ?? slug} (${bestUrl(`${slug}/`, site)})`);
      return {
        title: `${essay.title}, edition ${e.number}`,
        link: bestUrl(`updates/#edition-${e.number}`, site),
        pubDate: new Date(`${e.date}T00:00:00Z`),
        author: byline(),
        description: [...e.changes, ...(chapters.length ? [`New chapters: ${chapters.join("; ")}.`] : [])].join(" "),
      };
    }),
  });
};
