import { existsSync, readFileSync, statSync } from "node:fs";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";
import { chapterSlugs } from "../../src/essay/chapterPlan";
import { inlineScriptHashes } from "../../src/build/csp";
import { builtPages } from "../../scripts/support/pages";

// These read the built site in dist/ (npm test builds it first); no browser is needed.
const pages = builtPages();
const base = (config.base ?? "/").replace(/\/?$/, "/");
const html = (path: string) => readFileSync(`dist${path}index.html`, "utf8");
const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e] ?? all),
  );
const site = "http://site.invalid";

function policyOf(page: string): Map<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/i.exec(page)?.[1];
  expect(content, "a Content-Security-Policy meta element").toBeTruthy();
  return new Map(decode(content!).split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe("Content-Security-Policy", () => {
  it.each(pages)("%s has a strict policy before any script or stylesheet: scripts from this origin or by hash only, no eval", (path) => {
    const page = html(path);
    const policy = policyOf(page);
    const scriptSrc = policy.get("script-src") ?? policy.get("default-src");
    expect(scriptSrc).toBeDefined();
    for (const source of scriptSrc!) expect(source, `script-src ${source}`).toMatch(/^'self'$|^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    // No directive names another origin, a scheme wildcard, or eval.
    for (const [name, values] of policy) {
      for (const v of values) expect(v, `${name} ${v}`).toMatch(/^'(self|none|unsafe-inline|sha(256|384|512)-[A-Za-z0-9+/=]+)'$|^data:$/);
      if (name !== "style-src") expect(values, name).not.toContain("'unsafe-inline'");
    }
    // Every inline script the page runs is allowed by its hash, and the policy comes before it.
    for (const hash of inlineScriptHashes(page)) expect(scriptSrc).toContain(hash);
    const metaAt = page.search(/<meta http-equiv="Content-Security-Policy"/i);
    const firstAsset = page.search(/<script|<link rel="stylesheet"|<style/i);
    expect(metaAt).toBeLessThan(firstAsset);
  });
});

describe("valid HTML", () => {
  // .htmlvalidate.json: html-validate:recommended, without three rules that fight generated markup
  // (KaTeX and Plot position with inline styles; whitespace; one chapter's long title).
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  it.each(pages)("%s passes html-validate", async (path) => {
    const report = await validator.validateFile(`dist${path}index.html`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message} (${m.selector ?? ""})`));
    expect(messages).toEqual([]);
  });
});

/** The dist file a same-origin URL path names, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const file = `dist/${decodeURIComponent(pathname.slice(base.length))}`.replace(/\/$/, "");
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(`${file}/index.html`) ? `${file}/index.html` : undefined;
  return existsSync(file) ? file : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const text = readFileSync(file, "utf8");
    ids = new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idsCache.set(file, ids);
  }
  return ids;
}

// A chapter in the plan whose MDX file does not exist yet may be linked to from prose written ahead
// of it; the day its file lands, links to it must resolve like any other.
const unwritten = chapterSlugs.filter((slug) => !existsSync(`content/chapters/${slug}.mdx`)).map((slug) => `${base}${slug}/`);

describe("internal links", () => {
  it.each(pages)("%s: every internal link, asset and #anchor resolves in the built site", (path) => {
    const page = html(path);
    const here = new URL(`${base}${path.slice(1)}`, site);
    const refs = [...page.matchAll(/\s(href|src|action|poster|data)="([^"]*)"/g)].map((m) => decode(m[2]!));
    expect(refs.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const ref of refs) {
      const url = new URL(ref, here);
      if (url.origin !== site) continue;
      const file = fileFor(url.pathname);
      if (!file && unwritten.includes(url.pathname)) continue;
      if (!file) {
        broken.push(`${ref} (no file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(":~:") && file.endsWith(".html") && !idsIn(file).has(fragment)) broken.push(`${ref} (no #${fragment})`);
    }
    expect(broken).toEqual([]);
  });

  it("the link check notices a broken anchor (a page that links to a missing id)", () => {
    expect(fileFor(`${base}reward-events/`)).toBe("dist/reward-events/index.html");
    expect(fileFor(`${base}no-such-chapter/`)).toBeUndefined();
    expect(idsIn("dist/reward-events/index.html").has("no-such-section")).toBe(false);
  });
});
