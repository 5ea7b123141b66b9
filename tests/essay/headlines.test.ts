import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chapterHeadlines, isHeadline } from "../../src/essay/headlines";
import { isOutputId } from "../../src/model/registry";

const source = (page: string) =>
  page === "cover" ? readFileSync("src/pages/index.astro", "utf8") : readFileSync(`content/chapters/${page}.mdx`, "utf8");

describe("chapterHeadlines", () => {
  it.each(Object.entries(chapterHeadlines))("the headlines of %s are outputs that page shows with <Out>", (page, ids) => {
    for (const id of ids) {
      expect(isOutputId(id), id).toBe(true);
      expect(source(page), `${page} shows <Out id="${id}" />`).toMatch(new RegExp(`<Out id="${id}"`));
    }
  });

  it("isHeadline(id, path) reads the page from its path: a chapter's own, the cover's, any chapter's on /essay/", () => {
    expect(isHeadline("rlEventShare", "/reward-events/")).toBe(true);
    expect(isHeadline("pretrainEventsPerRlEvent", "/reward-events/")).toBe(false);
    expect(isHeadline("parityRlShare", "/")).toBe(true);
    expect(isHeadline("bitsRatio", "/")).toBe(false);
    expect(isHeadline("bitsRatio", "/essay/")).toBe(true);
    expect(isHeadline("pretrainEventsPerRlEvent", "/essay/")).toBe(false);
    // Pages that are not chapters (the assumptions) show every interval.
    expect(isHeadline("pretrainEventsPerRlEvent", "/assumptions/")).toBe(true);
  });
});
