import fc from "fast-check";
import { parseQuery } from "../../src/runtime/url";
import { hostileQuery } from "../support/hostileQueries";
import { builtPages } from "../../scripts/support/pages";
import { origin, test } from "./fixture";
import { expectClean, inspect, turn } from "./support/hostilePage";

// Every page gets hostile links, and must never throw, alert, show NaN or "undefined", or let the
// link create an element; it gives a notice exactly when it rejects part of the link. Each page is
// one tab reused across all its queries. The parser behind the links is property-tested on 3,000
// generated queries per property in tests/runtime/url.test.ts; here each page gets the pinned
// injections, a rotating share of the other pinned cases (each runs on several pages) and a
// generated link of its own. Typing: hostile-typing.test.ts.

/**
 * Injections pinned by hand, every page gets all of them, in one link (each under its own key, so
 * the page must reject each on its own).
 */
const pinnedInjections = [
  [
    "passesPerReward=<script>window.pwned=1</script>",
    "rlComputeShare=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3D1%20data-pwned%3E",
    "__proto__=1&constructor=2&toString=3",
  ].join("&"),
];
/** Other cases pinned by hand: each page gets PINNED_PER_PAGE of them, in turn, so each runs on several pages. */
const pinned = [
  "rlComputeShare=NaN",
  "rlComputeShare=-Infinity",
  "passesPerReward=1e999",
  "passesPerReward=250&passesPerReward=500",
  "passesPerReward=",
  `passesPerReward=${"9".repeat(5000)}`,
  `x=${"a".repeat(9000)}`,
  "%E0%A4%A=1&passesPerReward=%",
  "unknown=1&utm_source=mail",
];
const PINNED_PER_PAGE = 2;
const GENERATED_PER_PAGE = 1;
// Static hosts refuse very long addresses (Node's server at 16 KB of headers, nginx at 8 KB by default).
const MAX_URL = 8000;

const pages = builtPages();

test.concurrent.for(pages.map((p, i) => [p, i] as const))(
  "%s never throws, alerts, shows NaN or injects markup, and gives a notice exactly when it rejects part of a link",
  async ([path, index], { open, expect }) => {
    const generated = fc
      .sample(hostileQuery, { seed: 1000 + index, numRuns: 4 * GENERATED_PER_PAGE })
      .filter((q) => q.length <= MAX_URL)
      .slice(0, GENERATED_PER_PAGE)
      .map((q) => q.slice(1));
    const queries = [...pinnedInjections, ...turn(pinned, index, PINNED_PER_PAGE), ...generated];
    expect(queries.length).toBe(pinnedInjections.length + PINNED_PER_PAGE + GENERATED_PER_PAGE);
    const { page, log } = await open(path);
    const baseline = await inspect(page);
    for (const query of queries) {
      // Module scripts run before DOMContentLoaded (and after the stylesheet): the page has read the link by then.
      await page.goto(`${origin()}${path}?${query}`, { waitUntil: "domcontentloaded" });
      const label = `${path}?${query.slice(0, 80)}`;
      const seen = await inspect(page);
      expectClean(expect, seen, baseline, log, label);
      // The oracle is the parser itself (tested on its own in tests/runtime/url.test.ts), fed what the browser kept of the link.
      expect(seen.notice, label).toBe(parseQuery(new URL(page.url()).search).notices.length > 0);
    }
    // Late errors (a figure redrawn after the last check) count too: the fixture reads the log at the end.
    await page.waitForLoadState("networkidle");
  },
);
