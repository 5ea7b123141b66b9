/** Every source the essay cites, relative to the repository root (where the build and the tests run). */
export const bibliographyPath = "content/references.bib";
