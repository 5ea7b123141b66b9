/**
 * The essay as a citable work: its title, authors, address, licences and editions. The one source
 * for all of them: every page's metadata, the cite panel's BibTeX, /quantities.json, the feed,
 * CITATION.cff and .zenodo.json (checked against this file by tests/build/citationFiles.test.ts).
 */

/** A person (CITATION.cff's given and family names, an optional ORCID) or a collective name. */
export type Author =
  | { readonly kind: "person"; readonly given: string; readonly family: string; readonly orcid?: string; readonly affiliation?: string }
  | { readonly kind: "collective"; readonly name: string };

export interface Licence {
  /** The SPDX identifier. */
  readonly spdx: string;
  readonly name: string;
  /** How the footer and the cite panel name it. */
  readonly short: string;
  readonly url: string;
}

export interface EssayConfig {
  readonly title: string;
  readonly subtitle: string;
  /**
   * Who wrote it. Until the authors put their names here (README, "Publish"), an honest collective
   * name stands in: nobody is credited who did not write it, and nobody is invented.
   */
  readonly authors: readonly Author[];
  readonly language: string;
  /**
   * The canonical public address, with a trailing slash, e.g. "https://example.org/bits/". Undefined
   * until the essay has one; a build then writes no canonical URLs unless SITE_URL is given.
   */
  readonly url: string | undefined;
  /** The code's public repository, for CITATION.cff; undefined until there is one. */
  readonly repository: string | undefined;
  /** The prose, figures and data. */
  readonly licence: Licence;
  /** The code. */
  readonly codeLicence: Licence;
}

export const essay: EssayConfig = {
  title: "The Bits That Shape a Mind",
  subtitle: "How much of an LLM's mind is shaped by pretraining versus reinforcement learning, counted in bits of feedback",
  authors: [{ kind: "collective", name: "The Bits That Shape a Mind contributors" }],
  language: "en",
  url: undefined,
  repository: undefined,
  licence: {
    spdx: "CC-BY-4.0",
    name: "Creative Commons Attribution 4.0 International",
    short: "CC BY 4.0",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  codeLicence: { spdx: "MIT", name: "MIT License", short: "MIT", url: "https://opensource.org/license/mit" },
};

/** What the licence does not cover, said wherever the licence is named. */
export const quotationNotice =
  "Quotations from the discussion the essay answers remain their authors' and are quoted, not licensed, here.";

/** An author's name as written in a byline or a formatted citation. */
export function authorName(author: Author): string {
  return author.kind === "person" ? `${author.given} ${author.family}` : author.name;
}

/** The byline: "A", "A and B", "A, B and C". */
export function byline(authors: readonly Author[] = essay.authors): string {
  const names = authors.map(authorName);
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

export interface Edition {
  readonly number: number;
  /** ISO date of publication. */
  readonly date: string;
}

/**
 * Every edition, oldest first. A link records its edition (`?ed=1`), and an input whose default
 * changes in a later edition keeps its old default in the registry, so old links keep their numbers.
 * What each edition changed is in ./editionNotes.ts (kept apart so the pages' script stays small);
 * /updates/ and the feed are made from both.
 */
export const editions: readonly Edition[] = [{ number: 1, date: "2026-11-26" }];

export const currentEdition: Edition = editions[editions.length - 1]!;

export function editionDateParts(edition: Edition = currentEdition): [number, number, number] {
  const [y, m, d] = edition.date.split("-").map(Number);
  return [y!, m!, d!];
}
