import { currentEdition } from "../essay/essay";

/** The address of exactly what the reader sees: settings, edition, and the part cited. */
export function citeLink(query: string, target: string): string {
  const params = new URLSearchParams(query);
  params.set("ed", String(currentEdition.number));
  return `${location.origin}${location.pathname}?${params}${target === "chapter" ? "" : `#${target}`}`;
}
