import { readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { contentSecurityPolicy, htmlFiles } from "./csp";

// Netlify and Cloudflare Pages read a `_headers` file from the published folder. A <meta> policy
// cannot say who may frame the page (frame-ancestors); a header can. Both hosts apply every rule
// whose path matches and join repeated headers with commas, which for a CSP means two policies
// that must both pass; so each page gets its own exact-path rule, and no other rule sets a CSP.

/** Cloudflare Pages' documented limits for a _headers file. */
export const headerLimits = { rules: 100, lineLength: 2000 } as const;

/** Hashed build assets never change under one name. */
const immutable = "public, max-age=31536000, immutable";

/**
 * Who may show a page in a frame: the essay's own pages only, except the standalone figure pages
 * (/figure/<id>/, DESIGN.md), which exist to be embedded anywhere.
 */
export function frameAncestors(path: string): string {
  return /^\/figure\//.test(path) ? "*" : "'self'";
}

/** One page as a static host serves it: its URL paths (the folder and its index.html) and its policy. */
export interface PagePolicy {
  readonly paths: readonly string[];
  readonly policy: string;
}

/** The text of a _headers file: security headers for all, each page's CSP with frame-ancestors, caching for hashed assets. */
export function hostHeaders(pages: readonly PagePolicy[]): string {
  const rules: string[][] = [
    ["/*", "X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin"],
    ["/_astro/*", `Cache-Control: ${immutable}`],
  ];
  for (const page of pages) {
    for (const path of page.paths) rules.push([path, `Content-Security-Policy: ${page.policy}; frame-ancestors ${frameAncestors(path)}`]);
  }
  if (rules.length > headerLimits.rules) throw new Error(`_headers would have ${rules.length} rules; Cloudflare Pages reads at most ${headerLimits.rules}.`);
  const text = rules.map(([path, ...headers]) => [path, ...headers.map((h) => `  ${h}`)].join("\n")).join("\n\n");
  const long = text.split("\n").find((line) => line.length > headerLimits.lineLength);
  if (long) throw new Error(`A _headers line is ${long.length} characters; Cloudflare Pages reads at most ${headerLimits.lineLength}: ${long.slice(0, 80)}…`);
  return `# Written by the build (src/build/hostHeaders.ts) for hosts that read _headers (Netlify, Cloudflare Pages).\n\n${text}\n`;
}

/** The URL paths a built HTML file answers to, relative to the published folder ("/reward-events/", "/reward-events/index.html"). */
export function pathsOf(file: string, root: string): string[] {
  const rel = relative(root, file).split(sep).join("/");
  if (rel === "index.html") return ["/", "/index.html"];
  if (rel.endsWith("/index.html")) return [`/${rel.slice(0, -"index.html".length)}`, `/${rel}`];
  return [`/${rel}`];
}

/** Writes dist/_headers after the pages carry their policies (register it after the CSP integration). */
export function hostHeadersIntegration(): AstroIntegration {
  return {
    name: "host-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root).map((file) => ({ paths: pathsOf(file, root), policy: contentSecurityPolicy(readFileSync(file, "utf8")) }));
        writeFileSync(join(root, "_headers"), hostHeaders(pages));
        logger.info(`_headers written: ${pages.length} pages, each with its Content-Security-Policy and frame-ancestors.`);
      },
    },
  };
}
