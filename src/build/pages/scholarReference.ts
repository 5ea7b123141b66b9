import { referenceData } from "../citing/bibliography";

interface CslName {
  readonly given?: string;
  readonly family?: string;
  readonly literal?: string;
}

/** Scholar's citation_reference value separates fields with ";", so a value must not contain one. */
const clean = (s: unknown) => String(s).replace(/[{}]/g, "").replace(/;/g, ",").replace(/\s+/g, " ").trim();

/**
 * A cited work as Google Scholar's `citation_reference` content
 * ("citation_title=...; citation_author=...; citation_publication_date=...; ..."), from the
 * bibliography's own data, so the tags and the printed references never disagree.
 */
export function scholarReference(key: string): string {
  const item = referenceData(key);
  const fields: [string, unknown][] = [["citation_title", item["title"]]];
  for (const a of (item["author"] as CslName[] | undefined) ?? []) {
    fields.push(["citation_author", a.literal ?? [a.family, a.given].filter(Boolean).join(", ")]);
  }
  const year = (item["issued"] as { "date-parts"?: number[][] } | undefined)?.["date-parts"]?.[0]?.[0];
  if (year) fields.push(["citation_publication_date", year]);
  const container = item["container-title"];
  if (container) fields.push([item["type"] === "article-journal" ? "citation_journal_title" : "citation_inbook_title", container]);
  if (item["volume"]) fields.push(["citation_volume", item["volume"]]);
  if (item["DOI"]) fields.push(["citation_doi", item["DOI"]]);
  if (item["URL"]) fields.push(["citation_fulltext_html_url", item["URL"]]);
  return fields.filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => `${k}=${clean(v)}`).join("; ");
}
