import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfFile } from "../../../src/essay/address";
import { chapterSlugs } from "../../../src/essay/chapterPlan";
import { essay } from "../../../src/essay/essay";
import { printing } from "../../support/baseBuild";
import type { PublishContext } from "./context";

/** The PDF that buildUnderBase() printed once (npm run pdf on /essay/ at L = 250). */
export function pdfSuites({ site, html }: PublishContext): void {
  describe.skipIf(!printing)("the printed essay (npm run pdf, run once above on /essay/ at L = 250)", () => {
    let pagesText: string[] = [];
    beforeAll(async () => {
      const pdf = await getDocumentProxy(new Uint8Array(readFileSync(`${site.root}/${pdfFile}`)));
      pagesText = (await extractText(pdf, { mergePages: false })).text.map((t) => t.replace(/\s+/g, " "));
    }, 60_000);
    const titles = chapterSlugs.map((slug) => {
      const title = /^title:\s*"?(.*?)"?\s*$/m.exec(readFileSync(`content/chapters/${slug}.mdx`, "utf8"))![1]!;
      return title.replace(/\\"/g, '"');
    });

    it("is where the cover links to it", () => {
      expect(html("/")).toContain(`href="${site.base}${pdfFile}"`);
    });

    it("has a page per chapter at least, each numbered 'n / total'", () => {
      const total = pagesText.length;
      expect(total).toBeGreaterThan(chapterSlugs.length);
      expect(total).toBeLessThan(150);
      pagesText.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`${i + 1} / ${total}`));
    });

    it("has the title, and every chapter's heading, in order, each starting a page", () => {
      expect(pagesText[0]).toContain(essay.title);
      let last = 0;
      titles.forEach((title, i) => {
        const page = pagesText.findIndex((text, p) => p > 0 && text.includes(`CHAPTER ${i + 1} ${title}`));
        expect(page, title).toBeGreaterThan(last);
        last = page;
      });
    });

    it("shows the figures with their numbers and the link's settings, and the references", () => {
      const all = pagesText.join(" ");
      expect(all).toContain("Figure 1.");
      // At L = 250 parity needs 250/251 = 99.60% of compute: the print shows the link's value, not the default 99.9%.
      expect(all).toContain("99.6%");
      expect(all).toContain("Language Models are Few-Shot Learners");
      expect(pagesText.findIndex((t) => /\bReferences\b/.test(t))).toBeGreaterThan(0);
    });
  });
}
