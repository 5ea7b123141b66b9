import { essay } from "./essay";

/** Where a build is published: the origin (when known) and the path the site lives under. */
export interface PublicAddress {
  /** "https://host", or undefined when no address is configured (canonical URLs, sitemap and feed are then left out). */
  readonly site: string | undefined;
  /** "/" or "/some/path/": every link, asset and worker of the built site starts with it. */
  readonly base: string;
}

/** "some/path" or "/some/path" or "/some/path/" -> "/some/path/"; "" -> "/". */
export function normaliseBase(path: string): string {
  const inner = path.split("/").filter(Boolean).join("/");
  return inner ? `/${inner}/` : "/";
}

/**
 * The build's address: BASE and SITE_URL from the environment win (a deploy sets them); otherwise the
 * canonical URL in src/essay/essay.ts. A SITE_URL with a path and no BASE publishes under that path.
 */
export function publicAddress(env: Readonly<Record<string, string | undefined>>, configured: string | undefined = essay.url): PublicAddress {
  const given = env["SITE_URL"] ? new URL(env["SITE_URL"]) : configured ? new URL(configured) : undefined;
  const base = normaliseBase(env["BASE"] ?? given?.pathname ?? "/");
  return { site: given?.origin, base };
}

/** Where `npm run pdf` puts the printed essay, inside the built site; the cover links to it when a build is told one will be published (PDF=1). */
export const pdfFile = "the-bits-that-shape-a-mind.pdf";
