import { glob } from "astro/loaders";
import { defineCollection, z } from "astro:content";
import { chapterSlugs } from "./essay/chapterPlan";

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/chapters" }),
  schema: z.object({
    title: z.string().min(1),
    summary: z.string().min(1),
    order: z.number().int().positive(),
    slug: z.string().refine((s) => chapterSlugs.includes(s), {
      message: `slug must be one of the permanent chapter slugs: ${chapterSlugs.join(", ")}`,
    }),
    date: z.coerce.date(),
  }),
});

export const collections = { chapters };
