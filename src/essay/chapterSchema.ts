import { z } from "astro/zod";
import { chapterSlugs } from "./chapterPlan";

/** A chapter's frontmatter, validated when the content collection loads (src/content.config.ts). */
export const chapterSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().int().positive(),
  slug: z.string().refine((s) => chapterSlugs.includes(s), {
    message: `slug must be one of the permanent chapter slugs: ${chapterSlugs.join(", ")}`,
  }),
  date: z.coerce.date(),
});

/** A chapter as the rest of the code sees it. */
export type Chapter = z.infer<typeof chapterSchema>;
