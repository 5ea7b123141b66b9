import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { citationCff, zenodoJson } from "../../src/essay/citationFiles";
import { byline, currentEdition, editions, type EssayConfig, essay } from "../../src/essay/essay";

// The repository's citation metadata and licences must say what src/essay/essay.ts says.
const cff = parse(readFileSync("CITATION.cff", "utf8")) as Record<string, unknown>;
const zenodo = JSON.parse(readFileSync(".zenodo.json", "utf8")) as Record<string, unknown>;
const expectedNames = essay.authors.map((a) => (a.kind === "person" ? { "family-names": a.family, "given-names": a.given } : { name: a.name }));

describe("CITATION.cff agrees with src/essay/essay.ts", () => {
  it("names the essay's title, authors, edition and date", () => {
    expect(cff["cff-version"]).toBe("1.2.0");
    expect(cff["title"]).toBe(essay.title);
    expect(cff["authors"]).toEqual(expectedNames.map((n) => expect.objectContaining(n)));
    expect(cff["version"]).toBe(String(currentEdition.number));
    expect(cff["date-released"]).toBe(currentEdition.date);
  });

  it("carries both licences, and the essay's URL exactly when one is configured", () => {
    expect(cff["license"]).toEqual([essay.licence.spdx, essay.codeLicence.spdx]);
    expect(cff["url"]).toBe(essay.url);
    const preferred = cff["preferred-citation"] as Record<string, unknown>;
    expect(preferred).toMatchObject({ type: "book", title: essay.title, license: essay.licence.spdx, edition: String(currentEdition.number) });
    expect(preferred["authors"]).toEqual(expectedNames.map((n) => expect.objectContaining(n)));
  });

  it("is exactly what `npm run citation-files` writes (run it after editing src/essay/essay.ts)", () => {
    expect(readFileSync("CITATION.cff", "utf8")).toBe(citationCff());
  });
});

describe(".zenodo.json agrees with src/essay/essay.ts", () => {
  it("names the title, creators, licence (Zenodo's lower-case id), version and date", () => {
    expect(zenodo["title"]).toBe(essay.title);
    expect(zenodo["creators"]).toEqual(essay.authors.map((a) => expect.objectContaining({ name: a.kind === "person" ? `${a.family}, ${a.given}` : a.name })));
    expect(zenodo["license"]).toBe("cc-by-4.0");
    expect(zenodo["version"]).toBe(String(currentEdition.number));
    expect(zenodo["publication_date"]).toBe(currentEdition.date);
  });

  it("is exactly what `npm run citation-files` writes", () => {
    expect(readFileSync(".zenodo.json", "utf8")).toBe(zenodoJson());
  });
});

// When these fail after an edit of src/essay/essay.ts, run `npm run citation-files`.
describe("licence files", () => {
  it("LICENSE is the MIT licence, held by the configured authors; package.json says MIT", () => {
    const text = readFileSync("LICENSE", "utf8");
    expect(text.startsWith("MIT License\n")).toBe(true);
    expect(text).toContain(`Copyright (c) ${editions[0]!.date.slice(0, 4)} ${byline()}\n`);
    expect(text).toContain("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND");
    expect((JSON.parse(readFileSync("package.json", "utf8")) as { license: string }).license).toBe(essay.codeLicence.spdx);
  });

  it("LICENSE-CONTENT.md puts the text, figures and data under CC BY 4.0 and leaves quotations to their authors", () => {
    const text = readFileSync("LICENSE-CONTENT.md", "utf8");
    expect(text).toContain(essay.licence.url);
    expect(text).toContain(`Copyright (c) ${editions[0]!.date.slice(0, 4)} ${byline()}.`);
    expect(text).toMatch(/Quotations\.\*\* Passages quoted .* remain their authors'/s);
  });
});

describe("the citation files for configured people and an address", () => {
  const configured: EssayConfig = {
    ...essay,
    authors: [
      { kind: "person", given: "Ada", family: "Lovelace", orcid: "0000-0002-1825-0097" },
      { kind: "collective", name: "The Analytical Society" },
    ],
    url: "https://example.org/bits/",
    repository: "https://example.org/code/bits",
  };

  it("citationCff(config) writes people as family and given names with ORCID, and the URL and repository", () => {
    const parsed = parse(citationCff(configured)) as Record<string, unknown>;
    expect(parsed["authors"]).toEqual([
      { "family-names": "Lovelace", "given-names": "Ada", orcid: "https://orcid.org/0000-0002-1825-0097" },
      { name: "The Analytical Society" },
    ]);
    expect(parsed["url"]).toBe("https://example.org/bits/");
    expect(parsed["repository-code"]).toBe("https://example.org/code/bits");
  });

  it("zenodoJson(config) writes people as \"Family, Given\" with their ORCID", () => {
    const parsed = JSON.parse(zenodoJson(configured)) as { creators: unknown[] };
    expect(parsed.creators).toEqual([{ name: "Lovelace, Ada", orcid: "0000-0002-1825-0097" }, { name: "The Analytical Society" }]);
  });

  it("byline(authors) joins names as a reader would write them", () => {
    expect(byline(configured.authors)).toBe("Ada Lovelace and The Analytical Society");
    expect(byline([...configured.authors, { kind: "collective", name: "C" }])).toBe("Ada Lovelace, The Analytical Society and C");
  });
});
