import { describe, expect, it } from "vitest";
import { proseWords, readingMinutes } from "../../src/build/pages/readingTime";

describe("reading time", () => {
  it("proseWords counts the prose and headings, not imports, tags, citation keys, heading ids or link targets", () => {
    const mdx = [
      "---",
      "title: Not counted",
      "---",
      'import { Num } from "../../components";',
      "",
      "## Two words [#two-words]",
      "",
      'Three more words [@brown2020gpt3, sec. 2]. A <Num id="passesPerReward" /> [link](https://example.org/x) here.',
    ].join("\n");
    // "Two words" + "Three more words" + "A" + "link" + "here." = 2 + 3 + 1 + 1 + 1
    expect(proseWords(mdx)).toBe(8);
  });

  it("readingMinutes(text) is words / 230 plus 12 s a figure, rounded, at least 1", () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    expect(readingMinutes("")).toBe(1);
    // 2,300 words = 10 minutes
    expect(readingMinutes(words(2300))).toBe(10);
    // 2,300 words and 5 figures: 10 + 60/60 = 11 minutes
    const figures = Array.from({ length: 5 }, (_, i) => `<Figure name="x" id="fig-${i}">caption</Figure>`).join("\n");
    expect(readingMinutes(`${words(2300 - 5)}\n${figures}`)).toBe(11);
    // 1,000 words: 4.35 minutes, rounded to 4
    expect(readingMinutes(words(1000))).toBe(4);
  });
});
