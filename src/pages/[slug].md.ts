import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection, render } from "astro:content";
import type { EssayMeta } from "../build/markdown/remarkEssayMeta";
import { markdownTwin } from "../build/pages/markdownTwin";
import { bestUrl } from "../build/pages/siteUrls";

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection("chapters")).map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));

/** The chapter as Markdown, default numbers filled in. */
export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof getCollection<"chapters">>>[number] };
  const { remarkPluginFrontmatter } = await render(entry);
  const url = bestUrl(`${entry.data.slug}/`, site);
  const body = markdownTwin(entry.data, entry.body ?? "", remarkPluginFrontmatter["essay"] as EssayMeta, url, (path) => bestUrl(path, site));
  return new Response(body, { headers: { "content-type": "text/markdown; charset=utf-8" } });
};
