import { describe, expect, it } from "vitest";
import { cardSvg } from "../../src/build/preview/card";
import { chapterCard, coverCard, keyFigureSvg } from "../../src/build/preview/cards";
import { renderPng } from "../../src/build/preview/render";
import { pngSize } from "../support/png";

describe("preview cards", () => {
  it("cardSvg(chapterCard) nests the chapter's figure, with its CSS variables resolved to their fallback colours", { timeout: 60_000 }, async () => {
    const svg = await cardSvg(chapterCard({ title: "The lab", order: 5 }, "labSuccessCurves", "summary"));
    expect(svg).toMatch(/^<svg width="1200" height="630"/);
    expect(svg).toMatch(/<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+"[^>]* viewBox="0 0 640 [\d.]+"[^>]* font-family="DejaVu Sans"/);
    expect(svg).not.toContain("var(--");
    expect(svg).not.toContain("<image");
    expect(keyFigureSvg("labSuccessCurves")).toContain("var(--lab-rl, #d0592c)");
    expect(svg).toContain('stroke="#d0592c"');
  });

  it("coverCard() states the headline number as the model computes it at the defaults (L = 1000: 1000/1001 = 99.9%)", () => {
    const card = coverCard();
    expect(card.headline?.value).toBe("99.9%");
    expect(card.headline?.caption).toContain("1,000 tokens");
  });

  it("chapterCard(chapter, undefined, summary) shows the summary when a chapter has no figure", () => {
    expect(chapterCard({ title: "T", order: 9 }, undefined, "What it argues.")).toMatchObject({ subtitle: "What it argues." });
  });

  it("keyFigureSvg(name) refuses a name that is no figure", () => {
    expect(() => keyFigureSvg("noSuchFigure")).toThrow(/No figure named/);
  });

  it("renderPng(cardSvg(card)) is a 1200x630 PNG", { timeout: 60_000 }, async () => {
    const png = await renderPng(await cardSvg({ kicker: "Kicker", title: "A title", subtitle: "A subtitle." }));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});
