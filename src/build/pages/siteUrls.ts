/**
 * A path inside the built site, under its base path: sitePath("reward-events/#parity") is
 * "/reward-events/#parity", or "/some/path/reward-events/#parity" when built with BASE=/some/path/.
 * A leading slash is optional, so the chapters' root-relative links can be passed as they are.
 */
export function sitePath(path = ""): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, "")}`;
}

/** The public, absolute URL of a path inside the site, or undefined when no address is configured. */
export function siteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(sitePath(path), site).href : undefined;
}

/** The absolute URL when the address is known, else the path under the base (for files read outside the site). */
export function bestUrl(path: string, site: URL | undefined): string {
  return siteUrl(path, site) ?? sitePath(path);
}

/** A page's preview image inside the site: "og/cover.png" for the cover and the whole essay, "og/<slug>.png" for a chapter. */
export function previewPath(card: string): string {
  return `og/${card}.png`;
}
