/** Locator labels rehype-citation understands; any other locator text would silently vanish. */
const labels = [
  "p.", "pp.", "page", "pages", "sec.", "secs.", "section", "sections", "§", "§§", "chap.", "chapter", "fig.", "figs",
  "figure", "para.", "¶", "note", "n.", "vol.", "part", "pt.", "no.", "col.", "line", "l.", "book", "bk.",
];

export interface CitationItem {
  readonly key: string;
  readonly locator: string | undefined;
}

/** The citations in a piece of prose: "[@a, sec. 2; @b]" gives two items. */
export function citationsIn(text: string): CitationItem[] {
  const items: CitationItem[] = [];
  for (const group of text.matchAll(/\[([^[\]]*@[^[\]]+)\]/g)) {
    for (const part of group[1]!.split(";")) {
      const m = /(?:^|[\s-])@([\w:.-]*\w)\s*(?:,\s*(.*))?$/.exec(part.trim());
      if (m) items.push({ key: m[1]!, locator: m[2]?.trim() || undefined });
    }
  }
  return items;
}

/** Whether rehype-citation will keep this locator: it must start with a known label or a number. */
export function isSupportedLocator(locator: string): boolean {
  const lower = locator.toLowerCase();
  return /^[\divxlcdm]/.test(lower) || labels.some((label) => lower.startsWith(label));
}
