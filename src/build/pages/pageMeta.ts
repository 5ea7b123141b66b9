import type { Chapter } from "../../essay/chapterSchema";
import { authorName, currentEdition, editions, essay, quotationNotice } from "../../essay/essay";
import { scholarReference } from "./scholarReference";

/** A page's preview image (1200x630 PNG, src/pages/og/[card].png.ts). */
export interface PreviewImage {
  readonly url: string;
  readonly alt: string;
}

/** What goes in a page's <head> besides its title and description: Scholar, Dublin Core, Open Graph, Twitter, links and JSON-LD. */
export interface HeadMeta {
  readonly names: readonly (readonly [string, string])[];
  readonly properties: readonly (readonly [string, string])[];
  readonly links: readonly { readonly rel: string; readonly href: string; readonly type?: string; readonly title?: string }[];
  /** Serialised JSON-LD, safe inside a <script> element; absent on pages that are not citable. */
  readonly jsonLd?: string;
}

export const previewSize = { width: 1200, height: 630 } as const;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const firstEdition = editions[0]!;
const rights = `Text, figures and data: ${essay.licence.short}; code: ${essay.codeLicence.short}. ${quotationNotice}`;
const jsonLdAuthors = () =>
  essay.authors.map((a) =>
    a.kind === "person"
      ? { "@type": "Person", name: authorName(a), givenName: a.given, familyName: a.family, ...(a.orcid ? { sameAs: `https://orcid.org/${a.orcid}` } : {}) }
      : { "@type": "Organization", name: a.name },
  );
/** JSON inside <script> must not close the element. */
const serialise = (data: object) => JSON.stringify(data).replaceAll("<", "\\u003c");

/** Tags every page carries: the licence, and a preview for link unfurlers. */
function common(title: string, description: string, url: string | undefined, image: PreviewImage, type: "article" | "book" | "website") {
  const names: [string, string][] = [
    ["dcterms.license", essay.licence.url],
    ["dcterms.rights", rights],
    ["twitter:card", "summary_large_image"],
    ["twitter:title", title],
    ["twitter:description", description],
    ["twitter:image", image.url],
    ["twitter:image:alt", image.alt],
  ];
  const properties: [string, string][] = [
    ["og:type", type],
    ["og:title", title],
    ["og:description", description],
    ["og:site_name", essay.title],
    ["og:locale", "en_GB"],
    ["og:image", image.url],
    ["og:image:type", "image/png"],
    ["og:image:width", String(previewSize.width)],
    ["og:image:height", String(previewSize.height)],
    ["og:image:alt", image.alt],
    ...(url ? [["og:url", url] as [string, string]] : []),
  ];
  const links = [{ rel: "license", href: essay.licence.url }];
  return { names, properties, links };
}

/** A page of the apparatus (references, assumptions, updates, 404): a preview and the licence, no citation metadata. */
export function plainMeta(title: string, description: string, url: string | undefined, image: PreviewImage): HeadMeta {
  return common(title, description, url, image, "website");
}

/** The cover and /essay/: the essay as a whole work, with its chapters as parts and every work it cites. */
export function workMeta(o: {
  url: string | undefined;
  description: string;
  image: PreviewImage;
  citedKeys: readonly string[];
  parts: readonly { title: string; url: string | undefined }[];
  pdfUrl?: string | undefined;
}): HeadMeta {
  const base = common(essay.title, o.description, o.url, o.image, "book");
  const names: [string, string][] = [
    ["citation_title", essay.title],
    ...essay.authors.map((a): [string, string] => ["citation_author", authorName(a)]),
    ["citation_publication_date", currentEdition.date.replaceAll("-", "/")],
    ["citation_online_date", firstEdition.date.replaceAll("-", "/")],
    ["citation_language", essay.language],
    ...(o.url ? [["citation_fulltext_html_url", o.url] as [string, string]] : []),
    ...(o.pdfUrl ? [["citation_pdf_url", o.pdfUrl] as [string, string]] : []),
    ...o.citedKeys.map((key): [string, string] => ["citation_reference", scholarReference(key)]),
    ...base.names,
  ];
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Book",
    name: essay.title,
    alternativeHeadline: essay.subtitle,
    description: o.description,
    author: jsonLdAuthors(),
    datePublished: firstEdition.date,
    dateModified: currentEdition.date,
    bookEdition: String(currentEdition.number),
    version: String(currentEdition.number),
    inLanguage: essay.language,
    license: essay.licence.url,
    image: o.image.url,
    hasPart: o.parts.map((p, i) => ({ "@type": "Chapter", position: i + 1, name: p.title, ...(p.url ? { url: p.url } : {}) })),
    ...(o.url ? { url: o.url } : {}),
  };
  const links = [...base.links, ...(o.pdfUrl ? [{ rel: "alternate", href: o.pdfUrl, type: "application/pdf", title: `${essay.title} (PDF)` }] : [])];
  return { names, properties: base.properties, links, jsonLd: serialise(jsonLd) };
}

/** A chapter: a part of the whole work, with every work it cites. */
export function chapterMeta(
  chapter: Pick<Chapter, "title" | "summary" | "date" | "order">,
  o: { url: string | undefined; workUrl: string | undefined; image: PreviewImage; citedKeys: readonly string[] },
): HeadMeta {
  const date = isoDate(chapter.date);
  const base = common(chapter.title, chapter.summary, o.url, o.image, "article");
  const names: [string, string][] = [
    ["citation_title", chapter.title],
    ...essay.authors.map((a): [string, string] => ["citation_author", authorName(a)]),
    ["citation_publication_date", date.replaceAll("-", "/")],
    ["citation_inbook_title", essay.title],
    ["citation_book_title", essay.title],
    ["citation_language", essay.language],
    ...(o.url ? [["citation_fulltext_html_url", o.url] as [string, string]] : []),
    ...o.citedKeys.map((key): [string, string] => ["citation_reference", scholarReference(key)]),
    ...base.names,
  ];
  const properties: [string, string][] = [...base.properties, ["article:published_time", date]];
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: chapter.title,
    name: chapter.title,
    description: chapter.summary,
    author: jsonLdAuthors(),
    datePublished: date,
    version: String(currentEdition.number),
    inLanguage: essay.language,
    license: essay.licence.url,
    image: o.image.url,
    position: chapter.order,
    isPartOf: { "@type": "Book", name: essay.title, ...(o.workUrl ? { url: o.workUrl } : {}) },
    ...(o.url ? { url: o.url } : {}),
  };
  return { names, properties, links: base.links, jsonLd: serialise(jsonLd) };
}
