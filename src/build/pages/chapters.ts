import { getCollection, render } from "astro:content";
import type { EssayMeta } from "../markdown/remarkEssayMeta";

/** Every written chapter in reading order, with what the build gathered from its content. */
export async function chaptersWithMeta() {
  const entries = (await getCollection("chapters")).sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    entries.map(async (entry) => {
      const rendered = await render(entry);
      return { entry, ...rendered, meta: rendered.remarkPluginFrontmatter["essay"] as EssayMeta };
    }),
  );
}
