import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtPages } from "../../scripts/support/pages";

// Reading times and the cover's way in (issue 18, item 2), read from the built pages.
const chapters = builtPages().filter((p) => readFileSync(`dist${p}index.html`, "utf8").includes("data-chapter="));

describe("reading times and the cover (built pages)", () => {
  it("every chapter shows a reading time, and the cover's total is the sum of the chapters'", () => {
    expect(chapters.length).toBeGreaterThan(0);
    let sum = 0;
    for (const path of chapters) {
      const html = readFileSync(`dist${path}index.html`, "utf8");
      const m = /data-reading-minutes="(\d+)">(\d+) min read</.exec(html);
      expect(m, path).not.toBeNull();
      expect(m![1]).toBe(m![2]);
      sum += Number(m![1]);
    }
    const cover = readFileSync("dist/index.html", "utf8");
    expect(cover).toContain(`data-reading-minutes="${sum}"`);
    expect(cover).toContain(`about ${sum} minutes`);
  });

  it("a reading time is plausible: between 120 and 350 words a minute of the chapter's source", () => {
    for (const path of chapters) {
      const slug = path.replaceAll("/", "");
      const words = readFileSync(`content/chapters/${slug}.mdx`, "utf8").split(/\s+/).length;
      const minutes = Number(/data-reading-minutes="(\d+)"/.exec(readFileSync(`dist${path}index.html`, "utf8"))![1]);
      expect(words / minutes, path).toBeGreaterThan(120);
      expect(words / minutes, path).toBeLessThan(350);
    }
  });

  it("the cover starts the reader at the first chapter and offers the one-page essay", () => {
    const cover = readFileSync("dist/index.html", "utf8");
    expect(cover).toMatch(/<a class="start-reading" href="\/reward-events\/">Start reading<\/a>/);
    expect(cover).toMatch(/<a href="\/essay\/">read the whole essay on one page<\/a>/);
  });
});

