import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { figureCsv } from "../../src/figures/csv";
import { figures, type FigureName } from "../../src/figures/essay/index";
import { bibKeys } from "../../src/build/citing/bibKeys";
import { bibliographyPath } from "../../src/build/citing/bibliographyPath";
import { inputs, outputs, defaultValues } from "../../src/model/registry";
import published from "../e2e/published-ids.json";
import { builtPages, chapterLike } from "../../scripts/support/pages";

// These read the built site in dist/ (npm test builds it first); no browser is needed.
const html = (path: string) => readFileSync(`dist${path}index.html`, "utf8");
const idsIn = (markup: string) => [...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
const chapters = builtPages().filter((p) => chapterLike(p) && p !== "/" && p !== "/essay/" && p !== "/updates/");

describe("permanent ids", () => {
  it.each(Object.entries(published))("%s still has every id it ever published", (path, ids) => {
    const present = new Set(idsIn(html(path)));
    for (const id of ids) expect(present.has(id), `${path}#${id}`).toBe(true);
  });

  it.each(builtPages())("%s has no duplicate ids", (path) => {
    const ids = idsIn(html(path));
    const dups = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dups).toEqual([]);
  });

  it("the one-page essay holds every chapter's sections and figures under the same ids", () => {
    const essay = new Set(idsIn(html("/essay/")));
    for (const path of chapters) {
      for (const id of idsIn(html(path)).filter((i) => /^(fig-|[a-z])/.test(i) && !i.startsWith("cite-") && !i.startsWith("ref-"))) {
        if (["main", "notices", "references", "contents-heading", "cite-preview", "cite-data"].includes(id)) continue;
        expect(essay.has(id), `${path}#${id} on /essay/`).toBe(true);
      }
    }
  });

  it.each(chapters)("%s gives every h2 and h3 an id and a link to itself", (path) => {
    const page = html(path);
    const body = page.slice(page.indexOf('<div class="prose">'), page.indexOf("</article>"));
    const headings = [...body.matchAll(/<h([23])([^>]*)>([\s\S]*?)<\/h\1>/g)];
    expect(headings.length).toBeGreaterThan(0);
    for (const [, , attrs, inner] of headings) {
      const id = /id="([^"]+)"/.exec(attrs!)?.[1];
      expect(id, inner).toBeTruthy();
      expect(inner).toContain(`href="#${id}"`);
    }
  });
});

describe("citations and references", () => {
  const keys = bibKeys(bibliographyPath);

  it("/references/ lists every source, at least 20, each with id ref-<key>", () => {
    const ids = new Set(idsIn(html("/references/")));
    expect(keys.size).toBeGreaterThanOrEqual(20);
    for (const key of keys) expect(ids.has(`ref-${key}`), key).toBe(true);
  });

  it.each(chapters)("%s links each citation to an entry on the same page", (path) => {
    const page = html(path);
    const ids = new Set(idsIn(page));
    const targets = [...page.matchAll(/<a href="#(ref-[^"]+)"[^>]*data-cite=/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(ids.has(t), t).toBe(true);
    expect(page).not.toMatch(/\[@[\w-]+/);
  });

  it("/references/ links back to the chapters that cite a source", () => {
    expect(html("/references/")).toContain('href="/reward-events/#ref-brown2020gpt3"');
  });
});

describe("metadata for citing", () => {
  it.each(chapters)("%s carries Scholar, Open Graph and JSON-LD metadata and BibTeX in its HTML", (path) => {
    const page = html(path);
    for (const name of ["citation_title", "citation_author", "citation_publication_date", "citation_inbook_title"]) {
      expect(page, name).toMatch(new RegExp(`<meta name="${name}" content="[^"]+"`));
    }
    expect(page).toMatch(/<meta property="og:title" content="[^"]+"/);
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1];
    const parsed = JSON.parse(ld!) as { "@type": string; isPartOf: { name: string } };
    expect(parsed["@type"]).toBe("ScholarlyArticle");
    expect(parsed.isPartOf.name).toBe("The Bits That Shape a Mind");
    expect(page).toContain(`@incollection{bitsThatShapeAMind:${path.slice(1, -1)},`);
  });
});

describe("machine-readable twins", () => {
  it.each(Object.keys(figures) as FigureName[])("dist/data/%s.csv is the figure's data at the defaults", (name) => {
    const csv = readFileSync(`dist/data/${name}.csv`, "utf8");
    expect(csv).toBe(figureCsv(name, defaultValues()));
    expect(csv.split("\n").length).toBeGreaterThan(2);
  });

  it("/quantities.json lists every input and output with its source", () => {
    const data = JSON.parse(readFileSync("dist/quantities.json", "utf8")) as { inputs: { id: string; source: unknown }[]; outputs: { id: string }[] };
    expect(data.inputs.map((q) => q.id)).toEqual(inputs.map((q) => q.id));
    expect(data.outputs.map((q) => q.id)).toEqual(outputs.map((q) => q.id));
    for (const q of data.inputs) expect(q.source).toBeTruthy();
  });

  it.each(chapters)("%s has a Markdown twin with numbers filled in and citations as text", (path) => {
    const md = readFileSync(`dist${path.slice(0, -1)}.md`, "utf8");
    expect(md).not.toMatch(/<(Num|Out|Figure|FigRef)\b|\[@|\[#|\{" "\}|^import /m);
    expect(md).toMatch(/^# /);
    expect(readFileSync("dist/llms.txt", "utf8")).toContain(`${path.slice(0, -1)}.md`);
  });

  it("the reward-events twin states the default parity share, worked by hand: 1000/1001 = 99.9%", () => {
    const md = readFileSync("dist/reward-events.md", "utf8");
    expect(md).toContain("parity needs 99.9% of the compute");
    expect(md).toContain("(Brown et al., 2020, sec. 2.1)");
  });
});
