import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chapterPlan } from "../../src/essay/chapterPlan";

const frontmatter = (file: string) => {
  const text = readFileSync(`content/chapters/${file}`, "utf8");
  const fields = [...text.split("---")[1]!.matchAll(/^(\w+):\s*(.*)$/gm)];
  const field = (name: string) => fields.find((m) => m[1] === name)?.[2]?.replace(/^"(.*)"$/, "$1");
  return { slug: field("slug"), title: field("title"), order: Number(field("order")) };
};

describe("chapterPlan", () => {
  const written = readdirSync("content/chapters").filter((f) => f.endsWith(".mdx")).map(frontmatter);
  it("lists every written chapter, in the order of their frontmatter, with the same titles", () => {
    const inOrder = [...written].sort((a, b) => a.order - b.order);
    expect(chapterPlan.map((c) => [c.slug, c.title])).toEqual(inOrder.map((c) => [c.slug, c.title]));
  });
});
