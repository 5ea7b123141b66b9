import type { APIRoute, GetStaticPaths } from "astro";
import { chaptersWithMeta } from "../../build/pages/chapters";
import { type CardContent, cardSvg } from "../../build/preview/card";
import { chapterCard, coverCard } from "../../build/preview/cards";
import { renderPng } from "../../build/preview/render";

/** The preview images (1200x630 PNG) link unfurlers show: /og/cover.png for the cover and the whole essay, /og/<slug>.png per chapter. */
export const getStaticPaths: GetStaticPaths = async () => [
  { params: { card: "cover" }, props: { content: coverCard() } },
  ...(await chaptersWithMeta()).map(({ entry, meta }) => ({
    params: { card: entry.data.slug },
    props: { content: chapterCard(entry.data, meta.figures[0]?.name, entry.data.summary) },
  })),
];

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPng(await cardSvg((props as { content: CardContent }).content));
  return new Response(png, { headers: { "content-type": "image/png" } });
};
