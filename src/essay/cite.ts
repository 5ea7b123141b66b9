/** Stands in, in build-time citations, for the address of what the reader sees; the page's script fills it in. */
export const URL_TOKEN = "__URL__";

/** What the cite panel offers for one citable part of a chapter, written at build time and read in the browser. */
export interface CiteTarget {
  /** "chapter", or the id of a section or figure. */
  readonly target: string;
  readonly label: string;
  readonly bibtex: string;
  readonly text: string;
}
