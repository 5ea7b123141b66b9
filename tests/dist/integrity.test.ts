import { readFileSync } from "node:fs";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";
import { inlineScriptHashes } from "../../src/build/csp";
import { builtPages } from "../../scripts/support/pages";
import { brokenLinks, decodeEntities as decode, fileFor, idsIn } from "../support/builtSite";

// These read the built site in dist/ (npm test builds it first); no browser is needed.
const pages = builtPages();
const base = (config.base ?? "/").replace(/\/?$/, "/");
const html = (path: string) => readFileSync(`dist${path}index.html`, "utf8");

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

// The same check runs on a build under a base path in tests/e2e/publish.test.ts.
const built = { root: "dist", base };

describe("internal links", () => {
  it.each([...pages, "/404.html"])("%s: every internal link, asset and #anchor resolves in the built site", (path) => {
    const file = path.endsWith(".html") ? `dist${path}` : `dist${path}index.html`;
    const { refs, broken } = brokenLinks(built, file, `${base}${path.slice(1)}`);
    expect(refs).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it("the link check notices a broken anchor (a page that links to a missing id)", () => {
    expect(fileFor(built, `${base}reward-events/`)).toBe("dist/reward-events/index.html");
    expect(fileFor(built, `${base}no-such-chapter/`)).toBeUndefined();
    expect(idsIn("dist/reward-events/index.html").has("no-such-section")).toBe(false);
  });
});
