import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection, render } from "astro:content";
import type { EssayMeta } from "../build/markdown/remarkEssayMeta";
import { markdownTwin } from "../build/pages/markdownTwin";

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection("chapters")).map((entry) => ({ params: { slug: entry.data.slug }, props: { entry } }));

/** The chapter as Markdown, default numbers filled in. */
export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: Awaited<ReturnType<typeof getCollection<"chapters">>>[number] };
  const { remarkPluginFrontmatter } = await render(entry);
  const path = `${import.meta.env.BASE_URL}${entry.data.slug}/`;
  const url = site ? new URL(path, site).href : path;
  const body = markdownTwin(entry.data, entry.body ?? "", remarkPluginFrontmatter["essay"] as EssayMeta, url);
  return new Response(body, { headers: { "content-type": "text/markdown; charset=utf-8" } });
};
