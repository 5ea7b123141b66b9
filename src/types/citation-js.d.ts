// citation-js ships no types; this declares the part the build uses.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: { id: string }[];
    format(kind: "bibliography" | "citation" | "bibtex" | "data", options?: Record<string, unknown>): string | [string, string][];
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
