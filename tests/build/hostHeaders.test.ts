import { describe, expect, it } from "vitest";
import { frameAncestors, headerLimits, hostHeaders, pathsOf } from "../../src/build/hostHeaders";

/** The rules of a _headers file as { path: headers }, as Netlify and Cloudflare Pages read it. */
function parse(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.set(line, (current = []));
    else current!.push(line.trim());
  }
  return rules;
}

describe("hostHeaders", () => {
  const policy = "default-src 'self'; script-src 'self'";
  const text = hostHeaders([
    { paths: ["/", "/index.html"], policy },
    { paths: ["/figure/fig-event-split/", "/figure/fig-event-split/index.html"], policy },
  ]);
  const rules = parse(text);

  it("hostHeaders(pages) gives each page path its own CSP with frame-ancestors, and no other rule a CSP", () => {
    expect(rules.get("/")).toEqual([`Content-Security-Policy: ${policy}; frame-ancestors 'self'`]);
    expect(rules.get("/index.html")).toEqual([`Content-Security-Policy: ${policy}; frame-ancestors 'self'`]);
    expect(rules.get("/figure/fig-event-split/")).toEqual([`Content-Security-Policy: ${policy}; frame-ancestors *`]);
    const withCsp = [...rules].filter(([, headers]) => headers.some((h) => h.startsWith("Content-Security-Policy:")));
    expect(withCsp.map(([path]) => path)).toEqual(["/", "/index.html", "/figure/fig-event-split/", "/figure/fig-event-split/index.html"]);
  });

  it("hostHeaders(pages) caches hashed assets for a year and sends nosniff everywhere", () => {
    expect(rules.get("/_astro/*")).toEqual(["Cache-Control: public, max-age=31536000, immutable"]);
    expect(rules.get("/*")).toContain("X-Content-Type-Options: nosniff");
  });

  it("hostHeaders(pages) refuses more rules or longer lines than Cloudflare Pages reads", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ paths: [`/p${i}/`, `/p${i}/index.html`], policy }));
    expect(() => hostHeaders(many)).toThrow(/at most 100/);
    expect(() => hostHeaders([{ paths: ["/"], policy: "x".repeat(headerLimits.lineLength) }])).toThrow(/at most 2000/);
  });
});

describe("frameAncestors and pathsOf", () => {
  it("frameAncestors(path) lets only the standalone figure pages be framed elsewhere", () => {
    expect(frameAncestors("/reward-events/")).toBe("'self'");
    expect(frameAncestors("/figure/fig-event-split/")).toBe("*");
  });

  it("pathsOf(file, root) is the folder's URL and its index.html, or the file's own path", () => {
    expect(pathsOf("/d/index.html", "/d")).toEqual(["/", "/index.html"]);
    expect(pathsOf("/d/reward-events/index.html", "/d")).toEqual(["/reward-events/", "/reward-events/index.html"]);
    expect(pathsOf("/d/404.html", "/d")).toEqual(["/404.html"]);
  });
});
