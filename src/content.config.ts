import { glob } from "astro/loaders";
import { defineCollection } from "astro:content";
import { chapterSchema } from "./essay/chapterSchema";

const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/chapters" }),
  schema: chapterSchema,
});

export const collections = { chapters };
