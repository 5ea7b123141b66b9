import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { builtPages } from "../../scripts/support/pages";
import { BUDGET_BYTES } from "../support/budget";

// What the browser actually fetches before interaction is checked too, in tests/e2e/every-page.test.ts:
// the import graph misses code a page imports dynamically at load (the lab's runtime once did).

/** Raw JavaScript a page loads before any interaction: its module scripts and their static imports. */
function preInteractionScripts(path: string): string[] {
  const html = readFileSync(`dist${path}index.html`, "utf8");
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length > 0) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(`dist${src}`, "utf8");
    // Static imports only ("import ... from" or bare "import"); dynamic import() loads on demand.
    for (const m of code.matchAll(/(?:^|[;\s}])import(?:[\s\w{},*$]*from)?\s*["']([^"']+\.js)["']/g)) {
      queue.push(new URL(m[1]!, `http://x${src}`).pathname);
    }
  }
  return [...seen];
}

describe("JavaScript before interaction (the build's import graph)", () => {
  it.each(builtPages())("%s loads at most 50 KB of raw JavaScript before the reader interacts", (path) => {
    const scripts = preInteractionScripts(path);
    const raw = scripts.reduce((sum, s) => sum + statSync(`dist${s}`).size, 0);
    const gzip = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(`dist${s}`)).length, 0);
    expect(raw, `${path}: ${scripts.join(", ")} = ${raw} B raw, ${gzip} B gzip`).toBeLessThanOrEqual(BUDGET_BYTES);
    // Plot is loaded on demand; a static import of it would blow the budget and is caught here.
    for (const s of scripts) expect(readFileSync(`dist${s}`, "utf8"), s).not.toContain("plot-d6a7b5");
  });
});
