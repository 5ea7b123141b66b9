import type { Author } from "../../essay/essay";

/** BibTeX's author field: "Family, Given and {Collective Name}" (braces keep a collective name whole). */
export function bibtexAuthors(authors: readonly Author[]): string {
  return authors.map((a) => (a.kind === "person" ? `${a.family}, ${a.given}` : `{${a.name}}`)).join(" and ");
}

/** CSL-JSON names, for citation-js. */
export function cslAuthors(authors: readonly Author[]): Record<string, string>[] {
  return authors.map((a) => (a.kind === "person" ? { given: a.given, family: a.family } : { literal: a.name }));
}
