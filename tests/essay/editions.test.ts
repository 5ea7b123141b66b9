import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editionHistory, editionNotes } from "../../src/essay/editionNotes";
import { editions } from "../../src/essay/essay";

// /updates/ and the feed describe every edition from these notes; they must match the chapters as written.
const chapters = readdirSync("content/chapters")
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => {
    const text = readFileSync(`content/chapters/${f}`, "utf8");
    return { slug: /^slug:\s*(\S+)/m.exec(text)![1]!, date: /^date:\s*(\S+)/m.exec(text)![1]! };
  });
const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

describe("edition notes (src/essay/editionNotes.ts)", () => {
  it("every edition has notes, and no notes name an edition that does not exist", () => {
    expect(Object.keys(editionNotes).map(Number).sort((a, b) => a - b)).toEqual(editions.map((e) => e.number));
  });

  it("every written chapter is new in exactly one edition, the one dated as the chapter is", () => {
    for (const c of chapters) {
      const holding = editions.filter((e) => editionNotes[e.number]!.newChapters.includes(c.slug as never));
      expect(holding.map((e) => e.number), c.slug).toHaveLength(1);
      expect(holding[0]!.date, c.slug).toBe(c.date);
    }
    const listed = Object.values(editionNotes).flatMap((n) => [...n.newChapters]);
    expect(listed.sort()).toEqual(chapters.map((c) => c.slug).sort());
  });

  it("a note that counts chapters in words counts the chapters the edition lists", () => {
    for (const e of editionHistory()) {
      for (const text of e.changes) {
        const m = new RegExp(`\\b(${words.join("|")}) (new )?chapters?\\b`, "i").exec(text);
        if (m) expect(words.indexOf(m[1]!.toLowerCase()), text).toBe(e.newChapters.length);
      }
    }
  });

  it("editionHistory() lists the newest edition first", () => {
    expect(editionHistory().map((e) => e.number)).toEqual([...editions].reverse().map((e) => e.number));
  });
});
