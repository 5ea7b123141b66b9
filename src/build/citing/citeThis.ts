import { bibtexAuthors, cslAuthors } from "./authors";
import { formatCsl } from "./bibliography";
import { currentEdition, editionDateParts, essay } from "../../essay/essay";
import type { EssayMeta } from "../markdown/remarkEssayMeta";

import { type CiteTarget, URL_TOKEN } from "../../essay/cite";
import type { Chapter } from "../../essay/chapterSchema";

/** BibTeX and formatted text for a chapter, each of its sections and each of its figures. */
export function citeTargets(chapter: Pick<Chapter, "slug" | "title">, meta: EssayMeta): CiteTarget[] {
  const whole = target(chapter, "chapter", chapter.title, "Cite this chapter");
  const sections = meta.sections.map((s) => target(chapter, s.id, `${chapter.title}: ${s.title}`, `Cite the section “${s.title}”`));
  const figures = meta.figures.map((f) => target(chapter, f.id, `${chapter.title}, Figure ${f.number}`, `Cite Figure ${f.number}`));
  return [whole, ...sections, ...figures];
}

/** A BibTeX key for the chapter or one of its parts: "bitsThatShapeAMind:reward-events:parity". */
export function bibtexKey(slug: string, part: string): string {
  return `bitsThatShapeAMind:${slug}${part === "chapter" ? "" : `:${part}`}`;
}

function target(chapter: Pick<Chapter, "slug" | "title">, part: string, title: string, label: string): CiteTarget {
  const [year, month, day] = editionDateParts();
  const bibtex = [
    `@incollection{${bibtexKey(chapter.slug, part)},`,
    `  title = {${title}},`,
    `  booktitle = {${essay.title}},`,
    `  author = {${bibtexAuthors(essay.authors)}},`,
    `  year = {${year}},`,
    `  edition = {${currentEdition.number}},`,
    `  url = {${URL_TOKEN}},`,
    `  note = {Edition ${currentEdition.number}, ${currentEdition.date}; the link reproduces the numbers shown}`,
    `}`,
  ].join("\n");
  const text = formatCsl({
    id: bibtexKey(chapter.slug, part),
    type: "chapter",
    title,
    "container-title": essay.title,
    author: cslAuthors(essay.authors),
    issued: { "date-parts": [[year, month, day]] },
    edition: String(currentEdition.number),
    URL: URL_TOKEN,
  });
  return { target: part, label, bibtex, text };
}
