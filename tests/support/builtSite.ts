import { existsSync, readFileSync, statSync } from "node:fs";
import { chapterSlugs } from "../../src/essay/chapterPlan";

/**
 * Reading a built site the way a static host serves it: `root` is the folder the build wrote
 * (dist/, or dist-base/ for the base-path build) and `base` the path it is served under ("/" or
 * "/sub/path/"). The link check that tests/e2e/integrity.test.ts and tests/e2e/publish.test.ts share.
 */
export interface BuiltSite {
  readonly root: string;
  readonly base: string;
}

const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };
/** HTML character references in an attribute value, decoded. */
export const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e] ?? all),
  );

/** Stands in for the site's origin when resolving links; a link to any other origin is not ours to check. */
export const checkOrigin = "http://site.invalid";

/** The built file a same-origin URL path names, or undefined when there is none (as a static host would find it). */
export function fileFor(site: BuiltSite, pathname: string): string | undefined {
  if (!pathname.startsWith(site.base)) return undefined;
  const file = `${site.root}/${decodeURIComponent(pathname.slice(site.base.length))}`.replace(/\/$/, "");
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(`${file}/index.html`) ? `${file}/index.html` : undefined;
  return existsSync(file) ? file : undefined;
}

const idsCache = new Map<string, Set<string>>();
/** Every id (and name) in an HTML file: the anchors a `#fragment` may name. */
export function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const text = readFileSync(file, "utf8");
    ids = new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

/**
 * Every href, src, action, poster and data attribute of one page (`file` inside the site, served at
 * `urlPath`) that names this origin but finds no file, or names a #fragment that its page lacks.
 * A chapter in the plan whose MDX file does not exist yet may be linked to from prose written ahead of it.
 */
export function brokenLinks(site: BuiltSite, file: string, urlPath: string): { refs: number; broken: string[] } {
  const page = readFileSync(file, "utf8");
  const here = new URL(urlPath, checkOrigin);
  const unwritten = chapterSlugs.filter((slug) => !existsSync(`content/chapters/${slug}.mdx`)).map((slug) => `${site.base}${slug}/`);
  const refs = [...page.matchAll(/\s(href|src|action|poster|data)="([^"]*)"/g)].map((m) => decodeEntities(m[2]!));
  const broken: string[] = [];
  for (const ref of refs) {
    const url = new URL(ref, here);
    if (url.origin !== checkOrigin) continue;
    const target = fileFor(site, url.pathname);
    if (!target && unwritten.includes(url.pathname)) continue;
    if (!target) {
      broken.push(`${ref} (no file)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !fragment.startsWith(":~:") && target.endsWith(".html") && !idsIn(target).has(fragment)) broken.push(`${ref} (no #${fragment})`);
  }
  return { refs: refs.length, broken };
}
