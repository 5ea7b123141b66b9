import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { byline, essay, quotationNotice } from "../essay/essay";

/** An index for readers that arrive through language-model tools (llmstxt.org). */
export const GET: APIRoute = async () => {
  const base = import.meta.env.BASE_URL;
  const chapters = (await getCollection("chapters")).sort((a, b) => a.data.order - b.data.order);
  const lines = [
    `# ${essay.title}`,
    "",
    `> ${essay.subtitle}. An explorable essay: every number is a live, sourced assumption.`,
    "",
    `By ${byline()}. Text, figures and data under [${essay.licence.short}](${essay.licence.url}); ${quotationNotice}`,
    "",
    "## Chapters (Markdown, default numbers filled in)",
    "",
    ...chapters.map((c) => `- [${c.data.title}](${base}${c.data.slug}.md): ${c.data.summary}`),
    "",
    "## Data",
    "",
    `- [Every quantity with its default, range and source](${base}quantities.json)`,
    `- [References](${base}references/)`,
    "",
  ];
  return new Response(lines.join("\n"), { headers: { "content-type": "text/plain; charset=utf-8" } });
};
