import type { Chapter } from "../../essay/chapterSchema";
import { currentEdition, essay } from "../../essay/essay";

/** Google Scholar (citation_*), Open Graph and JSON-LD for a chapter page. */
export function chapterMeta(chapter: Chapter, url: string | undefined) {
  const date = chapter.date.toISOString().slice(0, 10);
  const scholar: [string, string][] = [
    ["citation_title", chapter.title],
    ...essay.authors.map((a): [string, string] => ["citation_author", a]),
    ["citation_publication_date", date.replaceAll("-", "/")],
    ["citation_inbook_title", essay.title],
    ["citation_book_title", essay.title],
    ["citation_language", essay.language],
    ...(url ? [["citation_fulltext_html_url", url] as [string, string]] : []),
  ];
  const openGraph: [string, string][] = [
    ["og:type", "article"],
    ["og:title", chapter.title],
    ["og:description", chapter.summary],
    ["og:site_name", essay.title],
    ["article:published_time", date],
    ...(url ? [["og:url", url] as [string, string]] : []),
  ];
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: chapter.title,
    name: chapter.title,
    description: chapter.summary,
    author: essay.authors.map((name) => ({ "@type": "Organization", name })),
    datePublished: date,
    version: String(currentEdition.number),
    inLanguage: essay.language,
    isPartOf: { "@type": "Book", name: essay.title },
    ...(url ? { url } : {}),
  };
  return { scholar, openGraph, jsonLd: JSON.stringify(jsonLd).replaceAll("<", "\\u003c") };
}
