import { type Author, byline, currentEdition, type EssayConfig, editions, essay as configured } from "./essay";

// CITATION.cff (GitHub's "Cite this repository", Zotero) and .zenodo.json (Zenodo's record of a
// release) in the repository root say what src/essay/essay.ts says. `npm run citation-files`
// writes both; tests/build/citationFiles.test.ts fails when they disagree with it.

/** The copyright line of LICENSE and LICENSE-CONTENT.md: the year of the first edition and the authors. */
export function copyrightLine(essay: EssayConfig = configured): string {
  return `Copyright (c) ${editions[0]!.date.slice(0, 4)} ${byline(essay.authors)}`;
}

export const keywords = ["language models", "reinforcement learning", "pretraining", "information theory", "explorable explanation"] as const;

/** A YAML scalar: JSON's double-quoted strings are valid YAML. */
const q = (s: string) => JSON.stringify(s);

function cffAuthor(a: Author, indent: string): string[] {
  if (a.kind === "collective") return [`${indent}- name: ${q(a.name)}`];
  return [
    `${indent}- family-names: ${q(a.family)}`,
    `${indent}  given-names: ${q(a.given)}`,
    ...(a.orcid ? [`${indent}  orcid: ${q(`https://orcid.org/${a.orcid}`)}`] : []),
    ...(a.affiliation ? [`${indent}  affiliation: ${q(a.affiliation)}`] : []),
  ];
}

/** CITATION.cff (Citation File Format 1.2.0): the repository, and as its preferred citation the essay as a book in editions. */
export function citationCff(essay: EssayConfig = configured): string {
  const firstDate = editions[0]!.date;
  const lines = [
    "# Written by `npm run citation-files` from src/essay/essay.ts; edit that file, not this one.",
    "cff-version: 1.2.0",
    `message: ${q("If you use or discuss this essay, please cite it as below. A link copied from the essay reproduces the numbers it showed.")}`,
    "type: software",
    `title: ${q(essay.title)}`,
    `abstract: ${q(`${essay.subtitle}.`)}`,
    "authors:",
    ...essay.authors.flatMap((a) => cffAuthor(a, "  ")),
    `version: ${q(String(currentEdition.number))}`,
    `date-released: ${q(currentEdition.date)}`,
    "license:",
    `  - ${essay.licence.spdx}`,
    `  - ${essay.codeLicence.spdx}`,
    ...(essay.url ? [`url: ${q(essay.url)}`] : []),
    ...(essay.repository ? [`repository-code: ${q(essay.repository)}`] : []),
    "keywords:",
    ...keywords.map((k) => `  - ${q(k)}`),
    "preferred-citation:",
    "  type: book",
    `  title: ${q(essay.title)}`,
    "  authors:",
    ...essay.authors.flatMap((a) => cffAuthor(a, "    ")),
    `  edition: ${q(String(currentEdition.number))}`,
    `  year: ${Number(currentEdition.date.slice(0, 4))}`,
    `  date-published: ${q(firstDate)}`,
    `  license: ${essay.licence.spdx}`,
    ...(essay.url ? [`  url: ${q(essay.url)}`] : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** .zenodo.json: the metadata Zenodo gives a release of this repository (its licence vocabulary is lower-case SPDX). */
export function zenodoJson(essay: EssayConfig = configured): string {
  const record = {
    title: essay.title,
    description: `${essay.subtitle}. An explorable essay: every number is a live, sourced assumption.`,
    upload_type: "publication",
    publication_type: "book",
    creators: essay.authors.map((a) =>
      a.kind === "person"
        ? { name: `${a.family}, ${a.given}`, ...(a.orcid ? { orcid: a.orcid } : {}), ...(a.affiliation ? { affiliation: a.affiliation } : {}) }
        : { name: a.name },
    ),
    license: essay.licence.spdx.toLowerCase(),
    version: String(currentEdition.number),
    publication_date: currentEdition.date,
    language: "eng",
    keywords: [...keywords],
    ...(essay.url ? { related_identifiers: [{ identifier: essay.url, relation: "isSourceOf", scheme: "url" }] } : {}),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}
