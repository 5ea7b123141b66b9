import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes, withContentSecurityPolicy } from "../../src/build/csp";

const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

describe("inlineScriptHashes", () => {
  it("inlineScriptHashes(html) hashes classic and module inline scripts, once each, in page order", () => {
    const html = page(`<script>a()</script><script type="module">b()</script><script>a()</script>`);
    expect(inlineScriptHashes(html)).toEqual([sha("a()"), sha("b()")]);
  });

  it("inlineScriptHashes(html) skips external scripts and JSON data blocks", () => {
    const html = page(`<script type="module" src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script type="application/json" id="d">[]</script>`);
    expect(inlineScriptHashes(html)).toEqual([]);
  });
});

describe("contentSecurityPolicy", () => {
  it("contentSecurityPolicy(html) allows scripts only from this origin and by hash: no unsafe-inline, no eval", () => {
    const policy = contentSecurityPolicy(page("<script>go()</script>"));
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe(`script-src 'self' ${sha("go()")}`);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:|\*/);
  });
});

describe("withContentSecurityPolicy", () => {
  it("withContentSecurityPolicy(html) puts the meta right after <meta charset>, before any script or style", () => {
    const out = withContentSecurityPolicy(page('<link rel="stylesheet" href="/a.css"><script src="/a.js"></script>'));
    expect(out).toMatch(/<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]+"><title>/);
  });

  it("withContentSecurityPolicy(html) refuses a page that already has a policy, rather than writing two", () => {
    const once = withContentSecurityPolicy(page(""));
    expect(() => withContentSecurityPolicy(once)).toThrow(/already/);
  });
});
