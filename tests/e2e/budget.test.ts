import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { preInteractionWeight } from "../../scripts/bench/weight";
import { browserAvailable, openPage, origin, useBrowser } from "./setup/browser";
import { builtPages } from "../../scripts/support/pages";

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

const BUDGET_BYTES = 50 * 1024;

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

// The import graph misses code a page imports dynamically at load (the lab's runtime did): so the
// same budget is also checked on what the browser actually fetched, as npm run bench measures it.
describe.skipIf(!browserAvailable())("JavaScript before interaction (what the browser fetched)", () => {
  const browser = useBrowser();
  it.each(builtPages())("%s fetches at most 50 KB of raw JavaScript before the reader interacts", async (path) => {
    const { page, context } = await openPage(browser(), path);
    const weight = await preInteractionWeight(page, `${origin()}${path}`);
    expect(weight.jsFiles.length).toBeGreaterThan(0);
    expect(weight.jsRaw, `${path}: ${weight.jsFiles.join(", ")} = ${weight.jsRaw} B raw, ${weight.jsGzip} B gzip`).toBeLessThanOrEqual(BUDGET_BYTES);
    await context.close();
  });
});
