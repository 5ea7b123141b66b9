import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface Scores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  cls: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  /** Audits that kept a category below 1, for the report. */
  failing: string[];
  /** Every run's performance score, lowest first (the median run's figures are the others). */
  performanceRuns?: (number | null)[];
}

/**
 * Lighthouse with its default (mobile, simulated throttling) config, run `runs` times in a fresh
 * Chromium each; the run with the median performance score is kept (Lighthouse's own advice for
 * variable machines, and these are shared).
 */
export async function lighthouseScores(url: string, chromePath: string, flags: string[], runs = 3): Promise<Scores> {
  const all: Scores[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseOnce(url, chromePath, flags));
  all.sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  return { ...all[Math.floor((all.length - 1) / 2)]!, performanceRuns: all.map((s) => s.performance) };
}

async function lighthouseOnce(url: string, chromePath: string, flags: string[]): Promise<Scores> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const score = (id: string) => lhr.categories[id]?.score ?? null;
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
    const failing: string[] = [];
    for (const [id, category] of Object.entries(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && id !== "performance") {
          const items = ((audit.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? []).flatMap((i) => (i.node?.selector ? [i.node.selector] : []));
          failing.push(`${id}:${ref.id}${items.length ? ` (${items.slice(0, 3).join("; ")}${items.length > 3 ? `; +${items.length - 3} more` : ""})` : ""}`);
        }
      }
    }
    if (lhr.runtimeError) failing.push(`runtimeError:${lhr.runtimeError.code}`);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      cls: numeric("cumulative-layout-shift"),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      failing,
    };
  } finally {
    chrome.kill();
  }
}
