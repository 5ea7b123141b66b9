import type { OutputId } from "../model/registry";
import { chapterSlugs, type ChapterSlug } from "./chapterPlan";

/**
 * The outputs each page leads with: their 90% intervals are shown by default (with and without
 * JavaScript); every other output's interval waits behind the page's "show every range" control.
 * Chosen here rather than in the MDX, so that chapters can be edited without touching this choice.
 */
export const chapterHeadlines: Readonly<Record<ChapterSlug | "cover", readonly OutputId[]>> = {
  cover: ["parityRlShare", "rlEventShare"],
  "reward-events": ["rlEventShare", "parityRlShare"],
  "token-loss-vs-sparse-reward": ["bitsRatio", "rlBitsPerPass"],
  "post-training-still-matters": ["rlFeedbackBitsShare", "feedbackBitsRatio", "behaviourChoiceBits"],
  "the-pretraining-analogy": ["posttrainComputeShare", "pretrainToPosttrainComputeRatio"],
  "the-lab": [],
  "human-bit-rates": ["visionToRewardRatio", "feedbackBitsRatio", "keptBitsRatio"],
  "continual-learning": ["weightToContextRatio", "contextTokensToMatchWeights"],
  synthesis: ["rlEventShare", "feedbackBitsRatio", "learnableBitsRatio", "keptBitsRatio"],
};

/**
 * Whether an output is a headline of the page at this path (the site's base path already removed):
 * a chapter's own, the cover's, or on the one-page essay any chapter's. Pages that are not a chapter
 * (the assumptions, say) treat every output as a headline.
 */
export function isHeadline(id: OutputId, path: string): boolean {
  const slug = path.replace(/^\/+|\/+$/g, "");
  if (slug === "") return chapterHeadlines.cover.includes(id);
  if (slug === "essay") return Object.values(chapterHeadlines).some((ids) => ids.includes(id));
  if (chapterSlugs.includes(slug)) return chapterHeadlines[slug as ChapterSlug].includes(id);
  return true;
}
