import type { ChapterSlug } from "./chapterPlan";
import { type Edition, editions } from "./essay";

/** What an edition changed: the chapters it first published and, in words, everything else. */
export interface EditionNotes {
  /** Chapters first published in this edition (each chapter's frontmatter date is this edition's date). */
  readonly newChapters: readonly ChapterSlug[];
  readonly changes: readonly string[];
}

/** Keyed by edition number; every edition in ./essay.ts has an entry (tests/essay/editions.test.ts). */
export const editionNotes: Readonly<Record<number, EditionNotes>> = {
  1: {
    newChapters: [
      "reward-events",
      "token-loss-vs-sparse-reward",
      "post-training-still-matters",
      "the-pretraining-analogy",
      "the-lab",
      "human-bit-rates",
      "continual-learning",
      "synthesis",
    ],
    changes: [
      "First edition: the cover and eight chapters, the whole essay on one page, the assumptions with their intervals, the references, and the numbers as data (quantities.json, each figure's CSV, each chapter in Markdown).",
      "Every number is live, sourced and carried in the link; the lab runs in the browser.",
    ],
  },
};

/** The editions with what each changed, newest first: what /updates/ and the feed show. */
export function editionHistory(): (Edition & EditionNotes)[] {
  return [...editions].reverse().map((e) => {
    const notes = editionNotes[e.number];
    if (!notes) throw new Error(`Edition ${e.number} has no notes in src/essay/editionNotes.ts.`);
    return { ...e, ...notes };
  });
}
