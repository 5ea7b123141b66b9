import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import { readFileSync } from "node:fs";

import { bibliographyPath } from "./bibliographyPath";

export { bibliographyPath };
const style = { template: "apa", lang: "en-US" } as const;

export interface Reference {
  readonly key: string;
  /** The formatted entry as HTML (citation-js, APA), with URLs made into links. */
  readonly html: string;
  readonly text: string;
}

let cache: { cite: InstanceType<typeof Cite>; entries: Map<string, Reference> } | undefined;

function load() {
  if (cache) return cache;
  const cite = new Cite(readFileSync(bibliographyPath, "utf8"));
  const html = cite.format("bibliography", { format: "html", ...style, asEntryArray: true }) as unknown as [string, string][];
  const text = new Map(cite.format("bibliography", { format: "text", ...style, asEntryArray: true }) as unknown as [string, string][]);
  const entries = new Map<string, Reference>();
  for (const [key, markup] of html) {
    const inner = markup.trim().replace(/^<div[^>]*>/, "").replace(/<\/div>$/, "");
    entries.set(key, { key, html: linkify(inner), text: (text.get(key) ?? "").trim() });
  }
  cache = { cite, entries };
  return cache;
}

/** Every entry of the bibliography, in the style's order. */
export function allReferences(): Reference[] {
  return [...load().entries.values()];
}

/** The given keys' entries, in the style's order; throws on a key the bibliography lacks. */
export function referencesFor(keys: Iterable<string>): Reference[] {
  const wanted = new Set(keys);
  const { entries } = load();
  for (const key of wanted) if (!entries.has(key)) throw new Error(`Unknown citation key "${key}" (not in ${bibliographyPath})`);
  return allReferences().filter((r) => wanted.has(r.key));
}

/** An in-text citation as plain text: "(Brown et al., 2020, sec. 2.1; Ouyang et al., 2022)". */
export function citationText(items: readonly { key: string; locator?: string | undefined }[]): string {
  const { cite, entries } = load();
  const parts = items.map(({ key, locator }) => {
    if (!entries.has(key)) throw new Error(`Unknown citation key "${key}"`);
    const one = (cite.format("citation", { format: "text", ...style, entry: [key] }) as string).trim().replace(/^\(|\)$/g, "");
    return locator ? `${one}, ${locator}` : one;
  });
  return `(${parts.join("; ")})`;
}

/** A reference's CSL-JSON data as citation-js parsed it from the BibTeX (title, author, issued, container-title, DOI, URL, ...). */
export function referenceData(key: string): Record<string, unknown> {
  const item = (load().cite.data as Record<string, unknown>[]).find((d) => d["id"] === key);
  if (!item) throw new Error(`Unknown citation key "${key}" (not in ${bibliographyPath})`);
  return item;
}

/** Formats a CSL-JSON item (e.g. a chapter of this essay) in the essay's citation style. */
export function formatCsl(item: Record<string, unknown>): string {
  return (new Cite(item).format("bibliography", { format: "text", ...style }) as string).trim();
}

function linkify(html: string): string {
  return html.replace(/(^|[\s>])(https?:\/\/[^\s<]+[^\s<.,;)])/g, (_, lead: string, url: string) => `${lead}<a href="${url}">${url}</a>`);
}
