/** The essay's chapters in reading order. Slugs are permanent public URLs (DESIGN.md). */
export const chapterPlan = [
  { slug: "reward-events", title: "Counting reward events" },
  { slug: "token-loss-vs-sparse-reward", title: "One loss per token, a few bits per trajectory" },
  { slug: "post-training-still-matters", title: "And yet post-training shows" },
  { slug: "the-pretraining-analogy", title: "Unsupervised first: an old lesson" },
  { slug: "the-lab", title: "The lab: test it in your browser" },
  { slug: "human-bit-rates", title: "Megabytes in, bits out" },
  { slug: "continual-learning", title: "Weights against context" },
  { slug: "synthesis", title: "Where the shaping comes from" },
] as const;

export type ChapterSlug = (typeof chapterPlan)[number]["slug"];
export const chapterSlugs: readonly string[] = chapterPlan.map((c) => c.slug);
