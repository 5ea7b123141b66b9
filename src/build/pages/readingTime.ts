/**
 * Reading time of a chapter from its MDX source: the words a reader reads (prose, headings,
 * captions; not imports, component tags, citation keys, heading ids or URLs) at 230 words a
 * minute, the usual figure for adults reading prose silently, plus 12 seconds for each figure
 * (the allowance Medium gives an image). Whole minutes, at least one.
 */
export const WORDS_PER_MINUTE = 230;
export const SECONDS_PER_FIGURE = 12;

/** The words of an MDX chapter body as a reader meets them. */
export function proseWords(mdx: string): number {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .replace(/^(import|export)\s.*$/gm, "")
    .replace(/\$\$[\s\S]*?\$\$/g, " formula ")
    .replace(/\$[^$\n]+\$/g, " x ")
    .replace(/<\/?[A-Za-z][^>]*>/g, " ")
    .replace(/\[@[^\]]*\]/g, "")
    .replace(/\[#[a-z0-9-]+\]/g, "")
    .replace(/\[\^[^\]]+\]:?/g, "")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/https?:\/\/\S+/g, "");
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%-]*/gu)?.length ?? 0;
}

/** Whole minutes to read a chapter of this MDX source. */
export function readingMinutes(mdx: string): number {
  const figures = mdx.match(/<(Lab)?Figure\s/g)?.length ?? 0;
  return Math.max(1, Math.round(proseWords(mdx) / WORDS_PER_MINUTE + (figures * SECONDS_PER_FIGURE) / 60));
}

/** "8 min read"; a duration a screen reader says in full comes from the `title`/`datetime` the caller adds. */
export function readingTimeText(minutes: number): string {
  return `${minutes} min read`;
}
