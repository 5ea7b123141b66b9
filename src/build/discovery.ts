import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * robots.txt pointing crawlers at the sitemap (which @astrojs/sitemap writes as sitemap-index.xml).
 * Crawlers read robots.txt only at the root of a host: under a base path it is written but only
 * matters if the host's root serves it.
 */
export function robotsTxt(site: string, base: string): string {
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${new URL(`${base}sitemap-index.xml`, site).href}`, ""].join("\n");
}

/** Writes robots.txt after the build; only registered when the site's address is known. */
export function robotsTxtIntegration(site: string, base: string): AstroIntegration {
  return {
    name: "robots-txt",
    hooks: {
      "astro:build:done": ({ dir }) => writeFileSync(join(fileURLToPath(dir), "robots.txt"), robotsTxt(site, base)),
    },
  };
}
