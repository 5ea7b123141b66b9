/** The essay as a citable work: its title, authors and editions. */
export const essay = {
  title: "The Bits That Shape a Mind",
  subtitle: "How much of an LLM's mind is shaped by pretraining versus reinforcement learning, counted in bits of feedback",
  authors: ["The Bits That Shape a Mind authors"],
  language: "en",
} as const;

export interface Edition {
  readonly number: number;
  /** ISO date of publication. */
  readonly date: string;
  readonly changes: readonly string[];
}

/**
 * Every edition, oldest first. A link records its edition (`?ed=1`), and an input whose default
 * changes in a later edition keeps its old default in the registry, so old links keep their numbers.
 */
export const editions: readonly Edition[] = [
  {
    number: 1,
    date: "2026-11-26",
    changes: ["First edition: the cover and the chapter “Counting reward events”, with live numbers, figures and citations."],
  },
];

export const currentEdition: Edition = editions[editions.length - 1]!;

export function editionDateParts(edition: Edition = currentEdition): [number, number, number] {
  const [y, m, d] = edition.date.split("-").map(Number);
  return [y!, m!, d!];
}
